import type { Request, Response } from 'express';
import type { Db } from '../db/knex';
import { dbOf } from '../http/context';
import { unauthorized } from '../http/errors';
import { COUNT_CAP, COUNT_COST, countMatching, loadClaimListPage, planMatching, type ClaimListPage, type ClaimListRow } from './list-repository';
import { parseSearch, SEARCH_CONFIG } from './list-search';
import { DEFAULT_DIR, encodeCursor, parseClaimListQuery, SORT_LABELS, type ClaimListQuery, type ClaimStatus, type CursorValues } from './list-query';
import { claimViewHelpers } from './present';
import { articleRemoval } from '../articles/repository';

export const PAGE_SIZE = 50;
const FILTER_PARAMS = ['q', 'status', 'attribution', 'speaker', 'article', 'words', 'elsewhere', 'assignee', 'source'] as const;

/** The query string values that survived validation, to re-fill the form and carry into page links. */
export function formValues(raw: Record<string, unknown>, query: ClaimListQuery, ignored: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of FILTER_PARAMS) {
    const value = Array.isArray(raw[key]) ? raw[key][0] : raw[key];
    if (typeof value === 'string' && value.trim() !== '' && !ignored.includes(key)) values[key] = value.trim();
  }
  if (query.sort !== 'updated') values.sort = query.sort;
  if (query.dir !== DEFAULT_DIR[query.sort]) values.dir = query.dir;
  // (the list with a tick box on each row, to assign claims together: kept across its pages and filters)
  if (raw.tick === '1') values.tick = '1';
  return values;
}

export interface Matching {
  total: number;
  /** False when the total is the planner's estimate or a lower bound. */
  exact: boolean;
  /** The total is only a lower bound: what the pages have shown to exist, or the most a count goes to. */
  atLeast: boolean;
  counts: Partial<Record<ClaimStatus, number>> | null;
}

/**
 * How many claims a filtered list holds, without counting a million rows: exact when the status alone filters
 * (the kept counters), when everything fits on the first page, or when the planner expects few matches found
 * cheaply (they are counted, up to COUNT_CAP); otherwise the planner's estimate, shown as such.
 */
async function matchingOf(db: Db, query: ClaimListQuery, page: ClaimListPage): Promise<Matching | null> {
  const { rows, more, counts, search } = page;
  const active = Object.entries(query.filters).filter(([, v]) => v !== undefined).map(([k]) => k);
  if (active.length === 0) return null;
  const status = query.filters.status;
  if (status && active.length === 1) return { total: counts[status], exact: true, atLeast: false, counts: { [status]: counts[status] } };
  if (query.cursor === null && !more) {
    const byStatus: Partial<Record<ClaimStatus, number>> = {};
    for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    return { total: rows.length, exact: true, atLeast: false, counts: byStatus };
  }
  // why: a total is never shown below what is known to exist: this page's rows, the row that shows another page
  // follows, and one before it when this is not the first page (statistics of a table that grew since its last
  // ANALYZE had put "About 40" above a full page of fifty)
  const known = rows.length + (more ? 1 : 0) + (query.cursor !== null ? 1 : 0);
  // why: the planner cannot guess how many claims' words recur (it took a default share of the table, "About
  // 929,489"), and counting them tests each claim: the list says what its pages show to exist
  if (query.filters.elsewhere) return { total: known, exact: false, atLeast: true, counts: null };
  // why: nor above what can exist: the planner's arithmetic over combined filters had put "About 205" over 199 claims
  const most = status ? counts[status] : Object.values(counts).reduce((a, b) => a + b, 0);
  const planned = await planMatching(db, query.filters);
  const estimate = Math.min(planned.rows, most);
  // why: statistics a little behind the table had put "About 417" over a list paging through 429 claims, and
  // "About 297" over 301; where the planner expects a count to be small and cheap, the claims are counted
  if (estimate <= COUNT_CAP && planned.cost <= COUNT_COST) {
    const counted = await countMatching(db, query.filters, search, COUNT_CAP);
    if (counted !== null && counted > COUNT_CAP) return { total: COUNT_CAP, exact: false, atLeast: true, counts: null };
    // (below what the pages showed only when claims left the list between the two statements)
    if (counted !== null && counted >= known) return { total: counted, exact: true, atLeast: false, counts: status ? { [status]: counted } : null };
  }
  return estimate >= known ? { total: estimate, exact: false, atLeast: false, counts: null } : { total: known, exact: false, atLeast: true, counts: null };
}

