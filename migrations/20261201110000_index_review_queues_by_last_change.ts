import type { Knex } from 'knex';

/**
 * Review queues follow the claims' last change, oldest first (the queue page's order, which Next now follows too):
 * the unreviewed claims per assignee (or unassigned) in that order, so the first of a queue, or the first after a
 * given claim, is one probe. Ordered by id, the index served a queue in another order than the page that lists it;
 * the claims list's (assignee_id, updated_at, id) would step over every claim the assignee (or nobody) has reviewed.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claims_unreviewed_queue_idx');
  await knex.raw("CREATE INDEX claims_unreviewed_queue_idx ON claims (assignee_id, updated_at, id) WHERE status = 'unreviewed'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claims_unreviewed_queue_idx');
  await knex.raw("CREATE INDEX claims_unreviewed_queue_idx ON claims (assignee_id, id) WHERE status = 'unreviewed'");
}
