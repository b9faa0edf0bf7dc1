import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { guessablePassword, type KnownAbout } from './password-strength';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** A password someone chooses: long enough, and more than spaces (twelve spaces had been accepted). */
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters`)
  .refine((p) => p.trim() !== '', 'Use characters other than spaces');

/**
 * A password chosen for an existing account: newPassword's rules, then hard to guess for someone who knows the
 * account. `orElse` ends the refusal's advice (see guessablePassword).
 */
export function newPasswordFor(account: KnownAbout, orElse?: string) {
  return newPassword.superRefine((password, ctx) => {
    const problem = guessablePassword(password, account, orElse);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }, { when: (payload) => payload.issues.length === 0 });
}

type NamedPasswordForm = { name?: unknown; email?: unknown; password?: unknown };
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * For a form that names the account beside its new password (a new account): once newPassword has taken the password,
 * it must be hard to guess for someone who knows that name and email, as the form gives them.
 */
export function passwordHardToGuess<F extends NamedPasswordForm>(orElse?: string) {
  return z.superRefine<F>((form, ctx) => {
    const password = text(form.password);
    const problem = password === undefined ? null : guessablePassword(password, { name: text(form.name), email: text(form.email) }, orElse);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['password'] });
  }, { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'password') });
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real check, so a missing account is not told apart by timing. */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** 20 characters from a 56-symbol alphabet without look-alikes: about 116 bits. */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    const b = bytes[i]!;
    // rejection sampling keeps every symbol equally likely
    if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
  }
  return out.length === length ? out : generatePassword(length);
}
