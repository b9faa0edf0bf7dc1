import express from 'express';
import { can, type Role } from '../../server/auth/permissions';
import { PUBLIC } from '../../server/http/secure-router';
import { concretePath, createUser, csrfFrom as csrfToken, declaredRoutes, getTestDb, newAgent, signIn, testApp, type Agent } from '../support';

const app = testApp();
const routes = declaredRoutes(app);

// The only doors open to anonymous visitors (static files under /assets are served before any route).
const PUBLIC_ROUTES = ['GET /login', 'POST /login', 'POST /logout', 'GET /healthz'];

test('when the app is assembled, then every route declares a permission', () => {
  expect(routes.length).toBeGreaterThan(5);
  const undeclared = routes.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.path}`);
  expect(undeclared).toEqual([]);
});

test('when a route is added without secureRouter, then the walk reports it as undeclared', () => {
  const bare = express();
  const inner = express.Router();
  inner.post('/sneaky', (_req, res) => void res.end());
  bare.use(inner);
  expect(declaredRoutes(bare)).toEqual([{ method: 'POST', path: '/sneaky', access: undefined }]);
});

test('when a route is public, then it is one of sign-in, sign-out and health', () => {
  const open = routes.filter((r) => r.access === PUBLIC).map((r) => `${r.method} ${r.path}`);
  expect(open.sort()).toEqual([...PUBLIC_ROUTES].sort());
});

describe('route × role matrix', () => {
  const db = getTestDb();
  const agents: Partial<Record<Role | 'deactivated', Agent>> = {};
  const guarded = routes.filter((r) => r.access !== PUBLIC && r.access !== undefined && r.method !== 'HEAD');

  beforeAll(async () => {
    for (const role of ['fact_checker', 'editor', 'admin'] as const) {
      const { user, password } = await createUser(db, { role });
      agents[role] = await signIn(newAgent(app), user.email, password);
    }
    const { user, password } = await createUser(db, { role: 'admin' });
    agents.deactivated = await signIn(newAgent(app), user.email, password);
    await db('users').update({ active: false }).where({ id: user.id });
  });

  // A valid CSRF token goes with every POST, so these tests see the permission check, not the CSRF one.
  const send = async (agent: Agent, method: string, path: string) => {
    const res = await agent.get('/account');
    const token = csrfToken(res.status === 200 ? res.text : (await agent.get('/login')).text);
    const req = method === 'GET' ? agent.get(path) : agent[method.toLowerCase() as 'post'](path).type('form').send({ _csrf: token });
    return req.set('Accept', 'text/html');
  };

  test('when nobody is signed in, then every guarded route sends them to sign in', async () => {
    expect(guarded.length).toBeGreaterThan(5);
    for (const r of guarded) {
      const res = await send(newAgent(app), r.method, concretePath(r.path));
      expect([r.method, r.path, res.status, res.headers.location?.split('?')[0]]).toEqual([r.method, r.path, 303, '/login']);
    }
  });

  test('when a deactivated user still holds a session cookie, then every guarded route sends them to sign in', async () => {
    expect(guarded.length).toBeGreaterThan(5);
    for (const r of guarded) {
      const res = await send(agents.deactivated!, r.method, concretePath(r.path));
      expect([r.method, r.path, res.status]).toEqual([r.method, r.path, 303]);
      expect(res.headers.location).toMatch(/^\/login/);
    }
  });

  // Only the roles that lack some permission: an admin holds all of them, so for it this case would check nothing.
  test.each(['fact_checker', 'editor'] as const)('when a %s lacks a route’s permission, then it gets the 403 page', async (role) => {
    const refused = guarded.filter((g) => !can(role, g.access as never));
    expect(refused.length).toBeGreaterThan(0);
    expect.assertions(1 + 2 * refused.length);
    for (const r of refused) {
      const res = await send(agents[role]!, r.method, concretePath(r.path));
      expect([r.method, r.path, res.status]).toEqual([r.method, r.path, 403]);
      expect(res.text).toContain('You do not have access to this page');
    }
  });

  test('when an admin is signed in, then no guarded route is refused to it', () => {
    expect(guarded.filter((g) => !can('admin', g.access as never))).toEqual([]);
  });

  test.each(['fact_checker', 'editor', 'admin'] as const)('when a %s has a page’s permission, then the guard lets them through', async (role) => {
    const pages = guarded.filter((g) => g.method === 'GET' && !g.path.includes(':') && can(role, g.access as never));
    expect(pages.length).toBeGreaterThan(0);
    for (const r of pages) {
      const res = await send(agents[role]!, 'GET', r.path);
      expect([r.path, [401, 403].includes(res.status), res.headers.location ?? '']).toEqual([r.path, false, expect.not.stringMatching(/^\/login/)]);
    }
  });
});
