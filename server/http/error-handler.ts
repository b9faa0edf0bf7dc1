import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { isDatabaseUnavailable } from './database-errors';
import { AppError, notFound } from './errors';

const PAGES = new Set([400, 403, 404, 409, 500, 503]);
const DATABASE_DOWN = 'The database is not answering right now. Try again in a moment.';

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
    ? DATABASE_DOWN
    : exposed(err) ? (err as Error).message : status >= 500 ? 'Something went wrong on our side.' : 'That request could not be handled.';
  res.status(status);
  if (databaseDown) res.set('Retry-After', '5');
  if (req.accepts(['html', 'json']) === 'json') return void res.json({ error: message, status });
  ensurePageLocals(req, res);
  const view = PAGES.has(status) ? `errors/${status}` : 'errors/error';
  res.render(view, { title: titleFor(status), message, status }, (renderErr, html) => {
    if (renderErr) {
      (req.log ?? console).error({ err: renderErr }, 'error page failed to render');
      return void res.type('text').send(message);
    }
    res.send(html);
  });
};

/** Errors raised before viewLocals ran (a failing session store) still need what the layout reads. */
function ensurePageLocals(req: Request, res: Response): void {
  const locals = res.locals;
  if (!('currentUser' in locals)) {
    Object.assign(locals, { currentUser: null, csrfToken: '', flash: [], can: () => false, path: req.path, errors: {}, values: {} });
  }
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
    case 422: return 'Cannot be stored';
    default: return status >= 500 ? 'Something went wrong' : 'Request refused';
  }
}
