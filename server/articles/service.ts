import type { Db, Trx } from '../db/knex';
import { recordAudit, recordAuditWithParts } from '../audit/service';
import { refreshClaimStatistics } from '../db/statistics';
import { extractOffThread } from './engine';
import type { Extraction } from '../extraction/types';
import { TRANSLATED_HINT } from '../extraction/hints';
import { contentHash, urlKey } from './keys';
import { outletOfLink } from './link-outlet';
import { findDuplicate, insertArticle, insertClaims, type ImportMethod, type NewClaim } from './repository';
import { findOrCreateSpeaker, speakerNameKey, type SpeakerRow } from '../speakers/repository';
import { normaliseText } from '../imports/documents';
import { notFound } from '../http/errors';
import type { ArticleFacts, ArticleRemovalInput } from './inputs';
import { CLAIM_COLUMNS } from '../claims/repository';

export interface Actor {
  id: number;
  ip: string | null;
}

/**
 * The most claims one article may bring. The densest news articles carry about three quotations per thousand
 * characters, so a text at the length limit (1,000,000 characters) would hold about 3,000; a text with many times
 * that is no article (a dump of quotation marks, several documents pasted as one), and storing it would write a
 * quarter of a million rows in one transaction and an article page of hundreds of megabytes.
 */
export const MAX_CLAIMS_PER_ARTICLE = 10_000;

/** An import refused because its text holds more claims than one article may. */
export class TooManyClaims extends Error {
  constructor(readonly found: number) {
    super(`Verbatim found ${found.toLocaleString('en')} quoted claims in this text, more than the ${MAX_CLAIMS_PER_ARTICLE.toLocaleString('en')} ` +
      'one article may hold. A news article has far fewer: check that this is one article, or split it into parts.');
  }
}

async function extractArticle(text: string, html: string | undefined, account: number | undefined): Promise<Extraction> {
  const result = await extractOffThread(text, html, MAX_CLAIMS_PER_ARTICLE, account);
  if ('tooMany' in result) throw new TooManyClaims(result.tooMany);
  return result.extraction;
}

/** What the person importing gave; anything left out is taken from what the engine found in the text. */
export interface ArticleInput {
  text: string;
  /** The page's HTML when the text came from HTML: the engine reads facts from its head. */
  html?: string;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | Date | null;
  language?: string | null;
  translated?: boolean | null;
  method?: ImportMethod;
  /** Facts the person emptied at the preview: the article has none, whatever the engine finds. */
  cleared?: ReadonlyArray<ClearableFact>;
}

/** The facts the engine finds that a person may say the article has none of. */
export type ClearableFact = 'outlet' | 'author' | 'publishedAt' | 'language';

export interface ArticleFields {
  title: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string | null;
  translated: boolean;
  republishedBy: string | null;
}

/** The article's fields: what the person typed wins; the engine's findings fill the blanks not emptied on purpose. */
export function resolveFields(input: ArticleInput, text: string, found: Extraction['facts']): ArticleFields {
  const given = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  const cleared = new Set(input.cleared ?? []);
  const orFound = <T>(fact: ClearableFact, typed: T | null, engine: T | null): T | null => typed ?? (cleared.has(fact) ? null : engine);
  return {
    title: (given(input.title) ?? given(found.title) ?? firstLine(text)).slice(0, 500),
    url: given(input.url),
    // why: a page that names no outlet was published where its link points, unless an aggregator republished it there
    outlet: orFound('outlet', given(input.outlet), given(found.outlet) ?? (found.translated || found.republishedBy ? null : outletOfLink(given(input.url)))),
    author: orFound('author', given(input.author), given(found.author)),
    publishedAt: orFound('publishedAt', toDate(input.publishedAt), toDate(found.publishedAt)),
    language: orFound('language', given(input.language)?.toLowerCase() ?? null, given(found.language)),
    translated: input.translated ?? found.translated,
    republishedBy: given(found.republishedBy),
  };
}

