import type { SessionData } from 'express-session';
import request from 'supertest';
import { AccountSessionStore } from '../../server/auth/session-store';
import { createUser, csrfFrom, csrfToken, getTestDb, newAgent, sessionCookie, signIn, testApp, type Agent } from '../support';

const db = getTestDb();
const app = testApp();
afterEach(() => jest.restoreAllMocks());

/**
 * Holds the next session save of account `userId` (a sign-in's, which comes after its password check) until
 * `release` is called; `reached` resolves once the save is waiting.
 */
function holdNextSessionSave(userId: number) {
  const set = AccountSessionStore.prototype.set;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => { release = resolve; });
  let reached: () => void = () => undefined;
  const waiting = new Promise<void>((resolve) => { reached = resolve; });
  let held = false;
  jest.spyOn(AccountSessionStore.prototype, 'set').mockImplementation(function (this: AccountSessionStore, sid, sess, callback) {
    const user = (sess as SessionData & { passport?: { user?: number } }).passport?.user;
    if (held || user !== userId) return set.call(this, sid, sess, callback);
    held = true;
    reached();
    void released.then(() => set.call(this, sid, sess, callback));
  });
  return { reached: waiting, release };
}

/** A sign-in through the form with `password`, started now; resolves with the session cookie it was given. */
function startSignIn(email: string, password: string): Promise<string> {
  return (async () => {
    const agent = newAgent(app);
    const _csrf = await csrfToken(agent, '/login');
    const res = await agent.post('/login').type('form').send({ email, password, _csrf });
    expect(res.status).toBe(303);
    return sessionCookie(res)!.split(';')[0]!;
  })();
}

async function adminAgent(): Promise<Agent> {
  const { user, password } = await createUser(db, { role: 'admin' });
  return signIn(newAgent(app), user.email, password);
}

async function postForm(agent: Agent, page: string, path: string, form: Record<string, string>) {
  const shown = await agent.get(page);
  const res = await agent.post(path).type('form').send({ ...form, _csrf: csrfFrom(shown.text) });
  expect(res.status).toBe(303);
}

const NEW_PASSWORD = 'lantern orchard velvet 7';

type Revocation = (victim: { id: number; email: string; password: string }) => Promise<void>;

const revocations: [string, Revocation][] = [
  ['its owner changes the password on another device', async ({ email, password }) => {
    const other = await signIn(newAgent(app), email, password);
    await postForm(other, '/account', '/account/password', { current_password: password, new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });
  }],
  ['an admin resets the password', async ({ id }) => {
    await postForm(await adminAgent(), `/admin/users/${id}`, `/admin/users/${id}/password`, { password: NEW_PASSWORD });
  }],
  ['an admin deactivates the account, and later reactivates it', async ({ id }) => {
    const admin = await adminAgent();
    await postForm(admin, `/admin/users/${id}`, `/admin/users/${id}`, { active: 'false' });
    await postForm(admin, `/admin/users/${id}`, `/admin/users/${id}`, { active: 'true' });
  }],
];

describe('a sign-in racing the end of the account’s sessions', () => {
  test.each(revocations)('when %s between a sign-in’s password check and its session save, then that session does not work', async (_, revoke) => {
    const { user, password } = await createUser(db);
    const hold = holdNextSessionSave(user.id);
    const signingIn = startSignIn(user.email, password);
    await hold.reached;

    await revoke({ id: user.id, email: user.email, password });
    hold.release();
    const cookie = await signingIn;

    const res = await request(app).get('/account').set('Cookie', cookie);
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/);
  });

  test('when a sign-in checks the password after it was changed, then its session works', async () => {
    const { user, password } = await createUser(db);
    const owner = await signIn(newAgent(app), user.email, password);
    await postForm(owner, '/account', '/account/password', { current_password: password, new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });
    const later = await signIn(newAgent(app), user.email, NEW_PASSWORD);
    expect((await later.get('/account')).status).toBe(200);
    expect((await owner.get('/account')).status).toBe(200);
  });
});

describe('the session a password change is made from', () => {
  /** Makes the account's sessions due to slide their expiry, so the next request on one saves it. */
  const dueForRefresh = (userId: number) =>
    db.raw(`UPDATE user_sessions SET sess = jsonb_set(sess::jsonb, '{refreshedAt}', '0')::json WHERE (sess -> 'passport' ->> 'user') = ?`, [String(userId)]);

  test('when its owner changes the password on it and the request saves it, then it stays signed in', async () => {
    const { user, password } = await createUser(db);
    const here = await signIn(newAgent(app), user.email, password);
    const _csrf = csrfFrom((await here.get('/account')).text);
    await dueForRefresh(user.id);
    await here.post('/account/password').type('form')
      .send({ current_password: password, new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD, _csrf }).expect(303);
    expect((await here.get('/account')).status).toBe(200);
  });

  test('when an admin resets their own password on it and the request saves it, then it stays signed in', async () => {
    const { user, password } = await createUser(db, { role: 'admin' });
    const here = await signIn(newAgent(app), user.email, password);
    const page = await here.get(`/admin/users/${user.id}`);
    await dueForRefresh(user.id);
    await here.post(`/admin/users/${user.id}/password`).type('form')
      .send({ password: NEW_PASSWORD, was_password_set: /name="was_password_set" value="(\d+)"/.exec(page.text)![1]!, _csrf: csrfFrom(page.text) }).expect(303);
    expect((await here.get('/account')).status).toBe(200);
  });

  test('when a session signed in before this version records no revocation, then it works until one happens', async () => {
    const { user, password } = await createUser(db);
    const here = await signIn(newAgent(app), user.email, password);
    await db.raw(`UPDATE user_sessions SET sess = (sess::jsonb - 'sessionsRevokedAt')::json WHERE (sess -> 'passport' ->> 'user') = ?`, [String(user.id)]);
    expect((await here.get('/account')).status).toBe(200);
    await postForm(await adminAgent(), `/admin/users/${user.id}`, `/admin/users/${user.id}/password`, { password: NEW_PASSWORD });
    expect((await here.get('/account')).headers.location).toMatch(/^\/login/);
  });
});
