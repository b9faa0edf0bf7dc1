import type { Knex } from 'knex';

/** "My queue" and "Next unreviewed claim": the oldest unreviewed claim per assignee (or unassigned) in one probe. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw("CREATE INDEX claims_unreviewed_queue_idx ON claims (assignee_id, id) WHERE status = 'unreviewed'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claims_unreviewed_queue_idx');
}