export interface ImportPreview {
  text: string;
  fields: ArticleFields;
  claims: number;
  speakers: string[];
  /** The first claims found, in article order, for the person to see what saving would store. */
  found: Array<{
    quote: string;
    kind: string;
    speaker: string | null;
    /** When no name was found: how the article refers to the speaker ("the minister"). */
    described: string | null;
    /** As the import would store it: the agency or venue the text names, else the article's outlet. */
    source: string | null;
    cue: string | null;
  }>;
}

/** How many of the claims found the preview lists; the count covers them all. */
export const PREVIEW_CLAIMS = 100;

/** What an import would save, for the person to check and correct before saving; `account`: whose import it is. */
export async function previewImport(input: ArticleInput, account?: number): Promise<ImportPreview> {
  const text = normaliseText(input.text);
  const extraction = await extractArticle(text, input.html, account);
  const named = new Set(extraction.claims.map((c) => c.speakerKey).filter(Boolean));
  const fields = resolveFields(input, text, extraction.facts);
  return {
    text,
    fields,
    claims: extraction.claims.length,
    speakers: extraction.speakers.filter((s) => named.has(s.key)).map((s) => s.name),
    found: extraction.claims.slice(0, PREVIEW_CLAIMS).map((c) => ({
      quote: c.text, kind: c.kind, speaker: c.speaker, cue: c.cue,
      described: c.speaker === null && c.mention ? text.slice(c.mention.start, c.mention.end) : null,
      source: c.sourceSpan ? c.source : fields.outlet,
    })),
  };
}

/**
 * Imports an article: the same link or the same text again leads to the article already there. Otherwise the
 * engine reads the text, and the article, the speakers it names and its claims are written with one
 * `article.create` audit event in one transaction: an import is all there or not there at all.
 */
export async function importArticle(db: Db, actor: Actor, input: ArticleInput): Promise<{ articleId: number; created: boolean }> {
  const text = normaliseText(input.text);
  if (!text) throw new Error('an article needs text');
  const hash = contentHash(text);
  const key = urlKey(input.url);
  const existing = await findDuplicate(db, key, hash);
  if (existing) return { articleId: existing.id, created: false };

  const extraction = await extractArticle(text, input.html, actor.id);
  const fields = resolveFields(input, text, extraction.facts);
  let articleId: number;
  try {
    articleId = await db.transaction((trx) => writeImport(trx, actor, { text, hash, key, fields, extraction, method: input.method ?? 'paste' }));
  } catch (err) {
    // Two people importing the same article at once: the unique keys let one in; the other gets its article.
    if ((err as { code?: string }).code === '23505') {
      const winner = await findDuplicate(db, key, hash);
      if (winner) return { articleId: winner.id, created: false };
    }
    throw err;
  }
  // why: the article is stored; planner statistics only sharpen estimates, so failing to refresh them must not turn
  // a stored import into an error page (the next import tries again)
  await refreshClaimStatistics(db).catch(() => false);
  return { articleId, created: true };
}

interface ImportWrite {
  text: string;
  hash: string;
  key: string | null;
  fields: ArticleFields;
  extraction: Extraction;
  method: ImportMethod;
}

