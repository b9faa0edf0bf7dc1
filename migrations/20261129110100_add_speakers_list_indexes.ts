import type { Knex } from 'knex';

/**
 * The speakers list pages live speakers by (name, id); without this index each page sorted every speaker.
 * Merged speakers are looked up by name key when an import names them, to lead to the speaker they became.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX speakers_live_name_idx ON speakers (name, id) WHERE merged_into_id IS NULL');
  await knex.raw('CREATE INDEX speakers_merged_name_key_idx ON speakers (name_key) WHERE merged_into_id IS NOT NULL');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX speakers_merged_name_key_idx');
  await knex.raw('DROP INDEX speakers_live_name_idx');
}
