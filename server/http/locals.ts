import type { NextFunction, Request, Response } from 'express';
import { can, type Permission } from '../auth/permissions';
import { csrfTokenFor } from './csrf';
import { takeFlash } from './flash';

/**
 * What every view may use: currentUser, csrfToken, flash, can(permission), path.
 * csrfToken and flash are read lazily, at render time, so requests that render nothing
 * neither create a session nor swallow queued messages.
 */
export function viewLocals(req: Request, res: Response, next: NextFunction): void {
  const role = req.user?.role;
  res.locals.currentUser = req.user ?? null;
  res.locals.can = (permission: Permission) => can(role, permission);
  res.locals.path = req.path;
  res.locals.errors = {};
  res.locals.values = {};
  let token: string | undefined;
  let messages: ReturnType<typeof takeFlash> | undefined;
  Object.defineProperty(res.locals, 'csrfToken', {
    enumerable: true,
    get: () => (token ??= csrfTokenFor(req)),
  });
  Object.defineProperty(res.locals, 'flash', {
    enumerable: true,
    get: () => (messages ??= takeFlash(req)),
  });
  next();
}
