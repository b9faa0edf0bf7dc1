import type { Knex } from 'knex';
import { LITERAL, vocabularyLiteral, type Db, type Trx } from '../db/knex';
import type { AttributionStatus, ClaimFilters, ClaimListQuery, ClaimSort, ClaimStatus, CursorValues, ElsewhereFilter } from './list-query';
import { CLAIM_STATUSES } from './list-query';
import { readSearch, SEARCH_CONFIG, wordSearch, type TextSearch } from './list-search';
import type { PersonRef } from './repository';
import { personLabel } from '../users/repository';
import { UNCERTAIN_SQL } from './uncertain';
import { ACTIVE_PEOPLE_SQL, assigneeFilter, HOLDING_DEACTIVATED_SQL, type RankedPerson } from './reviewer-options';

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
  /** The engine's confidence in the claim and its speaker, 0 to 1 (1 for a claim a reviewer added). */
  confidence: number;
  assignee_id: number | null;
  assignee_name: string | null;
  /** The version the row was read at: a change sent from the list (assigning the claims ticked) is made on it. */
  version: number;
  /** ISO 8601 in UTC, to the millisecond, as the page shows it. */
  updated_at: string;
  /** The row's sort key, for the page links. */
  sort_key: CursorValues;
}

/** Everything the list page reads, fetched in one statement. */
export interface ClaimListPage {
  rows: ClaimListRow[];
  more: boolean;
  counts: Record<ClaimStatus, number>;
  /** Active accounts, for the assignee filter. */
  reviewers: PersonRef[];
  /**
   * How many claims a search went through, when that was not all of them: stop words alone, quoted as one word or as
   * one of alternatives, have neither words in the text index nor word pairs every match holds to narrow by.
   */
  searchedOnly: number | null;
  /**
   * How many claims a list filtered by the words elsewhere went through, when that was not all of them and the page
   * came out short (see ELSEWHERE_WALK).
   */
  walkedOnly: number | null;
  /** With walkedOnly, going forward: the sort key of the last claim walked, where the next page's walk goes on from. */
  walkedTo: CursorValues | null;
  /** The search as the page tested it, for countMatching to count the same claims; null without one. */
  search: TextSearch | null;
}

/** A row as the page statement returns it (json): `changed` is the last change as PostgreSQL prints it, to the microsecond. */
interface PageRow extends Omit<ClaimListRow, 'sort_key'> {
  position: number;
  changed: string;
}

/**
 * A sort key column: its expression, matching the list indexes column for column, and how a cursor's value (as
 * SORT_KEY gives it) is compared with it (`?::cast` unless said).
 */
interface SortColumn {
  expr: string;
  cast: string;
  param?: string;
}
/** Sort key expressions; the id breaks ties. */
const SORT_COLUMNS: Record<ClaimSort, SortColumn[]> = {
  updated: [{ expr: 'c.updated_at', cast: 'timestamptz' }],
  article: [{ expr: 'c.article_id', cast: 'bigint' }, { expr: 'c.position', cast: 'integer' }],
  // why: by the name folded as the speakers list's key (migration 20261202140000), not as written, where a byte-order
  // collation put "Émile Roux" after "Vladimir Putin"; the cursor keeps the name as written, folded when compared,
  // so page links made before stay good
  speaker: [{ expr: 'speaker_sort_key(c.speaker_name)', cast: 'text', param: 'speaker_sort_key(?::text)' }],
  status: [{ expr: 'c.status', cast: 'text' }, { expr: 'c.updated_at', cast: 'timestamptz' }],
};
/** The same order over the page's own columns, to aggregate the page in order. */
const PAGE_ORDER: Record<ClaimSort, string[]> = {
  updated: ['p.changed'],
  article: ['p.article_id', 'p.position'],
  speaker: ['speaker_sort_key(p.speaker_name)'],
  status: ['p.status', 'p.changed'],
};
/** The cursor of a row, as text exactly as the database printed it (a timestamp keeps its microseconds). */
const SORT_KEY: Record<ClaimSort, (r: PageRow) => CursorValues> = {
  updated: (r) => [r.changed, String(r.id)],
  article: (r) => [String(r.article_id), String(r.position), String(r.id)],
  speaker: (r) => [r.speaker_name ?? '', String(r.id)],
  status: (r) => [r.status, r.changed, String(r.id)],
};
const QUOTE_PREVIEW = 180;
/**
 * A search walks the sort order for at most this many rows, filtering by the text as it goes: a common word fills
 * a page quickly that way. When the walk ends with the page still short, the word is rare and the page is cut from
 * its matches found by the text index instead. Trusting the planner alone, a word it had no statistics for (a name
 * new to the desk, a typo) was walked through all million rows.
 */
