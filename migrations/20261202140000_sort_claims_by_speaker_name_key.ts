import type { Knex } from 'knex';

/**
 * The claims list sorted by speaker orders by the name folded as the speakers list's key folds it (lower case,
 * accents and punctuation dropped), so "Émile Roux" sorts among the E's and not after "Vladimir Putin", and
 * "de Gaulle" among the D's: under a byte-order collation (the embedded database's, and C.UTF-8) the name as written
 * had put every accented or lower-case initial after Z. Accents are dropped by the `unaccent` function the search
 * migration brought in, which also folds letters that carry no separate accent (Ł, Ø, ß), where the speakers' key,
 * made in Node, keeps them as they are.
 *
 * `unaccent` is stable only (its dictionary could change), so an index needs this immutable wrapper, which names the
 * dictionary and the function by their schema so that no search path can change what it returns. The index replaces
 * the one on the name as written, which no query reads any more; a claim without a speaker keeps the empty key, first.
 */
const FUNCTION = 'speaker_sort_key';

export async function up(knex: Knex): Promise<void> {
  const { rows } = await knex.raw<{ rows: Array<{ schema: string }> }>(
    "SELECT quote_ident(extnamespace::regnamespace::text) AS schema FROM pg_extension WHERE extname = 'unaccent'",
  );
  const schema = rows[0]!.schema;
  await knex.raw(`
    CREATE FUNCTION ${FUNCTION}(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN btrim(regexp_replace(lower(${schema}.unaccent('${schema}.unaccent'::regdictionary, coalesce(name, ''))), '[^[:alnum:]]+', ' ', 'g'))`);
  await knex.raw(`CREATE INDEX claims_speaker_key_idx ON claims ((${FUNCTION}(speaker_name)), id)`);
  await knex.raw('DROP INDEX claims_speaker_name_idx');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("CREATE INDEX claims_speaker_name_idx ON claims ((coalesce(speaker_name, '')), id)");
  await knex.raw('DROP INDEX claims_speaker_key_idx');
  await knex.raw(`DROP FUNCTION ${FUNCTION}(text)`);
}
