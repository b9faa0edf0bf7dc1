import type { Request } from 'express';
import session, { type SessionData } from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type pg from 'pg';
import type { Role } from './permissions';
import type { SessionUser } from './types';

const PgStore = connectPgSimple(session);

export const SESSION_TABLE = 'user_sessions';

/**
 * The session and its signed-in account in one statement: the account row is read fresh on every request (a
 * deactivation, a role or name change applies on the next page), without a second round trip. An inactive or
 * missing account reads as nobody signed in.
 */
const SESSION_WITH_ACCOUNT = `SELECT s.sess, u.id AS account_id, u.email, u.name, u.role
    FROM ${SESSION_TABLE} s
    LEFT JOIN users u ON u.id = (s.sess -> 'passport' ->> 'user')::bigint AND u.active
   WHERE s.sid = $1 AND s.expire >= to_timestamp($2)`;

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
  readonly #statementName: string | undefined;

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
    this.#statementName = options.prepareStatements ? 'verbatim_session_with_account' : undefined;
  }

  override get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
    this.#pool
      .query<SessionRow>({ name: this.#statementName, text: SESSION_WITH_ACCOUNT, values: [sid, Math.ceil(Date.now() / 1000)] })
      .then(({ rows: [row] }) => {
        if (!row) return callback(null, null);
        const loaded = row.sess as LoadedSession;
        loaded[ACCOUNT] =
          row.account_id === null ? null : { id: row.account_id, email: row.email!, name: row.name!, role: row.role! };
        callback(null, loaded);
      }, callback);
  }

  override createSession(req: Request, data: SessionData): session.Session & SessionData {
    accounts.set(req, (data as LoadedSession)[ACCOUNT] ?? null);
    return super.createSession(req, data);
  }
}
