import { randomBytes } from 'node:crypto';
import type { Db } from '../../server/db/knex';
import type { Role } from '../../server/auth/permissions';
import { hashPassword } from '../../server/auth/passwords';
import { insertUser, type UserRow } from '../../server/users/repository';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}@example.test`;
}

// Hashing is the slow part of making users; tests reuse one hash per password.
const hashes = new Map<string, Promise<string>>();
const hashFor = (password: string) => {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
};

export const DEFAULT_TEST_PASSWORD = 'correct horse battery staple';

export interface TestUserOptions {
  role?: Role;
  active?: boolean;
  email?: string;
  name?: string;
  password?: string;
}

/** Inserts an account directly (no audit event) with a unique email. */
export async function createUser(db: Db, opts: TestUserOptions = {}): Promise<{ user: UserRow; password: string }> {
  const role = opts.role ?? 'fact_checker';
  const password = opts.password ?? DEFAULT_TEST_PASSWORD;
  const user = await insertUser(db, {
    email: opts.email ?? uniqueEmail(role.replace('_', '-')),
    name: opts.name ?? `Test ${role.replace('_', ' ')}`,
    role,
    passwordHash: await hashFor(password),
    active: opts.active ?? true,
  });
  return { user, password };
}
