import type { Express } from 'express';
import pg from 'pg';
import pino, { type Logger } from 'pino';
import { createApp } from '../../server/app';
import type { ThrottleOptions } from '../../server/auth/throttle';
import type { Config } from '../../server/config';
import { createDb } from '../../server/db/knex';
import type { PageLimit } from '../../server/http/rate-limit';
import { getSessionPool, getTestDb, TEST_PREPARES_STATEMENTS } from './db';

export const TEST_SESSION_SECRET = 'test-session-secret-that-is-long-enough-0123456789';

// Every test signs in from 127.0.0.1; the per-address limit is lifted here and tested on its own.
const TEST_THROTTLE: ThrottleOptions = {
  perEmail: { limit: 5, windowSeconds: 900, lockSeconds: 900 },
  perAddress: { limit: 100_000, windowSeconds: 900, lockSeconds: 900 },
};

// and the limit on views of the sign-in page: every test views it to sign in
const TEST_SIGN_IN_PAGE_LIMIT: PageLimit = { points: 1_000_000, windowSeconds: 600 };

export interface TestAppOptions {
  throttle?: ThrottleOptions;
  signInPageLimit?: PageLimit;
  trustProxy?: Config['trustProxy'];
}

/** The real app on the test database, for supertest (in-process) or app.listen(0) (browser tests). */
export function testApp(opts: TestAppOptions = {}): Express {
  return createApp({
    config: { sessionSecret: TEST_SESSION_SECRET, trustProxy: opts.trustProxy ?? false, nodeEnv: 'test', logLevel: 'silent' },
    db: getTestDb(),
    sessionPool: getSessionPool(),
    prepareStatements: TEST_PREPARES_STATEMENTS,
    // VERBATIM_TEST_LOG=error (or debug, …) shows the app's logs while a test is being investigated
    logger: pino({ level: process.env.VERBATIM_TEST_LOG ?? 'silent' }),
    throttle: opts.throttle ?? TEST_THROTTLE,
    signInPageLimit: opts.signInPageLimit ?? TEST_SIGN_IN_PAGE_LIMIT,
  });
}

/**
 * The test app on a local port for the enclosing describe's tests (clients that speak HTTP themselves: fetch, a
 * browser), closed after them; `baseUrl` is set once they run.
 */
export function listeningTestApp(): { baseUrl: string } {
  const env = { baseUrl: '' };
  let server: import('node:http').Server | undefined;
  beforeAll(async () => {
    server = testApp().listen(0, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    env.baseUrl = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });
  return env;
}

/**
 * The real app on a database that does not answer, for the enclosing describe's tests (closed after them): port 9
 * (discard) on loopback, where nothing listens, so every statement fails at once.
 */
export function unreachableDatabaseApp(logger: Logger = pino({ level: 'silent' })): Express {
  const deadUrl = 'postgres://postgres@127.0.0.1:9/none';
  const quiet = () => undefined;
  const db = createDb(deadUrl, { poolMax: 1, acquireTimeout: 1000, log: { warn: quiet, error: quiet, debug: quiet, deprecate: quiet } });
  const sessionPool = new pg.Pool({ connectionString: deadUrl, max: 1 });
  sessionPool.on('error', quiet);
  afterAll(async () => {
    await sessionPool.end();
    await db.destroy();
  });
  return createApp({
    config: { sessionSecret: TEST_SESSION_SECRET, trustProxy: false, nodeEnv: 'test', logLevel: logger.level as Config['logLevel'] },
    db, sessionPool, logger,
  });
}
