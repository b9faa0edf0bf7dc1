import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { actorOf, dbOf } from '../http/context';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';
import { formValues } from '../http/validation';
import { decodeDocument } from '../imports/decode';
import { documentFrom, kindOfFile, normaliseText, type DocumentKind, type ImportedDocument } from '../imports/documents';
import { FetchRefused, fetchArticlePage, type FetchOptions } from '../imports/fetch-url';
import { contentHash, urlKey } from './keys';
import { MAX_TEXT_CHARS, parseArticleRemoval, parseFacts, parseMeta, parsePaste, type Step } from './inputs';
import { articleIdParam, renderArticle, renderArticleList, renderArticleReport, renderImportBusy, renderImportForm, renderPreview, unlessArticleRemoved, type ImportTab } from './pages';
import { articleFacts, findDuplicate } from './repository';
import { alreadyImportedNotice, type TypedFacts } from './duplicate-notice';
import { can } from '../auth/permissions';
import { importArticle, previewImport, removeArticle, TooManyClaims, updateArticleFacts, type ArticleInput } from './service';
import { parseNewClaim } from '../claims/inputs';
import { EngineFailed } from './engine';
import { WorkerBusy } from '../workers/serial-worker';
import { addClaim } from '../claims/service';
import { loadDraft, saveDraft } from './drafts';

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

const r = secureRouter();

r.get('/articles', 'read:articles', async (req, res) => renderArticleList(dbOf(req), req, res));

r.get('/articles/new', 'create:articles', (req, res) => {
  const tab = String(req.query.tab ?? '');
  renderImportForm(res, 200, tab === 'upload' || tab === 'url' ? tab : 'paste');
});

// The preview a form asked for (see `finish`): a page of its own, which the browser goes back to and reloads.
r.get('/articles/new/preview/:draft', 'create:articles', async (req, res) => {
  const draft = await loadDraft(dbOf(req), actorOf(req).id, String(req.params.draft));
  if (!draft) {
    flash(req, 'info', 'That preview is no longer kept (a preview is kept for a day, for whoever asked for it). Paste, upload or link the article again.');
    return res.redirect(303, '/articles/new');
  }
  const { input, tab } = draft;
  try {
    renderPreview(res, await previewImport(input, actorOf(req).id), tab, 200, {}, String(req.params.draft));
  } catch (err) {
    const values = { text: input.text, title: input.title ?? '', url: input.url ?? '', outlet: input.outlet ?? '', author: input.author ?? '', method: 'paste' };
    if (!rendersImportFailure(res, err, values)) throw err;
  }
});

r.post('/articles', 'create:articles', async (req, res) => {
  const parsed = parsePaste(req.body);
  const tab = (['upload', 'url'].includes(String(req.body?.method)) ? req.body.method : 'paste') as ImportTab;
  if (!parsed.ok) {
    if (parsed.values.step === 'save' && req.body?.from === 'preview') {
      return renderPreviewAgain(res, parsed.values, parsed.errors);
    }
    return renderImportForm(res, 422, tab, parsed.errors, parsed.values);
  }
  // why: a file's or page's HTML tells the engine the article's head (its title, its date), which decides what of the
  // text is claims; the preview's form carries the text alone, so a save from it takes the HTML the preview was read
  // with, and stores the claims the preview showed
  const draft = req.body?.from === 'preview' && typeof req.body?.draft === 'string' ? await loadDraft(dbOf(req), actorOf(req).id, req.body.draft) : undefined;
  const input = draft?.input.html !== undefined ? { ...parsed.input, html: draft.input.html } : parsed.input;
  await finish(req, res, { input, typed: parsed.input, step: parsed.step, tab, values: req.body as Record<string, unknown> });
});

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, fieldSize: 64 * 1024 } }).single('file');
const parseUpload: RequestHandler = (req, res, next) => {
  upload(req, res, (err: unknown) => {
    if (err) res.locals.uploadError = err;
    next();
  });
};

