import type { Db } from '../db/knex';
import { generatePassword, hashPassword, newPasswordFor } from '../auth/passwords';
import { ConfigError } from '../config';
import { recordAudit } from '../audit/service';
import { countUsers, insertUser, type UserRow } from './repository';

export const DEFAULT_ADMIN_EMAIL = 'admin@verbatim.local';
const ADMIN_NAME = 'Administrator';

export interface FirstAdmin {
  user: UserRow;
  /** Set only when the password was generated here and must be shown once. */
  generatedPassword: string | null;
}

/**
 * Creates the first admin when the database has no accounts at all; an ADMIN_PASSWORD the account forms would refuse
 * stops it (ConfigError) before anything is written. Serialised by an advisory
 * lock so two processes starting together create one admin, not two.
 */
export async function ensureFirstAdmin(
  db: Db,
  given: { email: string | null; password: string | null },
): Promise<FirstAdmin | null> {
  if ((await countUsers(db)) > 0) return null;
  const email = given.email ?? DEFAULT_ADMIN_EMAIL;
  if (given.password) {
    const chosen = newPasswordFor({ name: ADMIN_NAME, email }, 'leave ADMIN_PASSWORD unset to have one generated').safeParse(given.password);
    if (!chosen.success) throw new ConfigError(`ADMIN_PASSWORD: ${chosen.error.issues[0]!.message}`);
  }
  const generatedPassword = given.password ? null : generatePassword();
  const passwordHash = await hashPassword(given.password ?? generatedPassword!);
  return db.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(hashtext('users.first_admin'))`);
    if ((await countUsers(trx)) > 0) return null;
    const user = await insertUser(trx, {
      email,
      name: ADMIN_NAME,
      role: 'admin',
      passwordHash,
    });
    await recordAudit(trx, {
      actorId: null, action: 'user.create', entityType: 'user', entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, active: user.active },
      note: 'first admin, created at start-up',
    });
    return { user, generatedPassword };
  });
}
