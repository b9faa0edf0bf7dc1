import type { Request } from 'express';
import session, { type SessionData } from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type pg from 'pg';
import type { Role } from './permissions';
import type { SessionUser } from './types';

const PgStore = connectPgSimple(session);

export const SESSION_TABLE = 'user_sessions';
/** The session cookie's name, for the app that sets it and the sign-out that clears it. */
export const SESSION_COOKIE = 'verbatim.sid';

/**
 * Where a session keeps the account's sessions_revoked_at as its sign-in read it, with the password it checked (a
 * session kept through its owner's password change: as that change set it).
 */
export const REVOCATION_SEEN = 'sessionsRevokedAt';

/** Records, at sign-in, which revocation of the account's sessions the password was checked after. */
export function signedInAsOf(session: SessionData, sessionsRevokedAt: Date | null): void {
  session[REVOCATION_SEEN] = sessionsRevokedAt?.toISOString() ?? null;
}

/**
 * The session and its signed-in account in one statement: the account row is read fresh on every request (a
 * deactivation, a role or name change applies on the next page), without a second round trip. An inactive or
 * missing account reads as nobody signed in. A session signed in before the account's sessions were last revoked is
 * none: a sign-in that checked the old password while a password change (a reset, a deactivation) deleted the other
 * sessions saves its own only after, and would have survived it.
 */
const SESSION_WITH_ACCOUNT = `SELECT s.sess, u.id AS account_id, u.email, u.name, u.role
    FROM ${SESSION_TABLE} s
    LEFT JOIN users u ON u.id = (s.sess -> 'passport' ->> 'user')::bigint AND u.active
   WHERE s.sid = $1 AND s.expire >= to_timestamp($2)
     AND (u.id IS NULL OR u.sessions_revoked_at IS NOT DISTINCT FROM (s.sess ->> '${REVOCATION_SEEN}')::timestamptz)`;

/**
 * Only the request that made a session id inserts its row; every later save of it (an expiry sliding forward, a sign-in
 * being recorded) updates the row if it is still there and still running. Deleting the row — signing out, a password
 * change, a reset or a deactivation — therefore ends the session for good: a request that read it before (a slow form
 * on another process) cannot bring it back by saving it when it ends, as an upsert did. For the same reason a save keeps
 * the row's revocation seen: only the insert at sign-in and a revocation (users/repository endSessionsOf) write it.
 */
const INSERT_SESSION = `INSERT INTO ${SESSION_TABLE} (sid, sess, expire) VALUES ($1, $2, to_timestamp($3)) ON CONFLICT (sid) DO NOTHING`;
const UPDATE_SESSION = `UPDATE ${SESSION_TABLE}
     SET sess = jsonb_set($2::jsonb, '{${REVOCATION_SEEN}}', coalesce(sess::jsonb -> '${REVOCATION_SEEN}', 'null'))::json,
         expire = to_timestamp($3)
   WHERE sid = $1 AND expire >= to_timestamp($4)`;

interface SessionRow {
  sess: SessionData;
  account_id: number | null;
  email: string | null;
  name: string | null;
  role: Role | null;
}

const ACCOUNT = Symbol('verbatim.account');
type LoadedSession = SessionData & { [ACCOUNT]?: SessionUser | null };

/** The account read with this request's session; passport's deserializeUser takes it from here. */
const accounts = new WeakMap<Request, SessionUser | null>();

/** Sessions whose row exists or existed: read from the store, or inserted by this process. */
const stored = new WeakSet<object>();

export function accountLoadedWith(req: Request, userId: unknown): SessionUser | false {
  const account = accounts.get(req);
  return account && account.id === userId ? account : false;
}

export interface SessionStoreOptions {
  pool: pg.Pool;
  pruneSessionInterval: number | false;
  /** Read sessions through a named statement, parsed and planned once per connection (a PostgreSQL server only). */
  prepareStatements?: boolean;
}

export class AccountSessionStore extends PgStore {
  readonly #pool: pg.Pool;
  readonly #prepareStatements: boolean;

  constructor(options: SessionStoreOptions) {
    super({
      pool: options.pool,
      tableName: SESSION_TABLE,
      createTableIfMissing: false,
      // expiry slides forward through refreshSessionExpiry, not a write on every request
      disableTouch: true,
      pruneSessionInterval: options.pruneSessionInterval,
    });
    this.#pool = options.pool;
    this.#prepareStatements = options.prepareStatements ?? false;
    // the library starts pruning at its own first read or write of a session, and this store does its own
    if (options.pruneSessionInterval !== false) this.pruneSessions();
  }

  #statement(name: string, text: string, values: unknown[]) {
    return { name: this.#prepareStatements ? `verbatim_${name}` : undefined, text, values };
  }

  override get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
    this.#pool
      .query<SessionRow>(this.#statement('session_with_account', SESSION_WITH_ACCOUNT, [sid, nowInSeconds()]))
      .then(({ rows: [row] }) => {
        if (!row) return callback(null, null);
        const loaded = row.sess as LoadedSession;
        loaded[ACCOUNT] =
          row.account_id === null ? null : { id: row.account_id, email: row.email!, name: row.name!, role: row.role! };
        callback(null, loaded);
      }, callback);
  }

  override set(sid: string, sess: SessionData, callback?: (err?: unknown) => void): void {
    const expire = Math.ceil(new Date(sess.cookie.expires ?? Date.now() + ONE_DAY_MS).getTime() / 1000);
    const statement = stored.has(sess)
      ? this.#statement('session_update', UPDATE_SESSION, [sid, sess, expire, nowInSeconds()])
      : this.#statement('session_insert', INSERT_SESSION, [sid, sess, expire]);
    this.#pool.query(statement).then(() => {
      stored.add(sess);
      callback?.();
    }, (err: unknown) => callback?.(err));
  }

  override createSession(req: Request, data: SessionData): session.Session & SessionData {
    accounts.set(req, (data as LoadedSession)[ACCOUNT] ?? null);
    const loaded = super.createSession(req, data);
    stored.add(loaded);
    return loaded;
  }
}

const ONE_DAY_MS = 86_400_000;
const nowInSeconds = () => Math.ceil(Date.now() / 1000);
