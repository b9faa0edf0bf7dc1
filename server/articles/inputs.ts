import { z } from 'zod';
import { formValues, isCalendarDate, parseForm, type FieldErrors } from '../http/validation';
import type { ArticleInput } from './service';

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// PostgreSQL text cannot hold U+0000; say so rather than fail on the write.
const storable = (label: string) => [(v: string) => !v.includes('\u0000'), `${label} contains a NUL character, which cannot be stored; remove it`] as const;
const optionalText = (max: number, label: string) =>
  z.preprocess(one, z.string().trim().max(max, `${label} is longer than ${max} characters`).refine(...storable(label)).optional().default(''));

export const MAX_TEXT_CHARS = 1_000_000;

/** The latest day an article may have appeared, as YYYY-MM-DD: tomorrow in UTC, since the day has begun somewhere east
 * of UTC for some newsrooms already (a date typed there is no typo of a year). */
function latestPublicationDay(now = new Date()): string {
  return new Date(now.getTime() + 24 * 3600_000).toISOString().slice(0, 10);
}

const fields = {
  title: optionalText(500, 'The title'),
  url: z.preprocess(one, z.string().trim().max(2000, 'The URL is longer than 2000 characters').optional().default('')
    .refine((v) => !v || !/^https?:\/\//i.test(v) || !/\s/.test(v), 'The web address has a space in it: copy it again from the browser’s address bar')
    .refine((v) => !v || /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), 'Give a web address starting with http:// or https://')),
  outlet: optionalText(200, 'The outlet'),
  author: optionalText(200, 'The author'),
  published_at: z.preprocess(one, z.string().trim().max(40).optional().default('')
    .refine((v) => !v || isCalendarDate(v), 'Give the publication date as YYYY-MM-DD, a day that exists')
    .refine((v) => !v || !isCalendarDate(v) || v <= latestPublicationDay(), 'The publication date is after today: give the day the article appeared')),
  language: z.preprocess(one, z.string().trim().max(35).optional().default('')
    .refine((v) => !v || /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(v), 'Give a language code such as en or fr')),
  translated: z.preprocess(one, z.enum(['', 'yes', 'no'], 'Choose yes, no or let Verbatim decide').optional().default('')),
  step: z.preprocess(one, z.enum(['preview', 'save']).optional().default('save')),
};

const pasteSchema = z.object({
  ...fields,
  text: z.preprocess(one, z.string('Paste the article\'s text').max(MAX_TEXT_CHARS, `The text is longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters`)
    .refine((v) => v.trim().length > 0, 'Paste the article\'s text').refine(...storable('The text'))),
  method: z.preprocess(one, z.enum(['paste', 'upload', 'url']).optional().default('paste')),
});

const metaSchema = z.object(fields);
const urlSchema = z.object({ ...fields, url: fields.url.refine((v) => v.length > 0, 'Give the address of the article') });

export type Step = 'preview' | 'save';
export type Parsed = { ok: true; input: ArticleInput; step: Step } | { ok: false; errors: FieldErrors; values: Record<string, unknown> };

type Fields = z.infer<typeof metaSchema>;

function toInput(f: Fields): Omit<ArticleInput, 'text'> {
  return {
    title: f.title || null,
    url: f.url || null,
    outlet: f.outlet || null,
    author: f.author || null,
    publishedAt: f.published_at || null,
    language: f.language || null,
    translated: f.translated === '' ? null : f.translated === 'yes',
  };
}

export function parsePaste(body: unknown): Parsed {
  const r = parseForm(pasteSchema, body);
  if (!r.ok) return r;
  const shown = shownAtPreview(body);
  if (shown.title && !r.data.title) {
    return { ok: false, values: formValues(body), errors: { title: `Give the article a title: it cannot be saved without one (Verbatim found “${shown.title}”).` } };
  }
  const cleared = PREVIEW_FOUND.filter(([field]) => shown[field] && !r.data[field]).map(([, fact]) => fact);
  return { ok: true, step: r.data.step, input: { ...toInput(r.data), text: r.data.text, method: r.data.method, ...(cleared.length ? { cleared } : {}) } };
}

/** The facts the engine fills in at the preview, by form field; each shown there is also sent as `was_<field>`. */
const PREVIEW_FOUND = [['outlet', 'outlet'], ['author', 'author'], ['published_at', 'publishedAt'], ['language', 'language']] as const;

