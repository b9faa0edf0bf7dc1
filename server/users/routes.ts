import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Db } from '../db/knex';
import { ROLES, ROLE_LABELS } from '../auth/permissions';
import { generatePassword, newPassword } from '../auth/passwords';
import { actorOf } from '../http/context';
import { notFound } from '../http/errors';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';
import { cleanName, nameProblem, parseForm, type FieldErrors } from '../http/validation';
import { countQueue } from '../claims/repository';
import { findUserById, listUsers } from './repository';
import { createAccount, EmailTakenError, LastAdminError, resetPassword, updateAccount } from './service';

const password = newPassword;
const name = z.string().transform(cleanName).superRefine((n, ctx) => {
  const problem = nameProblem(n);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const role = z.enum(ROLES, 'Choose a role');

// in the order the form shows its fields, which is the order its error summary lists them in
const createForm = z.object({
  name,
  email: z.string().trim().toLowerCase().pipe(z.email('Enter an email address like name@example.org').max(254)),
  role,
  password,
});

const updateForm = z
  .object({
    name: name.optional(),
    role: role.optional(),
    active: z.enum(['true', 'false'], 'Choose active or deactivated').optional(),
  })
  .refine((f) => f.name !== undefined || f.role !== undefined || f.active !== undefined, {
    message: 'Nothing to change',
    path: ['_form'],
  });

const resetForm = z.object({ password });

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

  const renderEdit = async (req: Request, res: Response, id: number, status = 200, errors: FieldErrors = {}, values: object = {}) => {
    const user = await findUserById(db, id);
    if (!user) throw notFound('User');
    res.status(status).render('admin/user', {
      title: user.name, user, roles: ROLES, roleLabels: ROLE_LABELS, errors,
      values: { name: user.name, role: user.role, ...values }, isSelf: req.user?.id === user.id,
      suggestedPassword: generatePassword(), queued: user.active ? await countQueue(db, id) : 0,
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

  r.get('/admin/users/:id', 'manage:users', (req, res) => renderEdit(req, res, parseId(req)));

  r.post('/admin/users/:id', 'manage:users', async (req, res) => {
    const id = parseId(req);
    const form = parseForm(updateForm, req.body);
    if (!form.ok) return renderEdit(req, res, id, 422, form.errors, form.values);
    const { active, ...rest } = form.data;
    try {
      const { user, claimsReleased } = await updateAccount(db, actorOf(req), id, {
        ...rest,
        active: active === undefined ? undefined : active === 'true',
      });
      flash(req, 'success', `Saved ${user.email}: ${ROLE_LABELS[user.role]}, ${user.active ? 'active' : 'deactivated'}.${releasedWords(claimsReleased)}`);
      // an admin who just gave up their own admin rights can no longer see this page
      const stillAdmin = user.id !== req.user?.id || (user.role === 'admin' && user.active);
      res.redirect(303, stillAdmin ? `/admin/users/${id}` : '/');
    } catch (err) {
      if (!(err instanceof LastAdminError)) throw err;
      await renderEdit(req, res, id, 409, { _form: err.message }, form.data);
    }
  });

  r.post('/admin/users/:id/password', 'manage:users', async (req, res) => {
    const id = parseId(req);
    const form = parseForm(resetForm, req.body);
    if (!form.ok) return renderEdit(req, res, id, 422, form.errors);
    await resetPassword(db, actorOf(req), id, form.data.password, req.sessionID);
    const own = id === req.user?.id;
    flash(req, 'success', own
      ? 'Your password has been reset. Your other sessions have ended; this one stays signed in.'
      : 'Password reset. Give the new password to its owner; their open sessions have ended.');
    res.redirect(303, `/admin/users/${id}`);
  });

  return r.router;
}
