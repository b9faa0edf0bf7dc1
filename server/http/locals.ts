import type { NextFunction, Request, Response } from 'express';
import { can, type Permission } from '../auth/permissions';
import { csrfTokenFor } from './csrf';
import { takeFlash } from './flash';

/**
 * The CSRF token, made when a page writes it (`<%= csrfToken %>` turns it into text), not before: making one stores it
 * in the session, and so stores a session. A getter was not lazy enough: express copies every local into the render's
 * options, which ran it for every page, so each signed-out view of any page (the sign-in page fetched in a loop, a
 * 404) stored a session for twelve hours.
 */
class LazyToken {
  #value: string | undefined;
  constructor(private readonly make: () => string) {}
  toString(): string {
    return (this.#value ??= this.make());
  }
}

/**
 * What every view may use: currentUser, csrfToken, flash, can(permission), path.
 * csrfToken is made only when a page writes it and flash read at render time, so requests that render nothing
 * neither create a session nor swallow queued messages.
 */
export function viewLocals(req: Request, res: Response, next: NextFunction): void {
  const role = req.user?.role;
  res.locals.currentUser = req.user ?? null;
  res.locals.can = (permission: Permission) => can(role, permission);
  res.locals.path = req.path;
  res.locals.errors = {};
  res.locals.values = {};
  let messages: ReturnType<typeof takeFlash> | undefined;
  res.locals.csrfToken = new LazyToken(() => csrfTokenFor(req));
  Object.defineProperty(res.locals, 'flash', {
    enumerable: true,
    get: () => (messages ??= takeFlash(req)),
  });
  next();
}
