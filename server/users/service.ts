import type { Db, Trx } from '../db/knex';
import type { Role } from '../auth/permissions';
import { lockedMessage } from '../auth/passport';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { clearSignInLock, type SignInThrottle } from '../auth/throttle';
import { recordAudit, recordAuditWithParts } from '../audit/service';
import { releaseQueue } from '../claims/repository';
import type { Actor } from '../http/context';
import { notFound } from '../http/errors';
import {
  deleteSessionsOf,
  findPasswordHash,
  findUserByEmail,
  findUserByIdForUpdate,
  insertUser,
  otherActiveAdminIds,
  setPasswordHash,
  updateUser,
  type UserRow,
} from './repository';

export type AuditedUser = Pick<UserRow, 'email' | 'name' | 'role' | 'active'>;
const audited = (u: UserRow): AuditedUser => ({ email: u.email, name: u.name, role: u.role, active: u.active });

export class EmailTakenError extends Error {
  constructor() {
    super('An account with this email already exists');
  }
}

export class LastAdminError extends Error {
  constructor() {
    super('This is the last active admin: make another account an active admin first.');
  }
}

export class WrongPasswordError extends Error {
  constructor(message = 'Your current password is not correct') {
    super(message);
  }
}

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export async function createAccount(db: Db, actor: Actor | null, input: NewAccount): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (trx) => {
    if (await findUserByEmail(trx, input.email)) throw new EmailTakenError();
    const user = await insertUser(trx, { ...input, passwordHash }).catch((err: { code?: string }) => {
      throw err.code === '23505' ? new EmailTakenError() : err;
    });
    await recordAudit(trx, {
      actorId: actor?.id ?? null, action: 'user.create', entityType: 'user', entityId: user.id,
      after: audited(user), ip: actor?.ip ?? null,
    });
    return user;
  });
}

export interface AccountChanges {
  name?: string;
  role?: Role;
  active?: boolean;
}

export interface AccountUpdate {
  user: UserRow;
  /** Unreviewed claims a deactivation took out of the person's queue, back to nobody. */
  claimsReleased: number;
}

/**
 * Changes name, role or status. Demoting or deactivating an admin is refused when no other active admin would
 * remain. Deactivation, in the same transaction, ends the user's sessions and gives their unreviewed claims back to
 * nobody, each with its `claim.assign` event: left with someone who can no longer sign in, nobody would review them.
 */
export async function updateAccount(db: Db, actor: Actor, userId: number, changes: AccountChanges): Promise<AccountUpdate> {
  return db.transaction(async (trx) => {
    await lockAdminGuard(trx);
    const before = await findUserByIdForUpdate(trx, userId);
    if (!before) throw notFound('User');
    const next = { ...audited(before), ...definedOnly(changes) };
    if (next.role === before.role && next.active === before.active && next.name === before.name) return { user: before, claimsReleased: 0 };
    const losesAdmin = before.role === 'admin' && before.active && (next.role !== 'admin' || !next.active);
    if (losesAdmin && (await otherActiveAdminIds(trx, userId)).length === 0) throw new LastAdminError();

    const after = await updateUser(trx, userId, { name: next.name, role: next.role, active: next.active });
    const deactivated = before.active && !after.active;
    if (deactivated) await deleteSessionsOf(trx, userId);
    const released = deactivated ? await releaseQueue(trx, userId, actor.id) : [];
    // each claim's own history says it was given back, as part of the deactivation's event
    await recordAuditWithParts(trx, {
      actorId: actor.id, action: 'user.update', entityType: 'user', entityId: userId,
      before: audited(before), after: { ...audited(after), ...(deactivated ? { claims_released: released.length } : {}) }, ip: actor.ip,
    }, released.map(({ id, version }) => ({
      actorId: actor.id, action: 'claim.assign', entityType: 'claim', entityId: id,
      before: { assignee_id: userId, version: version - 1 }, after: { assignee_id: null, version },
      note: RELEASE_NOTE, ip: actor.ip,
    })));
    return { user: after, claimsReleased: released.length };
  });
}

export const RELEASE_NOTE = 'The assignee’s account was deactivated.';

/**
 * An admin sets a new password for someone; their open sessions end and a sign-in lock on their email lifts. An admin
 * setting their own keeps the session they set it from, as changing it on their account page does.
 */
export async function resetPassword(db: Db, actor: Actor, userId: number, password: string, currentSessionId: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (trx) => {
    const user = await findUserByIdForUpdate(trx, userId);
    if (!user) throw notFound('User');
    await setPasswordHash(trx, userId, passwordHash);
    const own = userId === actor.id;
    const ended = await deleteSessionsOf(trx, userId, own ? currentSessionId : undefined);
    // why: a new password set for someone locked out by failed sign-ins is for using now, not in fifteen minutes
    const unlocked = await clearSignInLock(trx, user.email);
    await recordAudit(trx, {
      actorId: actor.id, action: 'user.password_reset', entityType: 'user', entityId: userId,
      after: { sessions_ended: ended, sign_in_lock_lifted: unlocked, ...(own ? { current_session_kept: true } : {}) }, ip: actor.ip,
    });
  });
}

/** A user changes their own password; their other sessions end, this one stays. */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  current: string,
  next: string,
  currentSessionId: string,
  guard: { throttle: SignInThrottle; email: string },
): Promise<void> {
  // why: the current password is a password guess like a sign-in: counted and limited the same way, and audited, or
  // a stolen session could try passwords without limit or trace
  const { throttle, email } = guard;
  const ip = actor.ip ?? 'unknown';
  const lockedFor = await throttle.admit(email, ip);
  if (lockedFor > 0) throw new WrongPasswordError(lockedMessage(lockedFor));
  const hash = await findPasswordHash(db, actor.id);
  if (!hash || !(await verifyPassword(hash, current))) {
    const nowLocked = await db.transaction(async (trx) => {
      const locked = await throttle.recordFailure(email, ip, trx);
      await recordAudit(trx, {
        actorId: actor.id, action: 'user.password_change_failed', entityType: 'user', entityId: actor.id,
        after: { reason: 'wrong_current_password', locked: locked > 0 }, ip: actor.ip,
      });
      return locked;
    });
    throw new WrongPasswordError(nowLocked > 0 ? lockedMessage(nowLocked) : undefined);
  }
  await throttle.recordSuccess(email, ip);
  const passwordHash = await hashPassword(next);
  await db.transaction(async (trx) => {
    await setPasswordHash(trx, actor.id, passwordHash);
    const ended = await deleteSessionsOf(trx, actor.id, currentSessionId);
    await recordAudit(trx, {
      actorId: actor.id, action: 'user.password_change', entityType: 'user', entityId: actor.id,
      after: { other_sessions_ended: ended }, ip: actor.ip,
    });
  });
}

/** Serialises every change that could leave the newsroom without an active admin. */
async function lockAdminGuard(trx: Trx): Promise<void> {
  await trx.raw(`SELECT pg_advisory_xact_lock(hashtext('users.last_admin_guard'))`);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

