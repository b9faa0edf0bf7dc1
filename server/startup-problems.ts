import { statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * What is wrong with DATA_DIR or DATABASE_URL, in one line naming the setting: that is what the person starting
 * Verbatim can change, not the system call that failed. Asked before anything is written where it can be.
 */

export const USABLE_DATA_DIR = 'set DATA_DIR to a folder Verbatim may create and write in';

/** What is wrong with the folder, in words: that is what the person starting Verbatim can change, not a system call. */
export function dataDirProblem(dataDir: string, err: unknown): string {
  const file = fileInTheWay(dataDir);
  return file ? `${dataDir} is not a directory (${file} is a file)` : `${dataDir} cannot be written in (${reasonOf(err)})`;
}

/** The file at `dir` or above it that stops it being a folder, if there is one. */
function fileInTheWay(dir: string): string | null {
  for (let p = dir; path.dirname(p) !== p; p = path.dirname(p)) {
    try {
      return statSync(p).isDirectory() ? null : p;
    } catch {
      // not there (or under a file): the folder above tells
    }
  }
  return null;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'no such host',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'no answer',
  ENOENT: 'no such socket',
};

/** Why a system call failed, in words: a known code's, else its message. */
function reasonOf(err: unknown): string {
  // why: connecting to a name with several addresses (localhost: ::1 and 127.0.0.1) fails with all their errors at once
  const first = err instanceof AggregateError && err.errors.length ? err.errors[0] : err;
  const code = (first as NodeJS.ErrnoException)?.code;
  return (code ? REASONS[code] : undefined) ?? (first instanceof Error ? first.message : String(first));
}

/**
 * Why the PostgreSQL server DATABASE_URL names cannot be used, in one line naming it; null when it can. Asked before
 * anything is written, so a wrong URL leaves nothing behind.
 */
export async function databaseUrlProblem(databaseUrl: string, timeoutMs = 10_000): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'verbatim', connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return null;
  } catch (err) {
    const { server, database } = serverOf(client);
    const code = (err as { code?: string }).code;
    if (code === '3D000') return `DATABASE_URL: ${server} has no database "${database}"; create it (createdb ${database}) or name another`;
    if (code === '28P01' || code === '28000') return `DATABASE_URL: ${server} refused the sign-in (${(err as Error).message})`;
    const reason = /timeout/i.test((err as Error).message) && !code ? `no answer within ${timeoutMs / 1000} s` : reasonOf(err);
    return `DATABASE_URL: cannot connect to ${server} (${reason})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Where a client connects, as pg read DATABASE_URL: host and port, or a socket; and the database it asks for. */
function serverOf(client: pg.Client): { server: string; database: string } {
  const { host, port, database, user } = client;
  return { server: host.startsWith('/') ? `${host}/.s.PGSQL.${port}` : `${host}:${port}`, database: database ?? user ?? '' };
}
