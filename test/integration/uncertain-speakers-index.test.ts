import type { Knex } from 'knex';
import { loadClaimListPage } from '../../server/claims/list-repository';
import { getTestDb } from '../support';

const db = getTestDb();

describe('the claims list filtered to uncertain speakers', () => {
  it('when its first page is read, then the planner can walk the partial index of those claims: the filter and the index predicate are the same', async () => {
    let statement: { sql: string; bindings: readonly Knex.RawBinding[] } | null = null;
    const capture = (q: { sql: string; bindings?: readonly Knex.RawBinding[] }) => {
      if (q.sql.includes('json_agg(p ORDER BY')) statement = { sql: q.sql, bindings: q.bindings ?? [] };
    };
    db.on('query', capture);
    await loadClaimListPage(db, { filters: { attribution: 'uncertain' }, sort: 'updated', dir: 'desc', cursor: null }, 50);
    db.off('query', capture);
    expect(statement).not.toBeNull();
    const { sql, bindings } = statement!;

    const plan = await db.transaction(async (trx) => {
      // why: a test database is small enough for a scan to look as cheap; only an index whose predicate the statement
      // implies can be used at all
      await trx.raw('SET LOCAL enable_seqscan = off');
      return (await trx.raw(`EXPLAIN (FORMAT JSON) ${sql}`, bindings as Knex.RawBinding[])).rows[0]['QUERY PLAN'];
    });
    expect(JSON.stringify(plan)).toContain('"Index Name":"claims_uncertain_updated_idx"');
  });
});
