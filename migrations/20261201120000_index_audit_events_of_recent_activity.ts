import type { Knex } from 'knex';

/**
 * The dashboard's recent activity leaves out events that are part of another (`after.part_of_event`: each claim an
 * article's removal or a speaker merge took with it). Walking (entity_type, id) and skipping them read every one of an
 * action's thousands of claim events before reaching the next event shown; this index holds only the events shown,
 * of the kinds the dashboard lists (`ACTIVITY_ENTITIES`), so the newest are the first entries of one backwards walk.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX audit_events_activity_idx ON audit_events (id)
    WHERE entity_type IN ('article', 'claim', 'speaker') AND (after -> 'part_of_event') IS NULL`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX audit_events_activity_idx');
}
