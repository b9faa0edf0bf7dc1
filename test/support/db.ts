import pg from 'pg';
import { startAuditChainer, type AuditChainer } from '../../server/audit/chainer';
import { createDb, type Db } from '../../server/db/knex';
import { databaseOfWorker, TEST_DATABASE_ENV } from './env';

/** On a PostgreSQL server the tests run statements named, as the app does there; the embedded database cannot. */
export const TEST_PREPARES_STATEMENTS = Boolean(process.env.DATABASE_URL?.trim());

let db: Db | undefined;
let chainer: AuditChainer | undefined;
let sessionPool: pg.Pool | undefined;

export function testDatabaseUrl(): string {
  // why: CI runs test/unit on PostgreSQL only, as pure code; a suite there that reached the database would go untried
  // on the embedded one
  const file = typeof expect === 'undefined' ? undefined : expect.getState().testPath;
  if (file && /[/\\]test[/\\]unit[/\\]/.test(file)) {
    throw new Error(`${file}: test/unit holds pure code, which reaches no database; a suite that does belongs in test/integration or test/http`);
  }
  const urls = process.env[TEST_DATABASE_ENV];
  if (!urls) throw new Error(`${TEST_DATABASE_ENV} is not set: run tests through jest (its globalSetup prepares the databases)`);
  return databaseOfWorker(JSON.parse(urls) as string[], process.env.JEST_WORKER_ID);
}

/**
 * The migrated test database; one pool per test file, closed after the file's tests. Like every app process, the
 * file links the audit events it writes into the chain.
 */
export function getTestDb(): Db {
  if (!db) {
    db = createDb(testDatabaseUrl(), { poolMax: 4, acquireTimeout: 20_000, prepareStatements: TEST_PREPARES_STATEMENTS });
    chainer = startAuditChainer(db);
  }
  return db;
}

export function getSessionPool(): pg.Pool {
  if (!sessionPool) {
    sessionPool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
    sessionPool.on('error', () => undefined);
  }
  return sessionPool;
}

export async function closeTestDb(): Promise<void> {
  const pool = sessionPool;
  const k = db;
  const c = chainer;
  sessionPool = undefined;
  db = undefined;
  chainer = undefined;
  await c?.stop();
  await pool?.end();
  await k?.destroy();
}
