import type { Knex } from 'knex';

// Failed sign-in counters live in the database so every app process sees the same lockouts.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE sign_in_throttles (
      key           text PRIMARY KEY,
      failures      integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
      window_start  timestamptz NOT NULL DEFAULT now(),
      locked_until  timestamptz
    )`);
  await knex.raw('CREATE INDEX sign_in_throttles_window_idx ON sign_in_throttles (window_start)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE sign_in_throttles');
}
