import { LITERAL, type Db, type Trx } from '../db/knex';
import type { Span } from '../articles/highlight';
import type { AttributionStatus, ClaimStatus } from './list-query';

type Conn = Db | Trx;

export interface Repair {
  code: string;
  description: string;
}

export interface ClaimRow {
  id: number;
  article_id: number;
  position: number;
  start_offset: number;
  end_offset: number;
  quote: string;
  kind: 'direct' | 'partial' | 'unmarked' | 'indirect';
  cue: string | null;
  confidence: number;
  repairs: Repair[];
  translation_hint: string | null;
  proposed_speaker_id: number | null;
  speaker_id: number | null;
  speaker_name: string | null;
  mention_start: number | null;
  mention_end: number | null;
  mention_text: string | null;
  evidence: string;
  source: string | null;
  source_start: number | null;
  source_end: number | null;
  status: ClaimStatus;
  attribution_status: AttributionStatus;
  assignee_id: number | null;
  created_at: Date;
  updated_at: Date;
  updated_by: number | null;
  version: number;
}

export interface ClaimDetail extends ClaimRow {
  article_title: string;
  article_body: string;
  article_url: string | null;
  article_outlet: string | null;
  article_published_at: Date | null;
  article_translated: boolean;
  proposed_speaker_name: string | null;
  assignee_name: string | null;
  updated_by_name: string | null;
}

export const CLAIM_COLUMNS = [
  'id', 'article_id', 'position', 'start_offset', 'end_offset', 'quote', 'kind', 'cue', 'confidence', 'repairs',
  'translation_hint', 'proposed_speaker_id', 'speaker_id', 'speaker_name', 'mention_start', 'mention_end',
  'mention_text', 'evidence', 'source', 'source_start', 'source_end', 'status', 'attribution_status', 'assignee_id',
  'created_at', 'updated_at', 'updated_by', 'version',
] as const;

/** The claim, locked until the transaction ends: concurrent reviewers of one claim take turns here. */
export async function lockClaim(trx: Trx, id: number): Promise<ClaimRow | undefined> {
  return trx('claims').where({ id }).forUpdate().first(...CLAIM_COLUMNS);
}

export type ClaimPatch = Partial<Pick<ClaimRow,
  'status' | 'attribution_status' | 'speaker_id' | 'speaker_name' | 'assignee_id' | 'quote' | 'start_offset' | 'end_offset'>>;

/** Applies a reviewer's change and bumps the version every form carries. */
export async function updateClaim(trx: Trx, id: number, actorId: number, patch: ClaimPatch): Promise<ClaimRow> {
  const [row] = await trx('claims')
    .where({ id })
    .update({ ...patch, updated_by: actorId, updated_at: trx.fn.now(), version: trx.raw('version + 1') })
    .returning([...CLAIM_COLUMNS]);
  return row as ClaimRow;
}

/** The article's text and the spans of it the engine marked as site clutter. */
export async function articleText(trx: Trx, articleId: number): Promise<{ body: string; boilerplate: Span[] }> {
  const row: { body: string; boilerplate: Span[] } | undefined = await trx('articles').where({ id: articleId }).first('body', 'boilerplate');
  return { body: row?.body ?? '', boilerplate: row?.boilerplate ?? [] };
}

/** Whether the article is still there: a removed claim's may have gone with it, or since. */
export async function articleExists(db: Conn, articleId: number): Promise<boolean> {
  return (await db('articles').where({ id: articleId }).first('id')) !== undefined;
}

/**
 * Locks the claim's article until the transaction ends, before the claim itself (the order adding a claim and
 * correcting an article's facts take), so two quotes moved at once cannot both land on the same words.
 */
export async function lockArticleOfClaim(trx: Trx, claimId: number): Promise<void> {
  await trx('articles').whereIn('id', trx('claims').where({ id: claimId }).select('article_id')).forUpdate().first('id');
}

/**
 * A claim of the article sharing a character with `span` (other than claim `except`); the one on exactly that span,
 * if there is one, first.
 */