export const SEARCH_WALK = 4000;
/**
 * A list filtered by the words its claims share with others (ClaimFilters.elsewhere) walks its order for at most
 * this many claims, testing each, and says so when the page is still short: where few words recur, a walk through a
 * million claims took 7–8 s, and this many 0.3–0.6 s. The next page walks on from the last claim walked (see
 * lastWalked); other filters narrow the walk (an article's claims, a status, an assignee); a download walks them all.
 */
export const ELSEWHERE_WALK = 20_000;
const WALK_COLUMNS = ['id', 'speaker_id', 'speaker_name', 'source', 'article_id', 'position', 'status', 'attribution_status',
  'confidence', 'assignee_id', 'version', 'updated_at', 'quote', 'mention_text', 'search'].map((col) => `c.${col}`);
/** What a walk testing only the words elsewhere carries: the text's search columns are not read. */
const ELSEWHERE_WALK_COLUMNS = [...WALK_COLUMNS.filter((col) => col !== 'c.mention_text' && col !== 'c.search'), 'c.quote_key'];
/** What a phrase's candidates carry: every column but the text, which is read only for those the page tests. */
const CANDIDATE_COLUMNS = WALK_COLUMNS.filter((col) => col !== 'c.quote' && col !== 'c.mention_text' && col !== 'c.search');
/** The most claims holding a phrase's word pairs that are ever read at once, before any walk (see pairsFirst). */
const PAIRS_FIRST = 2000;
/** Reading a phrase's candidate costs about three walked rows (at a million claims, 1,381 in 9 ms; 4,000 in 8). */
const CANDIDATE_COST = 3;
const TEXT_MATCH = `c.search @@ websearch_to_tsquery('${SEARCH_CONFIG}', ?)`;

/**
 * Whether other claims hold a claim's words, and which: one probe each of the words' index, which holds each claim's
 * id, status and speaker, so the claims probed are never read (migration cover_the_words_index). A list walks its
 * order testing each claim, for ELSEWHERE_WALK claims at most (see loadClaimListPage).
 */
// why: OFFSET 0 keeps the probe a test of each row (PostgreSQL does not turn such an EXISTS into a join): made a
// semi-join, the planner, unable to guess how many claims pass, hashed every key of the table and sorted every match
// before cutting a page (at a million claims 6–8 s for a page that a test of each row in order fills in 20 ms)
const heldElsewhere = (also = '') => `c.quote_key IS NOT NULL AND EXISTS (SELECT 1 FROM claims o WHERE o.quote_key = c.quote_key AND o.id <> c.id${also} OFFSET 0)`;
const ELSEWHERE_SQL: Record<ElsewhereFilter, string> = {
  any: heldElsewhere(),
  judged: heldElsewhere(` AND o.status <> 'unreviewed'`),
  speaker: heldElsewhere(' AND o.speaker_id IS NOT NULL AND o.speaker_id IS DISTINCT FROM c.speaker_id'),
};

