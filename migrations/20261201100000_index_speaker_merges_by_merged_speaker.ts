import type { Knex } from 'knex';

/**
 * A speaker merged away has no events of its own: the `speaker.merge` that took it is filed under the speaker kept.
 * The audit page's filter for the merged speaker finds that event by the id it records as the loser; merges are few,
 * so this index holds one small entry a merge.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX audit_events_merged_speaker_idx ON audit_events ((before -> 'loser' ->> 'id'), id) WHERE action = 'speaker.merge'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX audit_events_merged_speaker_idx');
}
