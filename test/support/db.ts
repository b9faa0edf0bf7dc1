import pg from 'pg';
import { createDb, type Db } from '../../server/db/knex';
import { TEST_DATABASE_ENV } from './env';

let db: Db | undefined;
let sessionPool: pg.Pool | undefined;

export function testDatabaseUrl(): string {
  const url = process.env[TEST_DATABASE_ENV];
  if (!url) throw new Error(`${TEST_DATABASE_ENV} is not set: run tests through jest (its globalSetup prepares the database)`);
  return url;
}

/** The migrated test database; one pool per test file, closed after the file's tests. */
export function getTestDb(): Db {
  db ??= createDb(testDatabaseUrl(), { poolMax: 4, acquireTimeout: 20_000 });
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
  sessionPool = undefined;
  db = undefined;
  await pool?.end();
  await k?.destroy();
}