async function writeImport(trx: Trx, actor: Actor, w: ImportWrite): Promise<number> {
  const { fields, extraction, text } = w;
  const article = await insertArticle(trx, {
    title: fields.title, body: text, content_hash: w.hash, url: fields.url, url_key: w.key, outlet: fields.outlet,
    author: fields.author, published_at: fields.publishedAt, language: fields.language, translated: fields.translated,
    republished_by: fields.republishedBy, boilerplate: JSON.stringify(extraction.boilerplate), import_method: w.method, created_by: actor.id,
  });
  const speakers = await resolveSpeakers(trx, actor, extraction);
  const claims: NewClaim[] = extraction.claims.map((c, position) => {
    const speaker = c.speakerKey ? speakers.get(c.speakerKey)?.row : undefined;
    return {
      article_id: article.id, position, start_offset: c.start, end_offset: c.end, quote: c.text, kind: c.kind,
      cue: c.cue, confidence: Math.min(1, Math.max(0, c.confidence)), repairs: JSON.stringify(c.repairs),
      translation_hint: c.translationReview?.reason ?? null,
      proposed_speaker_id: speaker?.id ?? null, speaker_id: speaker?.id ?? null, speaker_name: speaker?.name ?? null,
      mention_start: c.mention?.start ?? null, mention_end: c.mention?.end ?? null,
      mention_text: c.mention ? text.slice(c.mention.start, c.mention.end) : null,
      // why: a source the text names (an agency, a venue) has its place in the text; one without is the engine's
      // guess at the outlet, and the outlet the person confirmed replaces it, as a later correction of the outlet would
      evidence: c.evidence, source: c.sourceSpan ? c.source : fields.outlet,
      source_start: c.sourceSpan?.start ?? null, source_end: c.sourceSpan?.end ?? null,
      updated_by: actor.id,
    };
  });
  await insertClaims(trx, claims);
  await recordAudit(trx, {
    actorId: actor.id, action: 'article.create', entityType: 'article', entityId: article.id, ip: actor.ip,
    after: {
      title: article.title, url: article.url, outlet: article.outlet, author: article.author,
      published_at: article.published_at, language: article.language, translated: article.translated,
      import_method: article.import_method, content_hash: article.content_hash, claims: claims.length,
      speakers: [...speakers.values()].map((s) => ({ id: s.row.id, name: s.row.name, created: s.created })),
    },
  });
  return article.id;
}

/** Each speaker the claims name becomes the existing speaker of that name (following merges) or a new one. */
async function resolveSpeakers(trx: Trx, actor: Actor, extraction: Extraction) {
  const used = new Set(extraction.claims.map((c) => c.speakerKey));
  const out = new Map<string, { row: SpeakerRow; created: boolean }>();
  const named = extraction.speakers
    .filter((s) => used.has(s.key))
    .map((s) => {
      const name = s.name.replace(/\s+/g, ' ').trim().slice(0, 200);
      return { s, name, key: speakerNameKey(name) };
    })
    .filter((n) => n.key !== '');
  // Two imports naming the same new people must lock their speaker rows in one order, or they deadlock.
  named.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { s, name } of named) {
    // why: a speaker's aliases find them from every article (a name typed in a correction, the speaker search); "the
    // general" stood for this person in this article only, and would hand the next article's general to them
    const names = s.aliases.filter((a) => a !== name && !s.descriptions.includes(a));
    out.set(s.key, await findOrCreateSpeaker(trx, {
      name, aliases: names.slice(0, 20), kind: s.kind, role: s.role?.slice(0, 500) ?? null, createdBy: actor.id,
    }));
  }
  return out;
}

