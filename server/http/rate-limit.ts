import type { NextFunction, Request, Response } from 'express';
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from './errors';

export interface PageLimit {
  /** Requests one client address may make in a window. */
  points: number;
  windowSeconds: number;
}

/**
 * The sign-in page for visitors not signed in: each view stores a session (its form's CSRF token lives there) for
 * twelve hours, so a client fetching it in a loop grew the sessions table without bound. Counted per address in
 * PostgreSQL, so every app process shares the count.
 */
export const SIGN_IN_PAGE_LIMIT: PageLimit = { points: 120, windowSeconds: 10 * 60 };

/**
 * Refuses a client address past `limit` with 429 and when to try again; signed-in users are not counted. The store
 * names its statements; on the embedded database, whose connections share one session, a second connection preparing
 * the same name fails, so there they run unnamed (see db/prepared.ts).
 */
export function limitAnonymous(pool: pg.Pool, prepareStatements: boolean, name: string, limit: PageLimit) {
  const client = prepareStatements ? pool : { query: (q: pg.QueryConfig) => pool.query({ text: q.text, values: q.values }) };
  const limiter = new RateLimiterPostgres({
    storeClient: client,
    storeType: 'pool',
    tableName: 'request_limits',
    tableCreated: true,
    keyPrefix: name,
    points: limit.points,
    duration: limit.windowSeconds,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.user) return next();
    limiter.consume(req.ip ?? 'unknown').then(
      () => next(),
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        res.set('Retry-After', String(seconds));
        next(new AppError(429, `Too many requests from your address. Try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}.`, true));
      },
    );
  };
}
