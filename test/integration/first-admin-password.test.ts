import { ConfigError } from '../../server/config';
import { ensureFirstAdmin } from '../../server/users/bootstrap';
import { countUsers } from '../../server/users/repository';
import { isolatedDatabase, type IsolatedDatabase } from '../support';

// the first admin is made only in a database without accounts, so this needs one of its own
let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await isolatedDatabase();
}, 120_000);
afterAll(() => iso?.close());

describe('the first admin’s ADMIN_PASSWORD', () => {
  test.each([
    ['a common password', 'password1234', 'it is a common password with a few changes'],
    ['built on its email', 'desk.chief2025', 'it contains the account’s name or email, or this app’s name'],
    ['its email’s name with a year and a mark', 'Desk.Chief-2026!', 'it contains the account’s name or email, or this app’s name'],
  ])('when it is %s, then the start stops naming ADMIN_PASSWORD and why, and no account is made', async (_, password, reason) => {
    const made = ensureFirstAdmin(iso.db, { email: 'desk.chief@example.org', password });
    await expect(made).rejects.toBeInstanceOf(ConfigError);
    await expect(made).rejects.toThrow(`ADMIN_PASSWORD: This password is too easy to guess: ${reason}. Add more words, less common ones, or leave ADMIN_PASSWORD unset to have one generated.`);
    expect(await countUsers(iso.db)).toBe(0);
    expect(await iso.db('audit_events').where({ action: 'user.create' })).toEqual([]);
  });

  test('when it is hard to guess, then the first admin is made with it', async () => {
    const made = await ensureFirstAdmin(iso.db, { email: 'desk.chief@example.org', password: 'lantern orchard velvet 7' });
    expect(made).toMatchObject({ user: { email: 'desk.chief@example.org', role: 'admin' }, generatedPassword: null });
  });
});