export function applyClaimFilters(qb: Knex.QueryBuilder, f: ClaimFilters): Knex.QueryBuilder {
  if (f.status) qb.whereRaw(`c.status = ${vocabularyLiteral(f.status)}`);
  // (the engine's uncertain proposals, as their partial index's predicate reads: see uncertain.ts)
  if (f.attribution === 'uncertain') qb.whereRaw(UNCERTAIN_SQL);
  else if (f.attribution) qb.whereRaw(`c.attribution_status = ${vocabularyLiteral(f.attribution)}`);
  if (f.speakerId !== undefined) qb.where('c.speaker_id', f.speakerId);
  if (f.articleId !== undefined) qb.where('c.article_id', f.articleId);
  // (none when that claim's quote is too short to compare, or the claim is gone: its key is then null)
  if (f.wordsOf !== undefined) qb.whereRaw('c.quote_key = (SELECT w.quote_key FROM claims w WHERE w.id = ?)', [f.wordsOf]);
  if (f.elsewhere) qb.whereRaw(ELSEWHERE_SQL[f.elsewhere]);
  if (f.assigneeId === null) qb.whereNull('c.assignee_id');
  else if (f.assigneeId !== undefined) qb.where('c.assignee_id', f.assigneeId);
  if (f.source) qb.where('c.source', f.source);
  if (f.q) qb.whereRaw(TEXT_MATCH, [f.q]);
  return qb;
}

/**
 * One page of the claims list by keyset: the rows after (or before) the cursor's sort key, never an OFFSET.
 * Fetches one extra row to know whether another page follows in the direction of travel. The status counts and
 * the reviewers come in the same statement, so a plain page view is one round trip.
 */
export async function loadClaimListPage(db: Conn, query: ClaimListQuery, limit: number, searchWalk = SEARCH_WALK, pairsFirst = PAIRS_FIRST,
  elsewhereWalk = ELSEWHERE_WALK): Promise<ClaimListPage> {
  const backwards = query.cursor !== null && 'before' in query.cursor;
  const q = query.filters.q;
  // (a search walks as far as its own budget, testing the words elsewhere on the way; without one, those are walked)
  const walksElsewhere = !q && query.filters.elsewhere !== undefined && Number.isFinite(elsewhereWalk);
  const plan: PagePlan = {
    sort: query.sort,
    pinned: pinnedColumn(query.sort, query.filters),
    columns: [...SORT_COLUMNS[query.sort], { expr: 'c.id', cast: 'bigint' }],
    scanDir: (query.dir === 'asc') !== backwards ? 'asc' : 'desc',
    limit,
    searchWalk: walksElsewhere ? elsewhereWalk : searchWalk,
  };
  const search = q ? await readSearch(db, q, pairsFirst) : null;
  if (search?.pairs.length && readsPairsFirst(search, plan, pairsFirst)) {
    const page = await pageStatement(db, plan, pageQuery(db, query, plan, search, 'pairs'), null);
    return { ...pageOf(page, page.rows, plan, limit, backwards), searchedOnly: null, walkedOnly: null, walkedTo: null, search };
  }
  const walks = search !== null || walksElsewhere;
  const first = await pageStatement(db, plan, pageQuery(db, query, plan, search, walks ? 'walk' : 'claims'), walks ? walkLength(db, query, plan) : null);
  if (walksElsewhere) {
    const walkedOnly = first.walk && first.rows.length <= limit && first.walk.n >= plan.searchWalk ? first.walk.n : null;
    const walkedTo = walkedOnly !== null && !backwards ? await lastWalked(db, query, plan) : null;
    return { ...pageOf(first, first.rows, plan, limit, backwards), searchedOnly: null, walkedOnly, walkedTo, search };
  }
  let rows = first.rows;
  let searchedOnly: number | null = null;
  if (search && first.walk && rows.length <= limit && first.walk.n >= plan.searchWalk) {
    const { pairs } = search;
    // why: the claims holding a phrase's words side by side are few when the walk found the phrase rare; they are
    // read from the pair index, whatever their age, instead of the text index's entries for each word
    if (pairs.length) rows = (await pageStatement(db, plan, pageQuery(db, query, plan, search, 'pairs'), null, false)).rows;
    else if (searchesWalkOnly(search)) searchedOnly = first.walk.n;
    else {
      for (const window of recentWindows(plan, first.walk, rows.length)) {
        rows = (await pageStatement(db, plan, pageQuery(db, query, plan, search, 'text-index', window), null, false)).rows;
        if (rows.length > limit) break;
      }
      if (rows.length <= limit) rows = (await pageStatement(db, plan, pageQuery(db, query, plan, search, 'text-index'), null, false)).rows;
    }
  }
  return { ...pageOf(first, rows, plan, limit, backwards), searchedOnly, walkedOnly: null, walkedTo: null, search };
}

