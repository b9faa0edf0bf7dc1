import { recentActivity } from '../../server/dashboard/repository';
import { getTestDb } from '../support';

const db = getTestDb();

describe('recent activity', () => {
  it('when it is read, then the planner walks the index of the events it lists: its kinds and the index’s are the same', async () => {
    let statement = '';
    const capture = (q: { sql: string }) => {
      if (q.sql.includes('part_of_event')) statement = q.sql;
    };
    db.on('query', capture);
    await recentActivity(db, 10);
    db.off('query', capture);

    const plan = await db.transaction(async (trx) => {
      // why: a test database is small enough for a scan to look as cheap; only an index whose predicate the
      // statement matches can be used at all
      await trx.raw('SET LOCAL enable_seqscan = off');
      return (await trx.raw(`EXPLAIN (FORMAT JSON) ${statement}`)).rows[0]['QUERY PLAN'];
    });
    expect(JSON.stringify(plan)).toContain('"Index Name":"audit_events_activity_idx"');
  });
});