/** Links to the pages either side; a walk that ran out goes on from its last claim (`walkedTo`). */
function pageLinks(path: string, base: Record<string, string>, query: ClaimListQuery, rows: ClaimListRow[], more: boolean, walkedTo: CursorValues | null = null) {
  const href = (cursor: Record<string, string>) => `${path}?${new URLSearchParams({ ...base, ...cursor }).toString()}`;
  const firstRow = rows[0];
  const lastRow = rows.at(-1);
  const goingBack = query.cursor !== null && 'before' in query.cursor;
  const hasNext = goingBack || more;
  const hasPrev = goingBack ? more : query.cursor !== null;
  return {
    nextHref: walkedTo ? href({ after: encodeCursor(walkedTo) }) : hasNext && lastRow ? href({ after: encodeCursor(lastRow.sort_key) }) : null,
    prevHref: hasPrev && firstRow ? href({ before: encodeCursor(firstRow.sort_key) }) : hasPrev ? href({}) : null,
  };
}

/**
 * Who and what a list filtered by id is about, in words: a speaker (and whom a merged one was merged into), an article
 * (or who removed it, when and why: its claims went with it, so the list is empty for that reason).
 */
export interface ListScope {
  speaker: { id: number; name: string; mergedInto: { id: number; name: string } | null } | null;
  article: { id: number; title: string | null } | null;
  removedArticle: { title: string | null; by: string | null; on: string; note: string | null } | null;
  /** The claim whose words the list is narrowed to, and whether they are compared at all (four words or more). */
  words: { id: number; quote: string; compared: boolean } | null;
}

export async function scopeOf(db: Db, f: ClaimListQuery['filters']): Promise<ListScope | null> {
  if (f.speakerId === undefined && f.articleId === undefined && f.wordsOf === undefined) return null;
  const { rows } = await db.raw<{ rows: Array<{ speaker: ListScope['speaker']; article: ListScope['article']; words: ListScope['words'] }> }>(
    `SELECT (SELECT json_build_object('id', s.id, 'name', s.name, 'mergedInto',
                      (SELECT json_build_object('id', m.id, 'name', m.name) FROM speakers m WHERE m.id = s.merged_into_id))
               FROM speakers s WHERE s.id = ?) AS speaker,
            (SELECT json_build_object('id', a.id, 'title', a.title) FROM articles a WHERE a.id = ?) AS article,
            (SELECT json_build_object('id', w.id, 'quote', w.quote, 'compared', w.quote_key IS NOT NULL) FROM claims w WHERE w.id = ?) AS words`,
    [f.speakerId ?? null, f.articleId ?? null, f.wordsOf ?? null],
  );
  const article = rows[0]?.article ?? null;
  const removal = f.articleId !== undefined && !article ? await articleRemoval(db, f.articleId) : undefined;
  const title = (removal?.before as { title?: unknown } | null | undefined)?.title;
  return {
    speaker: rows[0]?.speaker ?? null,
    article,
    words: rows[0]?.words ?? null,
    removedArticle: removal
      ? { title: typeof title === 'string' ? title : null, by: removal.actor_name, on: removal.occurred_at.toISOString().slice(0, 10), note: removal.note }
      : null,
  };
}

/**
 * Whether a search holds no word the text index keeps: only words too common to index ("the", "and", "of"). A quoted
 * phrase is searched as written, stop words and all.
 */
export async function searchesNothing(db: Db, q: string): Promise<boolean> {
  if (parseSearch(q).some((g) => g.phrases.length || g.excluded.length)) return false;
  const { rows } = await db.raw<{ rows: Array<{ nodes: number }> }>(`SELECT numnode(websearch_to_tsquery('${SEARCH_CONFIG}', ?)) AS nodes`, [q]);
  return Number(rows[0]?.nodes ?? 0) === 0;
}

export const TOO_COMMON = 'Every word of that search is too common to be searched for (such as “the” or “and”): add a rarer word, or put ' +
  'the words in quotation marks to find them as a phrase (“we will”).';
/** Why a search of common words alone is walked rather than looked up, and what to do: the list's notice and the export's. */
export const COMMON_WORDS_ALONE = 'common words alone (such as “the”, or “we will” as one of alternatives) cannot be looked up among all claims. ' +
  'Add a rarer word to search them all.';

