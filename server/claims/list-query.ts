import { z } from 'zod';
import { isTimestamp } from '../http/validation';

export const CLAIM_STATUSES = ['unreviewed', 'verified', 'disputed', 'needs_translation_review'] as const;
export const ATTRIBUTION_STATUSES = ['proposed', 'approved', 'corrected'] as const;
export const CLAIM_SORTS = ['updated', 'article', 'speaker', 'status'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type AttributionStatus = (typeof ATTRIBUTION_STATUSES)[number];
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export type SortDir = 'asc' | 'desc';

export const DEFAULT_DIR: Record<ClaimSort, SortDir> = { updated: 'desc', article: 'desc', speaker: 'asc', status: 'asc' };

export interface ClaimFilters {
  status?: ClaimStatus;
  attribution?: AttributionStatus;
  speakerId?: number;
  articleId?: number;
  /** A user id, or null for "nobody". */
  assigneeId?: number | null;
  source?: string;
  q?: string;
}

export interface ClaimListQuery {
  filters: ClaimFilters;
  sort: ClaimSort;
  dir: SortDir;
  cursor: { after: CursorValues } | { before: CursorValues } | null;
}

/** The sort key of one row: the sort column(s) then the id, as text, exactly as the database printed them. */
export type CursorValues = string[];

const id = z.string().regex(/^[1-9]\d{0,15}$/).transform(Number);
const text = (max: number) => z.string().trim().min(1).max(max);
const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// why: a search of nothing but quotation marks and spaces ("" or " ") has no word to look for; searched, it had matched
// no claim at all, where a search of spaces alone is ignored
const QUOTES_AND_SPACES = /^[\s"'“”„‟«»‘’‚‹›]*$/;
const search = text(200).refine((q) => !QUOTES_AND_SPACES.test(q));

const FIELDS = {
  status: z.enum(CLAIM_STATUSES),
  attribution: z.enum(ATTRIBUTION_STATUSES),
  speaker: id,
  article: id,
  assignee: z.union([z.literal('me'), z.literal('nobody'), id]),
  source: text(200),
  q: search,
  sort: z.enum(CLAIM_SORTS),
  dir: z.enum(['asc', 'desc']),
  after: z.string().max(600),
  before: z.string().max(600),
} as const;
type Field = keyof typeof FIELDS;
type Parsed = { [K in Field]?: z.output<(typeof FIELDS)[K]> };

export const SORT_KEY_ARITY: Record<ClaimSort, number> = { updated: 2, article: 3, speaker: 2, status: 3 };

/**
 * Reads the list's query string. Invalid values are dropped with a message for the page rather than failing the
 * request: a bookmarked or hand-edited link still shows claims.
 */
export function parseClaimListQuery(raw: Record<string, unknown>, userId: number): { query: ClaimListQuery; messages: string[] } {
  const messages: string[] = [];
  const p: Parsed = {};
  for (const field of Object.keys(FIELDS) as Field[]) {
    const value = single(raw[field]);
    if (value === undefined || value === '') continue;
    const result = FIELDS[field].safeParse(value);
    if (result.success) (p as Record<Field, unknown>)[field] = result.data;
    else messages.push(`Ignored the ${field} filter: "${String(value).slice(0, 60)}" is not a valid value.`);
  }
  const sort = p.sort ?? 'updated';
  const filters: ClaimFilters = {
    status: p.status,
    attribution: p.attribution,
    speakerId: p.speaker,
    articleId: p.article,
    assigneeId: p.assignee === 'me' ? userId : p.assignee === 'nobody' ? null : p.assignee,
    source: p.source,
    q: p.q,
  };
  const after = p.after !== undefined ? decodeCursor(p.after, sort) : undefined;
  const before = p.before !== undefined ? decodeCursor(p.before, sort) : undefined;
  if (after === null || before === null) messages.push('Ignored a page link that does not belong to this sort order; showing the first page.');
  const cursor = after ? { after } : before ? { before } : null;
  return { query: { filters, sort, dir: p.dir ?? DEFAULT_DIR[sort], cursor }, messages };
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
