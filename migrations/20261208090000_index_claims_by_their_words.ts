import type { Knex } from 'knex';

/**
 * The same quotation in several articles: agency copy republished by many outlets, a quote picked up from one paper by
 * the next. A claim's page lists the other claims holding the same words, with the verdict each holds and whom each
 * article gives them to, so a desk checks a quotation once and sees where outlets disagree on who said it.
 *
 * "The same words" is the quote's sequence of words as the phrase search reads them (verbatim_simple: lower-cased,
 * accents folded, stop words kept, nothing stemmed), so quotation marks, apostrophes, dashes, ellipses, punctuation
 * and line breaks do not tell two quotes apart. Quotes of fewer than four words ("historic", "we will win") are left
 * out: such words recur without being the same quotation. The key is a digest of the words, 16 bytes, kept by the
 * database itself as a generated column, so every writer of a claim (an import, an editor's correction, a bulk load
 * with its triggers off) keeps it right without knowing of it; a verdict, which never changes a quote, does not
 * compute it again (its new row version enters this index as it enters every index of the claims: a verdict changes
 * indexed columns, so no update of a claim is HOT). Computing it costs about 45 µs a quote, so it is read from the
 * column, never computed at a page view: a claim page finds its twins in one probe of a partial index of the keys.
 */
export async function up(knex: Knex): Promise<void> {
  // why: the configuration is named with its schema, as an index is built (and, on PostgreSQL 17, maintained) with
  // only the system schemas on the search path
  const { rows } = await knex.raw<{ rows: Array<{ schema: string }> }>(
    "SELECT quote_ident(cfgnamespace::regnamespace::text) AS schema FROM pg_ts_config WHERE cfgname = 'verbatim_simple'",
  );
  await knex.raw(`
    CREATE FUNCTION quote_words_key(quote text) RETURNS uuid
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT CASE WHEN count(*) >= 4 THEN md5(string_agg(u.lexeme, ' ' ORDER BY p, u.lexeme))::uuid END
        FROM unnest(to_tsvector('${rows[0]!.schema}.verbatim_simple', quote)) u, unnest(u.positions) p
    $$`);
  await knex.raw('ALTER TABLE claims ADD COLUMN quote_key uuid GENERATED ALWAYS AS (quote_words_key(quote)) STORED');
  await knex.raw('CREATE INDEX claims_quote_key_idx ON claims (quote_key) WHERE quote_key IS NOT NULL');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claims_quote_key_idx');
  await knex.raw('ALTER TABLE claims DROP COLUMN quote_key');
  await knex.raw('DROP FUNCTION quote_words_key(text)');
}
