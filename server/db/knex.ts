import knex, { type Knex } from 'knex';
import pg from 'pg';
import type { Logger } from 'pino';
import { statementName } from './prepared';

export type Db = Knex;
export type Trx = Knex.Transaction;

// Ids are bigint identities; they stay far below 2^53, so they are plain JS numbers everywhere.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export interface DbOptions {
  poolMax?: number;
  /** Give up acquiring a connection after this long (ms). */
  acquireTimeout?: number;
  /** Where knex's own warnings go; defaults to the console (knexLog sends them to the app's log). */
  log?: Knex.Config['log'];
  /** Set on each connection when it opens (the app's: APP_TIMEOUTS); none by default. */
  timeouts?: SessionTimeouts;
  /** Run statements as named (prepared) ones (a PostgreSQL server of its own only: see prepared.ts). */
  prepareStatements?: boolean;
}

interface PgQueryObject {
  sql?: string;
  bindings?: unknown[];
  options?: Record<string, unknown>;
}
type PgClientClass = new (config: Knex.Config) => { _query(connection: object, obj: PgQueryObject): Promise<unknown> };
// knex's PostgreSQL dialect; the package types only its public interface.
const KnexPgClient = require('knex/lib/dialects/postgres') as PgClientClass;

/** knex's PostgreSQL client, naming each statement it may after its text (see statementName). */
class PreparingPgClient extends KnexPgClient {
  override _query(connection: object, obj: PgQueryObject): Promise<unknown> {
    if (obj.sql && !obj.options?.name) {
      const name = statementName(connection, obj.sql, obj.bindings?.length ?? 0);
      if (name) obj.options = { ...obj.options, name };
    }
    return super._query(connection, obj);
  }
}

export const DEFAULT_POOL_MAX = 10;

export function createDb(connectionString: string, opts: DbOptions = {}): Db {
  const { timeouts } = opts;
  const afterCreate = (connection: pg.Client, done: (err: Error | null, connection: pg.Client) => void) => {
    connection.query(timeoutStatements(timeouts!)).then(() => done(null, connection), (err: Error) => done(err, connection));
  };
  return knex({
    client: opts.prepareStatements ? (PreparingPgClient as unknown as Knex.Config['client']) : 'pg',
    connection: { connectionString, application_name: 'verbatim' },
    pool: { min: 0, max: opts.poolMax ?? DEFAULT_POOL_MAX, ...(timeouts ? { afterCreate } : {}) },
    acquireConnectionTimeout: opts.acquireTimeout ?? 30_000,
    ...(opts.log ? { log: opts.log } : {}),
  });
}

/** How long a statement may run, and wait for a lock, on a connection (ms; 0 is no limit). */
export interface SessionTimeouts {
  statementMs: number;
  lockMs: number;
}

/**
 * The app's connections', for requests. A statement waiting for a lock another session holds (a `LOCK TABLE` in psql,
 * a migration of another process) gives up after 5 s with the 503 page and frees its connection, instead of holding
 * it until the pool is spent and every page, the health check too, fails. The longest wait the app makes itself: a
 * verdict behind an import or removal of the largest article (10,000 claims), whose transaction holds the claim
 * counters until it commits, 1–3.5 s measured on a busy two-core machine. A statement gives up after 30 s: the
 * heaviest the app runs (a claims search at a million claims, a batch of the audit check, an import's inserts, an
 * ANALYZE after an import) took under half a second. Command-line tools (migrate, seed:large, audit:verify) open
 * their connections with none, as migrations do (MIGRATION_CONFIG): their statements may rightly take minutes.
 */
export const APP_TIMEOUTS: SessionTimeouts = { statementMs: 30_000, lockMs: 5_000 };

/** The statements that set `timeouts` for a session, sent as one simple query. */
export function timeoutStatements(timeouts: SessionTimeouts): string {
  return `SET statement_timeout = ${Math.trunc(timeouts.statementMs)}; SET lock_timeout = ${Math.trunc(timeouts.lockMs)}`;
}

/**
 * knex's own messages (a connection found dead in the pool, a failed acquire, deprecations) as entries of the app's
 * log: knex prints them to the console otherwise, plain text and multi-line stack traces amid the JSON lines.
 */
export function knexLog(logger: Logger): NonNullable<Knex.Config['log']> {
  // the first line is the message; a stack trace or a driver's detail follows it
  const entry = (message: unknown) => {
    const [first = '', ...rest] = (typeof message === 'string' ? message : JSON.stringify(message)).split('\n');
    return [{ component: 'knex', ...(rest.length ? { detail: rest.join('\n') } : {}) }, first] as const;
  };
  return {
    warn: (message: unknown) => logger.warn(...entry(message)),
    error: (message: unknown) => logger.error(...entry(message)),
    deprecate: (message: unknown) => logger.warn(...entry(message)),
    debug: (message: unknown) => logger.debug(...entry(message)),
  };
}

/**
 * For `.limit(n, LITERAL)`: a row limit written into the statement rather than sent as a parameter. A named
 * statement's cached plan is made without its parameters' values, and a plan for `LIMIT $1` expects a tenth of the
 * rows: a sort of every matching row instead of an index walk of fifty. knex writes it only as an integer.
 */
export const LITERAL = { skipBinding: true } as const;

const VOCABULARY_WORD = /^[a-z0-9_.]{1,100}$/;

/**
 * A word of a closed vocabulary (a claim status, an audit action), already validated, as a SQL literal to write into
 * a statement instead of sending it as a parameter. A prepared statement's cached plan is made without its values,
 * and over a column of a few distinct values that plan serves a common one and reads the whole table for a rare one
 * (the audit page filtered by a rare action, 10,000 claims: 455 ms against 1 ms). Each word gets a statement and a
 * plan of its own. Anything but lower-case letters, digits, `_` and `.` is refused.
 */
export function vocabularyLiteral(word: string): string {
  if (!VOCABULARY_WORD.test(word)) throw new Error(`not a vocabulary word: ${JSON.stringify(word.slice(0, 40))}`);
  return `'${word}'`;
}
