import type { Knex } from 'knex';

/**
 * The keys of a speaker's aliases, one a line, each folded as a name's key is (case, accents and punctuation, by the
 * app's speakerNameKey), so the speaker list's search finds a speaker by what articles also call them ("minister"
 * finds "the Minister"). The app writes them beside the aliases: PostgreSQL has no fold that gives the keys the names
 * have (unaccent and lower disagree with it on letters such as "ł", and a byte-order collation lowers no letter
 * outside ASCII). One text, not an array: the search tests it as it tests the name's key, one LIKE on the same walk of
 * the names' index, where unnesting an array cost as much again as the name; a key holds no line break, so no match
 * spans two aliases. The next migration fills it for the speakers already here.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE speakers ADD COLUMN alias_keys text NOT NULL DEFAULT ''`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE speakers DROP COLUMN alias_keys');
}
