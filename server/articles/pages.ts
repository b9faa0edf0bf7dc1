import type { Request, Response } from 'express';
import type { Db } from '../db/knex';
import { removalSentence } from '../audit/labels';
import { AppError, notFound, UnsavedFormError } from '../http/errors';
import { isTimestamp, type FieldErrors } from '../http/validation';
import { highlightArticle } from './highlight';
import { articleSearchWords } from './keys';
import { ARTICLE_CLAIMS_LISTED, articleRemoval, listArticles, loadArticlePage, type ArticleRemovalEvent, type ArticleRow, type ReviewState } from './repository';
import { ATTRIBUTION_WORDS, KIND_WORDS, loadArticleReport, minuteOf, summarise } from './report';
import { reportMarkdown } from './report-markdown';
import type { ImportPreview } from './service';
import type { ClaimKind, NewClaimValues } from '../claims/inputs';
import { STATUS_LABELS } from '../claims/present';
import { sameWordsOf, summariseListSameWords } from '../claims/same-words';
import { speakerUncertain } from '../claims/uncertain';
import { FACT_FIELDS } from './inputs';
import { inWords } from '../http/rate-limit';
import { isEnglish, languageName, readsThroughGlosses } from '../extraction/text/language';
import type { WorkerBusy } from '../workers/serial-worker';

export type ImportTab = 'paste' | 'upload' | 'url';

/** A claim's kinds as an editor adding one chooses among them. */
const KIND_LABELS: Record<ClaimKind, string> = {
  direct: 'Direct quotation',
  partial: 'Partial quotation (a quoted phrase inside reported speech)',
  indirect: 'Reported speech, without quotation marks',
  unmarked: 'A quotation that lost its marks',
};

export function renderImportForm(res: Response, status: number, tab: ImportTab, errors: FieldErrors = {}, values: Record<string, unknown> = {}) {
  res.status(status).render('articles/new', { title: 'Import an article', tab, errors, values });
}

/**
 * The import form again, with what was typed, when the document reader or the engine had no time for this import (see
 * WorkerLimits): 429 when the account's own imports hold its share, 503 when everyone's fill the wait, each with
 * Retry-After. A file input cannot be filled again, so an upload's form says to choose the file again.
 */
export function renderImportBusy(res: Response, tab: ImportTab, busy: WorkerBusy, values: Record<string, unknown>) {
  const when = `Send it again in ${inWords(busy.retryAfterSeconds)}`;
  const why = busy.byAccount
    ? `Your other imports are still being read, so this one was not started and nothing was saved. ${when}, once they are done.`
    : `Verbatim is reading as many imports as it can at once, so this one was not started and nothing was saved. ${when}.`;
  const file = tab === 'upload' ? ' Your browser does not keep the chosen file: choose it again before sending.' : '';
  res.set('Retry-After', String(busy.retryAfterSeconds));
  renderImportForm(res, busy.byAccount ? 429 : 503, tab, { [IMPORT_FIELD[tab]]: why + file }, values);
}

/** The field of each import form that a refusal of the whole import is shown beside. */
const IMPORT_FIELD: Record<ImportTab, string> = { paste: 'text', upload: 'file', url: 'url' };

/** The engine's findings laid out in the form, editable, with the text to save. */
export function renderPreview(res: Response, preview: ImportPreview, method: ImportTab, status = 200, errors: FieldErrors = {}, draft = '') {
  const f = preview.fields;
  const found = {
    title: f.title, outlet: f.outlet ?? '', author: f.author ?? '',
    published_at: f.publishedAt ? f.publishedAt.toISOString().slice(0, 10) : '', language: f.language ?? '',
  };
  // each box the engine filled also travels as what it showed (`was_…`): emptied, it means the article has none
  const shown = Object.fromEntries(Object.entries(found).map(([k, v]) => [`was_${k}`, v]));
  const values = { ...found, ...shown, url: f.url ?? '', translated: f.translated ? 'yes' : 'no', text: preview.text, method, draft };
  res.status(status).render('articles/preview', { title: 'Check the article before saving', values, errors, preview, languageNote: languageNote(f.language) });
}

/**
 * What a reader should know of an article in a language other than English: the engine reads English, and French,
 * Spanish, Italian and Portuguese through glosses (see `foreignLanguageHint`), so its claims and speakers need checking
 * against the text. Null for English or no language.
 */
export function languageNote(language: string | null): string | null {
  if (!language || isEnglish(language)) return null;
  const name = languageName(language);
  const reads = readsThroughGlosses(language) ? `Verbatim reads ${name} less surely than English` : 'Verbatim reads English';
  return `${name === language ? `This article's language is ${language}` : `This article is in ${name}`}. ${reads}: quotations may be missed, cut wrongly or given the wrong speaker, so check each claim against the text.`;
}

export function articleIdParam(req: Request): number {
  const raw = String(req.params.id ?? '');
  if (!/^\d{1,15}$/.test(raw)) throw notFound('Article');
  return Number(raw);
}

