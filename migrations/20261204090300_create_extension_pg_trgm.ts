import type { Knex } from 'knex';

/**
 * pg_trgm, for the trigram index of the next migration. A trusted extension from PostgreSQL 13, so the app's own role
 * may create it; the embedded database registers it at start. One the server had already is kept as it is.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
}

/** Refused (RESTRICT) while anything else still uses the extension: nobody else's index is dropped with it. */
export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP EXTENSION IF EXISTS pg_trgm RESTRICT');
}
