import type { Knex } from 'knex';

/**
 * The audit page and a claim's history list events newest first by id: every event has its id from the moment it
 * is written, while seq comes only when it is linked into the chain. Each filter leads a composite ending in `id`
 * so a filtered page is one index range scan; the actor one also serves the foreign key. (entity_type, seq) stays
 * for the dashboard's recent activity.
 *
 * The unique index on hash goes: seq is what orders and identifies a link, and a 64-character key written on every
 * link bought nothing the chain's verification does not already check.
 */
const NEW: Array<[name: string, definition: string]> = [
  ['audit_events_actor_id_idx', '(actor_id, id)'],
  ['audit_events_action_id_idx', '(action, id)'],
  ['audit_events_entity_type_id_idx', '(entity_type, id)'],
  ['audit_events_entity_id_idx', '(entity_type, entity_id, id)'],
  ['audit_events_occurred_at_id_idx', '(occurred_at, id)'],
];
const OLD: Array<[name: string, definition: string]> = [
  ['audit_events_actor_idx', '(actor_id)'],
  ['audit_events_entity_idx', '(entity_type, entity_id, seq DESC)'],
  ['audit_events_occurred_at_idx', '(occurred_at DESC, seq DESC)'],
  ['audit_events_actor_seq_idx', '(actor_id, seq)'],
  ['audit_events_action_seq_idx', '(action, seq)'],
];

export async function up(knex: Knex): Promise<void> {
  for (const [name] of OLD) await knex.raw(`DROP INDEX ${name}`);
  await knex.raw('ALTER TABLE audit_events DROP CONSTRAINT audit_events_hash_key');
  for (const [name, definition] of NEW) await knex.raw(`CREATE INDEX ${name} ON audit_events ${definition}`);
}

export async function down(knex: Knex): Promise<void> {
  for (const [name] of NEW) await knex.raw(`DROP INDEX ${name}`);
  await knex.raw('ALTER TABLE audit_events ADD CONSTRAINT audit_events_hash_key UNIQUE (hash)');
  for (const [name, definition] of OLD) await knex.raw(`CREATE INDEX ${name} ON audit_events ${definition}`);
}