/**
 * Whether a search can only be tested along the walk: neither the text index nor word pairs every match holds can
 * narrow it (stop words alone, as one of alternatives), so the claims beyond SEARCH_WALK are never searched.
 */
export function searchesWalkOnly(search: TextSearch): boolean {
  return search.indexed === null && search.pairs.length === 0;
}

/**
 * Whether a phrase's candidates are read at once rather than after a walk. A walk of the newest claims finds a page
 * after about (page + 1) × claims / candidates rows, if the phrase is spread over time like the rest; when that is
 * beyond the walk, the walk would be in vain, and when reading every candidate costs less than that, it is slower.
 * At a million claims a phrase in up to 2,000 claims is read at once; at ten thousand, one in up to about 400. A phrase
 * of stop words alone is tested on each walked row by its text, at `walkCost` rows each: read at once in up to 12,750
 * claims of a million.
 */
export function readsPairsFirst(phrase: { candidates: number; claims: number; walkCost?: number }, plan: Pick<PagePlan, 'limit' | 'searchWalk'>, most: number): boolean {
  const { candidates, claims, walkCost = 1 } = phrase;
  if (candidates > most * walkCost) return false;
  const rowsToFillPage = ((plan.limit + 1) * claims) / Math.max(candidates, 1);
  return rowsToFillPage >= plan.searchWalk || CANDIDATE_COST * candidates < walkCost * rowsToFillPage;
}

function pageOf(first: PageStatementRow, rows: PageRow[], plan: PagePlan, limit: number, backwards: boolean): Omit<ClaimListPage, 'searchedOnly' | 'walkedOnly' | 'walkedTo' | 'search'> {
  const more = rows.length > limit;
  const page = rows.slice(0, limit).map((r) => toListRow(r, plan.sort));
  return { rows: backwards ? page.reverse() : page, more, counts: countsOf(first.counts), reviewers: assigneeFilter(first.reviewers, first.holding) };
}

export async function listClaims(db: Conn, query: ClaimListQuery, limit: number, searchWalk = SEARCH_WALK, pairsFirst = PAIRS_FIRST): Promise<{ rows: ClaimListRow[]; more: boolean }> {
  const { rows, more } = await loadClaimListPage(db, query, limit, searchWalk, pairsFirst);
  return { rows, more };
}

interface PagePlan {
  sort: ClaimSort;
  /** A filtered column ordered by first, to name its index; see pinnedColumn. */
  pinned: string | null;
  columns: SortColumn[];
  scanDir: 'asc' | 'desc';
  limit: number;
  searchWalk: number;
}

function toListRow(r: PageRow, sort: ClaimSort): ClaimListRow {
  return {
    id: r.id, quote: r.quote, speaker_id: r.speaker_id, speaker_name: r.speaker_name, source: r.source, article_id: r.article_id,
    article_title: r.article_title, status: r.status, attribution_status: r.attribution_status, confidence: r.confidence, assignee_id: r.assignee_id,
    assignee_name: r.assignee_name, version: r.version, updated_at: r.updated_at, sort_key: SORT_KEY[sort](r),
  };
}

function countsOf(stored: Record<string, number | string> | null): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const [status, n] of Object.entries(stored ?? {})) if (status in counts) counts[status as ClaimStatus] = Number(n);
  return counts;
}

/** How far a search's walk went: rows walked, and the oldest and newest last change among them. */
interface Walk {
  n: number;
  oldest: string | null;
  newest: string | null;
  /** The first and last change over all claims, filters aside: a stretch reaching past them holds every claim. */
  first: string | null;
  last: string | null;
}

/** Only claims last changed on this side of `at` (the newer side when the scan runs newest first). */
interface TimeWindow {
  at: Date;
}

/** The widest stretch, in walks: its share of the last-change index is read whole to intersect with the text's. */
const MAX_STRETCH = 64;

