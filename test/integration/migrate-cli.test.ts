import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '../../server/db/knex';
import { MIGRATION_CONFIG } from '../../server/db/migrate';
import { runCliScript, withEmbeddedDb } from '../support/cli';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch';

// The command on a database of its own: a scratch one on DATABASE_URL's server, else the embedded one in a folder.
const serverUrl = process.env.DATABASE_URL?.trim();
let dataDir: string;
let scratch: ScratchDatabase | undefined;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-migrate-cli-'));
  if (serverUrl) scratch = await createScratchDatabase(serverUrl, 'verbatim_test_migrate');
});
afterAll(async () => {
  await scratch?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const migrate = (...args: string[]) => runCliScript(dataDir, 'migrate', args, scratch ? { DATABASE_URL: scratch.url } : {});

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  if (!scratch) return withEmbeddedDb(dataDir, fn);
  const db = createDb(scratch.url, { poolMax: 1 });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

test('when help is asked, then it says a rollback undoes one migration, refuses to delete data and what --drop-data does', async () => {
  const { code, out } = await migrate('--help');
  expect(code).toBe(0);
  expect(out).toContain('rollback     undo the latest applied migration, one per call, and name it.');
  expect(out).toContain('if it would drop a table or a column holding data, or empty a');
  expect(out).toContain('--drop-data  with rollback: undo it even so, and lose that data');
});

test.each(['rollback-all', 'rollback --drop', 'latest --drop-data'])('when given "%s", then it prints its usage and exits with 2', async (args) => {
  const { code, out } = await migrate(...args.split(' '));
  expect(code).toBe(2);
  expect(out).toMatch(/^Usage: npm run migrate \[-- latest \| status \| rollback \[--drop-data\]\]/);
});

test('when rollback is run on migrations applied as one batch, then each call undoes one, naming it, and the one that would drop a table of accounts is refused until --drop-data', async () => {
  await withDb(async (db) => {
    await db.migrate.to({ ...MIGRATION_CONFIG, name: '20261129000200_create_user_sessions.ts' });
    await db('users').insert({ email: 'ana@example.org', name: 'Ana Silva', role: 'editor', password_hash: 'x' });
  });

  const first = await migrate('rollback');
  expect(first).toEqual({
    code: 0,
    out: 'Rolled back 20261129000200_create_user_sessions.ts.\n' +
      '1 migration still applied; the next rollback would undo 20261129000100_create_users.ts.\n',
  });

  const refused = await migrate('rollback');
  expect(refused).toEqual({
    code: 1,
    out: 'Not rolled back: undoing 20261129000100_create_users.ts would delete data:\n' +
      '  table users and its rows\n' +
      'Nothing was changed. To undo it anyway and lose that data: npm run migrate -- rollback --drop-data\n',
  });
  expect(await withDb((db) => db('users').pluck('email'))).toEqual(['ana@example.org']);

  const dropped = await migrate('rollback', '--drop-data');
  expect(dropped).toEqual({
    code: 0,
    out: 'Rolled back 20261129000100_create_users.ts, deleting table users and its rows.\n' +
      'No migration is applied now; `npm run migrate` applies them all again.\n',
  });
  expect(await withDb((db) => db.schema.hasTable('users'))).toBe(false);
}, 120_000);
