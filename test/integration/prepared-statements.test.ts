import { sharesOneSession } from '../../server/db/connect';
import { createDb, LITERAL } from '../../server/db/knex';
import { closeTestDb, getTestDb, TEST_PREPARES_STATEMENTS, testDatabaseUrl } from '../support/db';

afterAll(closeTestDb);

/** The named statements of the session a transaction runs on. */
async function preparedNames(run: (trx: import('knex').Knex.Transaction) => Promise<unknown>, prepare: boolean) {
  const db = createDb(testDatabaseUrl(), { poolMax: 1, prepareStatements: prepare });
  try {
    return await db.transaction(async (trx) => {
      await run(trx);
      const { rows } = await trx.raw(`SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'v\\_%'`);
      return rows as { name: string; statement: string }[];
    });
  } finally {
    await db.destroy();
  }
}

const onServer = TEST_PREPARES_STATEMENTS ? test : test.skip;

onServer('on a PostgreSQL server, a parameterised statement is prepared once per connection and answers right every time', async () => {
  const answers: number[] = [];
  const names = await preparedNames(async (trx) => {
    for (const n of [1, 2, 3, 40, 41, 42]) answers.push((await trx.raw('SELECT ?::int * 2 AS twice', [n])).rows[0].twice);
  }, true);
  expect(answers).toEqual([2, 4, 6, 80, 82, 84]);
  expect(names.filter((s) => s.statement.includes('* 2 AS twice'))).toHaveLength(1);
});

onServer('several statements in one string, as migrations write them, still run (unnamed)', async () => {
  const names = await preparedNames(async (trx) => {
    await trx.raw('SET LOCAL work_mem = \'8MB\'; SET LOCAL statement_timeout = 5000');
    expect((await trx.raw('SHOW work_mem')).rows[0].work_mem).toBe('8MB');
  }, true);
  expect(names.map((s) => s.statement)).toContain('SHOW work_mem');
  expect(names.filter((s) => s.statement.includes('SET LOCAL'))).toEqual([]);
});

test('without prepareStatements (the embedded database), nothing is prepared', async () => {
  // The embedded database shows every process's statements in one session, so only this test's own are looked for.
  const marker = `unprepared_${process.pid}_${Date.now()}`;
  const names = await preparedNames(async (trx) => {
    expect((await trx.raw(`SELECT ?::int + 1 AS ${marker}`, [1])).rows[0][marker]).toBe(2);
  }, false);
  expect(names.filter((s) => s.statement.includes(marker))).toEqual([]);
});

test('the embedded database is recognised by asking it, so processes reaching it through DATABASE_URL run unnamed', async () => {
  expect(await sharesOneSession(testDatabaseUrl())).toBe(!TEST_PREPARES_STATEMENTS);
  expect(await sharesOneSession('postgres://postgres@127.0.0.1:1/nowhere')).toBe(true);
});

test('a LITERAL limit is written into the statement, not sent as a parameter, and still limits', async () => {
  const db = getTestDb();
  const query = db.select(db.raw('g')).from(db.raw('generate_series(1, 100) g')).limit(3, LITERAL);
  expect(query.toSQL().sql).toMatch(/limit 3$/);
  expect(query.toSQL().bindings).toEqual([]);
  expect(await query).toHaveLength(3);
});
