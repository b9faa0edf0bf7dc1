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
 * The sign-in page for visitors not signed in, against floods only: a view stores nothing (its form's token is bound to
 * a cookie, not a session), so a newsroom behind one address never meets the limit, and a client looping on the page
 * is held to ten views a second, for a minute at most. Counted per address in PostgreSQL, so every app process shares
 * the count.
 */
export const SIGN_IN_PAGE_LIMIT: PageLimit = { points: 600, windowSeconds: 60 };

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
    // past the limit, this process refuses the address without a statement until its window ends: a flood's refusals
    // cost the database nothing
    inMemoryBlockOnConsumed: limit.points + 1,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.user) return next();
    limiter.consume(req.ip ?? 'unknown').then(
      () => next(),
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        res.set('Retry-After', String(seconds));
        next(new AppError(429, `Too many requests from your address. Try again in ${inWords(seconds)}.`, true));
      },
    );
  };
}

/** "45 seconds", "1 minute", "3 minutes" (rounded up): when a refused client may try again. */
export function inWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
