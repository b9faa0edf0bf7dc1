import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../../server/db/knex';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded';
import { migrateLatest } from '../../server/db/migrate';
import { TEST_DATABASE_ENV } from './env';
import { createScratchDatabase, type ScratchDatabase } from './scratch';

declare global {
  // shared with global-teardown, which runs in the same process
  var __verbatimTestDb: { embedded?: EmbeddedDatabase; dataDir?: string; scratch?: ScratchDatabase } | undefined;
}

/**
 * One database for the whole run: an embedded PGlite in a temp folder when DATABASE_URL is unset,
 * otherwise a scratch database on DATABASE_URL's server. Migrated once; test files add their own rows.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  let url: string;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, 'verbatim_test');
    url = scratch.url;
    globalThis.__verbatimTestDb = { scratch };
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
