import type { Response } from 'supertest';
import { SESSION_COOKIE } from '../../server/app';

/** The session id a response sets in its cookie (unsigned), if it sets one. */
export function sessionIdSet(res: Response): string | undefined {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) return undefined;
  const value = decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1).split(';')[0]!);
  return value.startsWith('s:') ? value.slice(2).split('.')[0] : undefined;
}

export function sessionCookie(res: Response): string | undefined {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
}
