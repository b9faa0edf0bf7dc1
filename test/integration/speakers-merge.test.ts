import { mergeSpeakers } from '../../server/speakers/service';
import { speakerNameKey } from '../../server/speakers/repository';
import { auditEventsFor, createUser, getTestDb } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();

async function speaker(name: string): Promise<number> {
  const [row] = await db('speakers').insert({ name, name_key: speakerNameKey(name) }).returning('id');
  return (row as { id: number }).id;
}

describe('merging speakers', () => {
  it('when two editors merge the same pair in opposite directions at once, then exactly one merge happens and the other is refused', async () => {
    const { user } = await createUser(db, { role: 'editor' });
    const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const a = await speaker(`Ivan Petrov ${suffix}`);
    const b = await speaker(`I. Petrov ${suffix}`);
    const { claimIds } = await insertArticleWithClaims(db, user.id, 'He said "one" and "two".', [{ quote: 'one' }, { quote: 'two' }]);
    await db('claims').where({ id: claimIds[0] }).update({ speaker_id: a, speaker_name: `Ivan Petrov ${suffix}` });
    await db('claims').where({ id: claimIds[1] }).update({ speaker_id: b, speaker_name: `I. Petrov ${suffix}` });
    const actor = { id: user.id, ip: null };

    const results = await Promise.allSettled([
      mergeSpeakers(db, actor, { loserId: a, survivorId: b }),
      mergeSpeakers(db, actor, { loserId: b, survivorId: a }),
    ]);

    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.message).toMatch(/merged into another speaker/);
    const survivorId = (won[0] as PromiseFulfilledResult<{ survivorId: number }>).value.survivorId;
    const claims = await db('claims').whereIn('id', claimIds).select('speaker_id', 'speaker_name');
    expect(new Set(claims.map((c) => c.speaker_id))).toEqual(new Set([survivorId]));
    const events = [...await auditEventsFor(db, 'speaker', a), ...await auditEventsFor(db, 'speaker', b)];
    expect(events.map((e) => e.action)).toEqual(['speaker.merge']);
  });
});
