import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { AccountSessionStore } from '../../server/auth/session-store';
import {
  createUser, csrfFrom, csrfToken, getSessionPool, getTestDb, newAgent, sessionCookie, sessionIdSet, signIn, testApp, type Agent,
} from '../support';

const db = getTestDb();
// Two app instances on one database, as two processes behind a load balancer: each has its own session store.
const processA = testApp();
const processB = testApp();
let serverB: http.Server;
let urlB: string;

beforeAll(async () => {
  serverB = processB.listen(0, '127.0.0.1');
  await new Promise((resolve) => serverB.once('listening', resolve));
  urlB = `http://127.0.0.1:${(serverB.address() as AddressInfo).port}`;
});
afterAll(async () => {
  serverB.closeAllConnections();
  await new Promise((resolve) => serverB.close(resolve));
});
afterEach(() => jest.restoreAllMocks());

/** Signs in through the real form and returns the session cookie (`verbatim.sid=…`) and its id. */
async function signedInCookie(email: string, password: string): Promise<{ cookie: string; sid: string }> {
  const agent = newAgent(processA);
  const _csrf = await csrfToken(agent, '/login');
  const res = await agent.post('/login').type('form').send({ email, password, _csrf });
  expect(res.status).toBe(303);
  return { cookie: sessionCookie(res)!.split(';')[0]!, sid: sessionIdSet(res)! };
}

/** Resolves once process B's store has read session `sid` for a request (the request goes on to read its body). */
function sessionRead(sid: string): Promise<void> {
  const get = AccountSessionStore.prototype.get;
  return new Promise((resolve) => {
    jest.spyOn(AccountSessionStore.prototype, 'get').mockImplementation(function (this: AccountSessionStore, id, callback) {
      get.call(this, id, (err, session) => {
        callback(err, session);
        if (id === sid) resolve();
      });
    });
  });
}

/**
 * A form posted to process B whose body is slow: its head (with the cookie) arrives, the session is read, and the body
 * ends only when `finish` is called. The form is refused (422: no new password), so the request changes nothing but
 * its session, which is saved at its end (its expiry is due to slide).
 */
async function slowPost(cookie: string, sid: string, csrf: string) {
  const body = new URLSearchParams({ _csrf: csrf, current_password: '', new_password: '', confirm_password: '' }).toString();
  const read = sessionRead(sid);
  let pending: () => void = () => undefined;
  const status = new Promise<number>((resolve, reject) => {
    const req = http.request(`${urlB}/account/password`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.write(body.slice(0, 10));
    pending = () => req.end(body.slice(10));
  });
  await read;
  return { finish: () => { pending(); return status; } };
}

async function dueForRefresh(sid: string): Promise<void> {
  await db.raw(`UPDATE user_sessions SET sess = jsonb_set(sess::jsonb, '{refreshedAt}', '0')::json WHERE sid = ?`, [sid]);
}

async function adminAgent(): Promise<Agent> {
  const { user, password } = await createUser(db, { role: 'admin' });
  return signIn(newAgent(processA), user.email, password);
}

type Ending = (victim: { id: number; email: string; password: string; cookie: string; csrf: string }) => Promise<void>;

const endings: [string, Ending][] = [
  ['its owner changes their password on another device', async ({ email, password }) => {
    const other = await signIn(newAgent(processA), email, password);
    const page = await other.get('/account');
    const res = await other.post('/account/password').type('form')
      .send({ current_password: password, new_password: 'a new long password', confirm_password: 'a new long password', _csrf: csrfFrom(page.text) });
    expect(res.status).toBe(303);
  }],
  ['an admin resets the password', async ({ id }) => {
    const admin = await adminAgent();
    const page = await admin.get(`/admin/users/${id}`);
    const res = await admin.post(`/admin/users/${id}/password`).type('form').send({ password: 'a new long password', _csrf: csrfFrom(page.text) });
    expect(res.status).toBe(303);
  }],
  ['an admin deactivates the account', async ({ id }) => {
    const admin = await adminAgent();
    const page = await admin.get(`/admin/users/${id}`);
    const res = await admin.post(`/admin/users/${id}`).type('form').send({ active: 'false', _csrf: csrfFrom(page.text) });
    expect(res.status).toBe(303);
  }],
  ['its owner signs out in another tab', async ({ cookie, csrf }) => {
    const res = await request(processA).post('/logout').set('Cookie', cookie).type('form').send({ _csrf: csrf });
    expect(res.status).toBe(303);
  }],
];

describe('a session ended while a request on it is in flight', () => {
  test.each(endings)('when %s while a slow form is being sent on another process, then the form\'s end does not bring the session back', async (_, end) => {
    const { user, password } = await createUser(db, { role: 'fact_checker' });
    const { cookie, sid } = await signedInCookie(user.email, password);
    const csrf = csrfFrom((await request(processA).get('/account').set('Cookie', cookie).expect(200)).text);
    await dueForRefresh(sid);

    const inFlight = await slowPost(cookie, sid, csrf);
    await end({ id: user.id, email: user.email, password, cookie, csrf });
    expect(await db('user_sessions').where({ sid }).first()).toBeUndefined();
    expect(await inFlight.finish()).toBe(422);

    expect(await db('user_sessions').where({ sid }).first()).toBeUndefined();
    for (const app of [processA, processB]) {
      const res = await request(app).get('/account').set('Cookie', cookie);
      expect(res.status).toBe(303);
      expect(res.headers.location).toMatch(/^\/login/);
    }
  });

  test('when a session expires while a slow form is being sent on it, then the form\'s end does not move its expiry forward', async () => {
    const { user, password } = await createUser(db);
    const { cookie, sid } = await signedInCookie(user.email, password);
    const csrf = csrfFrom((await request(processA).get('/account').set('Cookie', cookie).expect(200)).text);
    await dueForRefresh(sid);

    const inFlight = await slowPost(cookie, sid, csrf);
    await db('user_sessions').where({ sid }).update({ expire: db.raw(`now() - interval '1 minute'`) });
    expect(await inFlight.finish()).toBe(422);

    const row = await db('user_sessions').where({ sid }).first(db.raw('expire < now() AS expired'));
    expect(row.expired).toBe(true);
    expect((await request(processA).get('/account').set('Cookie', cookie)).headers.location).toMatch(/^\/login/);
  });

  test('when a signed-in page is served, then its session and account are read in one statement, and a due refresh writes one more', async () => {
    const { user, password } = await createUser(db);
    const { cookie, sid } = await signedInCookie(user.email, password);
    await request(processA).get('/account').set('Cookie', cookie).expect(200);
    const query = jest.spyOn(getSessionPool(), 'query');

    await request(processA).get('/account').set('Cookie', cookie).expect(200);
    expect(query).toHaveBeenCalledTimes(1);

    query.mockClear();
    await dueForRefresh(sid);
    await request(processA).get('/account').set('Cookie', cookie).expect(200);
    expect(query).toHaveBeenCalledTimes(2);
  });
});
