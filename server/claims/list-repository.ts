import type { Knex } from 'knex';
import type { Db, Trx } from '../db/knex';
import type { AttributionStatus, ClaimFilters, ClaimListQuery, ClaimSort, ClaimStatus, CursorValues } from './list-query';
import { CLAIM_STATUSES } from './list-query';

type Conn = Db | Trx;

export interface ClaimListRow {
  id: number;
  quote: string;
  speaker_id: number | null;
  speaker_name: string | null;
  source: string | null;
  article_id: number;
  article_title: string;
  status: ClaimStatus;
  attribution_status: AttributionStatus;
  assignee_id: number | null;
  assignee_name: string | null;
  updated_at: Date;
  /** The row's sort key, for the page links. */
  sort_key: CursorValues;
}

/** Sort key expressions, matching the list indexes column for column; the id breaks ties. */
const SORT_COLUMNS: Record<ClaimSort, { expr: string; cast: string; key: string }[]> = {
  updated: [{ expr: 'c.updated_at', cast: 'timestamptz', key: 'to_json(c.updated_at) #>> \'{}\'' }],
  article: [
    { expr: 'c.article_id', cast: 'bigint', key: 'c.article_id::text' },
    { expr: 'c.position', cast: 'integer', key: 'c.position::text' },
  ],
  speaker: [{ expr: "coalesce(c.speaker_name, '')", cast: 'text', key: "coalesce(c.speaker_name, '')" }],
  status: [
    { expr: 'c.status', cast: 'text', key: 'c.status' },
    { expr: 'c.updated_at', cast: 'timestamptz', key: 'to_json(c.updated_at) #>> \'{}\'' },
  ],
};
const QUOTE_PREVIEW = 180;

export function applyClaimFilters(qb: Knex.QueryBuilder, f: ClaimFilters): Knex.QueryBuilder {
  if (f.status) qb.where('c.status', f.status);
  if (f.attribution) qb.where('c.attribution_status', f.attribution);
  if (f.speakerId !== undefined) qb.where('c.speaker_id', f.speakerId);
  if (f.articleId !== undefined) qb.where('c.article_id', f.articleId);
  if (f.assigneeId === null) qb.whereNull('c.assignee_id');
  else if (f.assigneeId !== undefined) qb.where('c.assignee_id', f.assigneeId);
  if (f.source) qb.where('c.source', f.source);
  if (f.q) qb.whereRaw("c.search @@ websearch_to_tsquery('english', ?)", [f.q]);
  return qb;
}

/**
 * One page of the claims list by keyset: the rows after (or before) the cursor's sort key, never an OFFSET.
 * Fetches one extra row to know whether another page follows in the direction of travel.
 */
export async function listClaims(db: Conn, query: ClaimListQuery, limit: number): Promise<{ rows: ClaimListRow[]; more: boolean }> {
  const columns = [...SORT_COLUMNS[query.sort], { expr: 'c.id', cast: 'bigint', key: 'c.id::text' }];
  const backwards = query.cursor !== null && 'before' in query.cursor;
  const scanDir = (query.dir === 'asc') !== backwards ? 'asc' : 'desc';
  const qb = db('claims as c')
    .join('articles as a', 'a.id', 'c.article_id')
    .leftJoin('users as u', 'u.id', 'c.assignee_id')
    .select(
      'c.id', 'c.speaker_id', 'c.speaker_name', 'c.source', 'c.article_id', 'c.status', 'c.attribution_status',
      'c.assignee_id', 'c.updated_at', 'a.title as article_title', 'u.name as assignee_name',
      db.raw('left(c.quote, ?) as quote', [QUOTE_PREVIEW + 1]),
      db.raw(`json_build_array(${columns.map((c) => c.key).join(', ')}) as sort_key`),
    );
  applyClaimFilters(qb, query.filters);
  if (query.cursor) {
    const values = 'after' in query.cursor ? query.cursor.after : query.cursor.before;
    const op = scanDir === 'asc' ? '>' : '<';
    const row = columns.map((c) => c.expr).join(', ');
    const params = columns.map((c) => `?::${c.cast}`).join(', ');
    qb.whereRaw(`(${row}) ${op} (${params})`, values);
  }
  for (const c of columns) qb.orderByRaw(`${c.expr} ${scanDir}`);
  const rows: ClaimListRow[] = await qb.limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  return { rows: backwards ? page.reverse() : page, more };
}

/** Claims per status over the whole table, from the trigger-kept counters (64 small rows). */
export async function countClaimsByStatus(db: Conn): Promise<Record<ClaimStatus, number>> {
  const rows: { status: ClaimStatus; n: string }[] = await db('claim_status_counts').select('status').sum({ n: 'claims' }).groupBy('status');
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/**
 * Claims per status among those matching filters, counting at most `cap` rows so a broad filter costs no more
 * than a bounded index scan; `capped` says the true total is larger.
 */
export async function countMatchingByStatus(db: Conn, filters: ClaimFilters, cap: number): Promise<{ counts: Partial<Record<ClaimStatus, number>>; total: number; capped: boolean }> {
  const inner = applyClaimFilters(db('claims as c').select('c.status'), filters).limit(cap + 1);
  const rows: { status: ClaimStatus; n: number | string }[] = await db.from(inner.as('m')).select('status').count({ n: '*' }).groupBy('status');
  const counts: Partial<Record<ClaimStatus, number>> = {};
  let total = 0;
  for (const r of rows) {
    counts[r.status] = Number(r.n);
    total += Number(r.n);
  }
  return { counts, total: Math.min(total, cap), capped: total > cap };
}

