import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { z } from 'zod';
import type { Db } from '../db/knex';
import { recordAudit } from '../audit/service';
import { markSignedIn } from '../users/repository';
import { flash } from '../http/flash';
import { secureRouter, PUBLIC } from '../http/secure-router';
import { parseForm, safeLocalPath } from '../http/validation';
import type { PassportInstance } from './passport';
import { SESSION_COOKIE, SESSION_TABLE } from './session-store';
import type { SessionUser } from './types';

export const NOT_AN_EMAIL = 'Enter the email address of your account, like name@example.org';

// why: every account's email passed this same check when it was created, so anything else is no account's; a password
// typed into the email box is refused here, before it could be counted, stored as a lock key or written into the audit
// trail (which is never rewritten), and it is not shown again on the page
const signInForm = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(254, 'That email address is too long').pipe(z.email(NOT_AN_EMAIL)),
  password: z.string().min(1, 'Enter your password').max(1000, 'That password is too long'),
  next: z.string().optional(),
});

/**
 * Whether the browser sent the cookie of a session the database no longer holds: ended by a sign-out on another page,
 * by an administrator's deactivation or password reset, or by its time running out on the server first. The session
 * middleware has then begun another under a new id. (The cookie's signature is not checked here: a forged one only
 * earns the sign-in page a notice.) A browser drops the cookie itself when it expires, so an ordinary expiry often
 * leaves nothing to tell.
 */
function heldEndedSession(req: Request): boolean {
  const value = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
  if (!value) return false;
  const dot = value.lastIndexOf('.');
  return value.startsWith('s:') && dot > 2 && value.slice(2, dot) !== req.sessionID;
}

/** `signInPage` limits views of the sign-in page by visitors not signed in (see http/rate-limit.ts). */
export function authRouter(db: Db, passport: PassportInstance, signInPage: RequestHandler) {
  const r = secureRouter();

  r.get('/login', PUBLIC, signInPage, (req, res) => {
    if (req.user) return res.redirect(303, safeLocalPath(req.query.next));
    res.render('auth/login', { title: 'Sign in', errors: {}, values: { next: req.query.next ?? '' }, sessionEnded: heldEndedSession(req) });
  });

  r.post('/login', PUBLIC, (req: Request, res: Response, next: NextFunction) => {
    const form = parseForm(signInForm, req.body);
    if (!form.ok) {
      const values = form.errors.email ? { ...form.values, email: '' } : form.values;
      return res.status(422).render('auth/login', { errors: form.errors, values });
    }
    passport.authenticate('local', (err: unknown, user: SessionUser | false, info?: { message?: string }) => {
      if (err) return next(err);
      if (!user) {
        return res.status(422).render('auth/login', {
          errors: { _form: info?.message ?? 'Sign-in failed' },
          values: { email: form.data.email, next: form.data.next ?? '' },
        });
      }
      // passport regenerates the session here, so the pre-sign-in session id is never reused
      req.logIn(user, (loginErr) => {
        if (loginErr) return next(loginErr);
        db.transaction(async (trx) => {
          await markSignedIn(trx, user.id);
          await recordAudit(trx, {
            actorId: user.id, action: 'user.sign_in', entityType: 'user', entityId: user.id, ip: req.ip ?? null,
          });
        })
          .then(() => {
            flash(req, 'success', `Signed in as ${user.name}.`);
            res.redirect(303, safeLocalPath(form.data.next));
          })
          .catch(next);
      });
    })(req, res, next);
  });

  r.post('/logout', PUBLIC, async (req: Request, res: Response, next: NextFunction) => {
    const user = req.user;
    if (user) {
      // the stored session ends in the same transaction as its audit event
      await db.transaction(async (trx) => {
        await trx(SESSION_TABLE).where({ sid: req.sessionID }).del();
        await recordAudit(trx, {
          actorId: user.id, action: 'user.sign_out', entityType: 'user', entityId: user.id, ip: req.ip ?? null,
        });
      });
    }
    // why: passport's req.logout saves a new, empty session in place of the old one, a row kept twelve hours for a
    // browser that is signed out; the session is dropped instead, and the notice travels in the flash cookie
    req.session.destroy((err) => {
      if (err) return next(err);
      res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
      flash(req, 'info', 'You have signed out.');
      res.redirect(303, '/login');
    });
  });

  return r.router;
}