/** The add-a-claim form as sent, with what was wrong with it. */
export interface AddClaimForm {
  values: NewClaimValues;
  errors: FieldErrors;
}

const EMPTY_ADD_CLAIM: AddClaimForm = { values: { quote: '', speaker: '', kind: 'direct', note: '', new_speaker: '' }, errors: {} };

/** The facts form as sent, what was wrong with it, and the version it goes on (the current one after a conflict). */
export interface FactsForm {
  values: Record<string, unknown>;
  errors: FieldErrors;
  /** A conflict: the form shows the article's facts now, with the fields this editor changed (against `was_…`) on top. */
  mergeOnto?: boolean;
}

/** The remove-article form as sent, with what was wrong with it (or the conflict it met). */
export interface RemovalForm {
  values: { note: string };
  errors: FieldErrors;
}

const EMPTY_REMOVAL: RemovalForm = { values: { note: '' }, errors: {} };

export async function renderArticle(db: Db, res: Response, id: number, status = 200, forms: { addClaim?: AddClaimForm; facts?: FactsForm; removal?: RemovalForm } = {}) {
  const page = await loadArticlePage(db, id);
  if (!page) {
    // why: an article taken out says so, and who took it out and why, rather than a bare "not found" to whoever held
    // its address (a link in a message, a form left open); a form sent to it is given back
    const removal = await articleRemoval(db, id);
    if (removal && Object.keys(forms).length > 0) throw removedMeanwhile(id, removal);
    if (removal) return renderRemovedArticle(res, id, removal);
    throw notFound('Article');
  }
  const { article, claims } = page;
  const marked = claims.map((c, i) => ({ id: c.id, number: i + 1, start: c.start_offset, end: c.end_offset, status: c.status, speaker: c.speaker_name }));
  res.status(status).render('articles/show', {
    title: article.title, article, claims, importer: page.importer ?? 'unknown',
    paragraphs: highlightArticle(article.body, marked, article.boilerplate ?? []),
    statusLabels: STATUS_LABELS,
    addClaim: forms.addClaim ?? EMPTY_ADD_CLAIM,
    facts: factsForm(article, forms.facts),
    kindLabels: KIND_LABELS,
    removal: forms.removal ?? EMPTY_REMOVAL,
    languageNote: languageNote(article.language),
    languageLabel: languageLabel(article.language),
    speakerUncertain,
    listed: ARTICLE_CLAIMS_LISTED,
    sameWordsOf,
    sameWordsSummary: summariseListSameWords(claims.slice(0, ARTICLE_CLAIMS_LISTED)),
  });
}


/**
 * The article's fact-check report (see report.ts): a page to print or save for the desk, read in one statement. A
 * removed article's address says who removed it, as its page does.
 */
