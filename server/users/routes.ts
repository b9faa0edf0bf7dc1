import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Db } from '../db/knex';
import { ROLES, ROLE_LABELS } from '../auth/permissions';
import { generatePassword, newPassword, newPasswordFor, passwordHardToGuess } from '../auth/passwords';
import { actorOf } from '../http/context';
import { notFound } from '../http/errors';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';
import { cleanName, parseForm, type FieldErrors } from '../http/validation';
import { accountEmail, accountName } from './inputs';
import { findUserById, listUsers, type UserRow } from './repository';
import { accountConflictWords, changedWords, passwordConflictWords, rebasedDetails, renderEdit } from './pages';
import {
  AccountChangedError, createAccount, EmailTakenError, LastAdminError, PasswordSetMeanwhileError, resetPassword, updateAccount,
  type ShownAccount,
} from './service';

const role = z.enum(ROLES, 'Choose a role');

// in the order the form shows its fields, which is the order its error summary lists them in
const createForm = z.object({ name: accountName, email: accountEmail, role, password: newPassword }).check(passwordHardToGuess());

const yesNo = z.enum(['true', 'false'], 'Choose active or deactivated');
/** What the form showed; one that does not parse tells nothing, as if the form had not said. */
const shownAs = <T>(schema: z.ZodType<T>) => schema.optional().catch(undefined);

const updateForm = z
  .object({
    name: accountName.optional(),
    role: role.optional(),
    active: yesNo.optional(),
    was_name: shownAs(z.string().transform(cleanName)),
    was_role: shownAs(role),
    was_active: shownAs(yesNo),
  })
  .refine((f) => f.name !== undefined || f.role !== undefined || f.active !== undefined, {
    message: 'Nothing to change',
    path: ['_form'],
  });

const resetForm = (account: UserRow) =>
  z.object({ password: newPasswordFor(account), was_password_set: shownAs(z.string().regex(/^\d{1,15}$/).transform(Number)) });

const userId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** What a deactivation did to the person's queue, after the confirmation that it was saved. */
function releasedWords(released: number): string {
  if (released === 0) return '';
  return released === 1
    ? ' The unreviewed claim assigned to them is unassigned again, for anyone to review.'
    : ` The ${released.toLocaleString('en')} unreviewed claims assigned to them are unassigned again, for anyone to review.`;
}

export function adminUsersRouter(db: Db) {
  const r = secureRouter();

  const renderList = async (req: Request, res: Response, status = 200, errors: FieldErrors = {}, values: object = {}) => {
    const users = await listUsers(db);
    res.status(status).render('admin/users', {
      title: 'Users', users, roles: ROLES, roleLabels: ROLE_LABELS, errors,
      values: { role: 'fact_checker', ...values }, suggestedPassword: generatePassword(),
    });
  };

  const parseId = (req: Request) => {
    const id = userId.safeParse(req.params.id);
    if (!id.success) throw notFound('User');
    return id.data;
  };

  r.get('/admin/users', 'manage:users', (req, res) => renderList(req, res));

  r.post('/admin/users', 'manage:users', async (req, res) => {
    const form = parseForm(createForm, req.body);
    if (!form.ok) return renderList(req, res, 422, form.errors, form.values);
    try {
      const user = await createAccount(db, actorOf(req), form.data);
      flash(req, 'success', `Created ${ROLE_LABELS[user.role].toLowerCase()} account for ${user.email}.`);
      res.redirect(303, '/admin/users');
    } catch (err) {
      if (!(err instanceof EmailTakenError)) throw err;
      const { password: _omit, ...values } = form.data;
      await renderList(req, res, 422, { email: err.message }, values);
    }
  });

  r.get('/admin/users/:id', 'manage:users', (req, res) => renderEdit(db, req, res, parseId(req)));

  r.post('/admin/users/:id', 'manage:users', async (req, res) => {
    const id = parseId(req);
    const form = parseForm(updateForm, req.body);
    if (!form.ok) return renderEdit(db, req, res, id, { status: 422, errors: form.errors, values: form.values });
    const { name, role, active, was_name, was_role, was_active } = form.data;
    const changes = { name, role, active: active === undefined ? undefined : active === 'true' };
    const shown: ShownAccount = { name: was_name, role: was_role, active: was_active === undefined ? undefined : was_active === 'true' };
    try {
      const { user, claimsReleased, alreadySo, meanwhile } = await updateAccount(db, actorOf(req), id, changes, shown);
      const state = `${ROLE_LABELS[user.role]}, ${user.active ? 'active' : 'deactivated'}.`;
      // why: an 'info' notice, not a success, when nothing was saved; and a change another admin made meanwhile to what
      // this form left alone is named, or this admin would take the account to be as their form showed it
      const changedMeanwhile = Object.keys(meanwhile).length ? ` Changed meanwhile: ${changedWords(meanwhile, user)}.` : '';
      if (alreadySo) flash(req, 'info', `${user.email} already reads as you sent it; nothing was saved: ${state}${changedMeanwhile}`);
      else flash(req, 'success', `Saved ${user.email}: ${state}${releasedWords(claimsReleased)}${changedMeanwhile}`);
      // an admin who just gave up their own admin rights can no longer see this page
      const stillAdmin = user.id !== req.user?.id || (user.role === 'admin' && user.active);
      res.redirect(303, stillAdmin ? `/admin/users/${id}` : '/');
    } catch (err) {
      if (err instanceof AccountChangedError) {
        const words = await accountConflictWords(db, err.user, err.meanwhile, changes);
        return renderEdit(db, req, res, id, { status: 409, errors: { _form: words }, values: rebasedDetails(changes, shown, err.user) });
      }
      if (!(err instanceof LastAdminError)) throw err;
      await renderEdit(db, req, res, id, { status: 409, errors: { _form: err.message }, values: form.data });
    }
  });

  r.post('/admin/users/:id/password', 'manage:users', async (req, res) => {
    const id = parseId(req);
    const account = await findUserById(db, id);
    if (!account) throw notFound('User');
    const form = parseForm(resetForm(account), req.body);
    const passwordShown = typeof req.body?.was_password_set === 'string' ? req.body.was_password_set : undefined;
    if (!form.ok) return renderEdit(db, req, res, id, { status: 422, errors: form.errors, passwordShown });
    try {
      const { alreadySo } = await resetPassword(db, actorOf(req), id, form.data.password, req.sessionID, form.data.was_password_set);
      const own = id === req.user?.id;
      flash(req, alreadySo ? 'info' : 'success', alreadySo ? 'The password is already the one you sent; nothing was saved.' : own
        ? 'Your password has been reset. Your other sessions have ended; this one stays signed in.'
        : 'Password reset. Give the new password to its owner; their open sessions have ended.');
      res.redirect(303, `/admin/users/${id}`);
    } catch (err) {
      if (!(err instanceof PasswordSetMeanwhileError)) throw err;
      await renderEdit(db, req, res, id, { status: 409, errors: { password: await passwordConflictWords(db, id, err.setAt) } });
    }
  });

  return r.router;
}
