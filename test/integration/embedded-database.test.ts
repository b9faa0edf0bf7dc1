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

test('when many connections query and write at once, then each gets its own results', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-embedded-busy-'));
  const embedded = await startEmbeddedDatabase({ dataDir: dir, maxConnections: 12 });
  const db = createDb(embedded.connectionString, { poolMax: 8 });
  try {
    await db.raw('CREATE TABLE counters (key text PRIMARY KEY, n integer NOT NULL)');
    const problems: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, worker) => {
        for (let i = 0; i < 40; i++) {
          const tag = `w${worker}-i${i}`;
          const key = `k${(worker + i) % 3}`;
          try {
            const { rows } = await db.raw(
              'INSERT INTO counters AS c (key, n) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET n = c.n + 1 RETURNING n, ? AS tag',
              [key, tag],
            );
            if (rows[0]?.tag !== tag) problems.push(`${tag}: got ${JSON.stringify(rows)}`);
            if (i % 8 === 0) {
              await db.transaction(async (trx) => {
                const row = await trx('counters').select('n').where({ key }).forUpdate().first();
                await trx('counters').update({ n: row.n + 1 }).where({ key });
              });
            }
          } catch (err) {
            problems.push(`${tag}: ${(err as Error).message}`);
          }
        }
      }),
    );
    expect(problems).toEqual([]);
    const total = await db('counters').sum<{ n: string }[]>({ n: 'n' }).first();
    expect(Number(total!.n)).toBe(8 * 40 + 8 * 5);
  } finally {
    await db.destroy();
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
