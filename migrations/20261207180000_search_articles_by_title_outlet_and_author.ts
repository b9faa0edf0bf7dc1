import type { Knex } from 'knex';

/**
 * The articles list finds an article by the words of its title, outlet and author, and lists one outlet's articles.
 *
 * `search_key` is those three folded as the list's search folds what is typed (lower case, accents taken off by
 * decomposing and dropping the combining marks), kept by the database itself as a generated column, so every writer
 * of an article (an import, a correction of its facts, a bulk load) keeps it right without knowing of it. Each word
 * searched is a `LIKE '%word%'` on it: a trigram index finds a rare word's few articles, and a common word is met
 * walking the newest first. Without a pending list (fastupdate off), as for the speakers' search keys: the embedded
 * database runs no autovacuum to fold pending entries in.
 *
 * Articles hold text in every script, so the database is UTF-8, which `normalize` needs.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE articles ADD COLUMN search_key text GENERATED ALWAYS AS (
      regexp_replace(normalize(lower(title || ' ' || coalesce(outlet, '') || ' ' || coalesce(author, '')), NFKD), '[\\u0300-\\u036f]', '', 'g')
    ) STORED`);
  const { rows } = await knex.raw<{ rows: Array<{ schema: string }> }>(
    "SELECT quote_ident(extnamespace::regnamespace::text) AS schema FROM pg_extension WHERE extname = 'pg_trgm'",
  );
  await knex.raw(`CREATE INDEX articles_search_key_trgm_idx ON articles USING gin (search_key ${rows[0]!.schema}.gin_trgm_ops) WITH (fastupdate = off)`);
  await knex.raw('CREATE INDEX articles_outlet_created_idx ON articles (outlet, created_at DESC, id DESC)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX articles_outlet_created_idx');
  await knex.raw('DROP INDEX articles_search_key_trgm_idx');
  await knex.raw('ALTER TABLE articles DROP COLUMN search_key');
}
