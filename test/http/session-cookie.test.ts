import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SESSION_COOKIE } from '../../server/auth/session-store';
import { createUser, csrfToken, getTestDb, newAgent, testApp } from '../support';

const db = getTestDb();
const app = testApp();
const AUTH = path.resolve(__dirname, '../../server/auth');

test('when someone signs in and out, then the cookie set and the one cleared bear the session store’s name', async () => {
  const { user, password } = await createUser(db);
  const agent = newAgent(app);
  const _csrf = await csrfToken(agent);
  const signedIn = await agent.post('/login').type('form').send({ email: user.email, password, _csrf });
  const set = ([] as string[]).concat(signedIn.headers['set-cookie'] ?? []);
  expect(set.some((c) => c.startsWith(`${SESSION_COOKIE}=s%3A`))).toBe(true);

  const token = await csrfToken(agent, '/account');
  const signedOut = await agent.post('/logout').type('form').send({ _csrf: token });
  const cleared = ([] as string[]).concat(signedOut.headers['set-cookie'] ?? []);
  expect(cleared.some((c) => c.startsWith(`${SESSION_COOKIE}=;`) && /Expires=Thu, 01 Jan 1970/.test(c))).toBe(true);
});

test('when the auth module is read, then none of its files imports the app that mounts it', () => {
  const importers = readdirSync(AUTH)
    .filter((f) => f.endsWith('.ts') && /from '\.\.\/app'/.test(readFileSync(path.join(AUTH, f), 'utf8')));
  expect(importers).toEqual([]);
});
