import { auditEventsFor, createUser, csrfFrom, getTestDb, newAgent, signIn, testApp } from '../support';

const db = getTestDb();
const app = testApp();

async function changePassword(agent: ReturnType<typeof newAgent>, form: Record<string, string>) {
  const page = await agent.get('/account');
  return agent.post('/account/password').type('form').send({ ...form, _csrf: csrfFrom(page.text) });
}

test('when a user changes their password, then the new one works, other sessions end and it is audited', async () => {
  const { user, password } = await createUser(db, { role: 'fact_checker' });
  const here = await signIn(newAgent(app), user.email, password);
  const elsewhere = await signIn(newAgent(app), user.email, password);
  const res = await changePassword(here, { current_password: password, new_password: 'my new long password', confirm_password: 'my new long password' });
  expect(res.status).toBe(303);
  expect(res.headers.location).toBe('/account');
  expect((await here.get('/account')).status).toBe(200);
  expect((await elsewhere.get('/account')).headers.location).toMatch(/^\/login/);
  await signIn(newAgent(app), user.email, 'my new long password');
  const events = (await auditEventsFor(db, 'user', user.id)).filter((e) => e.action === 'user.password_change');
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ actor_id: user.id, after: { other_sessions_ended: 1 } });
});

test('when the current password is wrong, then nothing changes and the form says so with 422', async () => {
  const { user, password } = await createUser(db);
  const agent = await signIn(newAgent(app), user.email, password);
  const res = await changePassword(agent, { current_password: 'not my password', new_password: 'my new long password', confirm_password: 'my new long password' });
  expect(res.status).toBe(422);
  expect(res.text).toContain('Your current password is not correct');
  await signIn(newAgent(app), user.email, password);
  expect((await auditEventsFor(db, 'user', user.id)).some((e) => e.action === 'user.password_change')).toBe(false);
});

test('when the current password is guessed again and again, then the guesses are limited and audited like sign-ins', async () => {
  const { user, password } = await createUser(db);
  const agent = await signIn(newAgent(app), user.email, password);
  const replies = [];
  for (let i = 0; i < 6; i++) {
    replies.push(await changePassword(agent, { current_password: `guess number ${i}`, new_password: 'my new long password', confirm_password: 'my new long password' }));
  }
  expect(replies.map((r) => r.status)).toEqual([422, 422, 422, 422, 422, 422]);
  expect(replies[5]!.text).toContain('Too many failed sign-ins');
  // the right password is refused too while the lock holds
  const right = await changePassword(agent, { current_password: password, new_password: 'my new long password', confirm_password: 'my new long password' });
  expect(right.text).toContain('Too many failed sign-ins');
  const failed = (await auditEventsFor(db, 'user', user.id)).filter((e) => e.action === 'user.password_change_failed');
  expect(failed).toHaveLength(5);
  expect(failed.at(-1)).toMatchObject({ actor_id: user.id, after: { locked: true } });
});

test('when the new passwords differ or are short, then each problem is named with 422', async () => {
  const { user, password } = await createUser(db);
  const agent = await signIn(newAgent(app), user.email, password);
  const mismatch = await changePassword(agent, { current_password: password, new_password: 'my new long password', confirm_password: 'something else entirely' });
  expect(mismatch.status).toBe(422);
  expect(mismatch.text).toContain('The two new passwords do not match');
  const short = await changePassword(agent, { current_password: password, new_password: 'short', confirm_password: 'short' });
  expect(short.status).toBe(422);
  expect(short.text).toContain('Use at least 12 characters');
});

test.each([
  ['a common password', 'password1234', 'it is a common password with a few changes'],
  ['their own name', 'martaquintana1', 'it contains the account’s name or email'],
  ['their own name with a year and a mark', 'MartaQuintana-2026!', 'it contains the account’s name or email'],
])('when the new password is %s, then it is refused with 422 saying why, and the old one still works', async (_, weak, reason) => {
  const { user, password } = await createUser(db, { name: 'Marta Quintana' });
  const agent = await signIn(newAgent(app), user.email, password);
  const res = await changePassword(agent, { current_password: password, new_password: weak, confirm_password: weak });
  expect(res.status).toBe(422);
  expect(res.text).toContain(`This password is too easy to guess: ${reason}`);
  expect(res.text).toContain('or use the suggested one.');
  expect((await auditEventsFor(db, 'user', user.id)).some((e) => e.action === 'user.password_change')).toBe(false);
  await signIn(newAgent(app), user.email, password);
});

test('when the new password is their accented name, with or without its accents, then it is refused with 422', async () => {
  const { user, password } = await createUser(db, { name: 'Zoë Ångström' });
  const agent = await signIn(newAgent(app), user.email, password);
  for (const weak of ['Zoë-Ångström-2026!', 'Zoe-Angstrom-2026!']) {
    const res = await changePassword(agent, { current_password: password, new_password: weak, confirm_password: weak });
    expect(res.status).toBe(422);
    expect(res.text).toContain('This password is too easy to guess: it contains the account’s name or email, or this app’s name.');
  }
  expect((await auditEventsFor(db, 'user', user.id)).some((e) => e.action === 'user.password_change')).toBe(false);
  await signIn(newAgent(app), user.email, password);
});

test('when the account page is shown, then it suggests a password the form accepts', async () => {
  const { user, password } = await createUser(db);
  const agent = await signIn(newAgent(app), user.email, password);
  const suggested = /Suggestion: ([A-Za-z0-9]{20})</.exec((await agent.get('/account')).text)![1]!;
  const res = await changePassword(agent, { current_password: password, new_password: suggested, confirm_password: suggested });
  expect(res.status).toBe(303);
  await signIn(newAgent(app), user.email, suggested);
});

test('when someone opens their account page, then it says who changes their name, email or role', async () => {
  const { user, password } = await createUser(db, { role: 'editor' });
  const page = await (await signIn(newAgent(app), user.email, password)).get('/account');
  expect(page.text).toContain('To change your name, email or role, ask an administrator.');
  const admin = await createUser(db, { role: 'admin' });
  const own = await (await signIn(newAgent(app), admin.user.email, admin.password)).get('/account');
  expect(own.text).toContain('ask an administrator (another one, or on your account’s page under Users).');
});
