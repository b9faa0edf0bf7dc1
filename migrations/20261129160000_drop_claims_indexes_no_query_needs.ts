import type { Knex } from 'knex';

/**
 * Every verdict updates `updated_at`, so no update of a claim is HOT and each one adds an entry to every index on
 * claims. Three of them serve nothing another index does not:
 * - (speaker_id) and (assignee_id) are prefixes of (speaker_id, updated_at, id) and (assignee_id, updated_at, id),
 *   which answer the same look-ups, including the foreign-key checks when a speaker is merged away;
 * - (updated_by) would only speed up deleting a user, which Verbatim never does (accounts are deactivated and stay
 *   named in the audit trail); no page looks claims up by who changed them last.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS claims_speaker_idx');
  await knex.raw('DROP INDEX IF EXISTS claims_assignee_idx');
  await knex.raw('DROP INDEX IF EXISTS claims_updated_by_idx');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX claims_speaker_idx ON claims (speaker_id)');
  await knex.raw('CREATE INDEX claims_assignee_idx ON claims (assignee_id)');
  await knex.raw('CREATE INDEX claims_updated_by_idx ON claims (updated_by)');
}