/**
 * For a search in last-change order whose walk came out short: stretches of time beyond the walk, at the rate the
 * walk found matches, the first wide enough for a few pages of them and the next four times as wide (up to
 * MAX_STRETCH). The text index looks up only those claims (its bitmap and the last-change index's, intersected), so a
 * rare phrase reads the newest matches rather than all of them; only when the stretches are still short does the
 * whole match set get read. The margin is wide because claims are not changed evenly over time: the walk measures the
 * rate among the newest, and a status that reviews set is far denser there than a month back (a stretch sized for two
 * pages of verified claims held fewer than one). The wider stretch keeps a miss from costing the whole set: at a
 * million claims, for a phrase of two common words, 40 ms against 80 ms.
 */
function recentWindows(plan: PagePlan, walk: Walk, found: number): TimeWindow[] {
  if (plan.sort !== 'updated' || !walk.oldest || !walk.newest) return [];
  const oldest = Date.parse(walk.oldest);
  const newest = Date.parse(walk.newest);
  const span = newest - oldest;
  if (!Number.isFinite(span) || span <= 0) return [];
  const first = Math.min(MAX_STRETCH, Math.max(4, (4 * (plan.limit + 1)) / Math.max(found, 1)));
  const second = Math.min(MAX_STRETCH, 4 * first);
  // A stretch reaching past every claim's last change is the whole match set, read as such: on a small table, or
  // when the walk was a good part of it, the stretches were statements in vain.
  const end = Date.parse((plan.scanDir === 'desc' ? walk.first : walk.last) ?? '');
  return (second >= 2 * first ? [first, second] : [first])
    .map((s) => (plan.scanDir === 'desc' ? newest - span * s : oldest + span * s))
    .filter((at) => !Number.isFinite(end) || (plan.scanDir === 'desc' ? at > end : at < end))
    .map((at) => ({ at: new Date(at) }));
}

interface PageStatementRow {
  rows: PageRow[];
  walk: Walk | null;
  counts: Record<string, number | string> | null;
  reviewers: RankedPerson[] | null;
  holding: RankedPerson[] | null;
}

/**
 * The page as one json array in sort order, with (unless `withTotals` is off) the counts per status from the
 * trigger-kept counters and the active reviewers; and, for a search, how far its walk went when the page came out
 * short (a CASE, so the walk is only counted then).
 */
async function pageStatement(db: Conn, plan: PagePlan, page: Knex.QueryBuilder, walk: Knex.QueryBuilder | null, withTotals = true): Promise<PageStatementRow> {
  const order = [...PAGE_ORDER[plan.sort], 'p.id'].map((e) => `${e} ${plan.scanDir}`).join(', ');
  const columns: (string | Knex.Raw)[] = [db.raw(`(SELECT coalesce(json_agg(p ORDER BY ${order}), '[]') FROM page p) AS rows`)];
  if (walk) {
    columns.push(db.raw(
      `CASE WHEN (SELECT count(*) FROM page) <= ?
         THEN (SELECT json_build_object('n', count(*), 'oldest', min(w.updated_at), 'newest', max(w.updated_at),
                 'first', (SELECT min(updated_at) FROM claims), 'last', (SELECT max(updated_at) FROM claims)) FROM ? AS w) END AS walk`,
      [plan.limit, walk],
    ));
  }
  if (withTotals) {
    columns.push(
      db.raw(`(SELECT json_object_agg(status, n) FROM (SELECT status, sum(claims) AS n FROM claim_status_counts GROUP BY status) s) AS counts`),
      db.raw(`${ACTIVE_PEOPLE_SQL} AS reviewers`),
      db.raw(`${HOLDING_DEACTIVATED_SQL} AS holding`),
    );
  }
  const [row] = (await db.with('page', page).select(columns)) as PageStatementRow[];
  return { rows: row!.rows, walk: row!.walk ?? null, counts: row!.counts ?? null, reviewers: row!.reviewers ?? null, holding: row!.holding ?? null };
}

/**
 * The filters other than the text, and the keyset condition, on a query over `claims as c`; for a walk, neither the
 * text nor the words elsewhere, which are tested on the walked rows (see pageQuery).
 */
