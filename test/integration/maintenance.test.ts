import { startMaintenance, tablesToVacuum, vacuumDeadRows, vacuumEveryTable } from '../../server/db/maintenance';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { createUser, isolatedDatabase, type IsolatedDatabase } from '../support';

// A database of its own: these tests read the statistics and sizes of whole tables.
let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await isolatedDatabase();
}, 60_000);
afterAll(() => iso?.close());

const CLAIMS = 200;

/** Every claim changed `rounds` times, as verdicts change them; the statistics flushed as the transaction ends. */
async function churn(rounds: number): Promise<void> {
  await iso.db.transaction(async (trx) => {
    for (let r = 0; r < rounds; r++) await trx.raw('UPDATE claims SET version = version + 1, updated_at = now()');
    await trx.raw('SELECT pg_stat_force_next_flush()');
  });
}

const claimsPages = async () => Number((await iso.db.raw(`SELECT pg_relation_size('claims') / current_setting('block_size')::int AS n`)).rows[0].n);
const deadClaimRows = async () => Number((await iso.db.raw(`SELECT n_dead_tup AS n FROM pg_stat_user_tables WHERE relname = 'claims'`)).rows[0].n);

describe('vacuuming a database nothing else vacuums', () => {
  beforeAll(async () => {
    const { user } = await createUser(iso.db);
    const quotes = Array.from({ length: CLAIMS }, (_, i) => `Pier ${i} stays open for the winter season.`);
    await insertArticleWithClaims(iso.db, user.id, quotes.map((q) => `“${q}”`).join('\n\n'), quotes.map((quote) => ({ quote })));
    // (as on the embedded database: a server's own autovacuum, where it runs, must not take the test's turn)
    await iso.db.raw('ALTER TABLE claims SET (autovacuum_enabled = false)');
    await iso.db.raw('VACUUM (ANALYZE) claims');
  }, 60_000);

  test('when claims change again and again, then a pass vacuums the claims table, and its space is used again instead of the table growing', async () => {
    const start = await claimsPages();
    await churn(3);
    const grown = await claimsPages();
    // three new versions of every claim, kept beside the old: the table grows with every change until vacuumed
    expect(grown).toBeGreaterThan(start * 2);
    expect(await deadClaimRows()).toBeGreaterThanOrEqual(3 * CLAIMS);
    expect(await tablesToVacuum(iso.db)).toContain('claims');

    expect(await vacuumDeadRows(iso.db)).toContain('claims');
    expect(await deadClaimRows()).toBe(0);
    expect(await tablesToVacuum(iso.db)).not.toContain('claims');

    // the same changes again fit in the space the vacuum freed
    await churn(3);
    expect(await claimsPages()).toBeLessThanOrEqual(grown);
  }, 60_000);

  test('when a few claims change, then a pass leaves the table alone, below the threshold autovacuum keeps', async () => {
    await iso.db.raw('VACUUM claims');
    await iso.db.transaction(async (trx) => {
      await trx.raw('UPDATE claims SET version = version + 1 WHERE id IN (SELECT id FROM claims ORDER BY id LIMIT 40)');
      await trx.raw('SELECT pg_stat_force_next_flush()');
    });
    expect(await deadClaimRows()).toBe(40);
    expect(await vacuumDeadRows(iso.db)).not.toContain('claims');
  }, 60_000);

  test('when the counts of dead rows were lost (the embedded database forgets them on reopening), then the first pass after a start vacuums every table all the same', async () => {
    await iso.db.raw('VACUUM claims');
    await churn(3);
    const grown = await claimsPages();
    // as after reopening the embedded database: the rows are dead, the statistics count none
    await iso.db.raw('SELECT pg_stat_reset()');
    expect(await deadClaimRows()).toBe(0);
    expect(await vacuumDeadRows(iso.db)).not.toContain('claims');
    expect(await vacuumEveryTable(iso.db)).toEqual(expect.arrayContaining(['claims', 'audit_events', 'users']));
    await churn(3);
    expect(await claimsPages()).toBeLessThanOrEqual(grown);
  }, 60_000);

  test('when maintenance starts with every table first, then that pass runs at once, before any tick', async () => {
    await churn(2);
    await iso.db.raw('SELECT pg_stat_reset()');
    const passes: string[][] = [];
    const maintenance = startMaintenance(iso.db, { everyTableFirst: true, intervalMs: 60_000, onVacuumed: (tables) => passes.push(tables) });
    await maintenance.stop();
    expect(passes).toHaveLength(1);
    expect(passes[0]).toContain('claims');
  }, 60_000);

  test('when maintenance runs on a timer, then each pass reports what it vacuumed, and stopping waits for the pass under way', async () => {
    await churn(2);
    const passes: string[][] = [];
    const maintenance = startMaintenance(iso.db, { intervalMs: 50, onVacuumed: (tables) => passes.push(tables) });
    for (let waited = 0; passes.length === 0 && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await maintenance.stop();
    expect(passes[0]).toContain('claims');
    expect(await deadClaimRows()).toBe(0);
  }, 60_000);
});
