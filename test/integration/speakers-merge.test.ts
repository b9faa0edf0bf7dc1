import { randomBytes } from 'node:crypto';
import { importArticle } from '../../server/articles/service';
import { reviewAttribution } from '../../server/claims/attribution';
import { createDb, type Db } from '../../server/db/knex';
import { mergeSpeakers, previewMerge, type MergeAnswer } from '../../server/speakers/service';
import { findLiveSpeakerForKey, speakerNameKey } from '../../server/speakers/repository';
import { auditEventsFor, createUser, getTestDb, testDatabaseUrl } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();

async function speaker(name: string): Promise<number> {
  const [row] = await db('speakers').insert({ name, name_key: speakerNameKey(name) }).returning('id');
  return (row as { id: number }).id;
}

/** Letters only, capitalised: a surname the extraction engine reads as one, unique to the test. */
const surname = () => [...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());

const done = (answer: MergeAnswer) => {
  if (!('done' in answer)) throw new Error('the merge was not made');
  return answer.done;
};
const preview = (answer: MergeAnswer) => {
  if (!('preview' in answer)) throw new Error('the merge was made');
  return answer.preview;
};

/** A claim in an article of its own, attributed to the live speaker of that name, as an import leaves it. */
async function claimOf(db: Db, userId: number, name: string, quote = 'yes'): Promise<number> {
  const { claimIds } = await insertArticleWithClaims(db, userId, `They said "${quote}".`, [{ quote, speaker: name }]);
  return claimIds[0]!;
}

// why: the embedded database is one session for every connection, where a transaction another waits on cannot be
// held open; these run on a PostgreSQL server (DATABASE_URL)
const onServer = process.env.DATABASE_URL?.trim() ? it : it.skip;

const backendPid = async (trx: Db) => (await trx.raw('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;

/** Resolves once `n` sessions wait on the session `pid`, directly or behind another session that waits on it. */
async function waitingBehind(pid: number, n: number): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 20))) {
    const { rows } = await db.raw(
      `WITH RECURSIVE w(pid) AS (
         SELECT a.pid FROM pg_stat_activity a WHERE ? = ANY (pg_blocking_pids(a.pid))
         UNION SELECT a.pid FROM pg_stat_activity a JOIN w ON w.pid = ANY (pg_blocking_pids(a.pid)))
       SELECT count(*)::int AS n FROM w`,
      [pid],
    );
    if (rows[0].n >= n) return;
  }
  throw new Error(`fewer than ${n} sessions came to wait on ${pid}`);
}

/**
 * A merge made while another session holds the survivor as an import's claim naming it would: the merge locks the
 * duplicate and waits for the survivor (it locks the two in id order, so the duplicate must have the lower id). Then
 * `start` is called, and once what it started waits behind the merge, the survivor is let go.
 */
