import knex, { type Knex } from 'knex';
import pg from 'pg';
import { statementName } from './prepared';

export type Db = Knex;
export type Trx = Knex.Transaction;

// Ids are bigint identities; they stay far below 2^53, so they are plain JS numbers everywhere.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export interface DbOptions {
  poolMax?: number;
  /** Give up acquiring a connection after this long (ms). */
  acquireTimeout?: number;
  /** Where knex's own warnings go; defaults to the console. */
  log?: Knex.Config['log'];
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
  return knex({
    client: opts.prepareStatements ? (PreparingPgClient as unknown as Knex.Config['client']) : 'pg',
    connection: { connectionString, application_name: 'verbatim' },
    pool: { min: 0, max: opts.poolMax ?? DEFAULT_POOL_MAX },
    acquireConnectionTimeout: opts.acquireTimeout ?? 30_000,
    ...(opts.log ? { log: opts.log } : {}),
  });
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
