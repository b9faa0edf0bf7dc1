import knex, { type Knex } from 'knex';
import pg from 'pg';

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
}

export const DEFAULT_POOL_MAX = 10;

export function createDb(connectionString: string, opts: DbOptions = {}): Db {
  return knex({
    client: 'pg',
    connection: { connectionString, application_name: 'verbatim' },
    pool: { min: 0, max: opts.poolMax ?? DEFAULT_POOL_MAX },
    acquireConnectionTimeout: opts.acquireTimeout ?? 30_000,
    ...(opts.log ? { log: opts.log } : {}),
  });
}
