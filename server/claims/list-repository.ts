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
/**
 * A search walks the sort order for at most this many rows, filtering by the text as it goes: a common word fills
 * a page quickly that way. When the walk ends with the page still short, the word is rare and the page is cut from
 * its matches found by the text index instead. Trusting the planner alone, a word it had no statistics for (a name
 * new to the desk, a typo) was walked through all million rows.
 */
const SEARCH_WALK = 4000;
const WALK_COLUMNS = ['id', 'speaker_id', 'speaker_name', 'source', 'article_id', 'position', 'status', 'attribution_status',
  'assignee_id', 'updated_at', 'quote', 'search'].map((col) => `c.${col}`);
const TEXT_MATCH = "c.search @@ websearch_to_tsquery('english', ?)";

export function applyClaimFilters(qb: Knex.QueryBuilder, f: ClaimFilters): Knex.QueryBuilder {
  if (f.status) qb.where('c.status', f.status);
  if (f.attribution) qb.where('c.attribution_status', f.attribution);
  if (f.speakerId !== undefined) qb.where('c.speaker_id', f.speakerId);
  if (f.articleId !== undefined) qb.where('c.article_id', f.articleId);
  if (f.assigneeId === null) qb.whereNull('c.assignee_id');
  else if (f.assigneeId !== undefined) qb.where('c.assignee_id', f.assigneeId);
  if (f.source) qb.where('c.source', f.source);
  if (f.q) qb.whereRaw(TEXT_MATCH, [f.q]);
  return qb;
}

/**
 * One page of the claims list by keyset: the rows after (or before) the cursor's sort key, never an OFFSET.
 * Fetches one extra row to know whether another page follows in the direction of travel.
 */
export async function listClaims(db: Conn, query: ClaimListQuery, limit: number, searchWalk = SEARCH_WALK): Promise<{ rows: ClaimListRow[]; more: boolean }> {
  const backwards = query.cursor !== null && 'before' in query.cursor;
  const plan: PagePlan = {
    columns: [...SORT_COLUMNS[query.sort], { expr: 'c.id', cast: 'bigint', key: 'c.id::text' }],
    scanDir: (query.dir === 'asc') !== backwards ? 'asc' : 'desc',
    limit,
    searchWalk,
  };
  let rows: ClaimListRow[];
  if (!query.filters.q) {
    rows = await pageQuery(db, query, plan, 'claims');
  } else {
    rows = await pageQuery(db, query, plan, 'walk');
    if (rows.length <= limit && (await walkHitBudget(db, query, plan))) rows = await pageQuery(db, query, plan, 'text-index');
  }
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  return { rows: backwards ? page.reverse() : page, more };
}

interface PagePlan {
  columns: { expr: string; cast: string; key: string }[];
  scanDir: 'asc' | 'desc';
  limit: number;
  searchWalk: number;
}

/** The filters other than the text, and the keyset condition, on a query over `claims as c`. */
function narrow(qb: Knex.QueryBuilder, query: ClaimListQuery, plan: PagePlan): Knex.QueryBuilder {
  applyClaimFilters(qb, { ...query.filters, q: undefined });
  if (query.cursor) {
    const values = 'after' in query.cursor ? query.cursor.after : query.cursor.before;
    const row = plan.columns.map((c) => c.expr).join(', ');
    const params = plan.columns.map((c) => `?::${c.cast}`).join(', ');
    qb.whereRaw(`(${row}) ${plan.scanDir === 'asc' ? '>' : '<'} (${params})`, values);
  }
  return qb;
}

function ordered(qb: Knex.QueryBuilder, plan: PagePlan): Knex.QueryBuilder {
  for (const c of plan.columns) qb.orderByRaw(`${c.expr} ${plan.scanDir}`);
  return qb;
}

/** The budgeted walk went the whole way: the text may match further along than it looked. */
async function walkHitBudget(db: Conn, query: ClaimListQuery, plan: PagePlan): Promise<boolean> {
  const walk = ordered(narrow(db('claims as c').select('c.id'), query, plan), plan).limit(plan.searchWalk);
  const [row] = await db.from(walk.as('w')).count({ n: '*' });
  return Number((row as { n: number | string }).n) >= plan.searchWalk;
}

function pageQuery(db: Conn, query: ClaimListQuery, plan: PagePlan, source: 'claims' | 'walk' | 'text-index'): Promise<ClaimListRow[]> {
  const q = query.filters.q ?? '';
  let from: Knex.QueryBuilder;
  if (source === 'walk') {
    const walk = ordered(narrow(db('claims as c').select(WALK_COLUMNS), query, plan), plan).limit(plan.searchWalk);
    from = db.from(walk.as('c')).whereRaw(TEXT_MATCH, [q]);
  } else {
    from = narrow(db('claims as c'), query, plan);
    if (source === 'text-index') {
      from.withMaterialized('matches', db('claims').select('id').whereRaw("search @@ websearch_to_tsquery('english', ?)", [q]));
      from.whereIn('c.id', db('matches').select('id'));
    }
  }
  return ordered(from, plan)
    .join('articles as a', 'a.id', 'c.article_id')
    .leftJoin('users as u', 'u.id', 'c.assignee_id')
    .select(
      'c.id', 'c.speaker_id', 'c.speaker_name', 'c.source', 'c.article_id', 'c.status', 'c.attribution_status',
      'c.assignee_id', 'c.updated_at', 'a.title as article_title', 'u.name as assignee_name',
      db.raw('left(c.quote, ?) as quote', [QUOTE_PREVIEW + 1]),
      db.raw(`json_build_array(${plan.columns.map((c) => c.key).join(', ')}) as sort_key`),
    )
    .limit(plan.limit + 1);
}

/** Claims per status over the whole table, from the trigger-kept counters (64 small rows). */
export async function countClaimsByStatus(db: Conn): Promise<Record<ClaimStatus, number>> {
  const rows: { status: ClaimStatus; n: string }[] = await db('claim_status_counts').select('status').sum({ n: 'claims' }).groupBy('status');
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/**
 * How many claims the planner expects to match: an estimate from the table statistics, costing a plan but no scan.
 * Exact counting of a broad filter meant reading up to a million rows on every page view.
 */
export async function estimateMatching(db: Conn, filters: ClaimFilters): Promise<number> {
  const { sql, bindings } = applyClaimFilters(db('claims as c').select(db.raw('1')), filters).toSQL();
  const result = await db.raw(`EXPLAIN (FORMAT JSON) ${sql}`, bindings as Knex.RawBinding[]);
  const plan = (result.rows as { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[])[0]?.['QUERY PLAN'][0]?.Plan;
  return Math.round(plan?.['Plan Rows'] ?? 0);
}
