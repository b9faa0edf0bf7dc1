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
  endSessionsOf,
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

/** What a form showed of the fields it sends (the account when it was opened), to tell its user's changes from others'. */
export type ShownAccount = AccountChanges;

type AccountField = keyof AccountChanges;
const ACCOUNT_FIELDS: readonly AccountField[] = ['name', 'role', 'active'];
// why: role and status together are what the account may do, decided on seeing both (promoting someone just
// deactivated, deactivating someone just made an admin), so a change of either meets a change of either made
// meanwhile; a name is no such decision, and a rename neither meets nor is met by a change of access
const DECIDED_WITH: Record<AccountField, readonly AccountField[]> = { name: ['name'], role: ['role', 'active'], active: ['role', 'active'] };

export interface AccountUpdate {
  user: UserRow;
  /** Unreviewed claims a deactivation took out of the person's queue, back to nobody. */
  claimsReleased: number;
  /** The form asked for changes the account already had (sent twice, or made meanwhile by someone else): nothing written. */
  alreadySo: boolean;
  /** The account as the form showed it, where someone else changed it meanwhile (fields the form left alone). */
  meanwhile: ShownAccount;
}

/** The form changes what someone changed since it was shown: nothing was written. */
export class AccountChangedError extends Error {
  constructor(readonly user: UserRow, readonly meanwhile: ShownAccount) {
    super('The account changed since the form was shown');
  }
}

/** The password was set again since the reset form was shown: nothing was written. */
export class PasswordSetMeanwhileError extends Error {
  constructor(readonly setAt: Date) {
    super('The password was set again since the form was shown');
  }
}

/**
 * Changes name, role or status as the form asks: a field sent as the form showed it asks for nothing, so a form left
 * open keeps another admin's change of that field. Demoting or deactivating an admin is refused when no other active
 * admin would remain. Deactivation, in the same transaction, ends the user's sessions and gives their unreviewed claims
 * back to nobody, each with its `claim.assign` event: left with someone who can no longer sign in, nobody would review
 * them.
 */
export async function updateAccount(db: Db, actor: Actor, userId: number, changes: AccountChanges, shown: ShownAccount = {}): Promise<AccountUpdate> {
  return db.transaction(async (trx) => {
    await lockAdminGuard(trx);
    const before = await findUserByIdForUpdate(trx, userId);
    if (!before) throw notFound('User');
    const asked = ACCOUNT_FIELDS.filter((f) => changes[f] !== undefined && changes[f] !== shown[f]);
    const writes = asked.filter((f) => changes[f] !== before[f]);
    const moved = ACCOUNT_FIELDS.filter((f) => shown[f] !== undefined && shown[f] !== before[f]);
    const meanwhile: ShownAccount = Object.fromEntries(moved.map((f) => [f, shown[f]]));
    if (writes.some((f) => DECIDED_WITH[f].some((g) => moved.includes(g)))) throw new AccountChangedError(before, meanwhile);
    if (writes.length === 0) return { user: before, claimsReleased: 0, alreadySo: asked.length > 0, meanwhile };
    const chosen = <F extends AccountField>(f: F) => (writes.includes(f) ? changes[f]! : before[f]);
    const next = { name: chosen('name'), role: chosen('role'), active: chosen('active') };
    const losesAdmin = before.role === 'admin' && before.active && (next.role !== 'admin' || !next.active);
    if (losesAdmin && (await otherActiveAdminIds(trx, userId)).length === 0) throw new LastAdminError();

    const after = await updateUser(trx, userId, { name: next.name, role: next.role, active: next.active });
    const deactivated = before.active && !after.active;
    if (deactivated) await endSessionsOf(trx, userId);
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
    return { user: after, claimsReleased: released.length, alreadySo: false, meanwhile };
  });
}

export const RELEASE_NOTE = 'The assignee’s account was deactivated.';

/**
 * An admin sets a new password for someone; their open sessions end and a sign-in lock on their email lifts. An admin
 * setting their own keeps the session they set it from, as changing it on their account page does.
 * `shownSetAt`: when the password was last set, as the form showed it (milliseconds). `alreadySo`: the form was sent
 * again after its reset was made (a double click), and nothing more was written.
 */
export async function resetPassword(db: Db, actor: Actor, userId: number, password: string, currentSessionId: string, shownSetAt?: number): Promise<{ alreadySo: boolean }> {
  const passwordHash = await hashPassword(password);
  const newer = await db.transaction(async (trx) => {
    const user = await findUserByIdForUpdate(trx, userId);
    if (!user) throw notFound('User');
    // why: a password set since the form was shown (another admin's reset, already handed to its owner, or the owner's
    // own change) is newer than the form; replacing it unseen would lock out whoever was given it
    if (shownSetAt !== undefined && user.password_changed_at.getTime() !== shownSetAt) {
      return { setAt: user.password_changed_at, hash: await findPasswordHash(trx, userId) };
    }
    await setPasswordHash(trx, userId, passwordHash);
    const own = userId === actor.id;
    const ended = await endSessionsOf(trx, userId, own ? currentSessionId : undefined);
    // why: a new password set for someone locked out by failed sign-ins is for using now, not in fifteen minutes
    const unlocked = await clearSignInLock(trx, user.email);
    await recordAudit(trx, {
      actorId: actor.id, action: 'user.password_reset', entityType: 'user', entityId: userId,
      after: { sessions_ended: ended, sign_in_lock_lifted: unlocked, ...(own ? { current_session_kept: true } : {}) }, ip: actor.ip,
    });
    return null;
  });
  if (!newer) return { alreadySo: false };
  // a reset sent twice (a double click) finds its own password set: done, not a conflict
  if (newer.hash && (await verifyPassword(newer.hash, password))) return { alreadySo: true };
  throw new PasswordSetMeanwhileError(newer.setAt);
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
    const ended = await endSessionsOf(trx, actor.id, currentSessionId);
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

