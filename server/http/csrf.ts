import type { NextFunction, Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';
import { UnsavedFormError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const { generateToken, isRequestValid } = csrfSync({
  getTokenFromRequest: (req) => {
    const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
    if (typeof fromBody === 'string') return fromBody;
    const fromHeader = req.headers['x-csrf-token'];
    return typeof fromHeader === 'string' ? fromHeader : undefined;
  },
  size: 32,
});

export { generateToken as csrfTokenFor };

const verified = new WeakSet<Request>();

const csrfError = () =>
  new UnsavedFormError(403, 'This form was not saved: it was opened before your session changed (you signed in again, signed ' +
    'out in another tab, or the session ended), or it did not come from Verbatim. Open the form again and send it from there.');

function isMultipart(req: Request): boolean {
  return Boolean(req.is('multipart/form-data'));
}

/**
 * Checks the synchroniser token of every state-changing request whose body is already parsed.
 * Multipart bodies are parsed later by the route (multer), so secureRouter checks those
 * just before the route's final handler: an unsafe request never reaches a handler unchecked.
 */
export function csrfProtection(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method) || isMultipart(req)) return next();
  if (!isRequestValid(req)) return next(csrfError());
  verified.add(req);
  next();
}

export function requireCsrfChecked(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method) || verified.has(req)) return next();
  if (!isRequestValid(req)) return next(csrfError());
  verified.add(req);
  next();
}
