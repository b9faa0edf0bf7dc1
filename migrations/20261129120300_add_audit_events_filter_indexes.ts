import type { Knex } from 'knex';

/**
 * The audit page pages by `seq` (the chain's order), newest first; each filter leads a composite ending in `seq`
 * so a filtered page is one index range scan. Entity id and date range use the indexes the table came with.
 */
const INDEXES: Array<[name: string, definition: string]> = [
  ['audit_events_actor_seq_idx', '(actor_id, seq)'],
  ['audit_events_action_seq_idx', '(action, seq)'],
  ['audit_events_entity_type_seq_idx', '(entity_type, seq)'],
];

export async function up(knex: Knex): Promise<void> {
  for (const [name, definition] of INDEXES) await knex.raw(`CREATE INDEX ${name} ON audit_events ${definition}`);
}

export async function down(knex: Knex): Promise<void> {
  for (const [name] of INDEXES) await knex.raw(`DROP INDEX ${name}`);
}
