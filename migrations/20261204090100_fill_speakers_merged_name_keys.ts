import type { Knex } from 'knex';

/**
 * Fills the merged name keys (see the migration before) of the speakers others were merged into. Nothing is folded
 * here: the keys are the merged speakers' stored name keys, which is what the search tested until now, so it finds
 * exactly what it found. A speaker merged into one that was merged in turn already points at the last one.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    UPDATE speakers s SET merged_name_keys = m.keys
      FROM (SELECT merged_into_id AS id, string_agg(name_key, E'\\n' ORDER BY id) AS keys
              FROM speakers WHERE merged_into_id IS NOT NULL GROUP BY merged_into_id) m
     WHERE s.id = m.id`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`UPDATE speakers SET merged_name_keys = '' WHERE merged_name_keys <> ''`);
}
