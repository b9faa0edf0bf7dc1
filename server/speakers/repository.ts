import { LITERAL, type Db } from '../db/knex';

/** Lower-cased, without diacritics or punctuation, single-spaced: how one person's name matches across articles. */
export function speakerNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The keys of a speaker's aliases, each folded as a name is, one a line, for the speaker list's search. */
const aliasKeys = (aliases: string[]) => [...new Set(aliases.map(speakerNameKey).filter((k) => k !== ''))].join('\n');

export interface SpeakerRow {
  id: number;
  name: string;
  name_key: string;
  aliases: string[];
  kind: 'person' | 'organization';
  role: string | null;
  merged_into_id: number | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const COLUMNS = ['id', 'name', 'name_key', 'aliases', 'kind', 'role', 'merged_into_id', 'created_at', 'updated_at', 'version'] as const;

export async function findSpeaker(db: Db, id: number): Promise<SpeakerRow | undefined> {
  return db('speakers').where({ id }).first(...COLUMNS);
}

/**
 * Follows merges to the speaker that now carries a name: a merged speaker's name resolves to the survivor.
 * The row found is share-locked, so a merge running meanwhile waits for the import (or the import sees it).
 */
export async function findLiveSpeakerForKey(db: Db, nameKey: string): Promise<SpeakerRow | undefined> {
  const live: SpeakerRow | undefined = await db('speakers').where({ name_key: nameKey }).whereNull('merged_into_id').forShare().first(...COLUMNS);
  if (live) return live;
  // why: a name an editor corrected ("Min Aung Hlain") is still written so by articles; it leads to the speaker renamed
  // (the first, should two have dropped the same name), not to a new speaker of the old spelling
  const renamed: SpeakerRow | undefined = await db('speakers').whereRaw('former_name_keys @> ARRAY[?]::text[]', [nameKey]).whereNull('merged_into_id')
    .orderBy('id').forShare().first(...COLUMNS);
  if (renamed) return renamed;
  const merged: { merged_into_id: number } | undefined = await db('speakers')
    .where({ name_key: nameKey })
    .whereNotNull('merged_into_id')
    .orderBy('id')
    .first('merged_into_id');
  // why: locked as a number's speaker is, following a merge committed while the lock waited: a caller told "nobody"
  // would create a second speaker of the name
  return merged ? lockLiveSpeaker(db, merged.merged_into_id) : undefined;
}

/**
 * The speaker a number now stands for (following merges), share-locked for the caller's transaction: a claim given to
 * it cannot land on a speaker merged meanwhile, since a merge waits for the lock, or the lock for the merge, after
 * which the number leads to the speaker kept.
 */
export async function lockLiveSpeaker(db: Db, id: number, follows = 3): Promise<SpeakerRow | undefined> {
  const live = await liveSpeaker(db, id);
  if (!live) return undefined;
  const locked: SpeakerRow | undefined = await db('speakers').where({ id: live.id }).whereNull('merged_into_id').forShare().first(...COLUMNS);
  // why: the lock waited for that speaker's merge into another, committed meanwhile: follow it there
  if (!locked && follows > 1) return lockLiveSpeaker(db, live.id, follows - 1);
  return locked;
}

export async function liveSpeaker(db: Db, id: number, depth = 0): Promise<SpeakerRow | undefined> {
  const row = await findSpeaker(db, id);
  if (!row || row.merged_into_id === null || depth > 20) return row;
  return liveSpeaker(db, row.merged_into_id, depth + 1);
}

export interface NewSpeaker {
  name: string;
  aliases: string[];
  kind: 'person' | 'organization';
  role: string | null;
  createdBy: number;
}

/**
 * Live speakers one of whose aliases is this name, folded as names are ("Harlow" for Peter Harlow, whom an article
 * called so): a name typed in a correction is someone known by it before it is a new speaker.
 */
export async function liveSpeakersWithAlias(db: Db, name: string): Promise<SpeakerRow[]> {
  const key = speakerNameKey(name);
  if (!key) return [];
  const rows: SpeakerRow[] = await db('speakers')
    .whereNull('merged_into_id')
    .whereRaw('EXISTS (SELECT 1 FROM unnest(aliases) a WHERE lower(a) = lower(?))', [name])
    .orderBy('id')
    .limit(20)
    .forShare()
    .select(...COLUMNS);
  return rows.filter((r) => r.aliases.some((a) => speakerNameKey(a) === key));
}

/**
 * Live speakers whose name ends with the words of this one, folded as names are ("Putin" for Vladimir Putin, "Aung
 * Hlaing" for Min Aung Hlaing), at most 20: whom a short name typed in a correction may mean. The search keys' trigram
 * index finds the few that hold the words; the name key decides.
 */
export async function liveSpeakersEndingWith(db: Db, name: string): Promise<SpeakerRow[]> {
  const key = speakerNameKey(name);
  if (!key) return [];
  const escaped = key.replace(/[\\%_]/g, (c) => `\\${c}`);
  const qb = db('speakers').whereNull('merged_into_id').whereRaw('name_key LIKE ?', [`% ${escaped}`]);
  if (key.length >= 3) qb.whereRaw('search_keys LIKE ?', [`% ${escaped}%`]);
  return qb.orderBy('name_key').limit(20, LITERAL).select(...COLUMNS);
}

/** The speaker who carries this name now (following merges), or a new one. */
export async function findOrCreateSpeaker(db: Db, s: NewSpeaker): Promise<{ row: SpeakerRow; created: boolean }> {
  const found = await findLiveSpeakerForKey(db, speakerNameKey(s.name));
  return found ? { row: found, created: false } : insertSpeaker(db, s);
}

/** Inserts a live speaker, or returns the one a concurrent import created with the same key. */
export async function insertSpeaker(db: Db, s: NewSpeaker): Promise<{ row: SpeakerRow; created: boolean }> {
  const nameKey = speakerNameKey(s.name);
  const inserted = await db.raw(
    `INSERT INTO speakers (name, name_key, aliases, alias_keys, kind, role, role_key, created_by) VALUES (?, ?, ?::text[], ?, ?, ?, ?, ?)
     ON CONFLICT (name_key) WHERE merged_into_id IS NULL DO NOTHING
     RETURNING ${COLUMNS.join(', ')}`,
    [s.name, nameKey, s.aliases, aliasKeys(s.aliases), s.kind, s.role, s.role ? speakerNameKey(s.role) : '', s.createdBy],
  );
  const row = (inserted.rows as SpeakerRow[])[0];
  if (row) return { row, created: true };
  const existing = await findLiveSpeakerForKey(db, nameKey);
  if (!existing) throw new Error(`speaker "${nameKey}" neither inserted nor found`);
  return { row: existing, created: false };
}

export interface SpeakerListRow {
  id: number;
  name: string;
  role: string | null;
  aliases: string[];
  /** Claims attributed to the speaker, counted up to CLAIM_COUNT_CAP. */
  claims: number;
}

export const CLAIM_COUNT_CAP = 1000;

/**
 * Live speakers in the order of their name keys (case, accents and punctuation folded, so "ad" sorts among the a's
 * whatever the database's collation), keyset-paginated on the key, which is unique among live speakers; `q`, folded
 * the same way, matches anywhere in the speaker's search keys: its name's key, its aliases' keys, the keys of the
 * speakers merged into it and its role's key ("rapporteur" finds the UN special rapporteur). PostgreSQL either walks the
 * ordered index of name keys, testing each speaker until the page is full (a common term), or finds the few that match
 * by the search keys' trigram index and sorts them (a rare one). Speakers with no claims are left out unless
 * `withoutClaims` asks for them.
 */
export async function listSpeakers(
  db: Db,
  opts: { q: string | null; after: { nameKey: string } | null; limit: number; withoutClaims?: boolean },
) {
  const qb = db('speakers as s')
    .whereNull('s.merged_into_id')
    .select('s.id', 's.name', 's.role', 's.aliases')
    .select(db.raw(`(SELECT count(*) FROM (SELECT 1 FROM claims c WHERE c.speaker_id = s.id LIMIT ${CLAIM_COUNT_CAP}) x)::int AS claims`))
    .orderBy('s.name_key')
    .limit(opts.limit + 1, LITERAL);
  if (opts.q) {
    const key = speakerNameKey(opts.q);
    // why: a search of only signs ("%", "_", "!") folds to nothing, and nothing is in every name
    if (!key) return { rows: [], more: false };
    // why: a term under three characters has no trigram, and the trigram index would be read whole for it; strpos is
    // the same test, which that index cannot serve, so such a term keeps the walk
    if (key.length < 3) qb.whereRaw('strpos(s.search_keys, ?) > 0', [key]);
    else qb.whereRaw('s.search_keys LIKE ?', [`%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`]);
  }
  // why: a speaker whose claims were all corrected to someone else, or removed with their article, is no one the
  // newsroom is checking; such speakers stay (a merge or a correction may name them again) but are listed only on asking
  if (!opts.withoutClaims) qb.whereExists(db('claims as c').whereRaw('c.speaker_id = s.id').select(db.raw('1')));
  if (opts.after) qb.where('s.name_key', '>', opts.after.nameKey);
  const rows: SpeakerListRow[] = await qb;
  return { rows: rows.slice(0, opts.limit), more: rows.length > opts.limit };
}

export interface SpeakerClaimRow {
  id: number;
  quote: string;
  status: string;
  attribution_status: string;
  speaker_id: number;
  confidence: number;
  source: string | null;
  updated_at: Date;
  article_id: number;
  article_title: string;
}

/** Every claim of a speaker across articles, newest change first; keyset on (updated_at, id) over its index. */
export async function claimsOfSpeaker(db: Db, speakerId: number, opts: { before: { at: Date; id: number } | null; limit: number }) {
  const qb = db('claims as c')
    .join('articles as a', 'a.id', 'c.article_id')
    .where('c.speaker_id', speakerId)
    .select('c.id', 'c.quote', 'c.status', 'c.attribution_status', 'c.speaker_id', 'c.confidence', 'c.source', 'c.updated_at', 'c.article_id', 'a.title as article_title')
    .orderBy([{ column: 'c.updated_at', order: 'desc' }, { column: 'c.id', order: 'desc' }])
    .limit(opts.limit + 1, LITERAL);
  if (opts.before) qb.whereRaw('(c.updated_at, c.id) < (?, ?)', [opts.before.at, opts.before.id]);
  const rows: SpeakerClaimRow[] = await qb;
  return { rows: rows.slice(0, opts.limit), more: rows.length > opts.limit };
}

export interface DescribedSpeaker {
  id: number;
  name: string;
  aliases: string[];
  /** The words as one article wrote them, and how many claims used them (folded alike). */
  written: string;
  claims: number;
}

/**
 * Live speakers whom articles named, as the evidence of their claims, by words holding `q` ("harbour" for "the
 * master of the harbour"), folded as the claims list folds names; the most used words first, at most `limit` rows
 * (a speaker may come more than once). The words' trigram index finds them; a term under three characters has no
 * trigram, and finds none.
 */
export async function speakersDescribedAs(db: Db, q: string, limit: number): Promise<DescribedSpeaker[]> {
  if (speakerNameKey(q).length < 3) return [];
  const { rows } = await db.raw(
    `SELECT s.id, s.name, s.aliases, e.written, e.claims
       FROM speaker_evidence e JOIN speakers s ON s.id = e.speaker_id
      WHERE e.words LIKE '%' || speaker_sort_key(?) || '%' AND e.claims > 0 AND s.merged_into_id IS NULL
      ORDER BY e.claims DESC, s.name_key, e.words
      LIMIT ${Math.trunc(limit)}`,
    [q],
  );
  return rows as DescribedSpeaker[];
}

/**
 * The words the articles used for the speaker as the evidence of their claims ("the port director", "Ruiz", "she"),
 * each as one article wrote it with the number of claims, most used first: read from the counts the claims' triggers
 * keep (speaker_evidence), one look-up by the speaker's key however many claims they have.
 */
export async function evidenceWordsOf(db: Db, speakerId: number): Promise<Array<{ text: string; claims: number }>> {
  return db('speaker_evidence').where({ speaker_id: speakerId }).where('claims', '>', 0)
    .orderBy([{ column: 'claims', order: 'desc' }, { column: 'words' }]).limit(200, LITERAL)
    .select('written as text', 'claims');
}

/** The speakers merged into this one, for its page. */
export async function mergedInto(db: Db, id: number): Promise<Array<Pick<SpeakerRow, 'id' | 'name'>>> {
  return db('speakers').where({ merged_into_id: id }).orderBy('name').select('id', 'name');
}

/** The event that merged this speaker into another: who, when and why, for a form sent to it afterwards. */
export async function mergeOf(db: Db, id: number): Promise<{ actor_name: string | null; occurred_at: Date; note: string | null } | undefined> {
  return db('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .where('e.action', 'speaker.merge')
    .whereRaw(`(e.before -> 'loser' ->> 'id') = ?`, [String(id)])
    .orderBy('e.id', 'desc')
    .first('u.name as actor_name', 'e.occurred_at', 'e.note');
}

export async function lockSpeakers(db: Db, ids: number[]): Promise<SpeakerRow[]> {
  return db('speakers').whereIn('id', ids).orderBy('id').forUpdate().select(...COLUMNS);
}

/** A claim a merge moved: the speaker name it had, and the version the move gave it. */
export interface MovedClaim {
  id: number;
  was_speaker_name: string | null;
  version: number;
}

/** Moves every claim of `loser` to `survivor`, rewriting the denormalised name; returns the claims moved, in id order. */
export async function moveClaims(db: Db, loserId: number, survivor: Pick<SpeakerRow, 'id' | 'name'>, actorId: number): Promise<MovedClaim[]> {
  // why: locked in id order first, as an article's removal locks its claims, so a merge and a removal cannot deadlock
  const { rows } = await db.raw(
    `WITH was AS (SELECT id, speaker_name FROM claims WHERE speaker_id = ? ORDER BY id FOR UPDATE)
     UPDATE claims c SET speaker_id = ?, speaker_name = ?, updated_at = now(), updated_by = ?, version = c.version + 1
       FROM was WHERE c.id = was.id
     RETURNING c.id, was.speaker_name AS was_speaker_name, c.version`,
    [loserId, survivor.id, survivor.name, actorId],
  );
  await db('claims').where({ proposed_speaker_id: loserId }).update({ proposed_speaker_id: survivor.id });
  return (rows as MovedClaim[]).sort((a, b) => a.id - b.id);
}

export async function markMerged(db: Db, loserId: number, survivorId: number): Promise<void> {
  // The names the loser was corrected from lead to the survivor now, as the loser's own name does.
  await db.raw(
    `UPDATE speakers s SET former_name_keys = ARRAY(SELECT DISTINCT k FROM unnest(s.former_name_keys || l.former_name_keys) k WHERE k <> s.name_key ORDER BY k)
       FROM speakers l WHERE s.id = ? AND l.id = ? AND l.former_name_keys <> '{}'`,
    [survivorId, loserId],
  );
  await db('speakers').where({ id: loserId }).update({ merged_into_id: survivorId, former_name_keys: db.raw(`'{}'`), updated_at: db.fn.now(), version: db.raw('version + 1') });
  // Speakers merged into the loser earlier now point straight at the survivor.
  await db('speakers').where({ merged_into_id: loserId }).update({ merged_into_id: survivorId, updated_at: db.fn.now() });
  await rewriteMergedNameKeys(db, [loserId, survivorId]);
}

/** Writes for each of these speakers the name keys of the speakers now merged into it, which its search keys include. */
async function rewriteMergedNameKeys(db: Db, ids: number[]): Promise<void> {
  await db.raw(
    `UPDATE speakers s SET merged_name_keys = coalesce((SELECT string_agg(m.name_key, E'\\n' ORDER BY m.id) FROM speakers m WHERE m.merged_into_id = s.id), '')
      WHERE s.id = ANY (?::bigint[])`,
    [ids],
  );
}

/** A speaker's name, role and kind as an editor corrects them, with what follows from the name (see editSpeaker). */
export interface SpeakerEdit {
  name: string;
  aliases: string[];
  formerNameKeys: string[];
  kind: 'person' | 'organization';
  role: string | null;
}

export async function formerNameKeysOf(db: Db, id: number): Promise<string[]> {
  const row: { former_name_keys: string[] } | undefined = await db('speakers').where({ id }).first('former_name_keys');
  return row?.former_name_keys ?? [];
}

/** A claim a speaker's correction gave the new name: the name it showed before, and its version (left as it was). */
export interface RenamedClaim {
  id: number;
  was_speaker_name: string | null;
  version: number;
}

/** Writes an edit, and the name into the denormalised speaker name of the speaker's claims; returns those claims. */
export async function writeSpeakerEdit(db: Db, id: number, edit: SpeakerEdit): Promise<RenamedClaim[]> {
  await db('speakers').where({ id }).update({
    name: edit.name, name_key: speakerNameKey(edit.name), aliases: db.raw('?::text[]', [edit.aliases]), alias_keys: aliasKeys(edit.aliases),
    former_name_keys: db.raw('?::text[]', [edit.formerNameKeys]), kind: edit.kind, role: edit.role, role_key: edit.role ? speakerNameKey(edit.role) : '',
    updated_at: db.fn.now(), version: db.raw('version + 1'),
  });
  // why: locked in id order, as a merge and an article's removal lock them, so none of the three can deadlock another
  const { rows } = await db.raw<{ rows: RenamedClaim[] }>(
    `WITH c AS (SELECT id, speaker_name FROM claims WHERE speaker_id = ? AND speaker_name IS DISTINCT FROM ? ORDER BY id FOR UPDATE)
     UPDATE claims SET speaker_name = ? FROM c WHERE claims.id = c.id
     RETURNING claims.id, c.speaker_name AS was_speaker_name, claims.version`,
    [id, edit.name, edit.name],
  );
  return rows.sort((a, b) => a.id - b.id);
}

export async function setAliases(db: Db, id: number, aliases: string[]): Promise<void> {
  await db('speakers').where({ id }).update({
    aliases: db.raw('?::text[]', [aliases]), alias_keys: aliasKeys(aliases), updated_at: db.fn.now(), version: db.raw('version + 1'),
  });
}

/** The claims a merge of a speaker would move: how many, from how many articles, and which (`fingerprint`). */
export interface ClaimsToMove {
  claims: number;
  articles: number;
  fingerprint: string;
}

/**
 * The claims a merge of this speaker would move, read in one statement; with `lock`, locked in id order as the move
 * locks them, so none leaves the speaker between this reading and the move.
 */
export async function claimsToMove(db: Db, speakerId: number, opts: { lock?: boolean } = {}): Promise<ClaimsToMove> {
  // why: a count alone takes one claim taken away and another attributed for no change, and the highest id misses an
  // older claim re-attributed; the md5 of the ids in order tells any other set apart, reads the rows the count reads
  // anyway, and is 32 characters in a form however many claims there are
  const { rows } = await db.raw(
    `WITH c AS (SELECT id, article_id FROM claims WHERE speaker_id = ? ORDER BY id${opts.lock ? ' FOR UPDATE' : ''})
     SELECT count(*)::int AS claims, count(DISTINCT article_id)::int AS articles,
            md5(coalesce(string_agg(id::text, ',' ORDER BY id), '')) AS fingerprint
       FROM c`,
    [speakerId],
  );
  return (rows as ClaimsToMove[])[0]!;
}
