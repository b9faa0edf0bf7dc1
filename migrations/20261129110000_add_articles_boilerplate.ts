import type { Knex } from 'knex';

/** Where the engine found site clutter in the text, kept with the article so its page greys it without re-reading. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE articles ADD COLUMN boilerplate jsonb NOT NULL DEFAULT '[]'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE articles DROP COLUMN boilerplate');
}
