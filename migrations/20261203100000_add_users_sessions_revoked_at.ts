import type { Knex } from 'knex';

/**
 * When every session of the account was last ended (its password set, or the account deactivated); null if never. A
 * sign-in records the value it read with the password it checked, and the per-request session look-up honours only a
 * session whose recorded value is the account's: a sign-in that checked the old password while the change ended the
 * other sessions, and saved its own just after, gets no session. Null for the accounts already here, as for the
 * sessions already signed in, which record nothing, so deploying it signs nobody out.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE users ADD COLUMN sessions_revoked_at timestamptz');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE users DROP COLUMN sessions_revoked_at');
}
