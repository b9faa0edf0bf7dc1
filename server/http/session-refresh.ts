import type { NextFunction, Request, Response } from 'express';

/** How often an active session's expiry moves forward. */
export const SESSION_REFRESH_MS = 5 * 60_000;

type RefreshedSession = { refreshedAt?: number };

/**
 * Slides a signed-in session's expiry forward at most once every few minutes. The store's per-request touch
 * would be a database write, and a commit, on every page view; marking the session changed now and then makes
 * express-session save it (with a new expiry) only then.
 */
export function refreshSessionExpiry(req: Request, _res: Response, next: NextFunction): void {
  const session = req.session as (typeof req.session & RefreshedSession) | undefined;
  if (session && req.user) {
    const now = Date.now();
    if (now - (session.refreshedAt ?? 0) >= SESSION_REFRESH_MS) {
      session.refreshedAt = now;
      session.touch();
    }
  }
  next();
}
