import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ROLE_LABELS } from '../auth/permissions';
import { STATUS_LABELS } from '../claims/present';
import { isDatabaseBusy, isDatabaseUnavailable } from './database-errors';
import { AppError, notFound, UnsavedFormError } from './errors';
import { viewLocals } from './locals';

const PAGES = new Set([400, 403, 404, 409, 429, 500, 503]);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DATABASE_DOWN = 'The database is not answering right now. Try again in a moment.';
const DATABASE_BUSY = 'The database is busy with other work and could not answer in time. Try again in a moment.';

export const notFoundHandler: RequestHandler = (_req, _res, next) => next(notFound());

/** The one place errors become responses: a sign-in redirect, an error page or JSON. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const databaseDown = isDatabaseUnavailable(err);
  const status = databaseDown ? 503 : statusOf(err);
  if (databaseDown) (req.log ?? console).warn({ err: { message: (err as Error)?.message } }, 'database unavailable');
  else if (status >= 500) (req.log ?? console).error({ err }, 'request failed');
  if (res.headersSent) return void res.end();

  if (status === 401 && req.accepts(['html', 'json']) === 'html') {
    const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.originalUrl)}` : '';
    return res.redirect(303, `/login${next}`);
  }
  const message = databaseDown
    ? isDatabaseBusy(err) ? DATABASE_BUSY : DATABASE_DOWN
    : bodyRefusal(err) ?? (exposed(err) ? (err as Error).message : status >= 500 ? 'Something went wrong on our side.' : 'That request could not be handled.');
  res.status(status);
  if (databaseDown) res.set('Retry-After', '5');
  if (req.accepts(['html', 'json']) === 'json') return void res.json({ error: message, status });
  ensurePageLocals(req, res);
  const unsaved = err instanceof UnsavedFormError;
  const view = unsaved ? 'errors/unsaved' : PAGES.has(status) ? `errors/${status}` : 'errors/error';
  // why: a form refused for its sender's role (an admin changed it while the form was open) is given back too, on
  // the access page, so a long note can be copied and passed to someone whose role allows it; and so is a form whose
  // write failed (a database restarting, a lock or deadlock given up on, a fault of ours): its transaction stored
  // nothing, and a reviewer's note of several paragraphs must not go with it
  const givenBack = unsaved || (!SAFE_METHODS.has(req.method) && (status === 403 || status >= 500));
  const locals = { title: unsaved ? 'Not saved' : titleFor(status), message, status, ...(givenBack ? unsavedInput(req) : { fields: [], back: null }) };
  res.render(view, locals, (renderErr, html) => {
    if (renderErr) {
      (req.log ?? console).error({ err: renderErr }, 'error page failed to render');
      return void res.type('text').send(message);
    }
    res.send(html);
  });
};

/**
 * Errors raised before viewLocals ran still need what the layout reads: the signed-in user's own header when there is
 * a session (a refused form's page is still theirs), else a signed-out one (a failing session store).
 */
function ensurePageLocals(req: Request, res: Response): void {
  const locals = res.locals;
  if ('currentUser' in locals) return;
  if (req.session) return viewLocals(req, res, () => undefined);
  Object.assign(locals, { currentUser: null, csrfToken: '', flash: [], can: () => false, path: req.path, errors: {}, values: {} });
}

/** What the forms call their fields, for the page that gives a refused form back; other names are shown as sent. */
const FIELD_LABELS: Record<string, string> = {
  status: 'Verdict', note: 'Note', evidence_url: 'Evidence links', speaker: 'Speaker', start: 'Quote starts at', end: 'Quote ends at',
  assignee: 'Assign to', text: 'Article text', title: 'Title', url: 'Link', outlet: 'Outlet', author: 'Author', published_at: 'Published',
  language: 'Language', name: 'Name', email: 'Email', role: 'Role', into: 'Speaker to keep', q: 'Search', quote: 'Quote', kind: 'Kind',
  translated: 'Machine-translated',
};

/** Fields whose value was picked from a list: given back as the list named it ("Disputed", not "disputed"). */
const VALUE_LABELS: Record<string, Record<string, string>> = { status: STATUS_LABELS, role: ROLE_LABELS };

function valueAsNamed(field: string, value: string): string {
  const labels = Object.hasOwn(VALUE_LABELS, field) ? VALUE_LABELS[field]! : null;
  return labels && Object.hasOwn(labels, value) ? labels[value]! : value;
}

/** Fields a refused form carries that are bookkeeping, not anything the user typed or chose. */
const BOOKKEEPING = new Set(['_csrf', 'version', 'next', 'from', 'method', 'action']);
/** A form's `was_…` fields hold what it showed, to tell what the user changed: not typed by them either. */
const SHOWN = /^was_/;
const NUL = /\u0000/g;

/**
 * What a refused form held, to give back on its error page, and the page it was sent from. Only for a form sent from
 * one of this site's own pages: a form another site forged gets no echo of what it sent. Passwords are never echoed.
 */
function unsavedInput(req: Request): { fields: Array<{ name: string; label: string; value: string }>; back: string | null } {
  const origin = ownPage(req, req.get('origin')) ?? ownPage(req, req.get('referer'));
  const from = ownPage(req, req.get('referer'));
  if (origin === null || !req.body || typeof req.body !== 'object') return { fields: [], back: from };
  const fields: Array<{ name: string; label: string; value: string }> = [];
  for (const [name, raw] of Object.entries(req.body as Record<string, unknown>)) {
    if (BOOKKEEPING.has(name) || SHOWN.test(name) || /password/i.test(name)) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    for (const v of values) {
      if (typeof v !== 'string') continue;
      const value = v.replace(NUL, '');
      const field = name.replace(NUL, '');
      if (value.trim()) fields.push({ name: field, label: FIELD_LABELS[field] ?? field, value: valueAsNamed(field, value) });
    }
  }
  return { fields, back: from };
}

/** The path of a URL on this site (the host the request was sent to), else null. */
function ownPage(req: Request, url: string | undefined): string | null {
  const host = req.get('host');
  if (!url || !host) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host === host ? u.pathname + u.search : null;
  } catch {
    return null;
  }
}

/**
 * What a form the body parser refused means to the person who sent it: its page had only said "request entity too
 * large". Nothing of it was read, so nothing can be shown back; the browser's Back button keeps what was typed.
 */
function bodyRefusal(err: unknown): string | null {
  const type = (err as { type?: unknown })?.type;
  if (type === 'entity.too.large') {
    return 'This form was not saved: it is larger than Verbatim accepts (an article may have at most 1,000,000 characters). ' +
      'Go back — your browser keeps what you typed — and shorten it or split it into parts.';
  }
  if (type === 'parameters.too.many') return 'This form was not saved: it has more fields than any Verbatim form. Go back and send it from its page.';
  return null;
}

function statusOf(err: unknown): number {
  const e = err as { status?: unknown; statusCode?: unknown };
  const s = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  return s >= 400 && s < 600 ? s : 500;
}

function exposed(err: unknown): boolean {
  if (err instanceof AppError) return err.expose;
  const e = err as { expose?: unknown };
  return e?.expose === true;
}

function titleFor(status: number): string {
  switch (status) {
    case 400: return 'Bad request';
    case 401: return 'Please sign in';
    case 403: return 'Not allowed';
    case 404: return 'Not found';
    case 409: return 'Changed by someone else';
    case 503: return 'Temporarily unavailable';
    case 413: return 'Too large';
    case 429: return 'Too many requests';
    case 422: return 'Cannot be stored';
    default: return status >= 500 ? 'Something went wrong' : 'Request refused';
  }
}
