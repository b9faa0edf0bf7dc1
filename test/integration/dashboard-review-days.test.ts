import { reviewsPerDay } from '../../server/dashboard/repository';
import { createUser, getTestDb } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();

describe('reviews per day', () => {
  it('when reviews are written and removed, then the day counters follow them without counting the reviews table', async () => {
    const { user } = await createUser(db);
    const { claimIds } = await insertArticleWithClaims(db, user.id, 'He said "one" and "two".', [{ quote: 'one' }, { quote: 'two' }]);
    // A random day in the past that no other test writes to.
    const base = Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 9000) * 86_400_000;
    const at = (day: number, hour: number) => new Date(base + day * 86_400_000 + hour * 3_600_000);
    const key = (day: number) => at(day, 0).toISOString().slice(0, 10);
    const rows = [at(0, 1), at(0, 23), at(1, 0), at(1, 12), at(1, 13), at(3, 5)].map((created_at, i) => ({
      claim_id: claimIds[i % 2], reviewer_id: user.id, status: 'verified', created_at,
    }));
    const inserted = await db('claim_reviews').insert(rows.slice(0, 4)).returning('id');
    for (const row of rows.slice(4)) await db('claim_reviews').insert(row);

    const counts = await reviewsPerDay(db, at(0, 0));
    expect([key(0), key(1), key(2), key(3)].map((d) => counts.get(d) ?? 0)).toEqual([2, 3, 0, 1]);

    await db('claim_reviews').whereIn('id', inserted.map((r: { id: number }) => r.id).slice(0, 3)).delete();
    const after = await reviewsPerDay(db, at(0, 0));
    expect([key(0), key(1), key(3)].map((d) => after.get(d) ?? 0)).toEqual([0, 2, 1]);
  });
});
