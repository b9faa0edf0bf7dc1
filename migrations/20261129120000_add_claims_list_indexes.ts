import type { Knex } from 'knex';

/**
 * One index behind every filter and sort of the claims list. Each filter column leads a composite with the
 * default sort (last change, newest first) so a filtered first page is a short index range scan; the sorts are
 * keyset-paginated on (sort key, id) in one direction, so each is a forward or backward scan of one index.
 */
const INDEXES: Array<[name: string, definition: string]> = [
  ['claims_updated_idx', '(updated_at, id)'],
  ['claims_status_updated_idx', '(status, updated_at, id)'],
  ['claims_attribution_status_updated_idx', '(attribution_status, updated_at, id)'],
  ['claims_speaker_updated_idx', '(speaker_id, updated_at, id)'],
  ['claims_assignee_updated_idx', '(assignee_id, updated_at, id)'],
  ['claims_article_updated_idx', '(article_id, updated_at, id)'],
  ['claims_source_updated_idx', '(source, updated_at, id)'],
  ['claims_article_position_idx', '(article_id, position, id)'],
  ['claims_speaker_name_idx', "((coalesce(speaker_name, '')), id)"],
];

export async function up(knex: Knex): Promise<void> {
  for (const [name, definition] of INDEXES) await knex.raw(`CREATE INDEX ${name} ON claims ${definition}`);
  await knex.raw('CREATE INDEX claims_search_idx ON claims USING gin (search)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claims_search_idx');
  for (const [name] of [...INDEXES].reverse()) await knex.raw(`DROP INDEX ${name}`);
}
