import { generatePassword, hashPassword, verifyPassword } from '../../server/auth/passwords';

test('when a password is hashed, then it is argon2id and only the same password verifies', async () => {
  const hash = await hashPassword('a long enough secret');
  expect(hash.startsWith('$argon2id$')).toBe(true);
  expect(await verifyPassword(hash, 'a long enough secret')).toBe(true);
  expect(await verifyPassword(hash, 'a long enough secreT')).toBe(false);
});

test('when a stored hash is malformed, then verification fails instead of throwing', async () => {
  expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
});

test('when passwords are generated, then they are 20 unambiguous characters and differ', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const p = generatePassword();
    expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    seen.add(p);
  }
  expect(seen.size).toBe(200);
});
