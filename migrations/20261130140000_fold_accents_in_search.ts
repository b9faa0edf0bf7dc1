import type { Knex } from 'knex';

/**
 * Search ignores accents: "Erdogan" finds "Erdoğan", "cederons" finds "céderons", and a name typed with its accents
 * finds it written without. Two text search configurations copy English and simple with the unaccent dictionary in
 * front of their own for words holding letters outside ASCII (alone or with digits) (a filter: the word goes on to the stemmer without its
 * accents); the stored search text, its index and the phrase pairs taken from it are rebuilt with them.
 *
 * On a million claims the rebuild rewrites the claims table and its search index once (minutes, not seconds).
 */
/** Words with letters outside ASCII: their own, in a compound, or mixed with digits ("Erdoğan2"). */
const WORDS = 'hword, hword_part, word';
const NUMBER_WORDS = 'numhword, hword_numpart, numword';

const searchColumn = (english: string, simple: string) => `
  ALTER TABLE claims ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('${simple}', coalesce(speaker_name, '')) || to_tsvector('${english}', coalesce(speaker_name, '')), 'A') ||
    setweight(to_tsvector('${english}', quote), 'B')) STORED`;

async function rebuild(knex: Knex, english: string, simple: string): Promise<void> {
  // the pairs' update trigger names the column in its condition, so it goes and comes back with it
  await knex.raw('DROP TRIGGER claims_word_pairs_update ON claims');
  await knex.raw('ALTER TABLE claims DROP COLUMN search');
  await knex.raw(searchColumn(english, simple));
  await knex.raw('CREATE INDEX claims_search_idx ON claims USING gin (search)');
  await knex.raw(`CREATE TRIGGER claims_word_pairs_update AFTER UPDATE OF quote, speaker_name ON claims
                  FOR EACH ROW WHEN (OLD.search IS DISTINCT FROM NEW.search) EXECUTE FUNCTION claim_word_pairs_update()`);
  await knex.raw('UPDATE claim_word_pairs p SET pairs = word_pairs(c.search) FROM claims c WHERE c.id = p.claim_id AND p.pairs IS DISTINCT FROM word_pairs(c.search)');
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS unaccent');
  await knex.raw('CREATE TEXT SEARCH CONFIGURATION verbatim_english (COPY = english)');
  await knex.raw(`ALTER TEXT SEARCH CONFIGURATION verbatim_english ALTER MAPPING FOR ${WORDS} WITH unaccent, english_stem`);
  await knex.raw(`ALTER TEXT SEARCH CONFIGURATION verbatim_english ALTER MAPPING FOR ${NUMBER_WORDS} WITH unaccent, simple`);
  await knex.raw('CREATE TEXT SEARCH CONFIGURATION verbatim_simple (COPY = simple)');
  await knex.raw(`ALTER TEXT SEARCH CONFIGURATION verbatim_simple ALTER MAPPING FOR ${WORDS}, ${NUMBER_WORDS} WITH unaccent, simple`);
  await rebuild(knex, 'verbatim_english', 'verbatim_simple');
}

export async function down(knex: Knex): Promise<void> {
  await rebuild(knex, 'english', 'simple');
  await knex.raw('DROP TEXT SEARCH CONFIGURATION verbatim_simple');
  await knex.raw('DROP TEXT SEARCH CONFIGURATION verbatim_english');
}
