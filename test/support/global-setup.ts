import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../../server/db/knex';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded';
import { migrateLatest } from '../../server/db/migrate';
import { TEST_DATABASE_ENV } from './env';
import { createScratchDatabase, type ScratchDatabase } from './scratch';

declare global {
  // shared with global-teardown, which runs in the same process
  var __verbatimTestDb: { embedded: EmbeddedDatabase[]; dataDirs: string[]; scratch: ScratchDatabase[] } | undefined;
}

/**
 * One migrated database for each Jest worker: embedded PGlite instances in temp folders when DATABASE_URL is unset,
 * otherwise scratch databases on DATABASE_URL's server. The first is migrated; the others are copies of it (a
 * template database on the server, the data folder on the embedded side). Test files add their own rows, and a file
 * sees only the rows of the files that ran before it in its own worker.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const count = Math.max(1, globalConfig.maxWorkers);
  const state: NonNullable<typeof globalThis.__verbatimTestDb> = { embedded: [], dataDirs: [], scratch: [] };
  globalThis.__verbatimTestDb = state;
  const serverUrl = process.env.DATABASE_URL?.trim();
  let urls: string[];
  if (serverUrl) {
    const first = await createScratchDatabase(serverUrl, 'verbatim_test');
    state.scratch.push(first);
    await migrate(first.url);
    for (let i = 1; i < count; i++) {
      state.scratch.push(await createScratchDatabase(serverUrl, 'verbatim_test', { template: first.name }));
    }
    urls = state.scratch.map((s) => s.url);
  } else {
    const firstDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-test-'));
    state.dataDirs.push(firstDir);
    const first = await startEmbeddedDatabase({ dataDir: firstDir, maxConnections: 64 });
    try {
      await migrate(first.connectionString);
    } finally {
      await first.stop();
    }
    for (let i = 1; i < count; i++) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-test-'));
      state.dataDirs.push(dir);
      cpSync(path.join(firstDir, 'pg'), path.join(dir, 'pg'), { recursive: true });
    }
    // each instance runs in a worker thread of its own, so the workers' databases work side by side
    for (const dataDir of state.dataDirs) state.embedded.push(await startEmbeddedDatabase({ dataDir, maxConnections: 64 }));
    urls = state.embedded.map((e) => e.connectionString);
  }
  process.env[TEST_DATABASE_ENV] = JSON.stringify(urls);
}

async function migrate(url: string): Promise<void> {
  const db = createDb(url, { poolMax: 1 });
  try {
    await migrateLatest(db);
  } finally {
    await db.destroy();
  }
}
