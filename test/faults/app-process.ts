import path from 'node:path';
import { createDb, type Db } from '../../server/db/knex';
import { migrateLatest } from '../../server/db/migrate';
import { startChildServer, type ChildServer } from '../../bench/lib/child-server';

const ROOT = path.resolve(__dirname, '../..');
export const APP_SESSION_SECRET = 'fault-test-session-secret-0123456789abcdef';

/** The real app (`server/index.ts`) in its own process on the given database, as production runs it. */
export function startAppProcess(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<ChildServer> {
  return startChildServer(path.join(ROOT, 'server/index.ts'), {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: APP_SESSION_SECRET,
    ...env,
  });
}

/** A migrated database of its own on a server, for tests that must not share state with the rest of the suite. */
export async function createMigratedDatabase(serverUrl: string, name: string): Promise<{ url: string; db: Db }> {
  const admin = createDb(serverUrl, { poolMax: 1 });
  try {
    await admin.raw(`CREATE DATABASE ${name}`);
  } finally {
    await admin.destroy();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = createDb(url, { poolMax: 3, acquireTimeout: 10_000 });
  await migrateLatest(db);
  return { url, db };
}

/** Fails in CI (where the cluster must be possible) and skips elsewhere with the reason. */
export function requireCluster(why: string | null): boolean {
  if (!why) return true;
  if (process.env.CI) throw new Error(`fault tests cannot run: ${why}`);
  process.stdout.write(`fault tests skipped: ${why}\n`);
  return false;
}