function narrow(qb: Knex.QueryBuilder, query: ClaimListQuery, plan: PagePlan, walked = false): Knex.QueryBuilder {
  applyClaimFilters(qb, { ...query.filters, q: undefined, elsewhere: walked ? undefined : query.filters.elsewhere });
  if (query.cursor) {
    const values = 'after' in query.cursor ? query.cursor.after : query.cursor.before;
    const row = plan.columns.map((c) => c.expr).join(', ');
    const params = plan.columns.map((c) => c.param ?? `?::${c.cast}`).join(', ');
    qb.whereRaw(`(${row}) ${plan.scanDir === 'asc' ? '>' : '<'} (${params})`, values);
  }
  return qb;
}

function ordered(qb: Knex.QueryBuilder, plan: PagePlan): Knex.QueryBuilder {
  if (plan.pinned) qb.orderByRaw(`${plan.pinned} ${plan.scanDir}`);
  for (const c of plan.columns) qb.orderByRaw(`${c.expr} ${plan.scanDir}`);
  return qb;
}

/**
 * In last-change order, the column of a filter that pins one value (the most selective first), put ahead of the order:
 * it changes nothing in the order, since every row listed has that value, but it names the index (column, updated_at,
 * id) that holds exactly these rows in this order. Left to its estimates, the planner walked the whole last-change
 * index and filtered; it cannot see that `assignee_id IS NULL` pins a value at all.
 */
function pinnedColumn(sort: ClaimSort, f: ClaimFilters): string | null {
  if (sort !== 'updated') return null;
  if (f.articleId !== undefined) return 'c.article_id';
  if (f.speakerId !== undefined) return 'c.speaker_id';
  if (f.source) return 'c.source';
  if (f.assigneeId !== undefined) return 'c.assignee_id';
  if (f.status) return 'c.status';
  // (the uncertain proposals have an index of their own in last-change order, named by their predicate alone)
  if (f.attribution && f.attribution !== 'uncertain') return 'c.attribution_status';
  return null;
}

/** The columns SORT_KEY reads, each order's own, so its index alone may give them (see lastWalked). */
const KEY_COLUMNS: Record<ClaimSort, string[]> = {
  updated: ['c.updated_at as changed', 'c.id'],
  article: ['c.article_id', 'c.position', 'c.id'],
  speaker: ['c.speaker_name', 'c.id'],
  status: ['c.status', 'c.updated_at as changed', 'c.id'],
};

/**
 * The sort key of the last claim a walk went through, for the next page to walk on from it: read again by its place in
 * the order (ELSEWHERE_WALK index entries, only when a walk ran out), as the page's rows print their keys.
 */
async function lastWalked(db: Conn, query: ClaimListQuery, plan: PagePlan): Promise<CursorValues | null> {
  // (a statement of its own, only when a walk ran out: at a million claims 20,000 entries of the last-change index
  // in 17–27 ms warm, read from the index alone; with every column of the row, 150 ms)
  const row = ordered(narrow(db('claims as c').select(KEY_COLUMNS[plan.sort]), query, plan, true), plan).offset(plan.searchWalk - 1, LITERAL).limit(1, LITERAL);
  const { rows } = await db.raw<{ rows: Array<{ last: PageRow | null }> }>('SELECT (SELECT row_to_json(w) FROM ? AS w) AS last', [row]);
  const last = rows[0]?.last;
  return last ? SORT_KEY[plan.sort](last) : null;
}

/** The budgeted walk along the sort order, to see how far it went. */
function walkLength(db: Conn, query: ClaimListQuery, plan: PagePlan): Knex.QueryBuilder {
  return ordered(narrow(db('claims as c').select('c.id', 'c.updated_at'), query, plan, true), plan).limit(plan.searchWalk, LITERAL);
}

