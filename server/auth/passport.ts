import type { Request } from 'express';
import { Authenticator } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { Db } from '../db/knex';
import { recordAudit } from '../audit/service';
import { findCredentials, normaliseEmail } from '../users/repository';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { accountLoadedWith, signedInAsOf } from './session-store';
import type { SignInThrottle } from './throttle';
import type { SessionUser } from './types';

export const WRONG_CREDENTIALS = 'That email and password do not match an active account.';
export const lockedMessage = (seconds: number) =>
  `Too many failed sign-ins. Try again in ${Math.max(1, Math.ceil(seconds / 60))} minute${seconds > 60 ? 's' : ''}.`;

export type PassportInstance = InstanceType<typeof Authenticator>;

export const toSessionUser = (u: SessionUser): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });

/** An account whose password a sign-in has just checked, with the revocation of its sessions it was checked after. */
type CheckedAccount = SessionUser & { sessionsRevokedAt: Date | null };

/**
 * One passport instance per app. Unknown emails and inactive accounts pay for a full argon2 verification, so neither
 * the message nor the time tells them from wrong passwords; a locked key says so, for any email.
 */
export function createPassport(db: Db, throttle: SignInThrottle): PassportInstance {
  const passport = new Authenticator();

  passport.use(
    new LocalStrategy(
      { usernameField: 'email', passwordField: 'password', passReqToCallback: true },
      (req, rawEmail, password, done) => {
        const email = normaliseEmail(rawEmail);
        const ip = req.ip ?? 'unknown';
        (async () => {
          const lockedFor = await throttle.admit(email, ip);
          // why: a locked key gets no password check at all: the answer is the same whatever the password, and a
          // flood of refused attempts must not cost a hash each
          const account = lockedFor > 0 ? undefined : await findCredentials(db, email);
          const ok = lockedFor > 0 ? false : account
            ? (await verifyPassword(account.password_hash, password)) && account.active
            : await burnPasswordCheck(password);
          if (ok && account) {
            await throttle.recordSuccess(email, ip);
            const checked: CheckedAccount = { ...toSessionUser(account), sessionsRevokedAt: account.sessions_revoked_at };
            return done(null, checked);
          }
          const reason = lockedFor > 0 ? 'locked' : !account ? 'unknown_email' : !account.active ? 'inactive' : 'wrong_password';
          const nowLocked = await db.transaction(async (trx) => {
            const locked = lockedFor > 0 ? lockedFor : await throttle.recordFailure(email, ip, trx);
            await recordAudit(trx, {
              actorId: null,
              action: 'user.sign_in_failed',
              entityType: 'user',
              entityId: account?.id ?? null,
              after: { email, reason, locked: locked > 0 },
              ip,
            });
            return locked;
          });
          done(null, false, { message: nowLocked > 0 ? lockedMessage(nowLocked) : WRONG_CREDENTIALS });
        })().catch(done);
      },
    ),
  );

  // Called once a sign-in's new session exists, before its one save: it records what the password was checked after,
  // so a revocation committed meanwhile leaves it no session (see AccountSessionStore).
  passport.serializeUser<number, Request>((req, user, done) => {
    if (!('sessionsRevokedAt' in user)) return done(new Error('A sign-in must give the account as its password was checked'));
    signedInAsOf(req.session, (user as CheckedAccount).sessionsRevokedAt);
    done(null, user.id);
  });

  // The account comes fresh from the database with the session itself (AccountSessionStore), so a deactivation
  // or role change applies on the next request without a query of its own.
  passport.deserializeUser<number, Request>((req, id, done) => done(null, accountLoadedWith(req, id)));

  return passport;
}