function firstLine(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find(Boolean) ?? 'Untitled article';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * The day an article appeared, as midnight UTC of that day (as the facts form stores a date typed). A time with its
 * offset ("2024-03-14T22:30:00-05:00", a page's published_time) keeps the day the outlet wrote: moved to UTC first, it
 * became the next day.
 */
function toDate(v: string | Date | null | undefined): Date | null {
  if (!v) return null;
  const day = typeof v === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:[T ]\d|$)/.exec(v.trim())?.[1] : undefined;
  const d = v instanceof Date ? v : new Date(day !== undefined ? `${day}T00:00:00Z` : v);
  return Number.isNaN(d.getTime()) ? null : d;
}

export type FactsOutcome =
  /** `alreadySo`: the form was built on an earlier version, and the article already reads as it asks. */
  | { ok: true; changed: string[]; alreadySo?: boolean }
  | { ok: false; invalid: Record<string, string> }
  | { ok: false; conflict: { version: number } };

const FACT_COLUMNS = ['title', 'url', 'url_key', 'outlet', 'author', 'published_at', 'language', 'translated'] as const;
type FactColumn = (typeof FACT_COLUMNS)[number];

/**
 * An editor's correction of what the import recorded about an article (title, link, outlet, author, date, language,
 * translation), on the version they saw. Only the fields the editor changed in the form are written (`was` holds the
 * form's fields as it was shown), so a form sent again from a conflict page brings no stale field back, and a date
 * left alone keeps its time of day. A form built on an earlier version is no conflict when the article already reads
 * as every field it changed asks (sent twice, or someone made the same correction): it is done, and nothing is written.
 * Claims whose source the text does not name show the outlet, and follow it. One `article.update` event holds what changed.
 */
export async function updateArticleFacts(db: Db, actor: Actor, articleId: number, version: number, facts: ArticleFacts, was: Partial<ArticleFacts>): Promise<FactsOutcome> {
  try {
    return await db.transaction(async (trx) => writeFacts(trx, actor, articleId, version, facts, was));
  } catch (err) {
    // two editors giving two articles one link at the same moment: the second is told, as if it had come later
    if ((err as { code?: string; constraint?: string }).code === '23505' && (err as { constraint?: string }).constraint === 'articles_url_key_key') {
      const other: { id: number } | undefined = await db('articles').where({ url_key: urlKey(facts.url) }).whereNot({ id: articleId }).first('id');
      return { ok: false, invalid: { url: `Article ${other?.id ?? 'another'} was imported from this link.` } };
    }
    throw err;
  }
}

async function writeFacts(trx: Trx, actor: Actor, articleId: number, version: number, facts: ArticleFacts, was: Partial<ArticleFacts>): Promise<FactsOutcome> {
  const current = await trx('articles').where({ id: articleId }).forUpdate().first('id', 'version', ...FACT_COLUMNS);
  if (!current) throw notFound('Article');
  const touched = (field: keyof ArticleFacts) => !(field in was) || was[field] !== facts[field];
  const next: Partial<Record<FactColumn, unknown>> = {};
  if (touched('title')) next.title = facts.title;
  if (touched('url')) Object.assign(next, { url: facts.url, url_key: urlKey(facts.url) });
  if (touched('outlet')) next.outlet = facts.outlet;
  if (touched('author')) next.author = facts.author;
  if (touched('publishedAt')) next.published_at = facts.publishedAt ? new Date(`${facts.publishedAt}T00:00:00Z`) : null;
  if (touched('language')) next.language = facts.language;
  if (touched('translated')) next.translated = facts.translated;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const col of FACT_COLUMNS) {
    if (col === 'url_key' || !(col in next) || sameFact(current[col], next[col])) continue;
    before[col] = current[col];
    after[col] = next[col];
  }
  // why: a form sent twice (a double click, a page sent again) finds its own change made: nothing of anyone's is lost
  if (Object.keys(after).length === 0) return { ok: true, changed: [], ...(current.version !== version ? { alreadySo: true } : {}) };
  if (current.version !== version) return { ok: false, conflict: { version: current.version } };
  if (next.url_key && next.url_key !== current.url_key) {
    const other: { id: number } | undefined = await trx('articles').where({ url_key: next.url_key }).whereNot({ id: articleId }).first('id');
    if (other) return { ok: false, invalid: { url: `Article ${other.id} was imported from this link.` } };
  }
  await trx('articles').where({ id: articleId }).update({ ...next, updated_at: trx.fn.now(), version: current.version + 1 });
  // the hint every claim of a translated article carries comes or goes with the flag; other reasons stay
  let hints = 0;
  if ('translated' in after) {
    hints = facts.translated
      ? await trx('claims').where({ article_id: articleId })
        .where((w) => w.whereNull('translation_hint').orWhereRaw('left(translation_hint, ?) <> ?', [TRANSLATED_HINT.length, TRANSLATED_HINT]))
        .update({ translation_hint: trx.raw("CASE WHEN translation_hint IS NULL THEN ? ELSE ? || '; and ' || translation_hint END", [TRANSLATED_HINT, TRANSLATED_HINT]) })
      : await trx('claims').where({ article_id: articleId }).whereRaw('left(translation_hint, ?) = ?', [TRANSLATED_HINT.length, TRANSLATED_HINT])
        .update({ translation_hint: trx.raw("nullif(substr(translation_hint, ? + length('; and ') + 1), '')", [TRANSLATED_HINT.length]) });
  }
  // a source the text names has its place in the text; one without is the outlet the engine (or an editor) put there
  let sources = 0;
  if ('outlet' in after) {
    sources = await trx('claims').where({ article_id: articleId }).whereNull('source_start').whereRaw('source IS DISTINCT FROM ?', [facts.outlet])
      .update({ source: facts.outlet });
  }
  await recordAudit(trx, {
    actorId: actor.id, action: 'article.update', entityType: 'article', entityId: articleId, ip: actor.ip,
    before: { ...before, version: current.version },
    after: { ...after, version: current.version + 1, ...(sources ? { claim_sources_updated: sources } : {}), ...(hints ? { claim_hints_updated: hints } : {}) },
  });
  return { ok: true, changed: Object.keys(after) };
}

