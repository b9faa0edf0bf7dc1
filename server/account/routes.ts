import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Db } from '../db/knex';
import { generatePassword, newPasswordFor } from '../auth/passwords';
import type { KnownAbout } from '../auth/password-strength';
import { ROLE_LABELS } from '../auth/permissions';
import type { SignInThrottle } from '../auth/throttle';
import { actorOf } from '../http/context';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';
import { parseForm, type FieldErrors } from '../http/validation';
import { findUserById } from '../users/repository';
import { changeOwnPassword, WrongPasswordError } from '../users/service';

const passwordForm = (account: KnownAbout) => z
  .object({
    current_password: z.string().min(1, 'Enter your current password').max(1000),
    new_password: newPasswordFor(account),
    confirm_password: z.string(),
  })
  .refine((f) => f.new_password === f.confirm_password, {
    message: 'The two new passwords do not match',
    path: ['confirm_password'],
  })
  .refine((f) => f.new_password !== f.current_password, {
    message: 'Choose a password different from the current one',
    path: ['new_password'],
  });

export function accountRouter(db: Db, throttle: SignInThrottle) {
  const r = secureRouter();

  const render = async (req: Request, res: Response, status = 200, errors: FieldErrors = {}) => {
    const account = await findUserById(db, req.user!.id);
    res.status(status).render('account/show', {
      title: 'Your account', account, roleLabels: ROLE_LABELS, errors, suggestedPassword: generatePassword(),
    });
  };

  r.get('/account', 'update:own-account', (req, res) => render(req, res));

  r.post('/account/password', 'update:own-account', async (req, res) => {
    const form = parseForm(passwordForm(req.user!), req.body);
    if (!form.ok) return render(req, res, 422, form.errors);
    try {
      await changeOwnPassword(db, actorOf(req), form.data.current_password, form.data.new_password, req.sessionID, { throttle, email: req.user!.email });
    } catch (err) {
      if (!(err instanceof WrongPasswordError)) throw err;
      return render(req, res, 422, { current_password: err.message });
    }
    flash(req, 'success', 'Your password has been changed. Other devices have been signed out.');
    res.redirect(303, '/account');
  });

  return r.router;
}
