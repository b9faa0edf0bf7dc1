import type { Knex } from 'knex';

/**
 * The name keys of the speakers merged into this one, one a line, so the speaker list's search can test one text of
 * the speaker's own (see search_keys, two migrations on) instead of looking for merged speakers row by row: that
 * lookup was a quarter of a rare search's time at 300,000 speakers. The app writes it on every merge, for the survivor
 * and for the loser, whose own merged speakers move to the survivor. The next migration fills it for merges made.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE speakers ADD COLUMN merged_name_keys text NOT NULL DEFAULT ''`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE speakers DROP COLUMN merged_name_keys');
}
