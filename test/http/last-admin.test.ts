import { auditEventsFor, createUser, csrfFrom, DEFAULT_TEST_PASSWORD, isolatedDatabase, newAgent, signIn, type Agent, type IsolatedDatabase } from '../support';

// The guard looks at every account, so this file runs on a database of its own with exactly one admin.
let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await isolatedDatabase();
}, 120_000);
afterAll(() => iso?.close());

async function post(agent: Agent, path: string, form: Record<string, string>) {
  const page = await agent.get(path);
  return agent.post(path).type('form').send({ ...form, _csrf: csrfFrom(page.text) });
}

test('when the only active admin is demoted or deactivated over HTTP, then it is refused with 409 and nothing changes', async () => {
  const { user: admin, password } = await createUser(iso.db, { role: 'admin' });
  const app = iso.app();
  const agent = await signIn(newAgent(app), admin.email, password);

  const demote = await post(agent, `/admin/users/${admin.id}`, { role: 'editor' });
  expect(demote.status).toBe(409);
  expect(demote.text).toContain('This is the last active admin');
  const deactivate = await post(agent, `/admin/users/${admin.id}`, { active: 'false' });
  expect(deactivate.status).toBe(409);

  expect(await iso.db('users').select('role', 'active').where({ id: admin.id }).first()).toEqual({ role: 'admin', active: true });
  expect((await auditEventsFor(iso.db, 'user', admin.id)).filter((e) => e.action === 'user.update')).toEqual([]);
  expect((await agent.get('/admin/users')).status).toBe(200);

  // once a second admin exists, the first may step down
  const { user: second } = await createUser(iso.db, { role: 'admin' });
  const stepDown = await post(agent, `/admin/users/${admin.id}`, { role: 'editor' });
  expect(stepDown.status).toBe(303);
  expect(stepDown.headers.location).toBe('/');
  expect((await agent.get('/admin/users')).status).toBe(403);
  const deactivateLast = await post(await signIn(newAgent(app), second.email, DEFAULT_TEST_PASSWORD), `/admin/users/${second.id}`, { active: 'false' });
  expect(deactivateLast.status).toBe(409);
});
