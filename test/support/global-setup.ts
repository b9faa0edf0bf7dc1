import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../../server/db/knex';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded';
import { migrateLatest } from '../../server/db/migrate';
import { TEST_DATABASE_ENV } from './env';

declare global {
  // shared with global-teardown, which runs in the same process
  var __verbatimTestDb: { embedded?: EmbeddedDatabase; dataDir?: string; scratch?: { serverUrl: string; name: string } } | undefined;
}

/**
 * One database for the whole run: an embedded PGlite in a temp folder when DATABASE_URL is unset,
 * otherwise a scratch database on DATABASE_URL's server. Migrated once; test files add their own rows.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  let url: string;
  if (serverUrl) {
    const name = `verbatim_test_${randomBytes(6).toString('hex')}`;
    const admin = createDb(serverUrl, { poolMax: 1 });
    try {
      await admin.raw(`CREATE DATABASE ${name}`);
    } finally {
      await admin.destroy();
    }
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    globalThis.__verbatimTestDb = { scratch: { serverUrl, name } };
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-test-'));
    const embedded = await startEmbeddedDatabase({ dataDir, maxConnections: 64 });
    url = embedded.connectionString;
    globalThis.__verbatimTestDb = { embedded, dataDir };
  }
  const db = createDb(url, { poolMax: 1 });
  try {
    await migrateLatest(db);
  } finally {
    await db.destroy();
  }
  process.env[TEST_DATABASE_ENV] = url;
}
