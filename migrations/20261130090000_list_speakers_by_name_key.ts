import type { Knex } from 'knex';

/**
 * The speakers list is ordered by the name key (lower case, accents and punctuation folded), which the unique index
 * on live speakers' keys already serves: ordered by the name as written, "ad" and "email" sorted after every
 * capitalised name under a byte-order collation (the embedded database's). The (name, id) index served only that order.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS speakers_live_name_idx');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX speakers_live_name_idx ON speakers (name, id) WHERE merged_into_id IS NULL');
}