export async function renderArticleReport(db: Db, req: Request, res: Response, id: number, format: 'html' | 'markdown' = 'html') {
  const report = await loadArticleReport(db, id);
  if (!report) {
    const removal = await articleRemoval(db, id);
    if (removal) return renderRemovedArticle(res, id, removal);
    throw notFound('Article');
  }
  const { article, claims, asOf } = report;
  const summary = summarise(claims);
  if (format === 'markdown') {
    // (each claim's address as the report was asked for at, behind a proxy as TRUST_PROXY lets the app read it)
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    res.set({
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="verbatim-report-article-${article.id}-${asOf.slice(0, 10)}.md"`,
    });
    return void res.send(reportMarkdown(report, summary, base, languageLabel(article.language)));
  }
  res.render('articles/report', {
    title: `Fact-check report: ${article.title}`, article, claims, asOf, summary,
    statusLabels: STATUS_LABELS, languageLabel: languageLabel(article.language), speakerUncertain,
    kindWords: KIND_WORDS, attributionWords: ATTRIBUTION_WORDS, minute: minuteOf, sameWordsOf,
  });
}

/** "French (fr)" for a tag Verbatim has a name for, the tag alone otherwise ("sw"), null for none. */
export function languageLabel(language: string | null): string | null {
  if (!language) return null;
  const name = languageName(language);
  return name === language ? language : `${name} (${language})`;
}

const removedMeanwhile = (id: number, removal: ArticleRemovalEvent) =>
  new UnsavedFormError(410, `${removalSentence(`Article ${id}`, removal)} Nothing you sent was saved.`);

/**
 * A form sent to an article an editor removed meanwhile (in another tab) is not lost in a bare 404: the page says who
 * removed it, when and why, and gives back what the form held, as a claim's forms do.
 */
export async function unlessArticleRemoved<T>(db: Db, id: number, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (err) {
    if (!(err instanceof AppError) || err.status !== 404) throw err;
    const removal = await articleRemoval(db, id);
    if (removal) throw removedMeanwhile(id, removal);
    throw err;
  }
}

function renderRemovedArticle(res: Response, id: number, removal: ArticleRemovalEvent) {
  const before = (removal.before ?? {}) as { title?: string; outlet?: string | null; claim_ids?: unknown[] };
  res.status(410).render('articles/removed', {
    title: `Article ${id} removed`, id, before, claims: Array.isArray(before.claim_ids) ? before.claim_ids.length : 0,
    sentence: removalSentence(`Article ${id}`, removal),
  });
}

/**
 * The facts form's fields and the `was_…` values it carries: as the article has them now; after a refused form, as
 * sent; after a conflict, as the article has them now with the sent fields the editor had changed on top.
 */
function factsForm(article: ArticleRow, sent?: FactsForm): { values: Record<string, unknown>; was: Record<string, string>; errors: FieldErrors } {
  const now = factValues(article);
  if (!sent) return { values: now, was: now, errors: {} };
  if (!sent.mergeOnto) return { values: sent.values, was: wasOf(sent.values, now), errors: sent.errors };
  const values: Record<string, unknown> = { ...now, version: sent.values.version };
  for (const k of FACT_FIELDS) if (typeof sent.values[k] === 'string' && sent.values[k] !== sent.values[`was_${k}`]) values[k] = sent.values[k];
  return { values, was: now, errors: sent.errors };
}

function wasOf(values: Record<string, unknown>, fallback: Record<string, string>): Record<string, string> {
  const was: Record<string, string> = {};
  for (const k of FACT_FIELDS) was[k] = typeof values[`was_${k}`] === 'string' ? (values[`was_${k}`] as string) : fallback[k]!;
  return was;
}

/** The form's fields as the article has them now. */
function factValues(a: ArticleRow): Record<string, string> {
  return {
    title: a.title, url: a.url ?? '', outlet: a.outlet ?? '', author: a.author ?? '',
    published_at: a.published_at ? a.published_at.toISOString().slice(0, 10) : '', language: a.language ?? '', translated: a.translated ? 'yes' : 'no',
  };
}

const CURSOR = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)_(\d{1,15})$/;
export const PAGE_SIZE = 50;

export async function renderArticleList(db: Db, req: Request, res: Response) {
  const raw = typeof req.query.before === 'string' ? req.query.before : '';
  const m = CURSOR.exec(raw);
  const before = m && isTimestamp(m[1]!) ? { at: new Date(m[1]!), id: Number(m[2]) } : null;
  const notices: string[] = raw && !m ? ['That page link was not valid; showing the newest articles.'] : [];
  const q = listParam(req.query.q, 'search', notices);
  const outlet = listParam(req.query.outlet, 'outlet', notices);
  const words = q === undefined ? [] : articleSearchWords(q);
  if (q !== undefined && words.length === 0) notices.push(`Ignored the search “${q}”: it holds no letter or digit to look for.`);
  const state = reviewState(listParam(req.query.state, 'review state', notices), notices);
  const { rows, more } = await listArticles(db, { before, limit: PAGE_SIZE, filters: { words, outlet, state } });
  const last = rows.at(-1);
  // the list's own address with its search, outlet and review state, and a page's position when given
  const kept = { ...(words.length ? { q: q! } : {}), ...(outlet !== undefined ? { outlet } : {}), ...(state ? { state } : {}) };
  const link = (params: Record<string, string>) => {
    const query = new URLSearchParams(params).toString();
    return query ? `/articles?${query}` : '/articles';
  };
  const href = (extra: Record<string, string> = {}) => link({ ...kept, ...extra });
  const { outlet: _, ...everyOutlet } = kept;
  res.render('articles/list', {
    title: 'Articles', articles: rows,
    notices,
    q: q ?? '',
    outlet: outlet ?? null,
    state: state ?? '',
    reviewStates: REVIEW_STATES,
    filtered: words.length > 0 || outlet !== undefined || state !== undefined,
    next: more && last ? href({ before: `${last.created_at.toISOString()}_${last.id}` }) : null,
    first: before ? href() : null,
    // (an outlet chosen from a row narrows the search shown, as the form's fields do; leaving it keeps the search)
    outletHref: (name: string) => href({ outlet: name }),
    everyOutletHref: link(everyOutlet),
  });
}

/** The articles list's review states, as its form offers them. */
const REVIEW_STATES: ReadonlyArray<readonly [ReviewState | '', string]> = [
  ['', 'Any'],
  ['open', 'Still being checked (a claim has no verdict yet)'],
  ['done', 'Every claim reviewed'],
];

/** The review state asked for, or none; one the form does not offer is ignored, the page saying so. */
function reviewState(value: string | undefined, notices: string[]): ReviewState | undefined {
  if (value === undefined) return undefined;
  if (value === 'open' || value === 'done') return value;
  notices.push(`Ignored the review state “${value}”: choose one the form offers.`);
  return undefined;
}

/** A text parameter of the list: trimmed, at most 200 characters (a longer one is ignored, the page saying so). */
function listParam(value: unknown, label: string, notices: string[]): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return undefined;
  if (text.length > 200) {
    notices.push(`Ignored the ${label}: it is ${text.length.toLocaleString('en')} characters long, over the limit of 200.`);
    return undefined;
  }
  return text;
}