/** The CSV of the claims a list shows: its filters and order, never its page (see claims/export.ts). */
export const exportHref = ({ tick: _, ...values }: Record<string, string>) => `/claims/export${Object.keys(values).length ? `?${new URLSearchParams(values).toString()}` : ''}`;

/** A list's address without its "every box ticked" switch. */
function withoutAllTicked(url: string): string {
  const [path, query = ''] = url.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.delete('all');
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}

/** The same list with the tick boxes shown (`on`) or not. */
const tickHref = (path: string, { tick: _, ...values }: Record<string, string>, on: boolean) => {
  const params = new URLSearchParams(on ? { ...values, tick: '1' } : values).toString();
  return params ? `${path}?${params}` : path;
};

/**
 * What a list filtered by the words elsewhere says when its walk ran out before filling the page (see ELSEWHERE_WALK):
 * how far it looked, that *Next* looks further when it can, and what else finds the rest.
 */
export function walkedNotice(walked: number, which: 'first' | 'next' | 'previous', goesOn: boolean): string {
  const n = walked.toLocaleString('en');
  return `Only the ${which} ${n} claims in this order were looked at for words other claims hold: `
    + `${goesOn ? `Next looks at the ${n} after them; ` : ''}another filter (a status, an assignee, an article) narrows what is looked at, and the download holds them all.`;
}

/** A page of claims: `/claims` with its filters, or a queue that pins some of them. */
export async function renderClaimList(req: Request, res: Response, page: { view: string; path: string; pinned?: (userId: number) => Partial<ClaimListQuery['filters']>; order?: Pick<ClaimListQuery, 'sort' | 'dir'> }): Promise<void> {
  if (!req.user) throw unauthorized();
  const db = dbOf(req);
  const raw = req.query as Record<string, unknown>;
  const { query, messages, ignored } = parseClaimListQuery(raw, req.user.id);
  Object.assign(query.filters, page.pinned?.(req.user.id));
  if (page.order) {
    // A cursor is tied to its sort key, not to the direction: keep it when only the direction is pinned.
    if (query.sort !== page.order.sort) query.cursor = null;
    Object.assign(query, page.order);
  }
  const loaded = await loadClaimListPage(db, query, PAGE_SIZE);
  const { rows, more, counts, reviewers, searchedOnly, walkedOnly, walkedTo } = loaded;
  // (said instead of a count and "No claims match": nothing was searched, and claims may well hold those words)
  const searchedNothing = rows.length === 0 && !!query.filters.q && (await searchesNothing(db, query.filters.q));
  if (searchedNothing) messages.push(TOO_COMMON);
  if (searchedOnly !== null) {
    messages.push(`Only the first ${searchedOnly.toLocaleString('en')} claims in this order were searched: ${COMMON_WORDS_ALONE}`);
  }
  if (walkedOnly !== null) messages.push(walkedNotice(walkedOnly, query.cursor === null ? 'first' : 'after' in query.cursor ? 'next' : 'previous', walkedTo !== null));
  const [matching, scope] = await Promise.all([matchingOf(db, query, loaded), scopeOf(db, query.filters)]);
  const values = formValues(raw, query, ignored);
  res.render(page.view, {
    ...claimViewHelpers,
    title: 'Claims',
    rows,
    counts,
    totalClaims: Object.values(counts).reduce((a, b) => a + b, 0),
    matching: searchedNothing ? null : matching,
    searchedNothing,
    scope,
    filters: values,
    sort: query.sort,
    dir: query.dir,
    sorts: Object.entries(SORT_LABELS),
    reviewers,
    messages,
    exportHref: exportHref(values),
    // where assigning the ticked claims comes back to: this page, as it was asked for, its boxes not ticked again
    backHref: withoutAllTicked(req.originalUrl),
    tickOnHref: tickHref(page.path, values, true),
    tickOffHref: tickHref(page.path, values, false),
    // (every box of this page ticked at once, without a script: this page only, never its neighbours)
    allTicked: values.tick === '1' && raw.all === '1',
    tickAllHref: ((url) => `${url}${url.includes('?') ? '&' : '?'}all=1`)(withoutAllTicked(req.originalUrl)),
    ...pageLinks(page.path, values, query, rows, more, walkedTo),
  });
}
