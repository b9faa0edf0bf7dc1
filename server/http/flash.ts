import { parse as parseCookies } from 'cookie';
import { sign, unsign } from 'cookie-signature';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export type FlashType = 'success' | 'error' | 'info';
export interface FlashMessage {
  type: FlashType;
  message: string;
}

export const FLASH_COOKIE = 'verbatim.flash';
/**
 * A client that posts without following its redirects (a script, a tab closed mid-submit) never reads its messages;
 * only the newest few are kept, so the cookie cannot grow with every form it submits.
 */
export const FLASH_KEPT = 5;
const FLASH_SECONDS = 300;
const FLASH_TYPES: readonly string[] = ['success', 'error', 'info'];

interface FlashState {
  secret: string;
  /** The messages the request arrived with, read and verified on first use. */
  incoming: FlashMessage[] | null;
  /** Messages for the next page, once this request has queued any. */
  outgoing: FlashMessage[] | null;
}

const states = new WeakMap<Request, FlashState>();

/**
 * Messages for the next page (post/redirect/get) travel in a short-lived cookie signed with the session secret, not in
 * the session row: queuing "Claim 12 marked verified." and taking it on the next page were two writes of the session
 * in PostgreSQL for every verdict, and the verdict itself only one. Signed, so nobody can plant a message; the text
 * is escaped where a page shows it like any other.
 */
export function flashMessages(secret: string): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    states.set(req, { secret, incoming: null, outgoing: null });
    next();
  };
}

/** Queues a message for the next page this browser renders. */
export function flash(req: Request, type: FlashType, message: string): void {
  const state = states.get(req);
  if (!state) return;
  // Messages not yet shown (a redirect not followed) stay ahead of the new one.
  const queue = (state.outgoing ??= [...incoming(req, state)]);
  queue.push({ type, message });
  if (queue.length > FLASH_KEPT) queue.splice(0, queue.length - FLASH_KEPT);
  writeCookie(req, state.outgoing, state.secret);
}

/** Takes the messages the request arrived with, leaving none behind. */
export function takeFlash(req: Request): FlashMessage[] {
  const state = states.get(req);
  if (!state) return [];
  const taken = incoming(req, state);
  state.incoming = [];
  if (taken.length === 0) return taken;
  // Taken now, so they leave the cookie; what this request queued itself stays for the next page.
  if (state.outgoing) state.outgoing = state.outgoing.filter((m) => !taken.includes(m));
  writeCookie(req, state.outgoing ?? [], state.secret);
  return taken;
}

function writeCookie(req: Request, queue: FlashMessage[], secret: string): void {
  const res = req.res;
  if (!res || res.headersSent) return;
  const options = { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' } as const;
  if (queue.length === 0) {
    res.clearCookie(FLASH_COOKIE, options);
    return;
  }
  const value = Buffer.from(JSON.stringify(queue)).toString('base64url');
  res.cookie(FLASH_COOKIE, sign(value, secret), { ...options, maxAge: FLASH_SECONDS * 1000 });
}

function incoming(req: Request, state: FlashState): FlashMessage[] {
  state.incoming ??= readCookie(req.headers.cookie, state.secret);
  return state.incoming;
}

/** The messages in a flash cookie whose signature holds; none for a missing, forged or malformed one. */
function readCookie(header: string | undefined, secret: string): FlashMessage[] {
  if (!header?.includes(FLASH_COOKIE)) return [];
  const raw = parseCookies(header)[FLASH_COOKIE];
  const value = raw ? unsign(raw, secret) : false;
  if (value === false) return [];
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((m): m is FlashMessage => typeof m?.message === 'string' && FLASH_TYPES.includes(m?.type))
      .slice(-FLASH_KEPT)
      .map((m) => ({ type: m.type, message: m.message }));
  } catch {
    return [];
  }
}