r.post('/articles/upload', 'create:articles', parseUpload, async (req, res) => {
  const values = formValues(req.body);
  const refuse = (message: string) => renderImportForm(res, 422, 'upload', { file: message }, values);
  const uploadError = res.locals.uploadError as { code?: string } | undefined;
  if (uploadError) {
    return refuse(uploadError.code === 'LIMIT_FILE_SIZE' ? `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` : 'The upload could not be read; choose one file and try again');
  }
  const meta = parseMeta(req.body, false);
  if (!meta.ok) return renderImportForm(res, 422, 'upload', meta.errors, meta.values);
  const file = req.file;
  if (!file || file.size === 0) return refuse(file ? 'The file is empty' : 'Choose a .txt, .html or .md file');
  const kind = kindOfFile(file.originalname, file.mimetype);
  if (!kind) return refuse('Only .txt, .html and .md files can be imported');
  const content = decodeDocument(file.buffer, null, kind === 'html');
  if (content === null) return refuse('The file is not text');
  const doc = await readDocument(kind, content, undefined, actorOf(req).id);
  if (doc instanceof WorkerBusy) return renderImportBusy(res, 'upload', doc, values);
  if (!doc) return refuse(`The ${kind === 'markdown' ? 'Markdown' : 'HTML'} could not be read: it is malformed, or took too long to read`);
  if (!doc.text.trim()) return refuse('The file has no article text in it');
  if (doc.text.length > MAX_TEXT_CHARS) return refuse(tooLong(doc.text.length));
  await finish(req, res, { input: withDocument(meta.input, doc, 'upload'), typed: meta.input, step: meta.step, tab: 'upload', values: formValues(req.body) });
});

r.post('/articles/fetch', 'create:articles', async (req, res) => {
  const meta = parseMeta(req.body, true);
  if (!meta.ok) return renderImportForm(res, 422, 'url', meta.errors, meta.values);
  const refuse = (message: string) => renderImportForm(res, 422, 'url', { url: message }, formValues(req.body));
  const db = dbOf(req);
  const known = await findDuplicate(db, urlKey(meta.input.url), '');
  if (known) return alreadyImported(req, res, known.id, meta.input);
  let page;
  try {
    page = await fetchArticlePage(meta.input.url!, (req.app.locals.urlFetch as FetchOptions | undefined) ?? {});
  } catch (err) {
    if (err instanceof FetchRefused) return refuse(`Verbatim could not import that page: ${err.message}.`);
    throw err;
  }
  const kind: DocumentKind = page.contentType === 'text/plain' ? 'text' : page.contentType === 'text/markdown' ? 'markdown' : 'html';
  const doc = await readDocument(kind, page.body, page.url, actorOf(req).id);
  if (doc instanceof WorkerBusy) return renderImportBusy(res, 'url', doc, formValues(req.body));
  if (!doc || !doc.text.trim()) return refuse('Verbatim could not find article text on that page.');
  if (doc.text.length > MAX_TEXT_CHARS) return refuse(`Verbatim could not import that page: ${tooLong(doc.text.length)}.`);
  await finish(req, res, { input: withDocument(meta.input, doc, 'url'), typed: meta.input, step: meta.step, tab: 'url', values: formValues(req.body) });
});

r.get('/articles/:id', 'read:articles', async (req, res) => renderArticle(dbOf(req), res, articleIdParam(req)));

r.get('/articles/:id/report', 'read:articles', async (req, res) => renderArticleReport(dbOf(req), req, res, articleIdParam(req)));

r.get('/articles/:id/report.md', 'read:articles', async (req, res) => renderArticleReport(dbOf(req), req, res, articleIdParam(req), 'markdown'));

