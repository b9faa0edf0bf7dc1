import { can, type Role } from '../../server/auth/permissions';
import { PUBLIC } from '../../server/http/secure-router';
import { concretePath, createUser, csrfFrom, declaredRoutes, getTestDb, newAgent, signIn, testApp, type Agent } from '../support';

const app = testApp();
const routes = declaredRoutes(app).filter((r) => r.method !== 'HEAD');
const unsafe = routes.filter((r) => r.method !== 'GET');
type Who = Role | 'anonymous' | 'deactivated';
const WHO: Who[] = ['anonymous', 'fact_checker', 'editor', 'admin', 'deactivated'];

/** What each kind of visitor must get from each route: the permission table, applied to every route the app serves. */
function expected(who: Who, access: string | undefined, path: string): 'open' | 'sign-in' | 'forbidden' {
  if (path === '/logout') return 'sign-in';
  if (access === PUBLIC) return 'open';
  if (who === 'anonymous' || who === 'deactivated') return 'sign-in';
  return can(who, access as Parameters<typeof can>[1]) ? 'open' : 'forbidden';
}

function outcome(res: { status: number; headers: Record<string, string> }): 'open' | 'sign-in' | 'forbidden' | 'error' {
  if (res.status >= 500) return 'error';
  if (res.status === 403) return 'forbidden';
  if ((res.status === 303 || res.status === 302) && res.headers.location?.startsWith('/login')) return 'sign-in';
  return 'open';
}

describe('every route, every role, every token', () => {
  const db = getTestDb();
  const agents = {} as Record<Who, Agent>;

  beforeAll(async () => {
    agents.anonymous = newAgent(app);
    for (const role of ['fact_checker', 'editor', 'admin'] as const) {
      const { user, password } = await createUser(db, { role });
      agents[role] = await signIn(newAgent(app), user.email, password);
    }
    const { user, password } = await createUser(db, { role: 'editor' });
    agents.deactivated = await signIn(newAgent(app), user.email, password);
    await db('users').update({ active: false }).where({ id: user.id });
  });

  const tokenOf = async (agent: Agent) => {
    const page = await agent.get('/account');
    return csrfFrom(page.status === 200 ? page.text : (await agent.get('/login')).text);
  };

  test('when each kind of visitor calls each route with a valid token, then they get exactly what the permission table says, and never a 500', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const who of WHO) {
      const agent = agents[who];
      // Sign-out last: called in the loop, it would end the session the rest of the table needs.
      for (const r of [...routes.filter((x) => x.path !== '/logout'), ...routes.filter((x) => x.path === '/logout')]) {
        const path = concretePath(r.path);
        const req = r.method === 'GET'
          ? agent.get(path)
          : agent[r.method.toLowerCase() as 'post'](path).type('form').send({ _csrf: await tokenOf(agent) });
        const res = await req.set('Accept', 'text/html').redirects(0);
        calls++;
        const want = expected(who, r.access, r.path);
        const got = outcome(res);
        if (got !== want) mismatches.push(`${who} ${r.method} ${r.path}: ${got} (${res.status}), expected ${want}`);
      }
    }
    process.stdout.write(`route × role matrix: ${routes.length} routes × ${WHO.length} kinds of visitor = ${calls} calls, ${mismatches.length} mismatches\n`);
    // the routes were found and each was called by every kind of visitor: no mismatch because nothing was called
    expect(routes.length).toBeGreaterThan(5);
    expect(calls).toBe(routes.length * WHO.length);
    expect(mismatches).toEqual([]);
  }, 120_000);

  test('when the matrix is drawn, then the in-app audit trail check is in it, for admins only', () => {
    const check = routes.filter((r) => r.path === '/audit/check').map((r) => `${r.method} ${String(r.access)}`);
    expect(check.sort()).toEqual(['GET verify:audit', 'POST verify:audit']);
    expect(WHO.map((who) => expected(who, 'verify:audit', '/audit/check')))
      .toEqual(['sign-in', 'forbidden', 'forbidden', 'open', 'sign-in']);
  });

  test('when a state-changing route gets no token, a forged one or another session\'s, then it refuses with 403 and records nothing', async () => {
    const fresh = async (role: Role) => {
      const { user, password } = await createUser(db, { role });
      return { id: user.id, agent: await signIn(newAgent(app), user.email, password) };
    };
    const { id: adminId, agent: admin } = await fresh('admin');
    const othersToken = await tokenOf((await fresh('editor')).agent);
    const before = await db('audit_events').where({ actor_id: adminId }).count('* as n').first();
    const accepted: string[] = [];
    const guarded = unsafe.filter((x) => x.access !== PUBLIC);
    // routes were found to try: with none, nothing below would be checked
    expect(guarded.length).toBeGreaterThan(5);
    for (const r of guarded) {
      const path = concretePath(r.path);
      const send = (form: Record<string, string>) => admin[r.method.toLowerCase() as 'post'](path).type('form').send(form).redirects(0);
      for (const [what, form] of [
        ['no token', {}],
        ['forged token', { _csrf: 'forged-token-0123456789abcdef' }],
        ["another session's token", { _csrf: othersToken }],
      ] as const) {
        const res = await send({ ...form });
        if (res.status !== 403) accepted.push(`${r.method} ${r.path} with ${what}: ${res.status}`);
      }
      const multipart = await admin.post(path).field('title', 'x').attach('file', Buffer.from('hello'), 'a.txt').redirects(0);
      if (multipart.status !== 403) accepted.push(`${r.method} ${r.path} as multipart without token: ${multipart.status}`);
    }
    expect(accepted).toEqual([]);
    expect(await db('audit_events').where({ actor_id: adminId }).count('* as n').first()).toEqual(before);
    expect((await admin.get('/account').redirects(0)).status).toBe(200);
    process.stdout.write(`csrf: ${guarded.length} guarded state-changing routes × 4 token faults (none, forged, another session's, multipart without) refused\n`);
  }, 120_000);
});
