import type { Knex } from 'knex';

/**
 * The name keys a speaker had before an editor corrected its name ("Min Aung Hlain" → "Min Aung Hlaing"): an article
 * imported later that writes the old spelling is the same person, and its claims go to this speaker rather than to a
 * new one of the old name, as a merged speaker's name leads to the speaker kept. The old name itself joins the
 * aliases, where the speaker list's search finds it.
 *
 * Looked up by key among live speakers at every import of a name no live speaker has; without a pending list
 * (fastupdate off), as the embedded database runs no autovacuum to move pending entries into the index.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE speakers ADD COLUMN former_name_keys text[] NOT NULL DEFAULT '{}'`);
  await knex.raw(`CREATE INDEX speakers_former_name_keys_idx ON speakers USING gin (former_name_keys) WITH (fastupdate = off)
                  WHERE merged_into_id IS NULL`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX speakers_former_name_keys_idx');
  await knex.raw('ALTER TABLE speakers DROP COLUMN former_name_keys');
}