/**
 * What the preview's boxes held when it was shown (its `was_…` fields; none on the import forms), so that a box the
 * person emptied there means "none" rather than "let Verbatim find it", which would bring back what they removed.
 */
function shownAtPreview(body: unknown): Partial<Record<'title' | (typeof PREVIEW_FOUND)[number][0], string>> {
  const b = (body ?? {}) as Record<string, unknown>;
  const shown: Record<string, string> = {};
  for (const field of ['title', ...PREVIEW_FOUND.map(([f]) => f)]) {
    const value = one(b[`was_${field}`]);
    if (typeof value === 'string' && value.trim()) shown[field] = value.trim();
  }
  return shown;
}

/** The fields sent beside an uploaded file or a URL; the text comes from the file or the page. */
export function parseMeta(body: unknown, needUrl: boolean) {
  const r = parseForm(needUrl ? urlSchema : metaSchema, body);
  if (!r.ok) return r;
  return { ok: true as const, step: r.data.step, input: toInput(r.data) };
}

export { formValues };

/** An article's facts as an editor corrects them after import: the title is required, the rest may be cleared. */
export interface ArticleFacts {
  title: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  translated: boolean;
}

/** The form's fact fields, each also sent as `was_<name>`: its value as the form showed it. */
export const FACT_FIELDS = ['title', 'url', 'outlet', 'author', 'published_at', 'language', 'translated'] as const;

const factsSchema = z.object({
  ...fields,
  title: fields.title.refine((v) => v.length > 0, 'Give the article a title'),
  translated: z.preprocess(one, z.enum(['yes', 'no'], 'Choose whether an aggregator translated it')),
  version: z.preprocess(one, z.string().regex(/^[1-9]\d{0,8}$/, 'The form lost its version: open the article again').transform(Number)),
});

export function parseFacts(body: unknown): { ok: true; facts: ArticleFacts; was: Partial<ArticleFacts>; version: number } | { ok: false; errors: FieldErrors; values: Record<string, unknown> } {
  const r = parseForm(factsSchema, body);
  if (!r.ok) return r;
  return { ok: true, version: r.data.version, facts: toFacts(r.data), was: wasFacts(body) };
}

function toFacts(f: z.infer<typeof factsSchema>): ArticleFacts {
  return {
    title: f.title, url: f.url || null, outlet: f.outlet || null, author: f.author || null, publishedAt: f.published_at || null,
    language: f.language ? f.language.toLowerCase() : null, translated: f.translated === 'yes',
  };
}

/**
 * The facts as the form showed them (its `was_…` fields), read the same way, so that only what the editor changed is
 * written; none when the form did not carry them (every field then counts as sent on purpose).
 */
function wasFacts(body: unknown): Partial<ArticleFacts> {
  const b = (body ?? {}) as Record<string, unknown>;
  const shown = Object.fromEntries(FACT_FIELDS.map((k) => [k, b[`was_${k}`]]));
  if (Object.values(shown).some((v) => v === undefined)) return {};
  const r = factsSchema.safeParse({ ...shown, version: '1' });
  return r.success ? toFacts(r.data) : {};
}

export interface ArticleRemovalInput {
  version: number;
  note: string;
}

/** The remove-article form: the version the editor saw, and why (kept in the audit trail). */
export function parseArticleRemoval(body: Record<string, unknown>): { input: ArticleRemovalInput | null; values: { note: string }; errors: FieldErrors } {
  const note = typeof one(body.note) === 'string' ? (one(body.note) as string) : '';
  const values = { note };
  const errors: FieldErrors = {};
  const version = z.coerce.number().int().min(1).max(2_147_483_647).safeParse(one(body.version));
  if (!version.success) errors.version = 'The form lost the article version it was opened on: reload the article and remove it again.';
  const reason = note.trim();
  if (reason === '') errors.removeNote = 'Say why the article is removed: the reason stays in the audit trail with it.';
  else if (reason.length > 5000) errors.removeNote = 'Keep the reason under 5,000 characters.';
  else if (reason.includes('\u0000')) errors.removeNote = 'The reason contains a NUL character, which cannot be stored; remove it.';
  if (!version.success || Object.keys(errors).length > 0) return { input: null, values, errors };
  return { input: { version: version.data, note: reason }, values, errors };
}
