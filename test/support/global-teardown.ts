import { rmSync } from 'node:fs';
import { createDb } from '../../server/db/knex';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__verbatimTestDb;
  if (!state) return;
  if (state.embedded) {
    await state.embedded.stop();
    if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
  }
  if (state.scratch) {
    const admin = createDb(state.scratch.serverUrl, { poolMax: 1 });
    try {
      await admin.raw(`DROP DATABASE IF EXISTS ${state.scratch.name} WITH (FORCE)`);
    } finally {
      await admin.destroy();
    }
  }
  globalThis.__verbatimTestDb = undefined;
}
