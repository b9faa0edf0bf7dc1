import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirInUseError, startEmbeddedDatabase } from '../../server/db/embedded';
import { createDb } from '../../server/db/knex';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-embedded-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('when the embedded database restarts, then its data is still there, and a second opener is refused meanwhile', async () => {
  const first = await startEmbeddedDatabase({ dataDir, maxConnections: 4 });
  const db = createDb(first.connectionString, { poolMax: 2 });
  try {
    await db.raw('CREATE TABLE kept (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text NOT NULL)');
    await db('kept').insert({ note: 'survives restarts' });
    await expect(startEmbeddedDatabase({ dataDir, maxConnections: 4 })).rejects.toThrow(DataDirInUseError);
  } finally {
    await db.destroy();
    await first.stop();
  }

  const second = await startEmbeddedDatabase({ dataDir, maxConnections: 4 });
  const again = createDb(second.connectionString, { poolMax: 2 });
  try {
    expect(await again('kept').select('id', 'note')).toEqual([{ id: 1, note: 'survives restarts' }]);
  } finally {
    await again.destroy();
    await second.stop();
  }
}, 120_000);