function pageQuery(db: Conn, query: ClaimListQuery, plan: PagePlan, search: TextSearch | null, source: 'claims' | 'walk' | 'text-index' | 'pairs', window?: TimeWindow): Knex.QueryBuilder {
  const { test, indexed, indexFinds, pairs } = search ?? wordSearch('');
  let from: Knex.QueryBuilder;
  if (source === 'pairs') {
    // The candidates are materialised with the columns the order and the filters read, not the text: the phrase is
    // tested on each one's row in the page's order until the page is full, rather than on every candidate first
    // (at a million claims, 1,381 candidates: 9 ms against 15).
    // why: in last-change order with no filter that pins a column, the order needs only each candidate's id and last
    // change; the rest of a row is read with its text, for the few the page tests (at a million claims, 1,381
    // candidates: the statement in 4.7 ms against 5.2–6.9). Filters are tested as the candidates are read.
    const slim = plan.sort === 'updated' && !plan.pinned;
    const candidates = narrow(db('claims as c').select(slim ? ['c.id', 'c.updated_at'] : CANDIDATE_COLUMNS), query, plan)
      // why: the ids as an array are looked up together, in the table's physical order; as a join each was one
      // random look-up, and the planner brought in parallel workers for them (at a million claims 7 ms against 13–20)
      // (the ids themselves when the search read them all with its count: see readSearch)
      .whereRaw(search?.candidateIds ? 'c.id = ANY (?::bigint[])' : 'c.id = ANY (ARRAY(SELECT claim_id FROM claim_word_pairs WHERE pairs @> ?::text[]))',
        [search?.candidateIds ?? pairs]);
    const inOrder = ordered(db.from('candidates as c').select('c.*'), plan).as('c');
    // The outer order names the ordered candidates' own columns, so the planner keeps their order instead of sorting
    // every tested row, and the nested loop stops at the page's last match.
    const read = slim ? [...CANDIDATE_COLUMNS.map((col) => col.replace(/^c\./, 't.')), 't.quote'].join(', ') : 't.quote';
    const [tests, bindings] = test('t');
    const tested = db.from(inOrder).select(slim ? ['t.*'] : ['c.*', 't.quote'])
      .joinRaw(`CROSS JOIN LATERAL (SELECT ${read} FROM claims t WHERE t.id = c.id AND ${tests}) t`, bindings);
    from = db.from(ordered(tested, plan).limit(plan.limit + 1, LITERAL).as('c'));
    from.withMaterialized('candidates', candidates);
  } else if (source === 'walk') {
    // The page is cut from the walk before the joins, so the walk stops at the page's last match whatever the
    // planner guesses of how many rows match (a generic plan guessing fewer than a page sorted the whole walk).
    const columns = search ? (query.filters.elsewhere ? [...WALK_COLUMNS, 'c.quote_key'] : WALK_COLUMNS) : ELSEWHERE_WALK_COLUMNS;
    // why: the walked rows are ordered again by the walk's own output columns, so the planner sees they come in that
    // order and stops at the page's last match: ordered by the pinned column (fixed inside the walk, not known to be
    // outside it) or by an expression over the walk's columns (the speaker's sort key), it tested and sorted every
    // walked row (at a million claims, 20,000 probes of the words elsewhere in 0.3–0.6 s, against 16 ms)
    const keys = plan.columns.map((c, i) => (/^c\.\w+$/.test(c.expr) ? c : { ...c, expr: `c.walk_key_${i}` }));
    const walk = ordered(narrow(db('claims as c').select(columns), query, plan, true), plan).limit(plan.searchWalk, LITERAL);
    plan.columns.forEach((c, i) => { if (keys[i] !== c) walk.select(db.raw(`${c.expr} AS walk_key_${i}`)); });
    const walked = db.from(walk.as('c'));
    if (search) walked.whereRaw(...test('c'));
    if (query.filters.elsewhere) walked.whereRaw(ELSEWHERE_SQL[query.filters.elsewhere]);
    from = db.from(ordered(walked, { ...plan, pinned: null, columns: keys }).limit(plan.limit + 1, LITERAL).as('c'));
  } else {
    from = narrow(db('claims as c'), query, plan);
    if (source === 'text-index') {
      // the text index finds the rows its words allow, and each of them is tested for the search's phrases
      const matches = db('claims as c').select('c.id').whereRaw(...wordSearch(indexed ?? '').test('c'));
      if (!indexFinds) matches.whereRaw(...test('c'));
      if (window) matches.where('c.updated_at', plan.scanDir === 'desc' ? '>=' : '<=', window.at);
      from.withMaterialized('matches', matches);
      from.whereIn('c.id', db('matches').select('id'));
    }
  }
  return ordered(from, plan)
    .join('articles as a', 'a.id', 'c.article_id')
    .leftJoin('users as u', 'u.id', 'c.assignee_id')
    .select(
      'c.id', 'c.speaker_id', 'c.speaker_name', 'c.source', 'c.article_id', 'c.position', 'c.status', 'c.attribution_status',
      'c.confidence', 'c.assignee_id', 'c.version', 'c.updated_at as changed', 'a.title as article_title', db.raw(`${personLabel('u')} AS assignee_name`),
      db.raw(`to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`),
      db.raw(`left(c.quote, ${QUOTE_PREVIEW + 1}) as quote`),
    )
    .limit(plan.limit + 1, LITERAL);
}

