import type { Knex } from 'knex';

/**
 * The speaker list's search tests `search_keys LIKE '%term%'` on live speakers, in the order of their name keys. For a
 * common term the walk of the name keys' index stops at the page's last match; for a rare one it read every live
 * speaker (160–220 ms at 300,000). With this index PostgreSQL can find a rare term's few speakers by their trigrams
 * (a bitmap scan, then a sort of those few) and keeps the walk where matches are many. The operator class is named by
 * the extension's schema, wherever it was created.
 *
 * Without a pending list (fastupdate off): the embedded database runs no autovacuum to move pending entries into the
 * index, so every search read them all (a rare term at 100,000 speakers: 38 ms against 0.2). Each new speaker updates
 * the index itself instead, a fraction of a millisecond; speakers are added one at a time, by imports.
 */
export async function up(knex: Knex): Promise<void> {
  const { rows } = await knex.raw<{ rows: Array<{ schema: string }> }>(
    "SELECT quote_ident(extnamespace::regnamespace::text) AS schema FROM pg_extension WHERE extname = 'pg_trgm'",
  );
  await knex.raw(`CREATE INDEX speakers_search_keys_trgm_idx ON speakers USING gin (search_keys ${rows[0]!.schema}.gin_trgm_ops)
                  WITH (fastupdate = off) WHERE merged_into_id IS NULL`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX speakers_search_keys_trgm_idx');
}