function sameFact(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime?.() === (b as Date | null)?.getTime?.();
  return a === b;
}

export type ArticleRemoval = { ok: true; claims: number } | { ok: false; conflict: { version: number } } | { ok: false; gone: true };

/**
 * Takes out an article that should not be here (imported twice, the wrong page, a test), on the version the editor
 * saw, with its claims and their verdicts. The one `article.remove` event keeps the article whole, text and facts,
 * with the reason; each claim gets the `claim.remove` event a claim removed alone gets, holding it and its verdicts,
 * so a claim's address, its history and any form left open on it say what became of it, marked part of the article's.
 */
export async function removeArticle(db: Db, actor: Actor, articleId: number, input: ArticleRemovalInput): Promise<ArticleRemoval> {
  const outcome = await db.transaction(async (trx): Promise<ArticleRemoval> => {
    const article = await trx('articles').where({ id: articleId }).forUpdate().first();
    // another editor's removal landed first (this one waited for its lock)
    if (!article) return { ok: false, gone: true };
    if (article.version !== input.version) return { ok: false, conflict: { version: article.version as number } };
    // why: claims locked in id order, as a claim's own changes lock one claim: a verdict meanwhile waits, then finds
    // its claim removed
    const claims = (await trx('claims').where({ article_id: articleId }).orderBy('id').forUpdate().select(...CLAIM_COLUMNS)) as Array<Record<string, unknown> & { id: number }>;
    const ids = claims.map((c) => c.id);
    const reviews = ids.length ? await trx('claim_reviews').whereIn('claim_id', ids).orderBy('id')
      .select('id', 'claim_id', 'reviewer_id', 'status', 'note', 'evidence_urls', 'created_at') : [];
    const reviewsOf = new Map<number, unknown[]>();
    for (const { claim_id: claimId, ...review } of reviews as Array<{ claim_id: number }>) {
      const list = reviewsOf.get(Number(claimId)) ?? [];
      list.push(review);
      reviewsOf.set(Number(claimId), list);
    }
    if (ids.length) {
      await trx('claim_reviews').whereIn('claim_id', ids).delete();
      await trx('claims').where({ article_id: articleId }).delete();
    }
    await trx('articles').where({ id: articleId }).delete();
    await recordAuditWithParts(trx, {
      actorId: actor.id, action: 'article.remove', entityType: 'article', entityId: articleId,
      before: { ...article, claim_ids: ids, reviews_removed: reviews.length }, after: null, note: input.note, ip: actor.ip,
    }, claims.map((claim) => ({
      actorId: actor.id, action: 'claim.remove', entityType: 'claim', entityId: claim.id,
      before: { ...claim, reviews: reviewsOf.get(claim.id) ?? [] }, after: null,
      note: `Removed with article ${articleId}: ${input.note}`, ip: actor.ip,
    })));
    return { ok: true, claims: ids.length };
  });
  if (outcome.ok && outcome.claims) await refreshClaimStatistics(db).catch(() => false);
  return outcome;
}