/** Claims per status over the whole table, from the trigger-kept counters (64 small rows). */
export async function countClaimsByStatus(db: Conn): Promise<Record<ClaimStatus, number>> {
  const rows: { status: ClaimStatus; n: string }[] = await db('claim_status_counts').select('status').sum({ n: 'claims' }).groupBy('status');
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/**
 * Counting a list's claims one by one stops past this many: a count of a larger list costs no more than one of this
 * size, and the list says "at least" this many. The planner's estimate stands for lists it expects to be larger.
 */
export const COUNT_CAP = 5_000;
/**
 * The most a count may cost, in the planner's units (seq_page_cost = 1), for a list to be counted rather than
 * estimated. Reading the matches is not what makes a count dear: at 200,000 claims 5,001 entries of one index took
 * 0.5 ms (planned 190), while 724 claims of one reviewer that are verified took 3.3 ms (planned 2,506), because they
 * are found by intersecting the reviewer's entries with all 30,000 verified ones; counts planned at 1,000 or less
 * took 0.3 ms or less. On a table of up to about 10,000 claims even reading all of them costs less than this.
 */
export const COUNT_COST = 1_000;

/** What the planner expects of a list's filters, from the table statistics, costing a plan but no scan. */
export interface PlannedMatching {
  /** How many claims match. */
  rows: number;
  /** What reading all of them costs, in the planner's units. */
  cost: number;
}

/**
 * How many claims the planner expects to match, and at what cost (see COUNT_COST). Exact counting of a broad filter
 * meant reading up to a million rows on every page view.
 */
export async function planMatching(db: Conn, filters: ClaimFilters): Promise<PlannedMatching> {
  const { sql, bindings } = applyClaimFilters(db('claims as c').select(db.raw('1')), filters).toSQL();
  const result = await db.raw(`EXPLAIN (FORMAT JSON) ${sql}`, bindings as Knex.RawBinding[]);
  const plan = (result.rows as { 'QUERY PLAN': { Plan: { 'Plan Rows': number; 'Total Cost': number } }[] }[])[0]?.['QUERY PLAN'][0]?.Plan;
  return { rows: Math.round(plan?.['Plan Rows'] ?? 0), cost: plan?.['Total Cost'] ?? 0 };
}

/**
 * The claims a list's filters match, counted one by one up to `cap` + 1, so a list larger than `cap` costs no more
 * than one of that size. A search is counted by the text index, as the page finds its words. Null for a search with
 * a quoted phrase: each claim holding the phrase's words (or word pairs) is held to the phrase by parsing its text,
 * about 35 µs a claim (the 562 candidates of "sanctions failed" at 200,000 claims: 20 ms, where the page tests only
 * those it shows), and for a search the page could only walk (see searchesWalkOnly).
 */
export async function countMatching(db: Conn, filters: ClaimFilters, search: TextSearch | null, cap: number): Promise<number | null> {
  if (search && !search.indexFinds) return null;
  const matches = applyClaimFilters(db('claims as c').select(db.raw('1')), { ...filters, q: search?.indexed ?? filters.q });
  const { rows } = await db.raw<{ rows: { n: number }[] }>('SELECT count(*)::int AS n FROM (?) m', [matches.limit(cap + 1, LITERAL)]);
  return rows[0]?.n ?? 0;
}