export async function claimOverlapping(db: Conn, articleId: number, span: Span, kind: ClaimRow['kind'], except?: number): Promise<Pick<ClaimRow, 'id' | 'quote' | 'start_offset' | 'end_offset'> | undefined> {
  const qb = db('claims').where({ article_id: articleId }).where('start_offset', '<', span.end).where('end_offset', '>', span.start);
  // why: a reported claim holds the phrase its speaker was quoted saying ("declared that the request will be analysed
  // “with priority”"): a quotation may lie inside a reported claim, and a reported claim around quotations; any other
  // overlap is one stretch of text claimed twice
  qb.whereRaw(
    `NOT ((kind = 'indirect') <> ? AND ((start_offset <= ? AND end_offset >= ?) OR (start_offset >= ? AND end_offset <= ?))
      AND NOT (start_offset = ? AND end_offset = ?))`,
    [kind === 'indirect', span.start, span.end, span.start, span.end, span.start, span.end],
  );
  if (except !== undefined) qb.whereNot({ id: except });
  return qb
    .orderByRaw('(start_offset = ? AND end_offset = ?) DESC, start_offset, id', [span.start, span.end])
    .first('id', 'quote', 'start_offset', 'end_offset');
}

/**
 * The order of every review queue: the claim whose last change is oldest first (waiting longest since it was imported,
 * assigned or given back), then by number. The queue page lists in it (the claims list's `updated` sort, ascending),
 * Next follows it, and so should any other list of a queue.
 */
export const QUEUE_ORDER = { sort: 'updated', dir: 'asc', columns: ['updated_at', 'id'] } as const;

/** A queue's unreviewed claims: a reviewer's, or those nobody has taken when `assigneeId` is null. */
const queueOf = (db: Conn, assigneeId: number | null) => {
  const qb = db('claims').whereRaw("status = 'unreviewed'");
  return assigneeId === null ? qb.whereNull('assignee_id') : qb.where({ assignee_id: assigneeId });
};

/**
 * The first claim of a queue in queue order, or the first after claim `afterId` there. Ordered by the assignee too,
 * which every row shares: it names the index holding the queue in this order (an `IS NULL` pins no value the
 * planner sees).
 */
async function firstInQueue(db: Conn, assigneeId: number | null, afterId?: number): Promise<number | undefined> {
  const qb = queueOf(db, assigneeId);
  if (afterId !== undefined) qb.whereRaw('(updated_at, id) > (SELECT updated_at, id FROM claims WHERE id = ?)', [afterId]);
  const [row]: { id: number }[] = await qb.orderBy(['assignee_id', ...QUEUE_ORDER.columns]).limit(1, LITERAL).select('id');
  return row?.id;
}

/**
 * The claim Next offers a reviewer: the first of their queue, else the first nobody has taken. From a claim of either
 * (`afterId`), it goes on after that claim, never back to it; a claim in neither (reviewed, or someone else's) is no
 * place in that order, and Next starts from the top.
 */
export async function nextUnreviewed(db: Conn, reviewerId: number, afterId?: number): Promise<number | undefined> {
  const from: { assignee_id: number | null } | undefined = afterId === undefined ? undefined
    : await db('claims').where({ id: afterId }).whereRaw("status = 'unreviewed'").first('assignee_id');
  const inMine = from !== undefined && from.assignee_id === reviewerId;
  const inPile = from !== undefined && from.assignee_id === null;
  if (!inPile) {
    const mine = await firstInQueue(db, reviewerId, inMine ? afterId : undefined);
    if (mine !== undefined) return mine;
  }
  return firstInQueue(db, null, inPile ? afterId : undefined);
}

/** How many unreviewed claims are assigned to the reviewer. */
export async function countQueue(db: Conn, assigneeId: number): Promise<number> {
  const row = await queueOf(db, assigneeId).count<{ n: string }[]>({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/**
 * Gives a reviewer's unreviewed claims back to nobody, each a new version changed by `actorId`: the claims and the
 * versions they now have. They are locked in id order, the order an article's removal locks its claims in.
 */
export async function releaseQueue(trx: Trx, assigneeId: number, actorId: number): Promise<Array<{ id: number; version: number }>> {
  return trx('claims')
    .whereIn('id', queueOf(trx, assigneeId).orderBy('id').forUpdate().select('id'))
    .update({ assignee_id: null, updated_by: actorId, updated_at: trx.fn.now(), version: trx.raw('version + 1') })
    .returning(['id', 'version']);
}

export interface PersonRef {
  id: number;
  name: string;
}
