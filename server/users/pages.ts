import type { Request, Response } from 'express';
import type { Db } from '../db/knex';
import { ROLES, ROLE_LABELS } from '../auth/permissions';
import { generatePassword } from '../auth/passwords';
import { changeLines } from '../audit/changes';
import { NOBODY } from '../audit/change-words';
import { notFound } from '../http/errors';
import type { FieldErrors } from '../http/validation';
import { countQueue } from '../claims/repository';
import { signInLockedUntil } from '../auth/throttle';
import { findUserById, lastAccountEvent, normaliseEmail, type UserRow } from './repository';
import type { AccountChanges, ShownAccount } from './service';

export interface EditPageState {
  status?: number;
  errors?: FieldErrors;
  /** The name and role form's boxes, and the `was_…` values it showed, when it comes back. */
  values?: Record<string, unknown>;
  /** When the password was last set as the reset form showed it, kept when that form comes back with an error. */
  passwordShown?: string;
}

/** The account's page; a form's 422 or 409 re-renders it with that form's input and errors in place. */
export async function renderEdit(db: Db, req: Request, res: Response, id: number, state: EditPageState = {}): Promise<void> {
  const user = await findUserById(db, id);
  if (!user) throw notFound('User');
  res.status(state.status ?? 200).render('admin/user', {
    title: user.name, user, roles: ROLES, roleLabels: ROLE_LABELS, errors: state.errors ?? {},
    values: { ...shownDetails(user), ...definedOnly(state.values ?? {}) }, isSelf: req.user?.id === user.id,
    passwordShown: state.passwordShown ?? String(user.password_changed_at.getTime()),
    suggestedPassword: generatePassword(), queued: user.active ? await countQueue(db, id) : 0,
    // (the key sign-in counts under: the email as typed, normalised as the sign-in form normalises it)
    signInLockedUntil: await signInLockedUntil(db, normaliseEmail(user.email)),
  });
}

/**
 * The name and role boxes as the account has them, each also carried as what the form showed (`was_…`), with the
 * status the page showed beside them.
 */
export const shownDetails = (u: Pick<UserRow, 'name' | 'role' | 'active'>) => ({ name: u.name, role: u.role, was_name: u.name, was_role: u.role, was_active: String(u.active) });

/**
 * A name and role form sent again from its conflict page changes only what this admin changed: a box left as it
 * was shown now shows the account as it is, one they changed keeps their input, and the form remembers the account as
 * it is now as what it showed.
 */
export function rebasedDetails(changes: AccountChanges, shown: ShownAccount, now: UserRow): Record<string, unknown> {
  const values: Record<string, unknown> = shownDetails(now);
  if (changes.name !== undefined && changes.name !== shown.name) values.name = changes.name;
  if (changes.role !== undefined && changes.role !== shown.role) values.role = changes.role;
  return values;
}

const definedOnly = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const when = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** "Role: Admin → Fact-checker; Status: Active → Deactivated": the account as the form showed it, and now. */
export function changedWords(meanwhile: ShownAccount, now: UserRow): string {
  return changeLines('user.update', meanwhile, { name: now.name, role: now.role, active: now.active }, NOBODY).join('; ');
}

/** " (by Ana Silva, 2026-12-01 10:02 UTC)": the last of these actions on the account, when the trail has one. */
async function byWhom(db: Db, userId: number, actions: string[]): Promise<string> {
  const last = await lastAccountEvent(db, userId, actions);
  return last ? ` (by ${last.actor_name ?? 'someone'}, ${when(last.occurred_at)})` : '';
}

/** What the conflict page of an account form says: what changed meanwhile, by whom, and that nothing was saved. */
export async function accountConflictWords(db: Db, now: UserRow, meanwhile: ShownAccount, changes: AccountChanges): Promise<string> {
  const changed = `This account changed since you opened the page: ${changedWords(meanwhile, now)}${await byWhom(db, now.id, ['user.update'])}.`;
  if (changes.active !== undefined) {
    const what = changes.active ? 'reactivation' : 'deactivation';
    return `${changed} Your ${what} was not saved. The page shows the account as it is now: press the button again if it should still be ${changes.active ? 'reactivated' : 'deactivated'}.`;
  }
  return `${changed} Nothing was saved. The page shows the account as it is now, with your changes in the form, to send again if they still hold.`;
}

/** What the conflict page of a password reset says: who set the password since the form was shown. */
export async function passwordConflictWords(db: Db, userId: number, setAt: Date): Promise<string> {
  const last = await lastAccountEvent(db, userId, ['user.password_reset', 'user.password_change']);
  const how = !last ? 'was set again'
    : last.action === 'user.password_change' ? 'was changed by its owner' : `was reset by ${last.actor_name ?? 'someone'}`;
  return `The password ${how} on ${when(last?.occurred_at ?? setAt)}, after you opened this page. Nothing was saved: if it should still be replaced, give a new one below.`;
}
