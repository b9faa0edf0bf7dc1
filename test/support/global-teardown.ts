import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__verbatimTestDb;
  if (!state) return;
  if (state.embedded) {
    await state.embedded.stop();
    if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
  }
  if (state.scratch) await state.scratch.drop();
  globalThis.__verbatimTestDb = undefined;
}
