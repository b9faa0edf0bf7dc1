import type { Knex } from 'knex';

/**
 * The word pairs move from an expression index on claims to a table of their own, written only when a claim's text
 * or speaker changes. An index on claims gets a new entry at every update that is not HOT, and every verdict changes
 * `updated_at`, which is indexed: each verdict recomputed the pairs and added them to the pair index (an update of a
 * claim took 170–260 µs with that index against 60 µs without, at ten thousand claims).
 *
 * Insertions are kept by a statement trigger over the inserted rows; updates by a row trigger on the two columns the
 * search text is made of. Bulk loads that run with triggers off (seed:large) fill the table themselves.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE claim_word_pairs (
      claim_id bigint PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
      pairs text[] NOT NULL
    )`);
  await knex.raw('INSERT INTO claim_word_pairs (claim_id, pairs) SELECT id, word_pairs(search) FROM claims');
  await knex.raw('CREATE INDEX claim_word_pairs_idx ON claim_word_pairs USING gin (pairs)');
  await knex.raw(`
    CREATE FUNCTION claim_word_pairs_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO claim_word_pairs (claim_id, pairs) SELECT id, word_pairs(search) FROM new_claims;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE FUNCTION claim_word_pairs_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE claim_word_pairs SET pairs = word_pairs(NEW.search) WHERE claim_id = NEW.id;
      RETURN NULL;
    END $$`);
  await knex.raw(`CREATE TRIGGER claims_word_pairs_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_claims
                  FOR EACH STATEMENT EXECUTE FUNCTION claim_word_pairs_insert()`);
  await knex.raw(`CREATE TRIGGER claims_word_pairs_update AFTER UPDATE OF quote, speaker_name ON claims
                  FOR EACH ROW WHEN (OLD.search IS DISTINCT FROM NEW.search) EXECUTE FUNCTION claim_word_pairs_update()`);
  await knex.raw('DROP INDEX claims_search_pairs_idx');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX claims_search_pairs_idx ON claims USING gin (word_pairs(search))');
  await knex.raw('DROP TRIGGER claims_word_pairs_update ON claims');
  await knex.raw('DROP TRIGGER claims_word_pairs_insert ON claims');
  await knex.raw('DROP FUNCTION claim_word_pairs_update()');
  await knex.raw('DROP FUNCTION claim_word_pairs_insert()');
  await knex.raw('DROP TABLE claim_word_pairs');
}
