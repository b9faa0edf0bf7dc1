import type { Knex } from 'knex';

/**
 * The dashboard's recent activity now reads (entity_type, id) newest first, like the audit page, so (entity_type, seq)
 * serves no query and only costs every linked event an index entry.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS audit_events_entity_type_seq_idx');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX audit_events_entity_type_seq_idx ON audit_events (entity_type, seq)');
}