async function aroundMerge(merge: () => Promise<MergeAnswer>, survivorId: number, start: () => void): Promise<MergeAnswer> {
  const other = createDb(testDatabaseUrl(), { poolMax: 1 });
  try {
    const holder = await other.transaction();
    await holder('speakers').where({ id: survivorId }).forKeyShare().first('id');
    const pid = await backendPid(holder);
    const merging = merge();
    await waitingBehind(pid, 1);
    start();
    await waitingBehind(pid, 2);
    await holder.commit();
    return await merging;
  } finally {
    await other.destroy();
  }
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
    const survivorId = done((won[0] as PromiseFulfilledResult<MergeAnswer>).value).survivorId;
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

    const result = done(await mergeSpeakers(db, { id: user.id, ip: null }, { loserId: loser, survivorId: survivor }));

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

  it('when a claim is attributed to the duplicate after the editor saw the merge, then nothing is written and the merge answers with the new numbers; confirmed on those, every claim moves', async () => {
    const { user } = await createUser(db, { role: 'editor' });
    const name = surname();
    const [loser, survivor] = [await speaker(`Ann ${name}`), await speaker(`Anna ${name}`)];
    const { claimIds } = await insertArticleWithClaims(db, user.id, 'She said "one" and "two".', [{ quote: 'one', speaker: `Ann ${name}` }, { quote: 'two', speaker: `Ann ${name}` }]);
    const actor = { id: user.id, ip: null };
    const input = { loserId: loser, survivorId: survivor, version: 1, note: 'Same person' };
    const seen = preview(await previewMerge(db, input));
    expect(seen).toMatchObject({ claims: 2, articles: 1 });
    const later = await claimOf(db, user.id, `Ann ${name}`);

    const answer = await mergeSpeakers(db, actor, { ...input, seen });

    const now = preview(answer);
    expect(now).toMatchObject({ claims: 3, articles: 2, loser: { id: loser }, survivor: { id: survivor } });
    expect(now.fingerprint).not.toBe(seen.fingerprint);
    expect(await db('claims').whereIn('id', [...claimIds, later]).orderBy('id').select('speaker_id', 'version'))
      .toEqual([1, 2, 3].map(() => ({ speaker_id: loser, version: 1 })));
    expect(await db('speakers').where({ id: loser }).first('merged_into_id', 'version')).toEqual({ merged_into_id: null, version: 1 });
    expect(await db('speakers').where({ id: survivor }).first('aliases', 'version')).toEqual({ aliases: [], version: 1 });
    expect(await auditEventsFor(db, 'speaker', survivor)).toEqual([]);
    expect(await db('audit_events').where({ entity_type: 'claim' }).whereIn('entity_id', [...claimIds, later].map(String))).toEqual([]);

    const result = done(await mergeSpeakers(db, actor, { ...input, seen: now }));

    expect(result.claimsMoved).toBe(3);
    expect(await db('claims').whereIn('id', [...claimIds, later]).pluck('speaker_id')).toEqual([survivor, survivor, survivor]);
    const events = await auditEventsFor(db, 'speaker', survivor);
    expect(events).toEqual([expect.objectContaining({ action: 'speaker.merge', note: 'Same person', after: expect.objectContaining({ claims_moved: 3, claim_ids: [...claimIds, later] }) })]);
  });

  it('when one claim leaves the duplicate and an older one comes to it after the editor saw the merge, then the same number and the same newest claim do not pass for the claims seen', async () => {
    const { user } = await createUser(db, { role: 'editor' });
    const name = surname();
    const [loser, survivor, other] = [await speaker(`Ann ${name}`), await speaker(`Anna ${name}`), await speaker(`Bo ${name}`)];
    const { claimIds: [first, middle, last] } = await insertArticleWithClaims(db, user.id, 'They said "one", "two" and "three".', [
      { quote: 'one', speaker: `Ann ${name}` }, { quote: 'two', speaker: `Bo ${name}` }, { quote: 'three', speaker: `Ann ${name}` },
    ]);
    const input = { loserId: loser, survivorId: survivor };
    const seen = preview(await previewMerge(db, input));
    await db('claims').where({ id: first }).update({ speaker_id: other });
    await db('claims').where({ id: middle }).update({ speaker_id: loser });

    const answer = await mergeSpeakers(db, { id: user.id, ip: null }, { ...input, seen });

    expect(preview(answer)).toMatchObject({ claims: seen.claims, articles: seen.articles });
    expect(preview(answer).fingerprint).not.toBe(seen.fingerprint);
    expect(await db('claims').whereIn('id', [first!, middle!, last!]).orderBy('id').pluck('speaker_id')).toEqual([other, loser, loser]);
    expect(await auditEventsFor(db, 'speaker', survivor)).toEqual([]);
  });

  onServer('when an import attributing a claim to the duplicate commits while the confirmed merge waits for its lock, then the merge compares the claims after the lock and writes nothing', async () => {
    const { user } = await createUser(db, { role: 'editor' });
    const name = surname();
    const [loser, survivor] = [await speaker(`Ann ${name}`), await speaker(`Anna ${name}`)];
    await claimOf(db, user.id, `Ann ${name}`);
    const input = { loserId: loser, survivorId: survivor };
    const seen = preview(await previewMerge(db, input));
    const importing = await db.transaction();
    // as an import does: the speaker of the name, share-locked, then the article's claims attributed to it
    await findLiveSpeakerForKey(importing, speakerNameKey(`Ann ${name}`));
    const imported = await claimOf(importing, user.id, `Ann ${name}`, 'no');

    const merging = mergeSpeakers(db, { id: user.id, ip: null }, { ...input, seen });
    await waitingBehind(await backendPid(importing), 1);
    await importing.commit();
    const answer = await merging;

    expect(preview(answer)).toMatchObject({ claims: 2, articles: 2 });
    expect(await db('claims').where({ id: imported }).first('speaker_id')).toEqual({ speaker_id: loser });
    expect(await db('speakers').where({ id: loser }).first('merged_into_id')).toEqual({ merged_into_id: null });
    expect(await auditEventsFor(db, 'speaker', survivor)).toEqual([]);
  });

  onServer('when an import names the duplicate while its merge is under way, then the import waits for the merge and attributes its claim to the speaker kept', async () => {
    const { user } = await createUser(db, { role: 'editor' });
    const actor = { id: user.id, ip: null };
    const name = surname();
    const [loser, survivor] = [await speaker(`Ann ${name}`), await speaker(`Anna ${name}`)];
    const earlier = await claimOf(db, user.id, `Ann ${name}`);
    const input = { loserId: loser, survivorId: survivor };
    const seen = preview(await previewMerge(db, input));
    let importing: Promise<{ articleId: number }> | undefined;

    const answer = await aroundMerge(() => mergeSpeakers(db, actor, { ...input, seen }), survivor, () => {
      importing = importArticle(db, actor, { text: `Mine news\n\n"We start digging in May," said Ann ${name} on Friday.` });
    });
    const { articleId } = await importing!;

    expect(done(answer).claimsMoved).toBe(1);
    expect(await db('claims').where({ id: earlier }).first('speaker_id')).toEqual({ speaker_id: survivor });
    expect(await db('claims').where({ article_id: articleId }).select('speaker_id', 'speaker_name')).toEqual([{ speaker_id: survivor, speaker_name: `Anna ${name}` }]);
    expect(await db('claims').where({ speaker_id: loser }).pluck('id')).toEqual([]);
  });

  onServer('when an import names a speaker merged into the duplicate earlier while the duplicate’s merge is under way, then its claim goes to the speaker kept, not to a new speaker of that name', async () => {
    const { user } = await createUser(db, { role: 'editor' });
    const actor = { id: user.id, ip: null };
    const name = surname();
    const [loser, survivor, older] = [await speaker(`Ann ${name}`), await speaker(`Anna ${name}`), await speaker(`Annie ${name}`)];
    done(await mergeSpeakers(db, actor, { loserId: older, survivorId: loser }));
    let importing: Promise<{ articleId: number }> | undefined;

    await aroundMerge(() => mergeSpeakers(db, actor, { loserId: loser, survivorId: survivor }), survivor, () => {
      importing = importArticle(db, actor, { text: `Mine news\n\n"We start digging in May," said Annie ${name} on Friday.` });
    });
    const { articleId } = await importing!;

    expect(await db('claims').where({ article_id: articleId }).select('speaker_id', 'speaker_name')).toEqual([{ speaker_id: survivor, speaker_name: `Anna ${name}` }]);
    expect(await db('speakers').where({ name_key: speakerNameKey(`Annie ${name}`) }).select('id', 'merged_into_id')).toEqual([{ id: older, merged_into_id: survivor }]);
  });

  onServer('when an editor gives a claim to the duplicate by its number while its merge is under way, then the claim goes to the speaker kept', async () => {
    const { user } = await createUser(db, { role: 'editor' });
    const actor = { id: user.id, ip: null };
    const name = surname();
    const [loser, survivor] = [await speaker(`Ann ${name}`), await speaker(`Anna ${name}`)];
    const claim = await claimOf(db, user.id, `Bo ${name}`);
    let correcting: ReturnType<typeof reviewAttribution> | undefined;

    await aroundMerge(() => mergeSpeakers(db, actor, { loserId: loser, survivorId: survivor }), survivor, () => {
      correcting = reviewAttribution(db, actor, claim, { action: 'correct', version: 1, note: null, speaker: { id: loser }, start: null, end: null });
    });
    const corrected = await correcting!;

    expect(corrected).toMatchObject({ ok: true });
    expect(await db('claims').where({ id: claim }).first('speaker_id', 'speaker_name')).toEqual({ speaker_id: survivor, speaker_name: `Anna ${name}` });
    expect(await db('claims').where({ speaker_id: loser }).pluck('id')).toEqual([]);
  });
});