r.post('/articles/:id/claims', 'attribute:claims', async (req, res) => {
  const id = articleIdParam(req);
  const db = dbOf(req);
  const { input, values, errors } = parseNewClaim((req.body ?? {}) as Record<string, unknown>);
  if (!input) return renderArticle(db, res, id, 422, { addClaim: { values, errors } });
  const result = await unlessArticleRemoved(db, id, () => addClaim(db, actorOf(req), id, input));
  if (!result.ok) return renderArticle(db, res, id, 422, { addClaim: { values, errors: result.invalid } });
  const created = result.createdSpeaker ? ', with a speaker new to Verbatim (if you meant someone already listed, correct the attribution with their name or number)' : '';
  flash(req, 'success', `Claim ${result.claimId} added to the article${created}.`);
  res.redirect(303, `/claims/${result.claimId}`);
});

r.post('/articles/:id/facts', 'edit:articles', async (req, res) => {
  const id = articleIdParam(req);
  const db = dbOf(req);
  const parsed = parseFacts(req.body);
  if (!parsed.ok) return renderArticle(db, res, id, 422, { facts: { values: parsed.values, errors: parsed.errors } });
  const result = await unlessArticleRemoved(db, id, () => updateArticleFacts(db, actorOf(req), id, parsed.version, parsed.facts, parsed.was));
  const values = formValues(req.body);
  if (!result.ok && 'conflict' in result) {
    // the form comes back on the facts as they are now, with only what this editor changed on top (marked as changed
    // against what the form first showed), so that sending it again brings back nothing the other change replaced
    return renderArticle(db, res, id, 409, { facts: { values: { ...values, version: String(result.conflict.version) }, errors: {
      _form: 'Someone changed these facts since you opened the article. The page shows them as they are now; your corrections are in the form, to send again if they still hold.',
    }, mergeOnto: true } });
  }
  if (!result.ok) return renderArticle(db, res, id, 422, { facts: { values, errors: result.invalid } });
  const saved = result.changed.length ? `The article's facts are corrected (${result.changed.map((c) => FACT_LABELS[c] ?? c).join(', ')}).`
    : result.alreadySo ? "The article's facts already read as you sent them: nothing more to save." : 'Nothing changed.';
  flash(req, 'success', saved);
  res.redirect(303, `/articles/${id}`);
});

r.post('/articles/:id/remove', 'edit:articles', async (req, res) => {
  const id = articleIdParam(req);
  const db = dbOf(req);
  const { input, values, errors } = parseArticleRemoval((req.body ?? {}) as Record<string, unknown>);
  if (!input) return renderArticle(db, res, id, 422, { removal: { values, errors } });
  const result = await removeArticle(db, actorOf(req), id, input);
  // removed meanwhile by someone else: the page says by whom and why, the reason typed given back (410), or that there
  // never was one (404)
  if (!result.ok && 'gone' in result) return renderArticle(db, res, id, 410, { removal: { values, errors: {} } });
  if (!result.ok) {
    return renderArticle(db, res, id, 409, { removal: { values, errors: {
      _form: 'Someone changed this article since you opened it. Check it as it is now; your reason is in the form, to send again if the article should still go.',
    } } });
  }
  const claims = result.claims === 0 ? 'It had no claims.' : result.claims === 1 ? 'Its claim and the claim’s verdicts went with it.' : `Its ${result.claims} claims and their verdicts went with it.`;
  flash(req, 'success', `Article ${id} removed. ${claims} The audit trail keeps it all, and why.`);
  res.redirect(303, '/articles');
});

const FACT_LABELS: Record<string, string> = {
  title: 'title', url: 'link', outlet: 'outlet', author: 'author', published_at: 'publication date', language: 'language', translated: 'translation',
};

interface ImportRequest {
  input: ArticleInput;
  /** The facts the person gave in the form, without what a file's or page's markup added. */
  typed: TypedFacts;
  step: Step;
  tab: ImportTab;
  /** The form as sent, to give back with the article's text when it cannot go on. */
  values: Record<string, unknown>;
}

