import type { Knex } from 'knex';

/**
 * The words articles used for each speaker as the evidence of their claims ("the master of the port", "Ruiz", "she"),
 * folded as the claims list folds speaker names (`speaker_sort_key`), with one spelling as written and how many claims
 * used them: the speaker
 * list's search finds a speaker by such a description, which is kept as no one's alias (it stands for the person in
 * one article only).
 *
 * Kept by triggers on the claims, as the word pairs are: a statement trigger over the rows an insert or a delete
 * touched (an import, an article's removal), and a row trigger when a claim's speaker or its evidence changes (a
 * correction, a merge). A verdict changes neither and fires nothing. Rows whose count falls to zero stay, and are
 * never read. Bulk loads that run with triggers off (seed:large) fill the table themselves.
 */
export async function up(knex: Knex): Promise<void> {
  const { rows } = await knex.raw<{ rows: Array<{ schema: string }> }>(
    "SELECT quote_ident(extnamespace::regnamespace::text) AS schema FROM pg_extension WHERE extname = 'pg_trgm'",
  );
  await knex.raw(`
    CREATE TABLE speaker_evidence (
      speaker_id bigint NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
      words text NOT NULL,
      written text NOT NULL,
      claims integer NOT NULL,
      PRIMARY KEY (speaker_id, words)
    )`);
  await knex.raw(`
    INSERT INTO speaker_evidence (speaker_id, words, written, claims)
    SELECT speaker_id, w, min(mention_text), count(*) FROM (SELECT speaker_id, mention_text, speaker_sort_key(mention_text) AS w FROM claims
                                                             WHERE speaker_id IS NOT NULL AND mention_text IS NOT NULL) c
     WHERE w <> '' GROUP BY 1, 2`);
  // as the speakers' search keys are indexed: no pending list, which the embedded database would never clean
  await knex.raw(`CREATE INDEX speaker_evidence_words_trgm_idx ON speaker_evidence USING gin (words ${rows[0]!.schema}.gin_trgm_ops)
                  WITH (fastupdate = off)`);
  // (a statement's rows are added in one order, the key's: two statements adding the same speakers' words wait for
  // each other rather than deadlock)
  await knex.raw(`
    CREATE FUNCTION speaker_evidence_add(deltas integer[], ids bigint[], texts text[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO speaker_evidence AS e (speaker_id, words, written, claims)
      SELECT speaker_id, w, min(t), sum(d) FROM (SELECT i AS speaker_id, t, d, speaker_sort_key(t) AS w FROM unnest(deltas, ids, texts) AS u (d, i, t)
                                                  WHERE i IS NOT NULL AND t IS NOT NULL) c
       WHERE w <> '' GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (speaker_id, words) DO UPDATE SET claims = e.claims + EXCLUDED.claims
    $$`);
  await knex.raw(`
    CREATE FUNCTION claims_speaker_evidence_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM speaker_evidence_add(array_agg(1), array_agg(speaker_id), array_agg(mention_text)) FROM new_claims;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE FUNCTION claims_speaker_evidence_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM speaker_evidence_add(array_agg(-1), array_agg(speaker_id), array_agg(mention_text)) FROM old_claims;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE FUNCTION claims_speaker_evidence_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- (both rows in one statement, in its order: two corrections moving claims both ways between two speakers lock
      -- their rows in the same order)
      PERFORM speaker_evidence_add(ARRAY[-1, 1], ARRAY[OLD.speaker_id, NEW.speaker_id], ARRAY[OLD.mention_text, NEW.mention_text]);
      RETURN NULL;
    END $$`);
  await knex.raw(`CREATE TRIGGER claims_speaker_evidence_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_claims
                  FOR EACH STATEMENT EXECUTE FUNCTION claims_speaker_evidence_inserted()`);
  await knex.raw(`CREATE TRIGGER claims_speaker_evidence_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_claims
                  FOR EACH STATEMENT EXECUTE FUNCTION claims_speaker_evidence_deleted()`);
  await knex.raw(`CREATE TRIGGER claims_speaker_evidence_update AFTER UPDATE OF speaker_id, mention_text ON claims FOR EACH ROW
                  WHEN (OLD.speaker_id IS DISTINCT FROM NEW.speaker_id OR OLD.mention_text IS DISTINCT FROM NEW.mention_text)
                  EXECUTE FUNCTION claims_speaker_evidence_updated()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER claims_speaker_evidence_update ON claims');
  await knex.raw('DROP TRIGGER claims_speaker_evidence_delete ON claims');
  await knex.raw('DROP TRIGGER claims_speaker_evidence_insert ON claims');
  await knex.raw('DROP FUNCTION claims_speaker_evidence_updated()');
  await knex.raw('DROP FUNCTION claims_speaker_evidence_deleted()');
  await knex.raw('DROP FUNCTION claims_speaker_evidence_inserted()');
  await knex.raw('DROP FUNCTION speaker_evidence_add(integer[], bigint[], text[])');
  await knex.raw('DROP TABLE speaker_evidence');
}
