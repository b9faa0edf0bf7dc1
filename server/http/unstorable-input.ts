import type { NextFunction, Request, Response } from 'express';
import { AppError, UnsavedFormError } from './errors';

// PostgreSQL text cannot hold U+0000; left alone it turns a typo or a hostile paste into a 500.
const NUL = '\u0000';

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes(NUL) || containsNul(v, depth + 1));
}

/** Refuses, plainly and before any handler, input that the database could not store. */
export function refuseUnstorableInput(req: Request, _res: Response, next: NextFunction): void {
  if (containsNul(req.query)) return next(new AppError(400, 'The address contains a NUL character, which cannot be searched for.'));
  if (containsNul(req.body)) {
    return next(new UnsavedFormError(422, 'This form was not saved: it contains a NUL character, which cannot be stored. ' +
      'What it held is below without that character; open the form again and send it from there.'));
  }
  next();
}
