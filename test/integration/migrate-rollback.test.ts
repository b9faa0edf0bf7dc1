import type { Knex } from 'knex';
import { MIGRATION_CONFIG, migrateLatest, migrationStatus } from '../../server/db/migrate';
import { lossesOf, rollbackLatest, type Rollback } from '../../server/db/rollback';
import { isolatedDatabase, type IsolatedDatabase } from '../support/isolated';

// One database with no migration applied, for the whole file: its tests run in order, each leaving it as it found it.
let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await isolatedDatabase({ migrated: false });
}, 60_000);
afterAll(() => iso?.close());

const FIRST = '20261129000100_create_users.ts';
const SECOND = '20261129000200_create_user_sessions.ts';

async function tableNames(): Promise<string[]> {
  const { rows } = await iso.db.raw(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'knex\\_%' ORDER BY 1`);
  return (rows as Array<{ tablename: string }>).map((r) => r.tablename);
}

describe('a trial of a down, in a transaction rolled back', () => {
  beforeAll(async () => {
    await iso.db.raw('CREATE TABLE trial_held (a int, b text, doubled int GENERATED ALWAYS AS (a * 2) STORED)');
    await iso.db.raw("INSERT INTO trial_held (a, b) VALUES (1, NULL), (2, NULL)");
    await iso.db.raw('CREATE TABLE trial_empty (a int)');
  });
  afterAll(async () => {
    await iso.db.raw('DROP TABLE trial_held, trial_empty');
  });
  afterEach(async () => {
    // whatever the trial did is gone
    expect(await iso.db('trial_held').orderBy('a').select('a', 'b', 'doubled')).toEqual([{ a: 1, b: null, doubled: 2 }, { a: 2, b: null, doubled: 4 }]);
    expect(await tableNames()).toEqual(expect.arrayContaining(['trial_empty', 'trial_held']));
  });
  const trial = (sql: string) => lossesOf(iso.db, async (knex: Knex) => void (await knex.raw(sql)));

  test('when it drops a table holding rows, then the table is named', async () => {
    expect(await trial('DROP TABLE trial_held')).toEqual([{ kind: 'table', table: 'trial_held' }]);
  });

  test('when it drops a column holding values, then the column is named', async () => {
    expect(await trial('ALTER TABLE trial_held DROP COLUMN a CASCADE')).toEqual([{ kind: 'column', table: 'trial_held', column: 'a' }]);
  });

  test('when it empties a table, then the table is named', async () => {
    expect(await trial('DELETE FROM trial_held')).toEqual([{ kind: 'rows', table: 'trial_held' }]);
  });

  test('when it drops only an empty table, a column of nulls or a generated column, then nothing is lost', async () => {
    expect(await trial('DROP TABLE trial_empty')).toEqual([]);
    expect(await trial('ALTER TABLE trial_held DROP COLUMN b')).toEqual([]);
    expect(await trial('ALTER TABLE trial_held DROP COLUMN doubled')).toEqual([]);
  });

  test('when it fails, then its error is thrown and nothing is changed', async () => {
    await expect(trial('DROP TABLE no_such_table')).rejects.toThrow(/no_such_table/);
  });
});

describe('npm run migrate -- rollback', () => {
  test('when two migrations were applied as one batch, then a rollback undoes the latest only and says which is next', async () => {
    await iso.db.migrate.to({ ...MIGRATION_CONFIG, name: SECOND });
    await iso.db('users').insert({ email: 'ana@example.org', name: 'Ana Silva', role: 'editor', password_hash: 'x' });

    const rollback = await rollbackLatest(iso.db);

    expect(rollback).toEqual({ outcome: 'undone', name: SECOND, losses: [], remaining: [FIRST] });
    expect((await migrationStatus(iso.db)).done).toEqual([FIRST]);
    expect(await tableNames()).toEqual(['users']);
    expect(await iso.db('users').pluck('email')).toEqual(['ana@example.org']);
  });

  test('when undoing the latest would drop a table holding rows, then it is refused naming the table, and nothing is changed', async () => {
    const rollback = await rollbackLatest(iso.db);

    expect(rollback).toEqual({ outcome: 'refused', name: FIRST, losses: [{ kind: 'table', table: 'users' }] });
    expect((await migrationStatus(iso.db)).done).toEqual([FIRST]);
    expect(await iso.db('users').pluck('email')).toEqual(['ana@example.org']);
  });

  test('when its down fails when tried, then it says so and nothing is changed', async () => {
    await iso.db.raw('CREATE VIEW users_seen AS SELECT email FROM users');
    try {
      const rollback = await rollbackLatest(iso.db);
      expect(rollback).toMatchObject({ outcome: 'failed', name: FIRST, error: expect.objectContaining({ message: expect.stringMatching(/depend/) }) });
      expect((await migrationStatus(iso.db)).done).toEqual([FIRST]);
      expect(await iso.db('users').pluck('email')).toEqual(['ana@example.org']);
    } finally {
      await iso.db.raw('DROP VIEW users_seen');
    }
  });

  test('when dropping data is allowed, then the latest is undone with what it deleted, and then nothing is left to undo', async () => {
    const rollback = await rollbackLatest(iso.db, { dropData: true });

    expect(rollback).toEqual({ outcome: 'undone', name: FIRST, losses: [{ kind: 'table', table: 'users' }], remaining: [] });
    expect(await tableNames()).toEqual([]);
    expect(await rollbackLatest(iso.db)).toEqual({ outcome: 'nothing' });
  });
});

test('when every migration is applied and then undone one by one, then each down works, latest to first, and they apply again', async () => {
  const applied = await migrateLatest(iso.db);
  expect(applied.length).toBeGreaterThan(40);

  const undone: Rollback[] = [];
  for (let r = await rollbackLatest(iso.db, { dropData: true }); r.outcome !== 'nothing'; r = await rollbackLatest(iso.db, { dropData: true })) {
    undone.push(r);
    if (r.outcome !== 'undone') break;
  }

  expect(undone.map((r) => [r.outcome, 'name' in r ? r.name : null])).toEqual([...applied].reverse().map((name) => ['undone', name]));
  expect(await tableNames()).toEqual([]);
  expect(await migrateLatest(iso.db)).toEqual(applied);
}, 240_000);
