import type { Knex } from 'knex';

/**
 * A claim whose speaker the article only describes ("a spokeswoman", "the crowd") has no speaker, so its search text
 * held no word for who said it, and "spokeswoman" found nothing. Who said it is now searched as the speaker's name or,
 * for a claim without one, as the words the article used for its speaker: in the stored search text, its index, and the
 * word pairs that find a quoted phrase's candidates, kept in step when either changes.
 *
 * On a million claims this rewrites the claims table and its search index once (minutes, not seconds), as the accent
 * folding did.
 */
const SAID_BY = 'coalesce(speaker_name, mention_text)';
const NAME_ONLY = 'speaker_name';

const searchColumn = (saidBy: string) => `
  ALTER TABLE claims ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('verbatim_simple', coalesce(${saidBy}, '')) || to_tsvector('verbatim_english', coalesce(${saidBy}, '')), 'A') ||
    setweight(to_tsvector('verbatim_english', quote), 'B')) STORED`;

const newRow = (saidBy: string) => saidBy.replace(/\b(speaker_name|mention_text)\b/g, 'NEW.$1');
const oldRow = (saidBy: string) => saidBy.replace(/\b(speaker_name|mention_text)\b/g, 'OLD.$1');

async function rebuild(knex: Knex, saidBy: string, columns: string): Promise<void> {
  // the pairs' update trigger names the columns it watches, so it goes and comes back with the search text
  await knex.raw('DROP TRIGGER claims_word_pairs_update ON claims');
  await knex.raw('ALTER TABLE claims DROP COLUMN search');
  await knex.raw(searchColumn(saidBy));
  await knex.raw('CREATE INDEX claims_search_idx ON claims USING gin (search)');
  await knex.raw(`
    CREATE OR REPLACE FUNCTION claim_word_pairs_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO claim_word_pairs (claim_id, pairs) SELECT id, phrase_pairs(quote, ${saidBy}) FROM new_claims;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE OR REPLACE FUNCTION claim_word_pairs_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE claim_word_pairs SET pairs = phrase_pairs(NEW.quote, ${newRow(saidBy)}) WHERE claim_id = NEW.id;
      RETURN NULL;
    END $$`);
  await knex.raw(`CREATE TRIGGER claims_word_pairs_update AFTER UPDATE OF ${columns} ON claims FOR EACH ROW
                  WHEN (OLD.quote IS DISTINCT FROM NEW.quote OR ${oldRow(saidBy)} IS DISTINCT FROM ${newRow(saidBy)})
                  EXECUTE FUNCTION claim_word_pairs_update()`);
  // only claims without a speaker's name and with the article's words for one have other pairs now
  await knex.raw(`UPDATE claim_word_pairs p SET pairs = phrase_pairs(c.quote, ${saidBy.replace(/\b(speaker_name|mention_text)\b/g, 'c.$1')})
                    FROM claims c WHERE c.id = p.claim_id AND c.speaker_name IS NULL AND c.mention_text IS NOT NULL`);
}

export async function up(knex: Knex): Promise<void> {
  await rebuild(knex, SAID_BY, 'quote, speaker_name, mention_text');
}

export async function down(knex: Knex): Promise<void> {
  await rebuild(knex, NAME_ONLY, 'quote, speaker_name');
}