async function finish(req: Request, res: Response, { input, typed, step, tab, values }: ImportRequest) {
  // why: a text under the link of an article already here, but not its text, is likely a newer version; sent to the
  // old article, the person lost what they had pasted or uploaded without a word. It comes back in the paste form.
  // a save without a link is checked for duplicates by the import itself
  const known = input.url || step === 'preview' ? await findDuplicate(dbOf(req), urlKey(input.url), contentHash(normaliseText(input.text))) : undefined;
  if (known && input.url && !known.sameText) {
    return renderImportForm(res, 422, 'paste', {
      url: `Article ${known.id} was imported from this link with another text. To import this text as an article of its own, clear the link or give the page's new address.`,
    }, { ...values, text: input.text, method: 'paste' });
  }
  if (known && step === 'preview') return alreadyImported(req, res, known.id, typed);
  // why: the preview is shown by a page of its own, so going back to it (from the saved article, say) shows it again
  // rather than the browser's offer to send the form again, which the pages' no-store leaves it
  if (step === 'preview') return res.redirect(303, `/articles/new/preview/${await saveDraft(dbOf(req), actorOf(req).id, input, tab)}`);
  let imported: { articleId: number; created: boolean };
  try {
    imported = await importArticle(dbOf(req), actorOf(req), input);
  } catch (err) {
    if (rendersImportFailure(res, err, { ...values, text: input.text, method: 'paste' })) return;
    throw err;
  }
  if (!imported.created) return alreadyImported(req, res, imported.articleId, typed);
  flash(req, 'success', 'Article imported. Its claims are listed below the text.');
  res.redirect(303, `/articles/${imported.articleId}`);
}

/**
 * The paste form again, with the text, when the engine could not read the article or had no time for it; false for
 * any other error. The text comes back in the paste form, so whoever sent it can cut it into articles there.
 */
function rendersImportFailure(res: Response, err: unknown, values: Record<string, unknown>): boolean {
  if (err instanceof TooManyClaims) renderImportForm(res, 422, 'paste', { text: err.message }, values);
  else if (err instanceof EngineFailed) renderImportForm(res, 503, 'paste', { text: err.message }, values);
  else if (err instanceof WorkerBusy) renderImportBusy(res, 'paste', err, values);
  else return false;
  return true;
}

/** The same limit as pasted text, for the text a file or page comes to once its markup is read. */
const tooLong = (chars: number) =>
  `Its article text is ${chars.toLocaleString('en')} characters long, over the limit of ${MAX_TEXT_CHARS.toLocaleString('en')}; split it into parts`;

/** The article already here; the facts typed for it are not applied, and the notice says which differ from its own. */
async function alreadyImported(req: Request, res: Response, articleId: number, typed: TypedFacts) {
  const stored = await articleFacts(dbOf(req), articleId);
  flash(req, 'info', alreadyImportedNotice(typed, stored, can(req.user?.role, 'edit:articles')));
  res.redirect(303, `/articles/${articleId}`);
}

function renderPreviewAgain(res: Response, values: Record<string, unknown>, errors: Record<string, string>) {
  res.status(422).render('articles/preview', { title: 'Check the article before saving', values, errors, preview: null });
}

/** Fields the person typed win; then what the document's markup says; the engine fills the rest on import. */
function withDocument(meta: Omit<ArticleInput, 'text'>, doc: ImportedDocument, method: 'upload' | 'url'): ArticleInput {
  return {
    ...meta,
    text: doc.text,
    ...(doc.html ? { html: doc.html } : {}),
    title: meta.title ?? doc.title,
    outlet: meta.outlet ?? doc.outlet,
    author: meta.author ?? doc.author,
    publishedAt: meta.publishedAt ?? doc.publishedAt,
    language: meta.language ?? doc.language,
    method,
  };
}

/** The document, or why the reader did not start on it (its time is taken), or null when it could not be read. */
async function readDocument(kind: DocumentKind, content: string, url: string | undefined, account: number): Promise<ImportedDocument | WorkerBusy | null> {
  try {
    return await documentFrom(kind, content, url, account);
  } catch (err) {
    return err instanceof WorkerBusy ? err : null;
  }
}

export default r.router;
