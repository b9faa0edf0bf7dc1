import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import pg from 'pg';
import pino from 'pino';
import { createApp } from '../../server/app';
import { startEmbeddedDatabase } from '../../server/db/embedded';
import { createDb, type Db } from '../../server/db/knex';
import { migrateLatest } from '../../server/db/migrate';
import { TEST_SESSION_SECRET } from './app';
import { createScratchDatabase } from './scratch';

export interface IsolatedDatabase {
  db: Db;
  /** Where it is, for connections of a test's own. */
  url: string;
  /** The real app on this database. */
  app(): Express;
  close(): Promise<void>;
}

/**
 * A migrated database of its own, for the rare test that needs the whole table to itself (the
 * last active admin, global counts). On DATABASE_URL's server it is a scratch database; otherwise
 * a second embedded PostgreSQL. Costs a few seconds: prefer the shared getTestDb(). With
 * `migrated: false`, no migration is applied (for tests of the migrations themselves).
 */
export async function isolatedDatabase({ migrated = true } = {}): Promise<IsolatedDatabase> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  let url: string;
  let dispose: () => Promise<void>;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, 'verbatim_test_iso');
    url = scratch.url;
    dispose = scratch.drop;
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-iso-'));
    const embedded = await startEmbeddedDatabase({ dataDir, maxConnections: 16 });
    url = embedded.connectionString;
    dispose = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const db = createDb(url, { poolMax: 4 });
  const sessionPool = new pg.Pool({ connectionString: url, max: 2 });
  sessionPool.on('error', () => undefined);
  if (migrated) await migrateLatest(db);
  return {
    db,
    url,
    app: () =>
      createApp({
        config: { sessionSecret: TEST_SESSION_SECRET, trustProxy: false, nodeEnv: 'test', logLevel: 'silent' },
        db, sessionPool, logger: pino({ level: 'silent' }),
      }),
    async close() {
      await sessionPool.end();
      await db.destroy();
      await dispose();
    },
  };
}
