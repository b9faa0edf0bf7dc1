import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { csrfSync } from 'csrf-sync';
import { UnsavedFormError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function tokenSent(req: Request): string | undefined {
  const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
  if (typeof fromBody === 'string') return fromBody;
  const fromHeader = req.headers['x-csrf-token'];
  return typeof fromHeader === 'string' ? fromHeader : undefined;
}

const { generateToken, isRequestValid } = csrfSync({ getTokenFromRequest: tokenSent, size: 32 });

/** The browser's key to the forms of visitors not signed in (the sign-in form), in place of a session. */
export const FORM_COOKIE = 'verbatim.form';
const FORM_COOKIE_MS = 12 * 3600_000;
const FORM_KEY = /^[0-9a-f]{32}$/;

const verified = new WeakSet<Request>();
const secrets = new WeakMap<Request, string>();

const csrfError = () =>
  new UnsavedFormError(403, 'This form was not saved: it was opened before your session changed (you signed in again, signed ' +
    'out in another tab, or the session ended), or it did not come from Verbatim. Open the form again and send it from there.');

function isMultipart(req: Request): boolean {
  return Boolean(req.is('multipart/form-data'));
}

/**
 * The token a page's forms carry. A signed-in visitor's (or a session's that has one) lives in the session; a visitor
 * not signed in gets one bound to a random key in a cookie of its own, so the sign-in page stores no session: each
 * view had stored one for twelve hours, which is why views of that page were rationed per address.
 */
export function csrfTokenFor(req: Request): string {
  const secret = secrets.get(req);
  if (req.user || typeof req.session?.csrfToken === 'string' || !secret) return generateToken(req);
  let key = formKeyOf(req);
  if (!key) {
    key = randomBytes(16).toString('hex');
    req.res?.cookie(FORM_COOKIE, key, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: FORM_COOKIE_MS });
  }
  return signedOutToken(secret, key);
}

/**
 * Checks the synchroniser token of every state-changing request whose body is already parsed.
 * Multipart bodies are parsed later by the route (multer), so secureRouter checks those
 * just before the route's final handler: an unsafe request never reaches a handler unchecked.
 */
export function csrfProtection(secret: string): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    secrets.set(req, secret);
    if (SAFE_METHODS.has(req.method) || isMultipart(req)) return next();
    if (!isTokenValid(req)) return next(csrfError());
    verified.add(req);
    next();
  };
}

export function requireCsrfChecked(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method) || verified.has(req)) return next();
  if (!isTokenValid(req)) return next(csrfError());
  verified.add(req);
  next();
}

/** The session's token; or, for a visitor not signed in, the token of the key in their form cookie. */
function isTokenValid(req: Request): boolean {
  if (isRequestValid(req)) return true;
  const secret = secrets.get(req);
  const key = formKeyOf(req);
  const sent = tokenSent(req);
  if (req.user || !secret || !key || sent === undefined) return false;
  const expected = Buffer.from(signedOutToken(secret, key));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function formKeyOf(req: Request): string | null {
  const header = req.headers.cookie;
  const key = header?.includes(FORM_COOKIE) ? parseCookies(header)[FORM_COOKIE] : undefined;
  return key && FORM_KEY.test(key) ? key : null;
}

function signedOutToken(secret: string, key: string): string {
  return createHmac('sha256', secret).update(`verbatim signed-out form\0${key}`).digest('base64url');
}
