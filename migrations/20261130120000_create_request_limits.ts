import type { Knex } from 'knex';

/**
 * Counters of rate-limiter-flexible's PostgreSQL store (its own table layout), so every app process counts requests
 * against the same limits: points used by a key, and when its window ends (epoch milliseconds).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE request_limits (
      key    varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    )`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE request_limits');
}
