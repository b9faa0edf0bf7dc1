import type { Knex } from 'knex';

/**
 * A quoted phrase is searched as written, stop words and all ("not the leader", "we will"), so the word pairs that
 * find its candidates are taken from the words as written too: lower-cased and accents folded (verbatim_simple),
 * neither stemmed nor with stop words left out, from the quote and from the speaker's name each on its own. The
 * stemmed pairs of the search text had no pair at all for a phrase of stop words, and only "leader" for "not the
 * leader". The pairs change when the quote or the name does: the search text can stay the same when only stop
 * words change ("we will go" and "we shall go" are both 'go').
 *
 * The pairs already stored are rewritten by the next migration.
 */
const PAIRS_OF_SEARCH = {
  insert: 'SELECT id, word_pairs(search) FROM new_claims',
  update: 'word_pairs(NEW.search)',
  when: 'OLD.search IS DISTINCT FROM NEW.search',
};
const PAIRS_AS_WRITTEN = {
  insert: 'SELECT id, phrase_pairs(quote, speaker_name) FROM new_claims',
  update: 'phrase_pairs(NEW.quote, NEW.speaker_name)',
  when: 'OLD.quote IS DISTINCT FROM NEW.quote OR OLD.speaker_name IS DISTINCT FROM NEW.speaker_name',
};

async function keepPairs(knex: Knex, pairs: typeof PAIRS_AS_WRITTEN): Promise<void> {
  await knex.raw(`
    CREATE OR REPLACE FUNCTION claim_word_pairs_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO claim_word_pairs (claim_id, pairs) ${pairs.insert};
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE OR REPLACE FUNCTION claim_word_pairs_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE claim_word_pairs SET pairs = ${pairs.update} WHERE claim_id = NEW.id;
      RETURN NULL;
    END $$`);
  await knex.raw('DROP TRIGGER claims_word_pairs_update ON claims');
  await knex.raw(`CREATE TRIGGER claims_word_pairs_update AFTER UPDATE OF quote, speaker_name ON claims
                  FOR EACH ROW WHEN (${pairs.when}) EXECUTE FUNCTION claim_word_pairs_update()`);
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION phrase_pairs(quote text, speaker_name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT word_pairs(to_tsvector('verbatim_simple', quote)) || word_pairs(to_tsvector('verbatim_simple', coalesce(speaker_name, '')))
    $$`);
  await keepPairs(knex, PAIRS_AS_WRITTEN);
}

export async function down(knex: Knex): Promise<void> {
  await keepPairs(knex, PAIRS_OF_SEARCH);
  await knex.raw('DROP FUNCTION phrase_pairs(text, text)');
}
