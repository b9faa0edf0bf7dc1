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

  it('when a speaker with thousands of claims is merged, then each claim moved gets its own event, part of the merge, with its versions', async () => {
    const { user } = await createUser(db, { role: 'editor' });
    const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const [loser, survivor] = [await speaker(`Olga Brant ${suffix}`), await speaker(`Olga Brandt ${suffix}`)];
    const { articleId } = await insertArticleWithClaims(db, user.id, 'She said "yes".', [{ quote: 'yes' }]);
    const claimIds: number[] = (await db.raw(
      `INSERT INTO claims (article_id, position, start_offset, end_offset, quote, kind, speaker_id, speaker_name, version)
       SELECT ?, 100 + n, 10, 13, 'yes', 'direct', ?, ?, 1 + n % 3 FROM generate_series(1, 2500) n RETURNING id`,
      [articleId, loser, `Olga Brant ${suffix}`],
    )).rows.map((r: { id: number }) => r.id);
    const versions = new Map((await db('claims').whereIn('id', claimIds).select('id', 'version')).map((c) => [c.id as number, c.version as number]));

    const result = await mergeSpeakers(db, { id: user.id, ip: null }, { loserId: loser, survivorId: survivor });

    expect(result.claimsMoved).toBe(2500);
    const [merge] = await auditEventsFor(db, 'speaker', survivor);
    const events = await db('audit_events').where({ entity_type: 'claim' }).whereIn('entity_id', claimIds.map(String)).orderBy('id')
      .select('action', 'entity_id', 'actor_id', 'before', 'after');
    expect(events).toHaveLength(2500);
    for (const e of events) {
      const was = versions.get(Number(e.entity_id))!;
      expect(e).toEqual({ action: 'claim.speaker_merge', entity_id: e.entity_id, actor_id: user.id,
        before: { speaker_id: loser, speaker_name: `Olga Brant ${suffix}`, version: was },
        after: { speaker_id: survivor, speaker_name: `Olga Brandt ${suffix}`, version: was + 1, part_of_event: merge!.id } });
    }
  });
});
