import { z } from 'zod';
import { isTimestamp } from '../http/validation';
import { hasWords, NO_WORD, searchable } from './list-search';

export const CLAIM_STATUSES = ['unreviewed', 'verified', 'disputed', 'needs_translation_review'] as const;
export const ATTRIBUTION_STATUSES = ['proposed', 'approved', 'corrected'] as const;
/** The list's attribution filter: a status, or the engine's proposals whose speaker is uncertain (see uncertain.ts). */
export const ATTRIBUTION_FILTERS = ['proposed', 'uncertain', 'approved', 'corrected'] as const;
/**
 * The list's filter on the words a claim shares with others (see claims.quote_key): held by any other claim, by one
 * holding a verdict, or by one naming a different speaker.
 */
export const ELSEWHERE_FILTERS = ['any', 'judged', 'speaker'] as const;
export const CLAIM_SORTS = ['updated', 'article', 'speaker', 'status'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type AttributionStatus = (typeof ATTRIBUTION_STATUSES)[number];
export type AttributionFilter = (typeof ATTRIBUTION_FILTERS)[number];
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export type ElsewhereFilter = (typeof ELSEWHERE_FILTERS)[number];
export type SortDir = 'asc' | 'desc';

export const DEFAULT_DIR: Record<ClaimSort, SortDir> = { updated: 'desc', article: 'desc', speaker: 'asc', status: 'asc' };

export interface ClaimFilters {
  status?: ClaimStatus;
  attribution?: AttributionFilter;
  speakerId?: number;
  articleId?: number;
  /** A user id, or null for "nobody". */
  assigneeId?: number | null;
  source?: string;
  q?: string;
  /** Claims holding the same words as this claim (it included): see claims.quote_key. */
  wordsOf?: number;
  /** Claims whose words other claims hold: any, one with a verdict, or one naming a different speaker. */
  elsewhere?: ElsewhereFilter;
}

export interface ClaimListQuery {
  filters: ClaimFilters;
  sort: ClaimSort;
  dir: SortDir;
  cursor: { after: CursorValues } | { before: CursorValues } | null;
}

/** The sort key of one row: the sort column(s) then the id, as text, exactly as the database printed them. */
export type CursorValues = string[];

const MAX_TEXT = 200;
const tooLong = (max: number) => ({ error: (issue: { input?: unknown }) => `it is ${String(issue.input ?? '').length} characters long, over the limit of ${max}` });
const id = (what: string) =>
  z.string().regex(/^\d+$/, `give ${what} by number, such as 12`).regex(/^[1-9]\d{0,15}$/, `no ${what.replace(/^an? /, '')} has that number`).transform(Number);
const text = (max: number, what: string) => z.string().trim().min(1, `it holds only spaces, no ${what}`).max(max, tooLong(max));
const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// why: a search of nothing but quotation marks and spaces ("" or " ") has no word to look for; searched, it had matched
// no claim at all, where a search of spaces alone is ignored
const QUOTES_AND_SPACES = /^[\s"'“”„‟«»‘’‚‹›]*$/;
// why: every statement of the list and its export gives websearch_to_tsquery this value, so it is made readable here
const search = text(MAX_TEXT, 'word to search for').refine((q) => !QUOTES_AND_SPACES.test(q), 'it holds only quotation marks, no word to search for')
  .refine(hasWords, NO_WORD).transform((q) => searchable(q).trim());

/** The attribution filter's choices in words, as the list's form offers them. */
export const ATTRIBUTION_LABELS: Record<AttributionFilter, string> = {
  proposed: 'proposed', uncertain: 'speaker uncertain', approved: 'approved', corrected: 'corrected',
};
const orList = (words: string[]) => words.join(', ').replace(/, ([^,]+)$/, ' or $1');

/** The same-words filter's choices in words, as the list's form offers them. */
export const ELSEWHERE_LABELS: Record<ElsewhereFilter, string> = {
  any: 'held by other claims', judged: 'judged elsewhere', speaker: 'another speaker',
};

/** The orders in words, as the list's form offers them. */
export const SORT_LABELS: Record<ClaimSort, string> = { updated: 'Last change', article: 'Article', speaker: 'Speaker', status: 'Status' };

const FIELDS = {
  status: z.enum(CLAIM_STATUSES, 'it is not one of the statuses the list offers'),
  attribution: z.enum(ATTRIBUTION_FILTERS, `choose ${orList(Object.values(ATTRIBUTION_LABELS))}`),
  speaker: id('a speaker'),
  article: id('an article'),
  words: id('a claim'),
  elsewhere: z.enum(ELSEWHERE_FILTERS, `choose ${orList(Object.values(ELSEWHERE_LABELS))}`),
  assignee: z.union([z.literal('me'), z.literal('nobody'), id('an account')], 'choose me, nobody, or an account by number'),
  source: text(MAX_TEXT, 'name of a source'),
  q: search,
  sort: z.enum(CLAIM_SORTS, `choose ${Object.values(SORT_LABELS).join(', ').replace(/, (\w+( \w+)?)$/, ' or $1')}`),
  dir: z.enum(['asc', 'desc'], 'choose ascending or descending'),
  after: z.string().max(600),
  before: z.string().max(600),
} as const;
type Field = keyof typeof FIELDS;
type Parsed = { [K in Field]?: z.output<(typeof FIELDS)[K]> };

/** What each parameter is called on the list's form, so a message about one names it in the reader's words. */
const LABELS: Record<Exclude<Field, 'after' | 'before'>, string> = {
  status: 'status', attribution: 'attribution', speaker: 'speaker', article: 'article', words: 'same words', elsewhere: 'words elsewhere', assignee: 'assignee', source: 'source',
  q: 'search', sort: 'sort order', dir: 'order',
};
const PAGE_LINK_IGNORED = 'Ignored a page link that does not belong to this sort order; showing the first page.';

export const SORT_KEY_ARITY: Record<ClaimSort, number> = { updated: 2, article: 3, speaker: 2, status: 3 };

/**
 * Reads the list's query string. Invalid values are dropped with a message for the page, naming the filter as the
 * form does and saying why, rather than failing the request: a bookmarked or hand-edited link still shows claims.
 * `ignored` lists the parameters dropped, so the form is not filled with them again.
 */
export function parseClaimListQuery(raw: Record<string, unknown>, userId: number): { query: ClaimListQuery; messages: string[]; ignored: Field[] } {
  const messages: string[] = [];
  const ignored: Field[] = [];
  const p: Parsed = {};
  for (const field of Object.keys(FIELDS) as Field[]) {
    const value = single(raw[field]);
    if (value === undefined || value === '') continue;
    const result = FIELDS[field].safeParse(value);
    if (result.success) (p as Record<Field, unknown>)[field] = result.data;
    else {
      ignored.push(field);
      if (field === 'after' || field === 'before') messages.push(PAGE_LINK_IGNORED);
      else messages.push(ignoredMessage(LABELS[field], value, typeof value === 'string' ? result.error.issues[0]?.message : undefined));
    }
  }
  const sort = p.sort ?? 'updated';
  const filters: ClaimFilters = {
    status: p.status,
    attribution: p.attribution,
    speakerId: p.speaker,
    articleId: p.article,
    wordsOf: p.words,
    elsewhere: p.elsewhere,
    assigneeId: p.assignee === 'me' ? userId : p.assignee === 'nobody' ? null : p.assignee,
    source: p.source,
    q: p.q,
  };
  const after = p.after !== undefined ? decodeCursor(p.after, sort) : undefined;
  const before = p.before !== undefined ? decodeCursor(p.before, sort) : undefined;
  if (after === null || before === null) messages.push(PAGE_LINK_IGNORED);
  const cursor = after ? { after } : before ? { before } : null;
  return { query: { filters, sort, dir: p.dir ?? DEFAULT_DIR[sort], cursor }, messages: [...new Set(messages)], ignored };
}

/** "Ignored the search “'”: it holds only quotation marks, no word to search for." */
function ignoredMessage(label: string, value: unknown, why: string | undefined): string {
  const shown = typeof value === 'string' ? value.trim() : '';
  const quoted = shown === '' ? '' : ` “${shown.length > 60 ? `${shown.slice(0, 59)}…` : shown}”`;
  return `Ignored the ${label}${quoted}: ${why ?? 'it is not a value the list can read'}.`;
}

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Null when the cursor is not one this sort could have produced, so no malformed value reaches SQL. */
export function decodeCursor(encoded: string, sort: ClaimSort): CursorValues | null {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  // why: a NUL (or another control character) in a page link had reached the database and failed the page with a 500
  const shape = z.array(z.string().max(400).regex(/^[^\u0000-\u001f]*$/)).length(SORT_KEY_ARITY[sort]).safeParse(values);
  if (!shape.success) return null;
  const v = shape.data;
  const isId = (s: string | undefined) => s !== undefined && /^\d{1,16}$/.test(s);
  const isTime = (s: string | undefined) => s !== undefined && isTimestamp(s);
  const ok: Record<ClaimSort, boolean> = {
    updated: isTime(v[0]) && isId(v[1]),
    article: isId(v[0]) && /^-?\d{1,9}$/.test(v[1] ?? '') && isId(v[2]),
    speaker: isId(v[1]),
    status: (CLAIM_STATUSES as readonly string[]).includes(v[0] ?? '') && isTime(v[1]) && isId(v[2]),
  };
  return ok[sort] ? v : null;
}
