import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__verbatimTestDb;
  if (!state) return;
  globalThis.__verbatimTestDb = undefined;
  await Promise.all(state.embedded.map((e) => e.stop()));
  for (const dir of state.dataDirs) rmSync(dir, { recursive: true, force: true });
  await Promise.all(state.scratch.map((s) => s.drop()));
}
