import type { Role } from '../../server/auth/permissions';
import { auditEventsFor, createUser, getTestDb, newAgent, signIn, testApp, type Agent } from '../support';

const db = getTestDb();
const app = testApp();

/** An admin signed in, as a browser whose tabs share one session. */
async function adminAgent(name = 'Tab Admin'): Promise<Agent> {
  const { user, password } = await createUser(db, { role: 'admin', name });
  return signIn(newAgent(app), user.email, password);
}

const decode = (s: string) => s.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * What a browser would send from a form posting to `action` (the first, or the `nth`): its inputs as shown and each
 * select's chosen option.
 */
function formOn(html: string, action: string, nth = 0): Record<string, string> {
  const form = [...html.matchAll(new RegExp(`<form[^>]*action="${action}"[^>]*>([\\s\\S]*?)</form>`, 'g'))][nth]?.[1];
  if (form === undefined) throw new Error(`No form ${nth} posting to ${action} on the page`);
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) fields[name] = decode(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  for (const [, name, options] of form.matchAll(/<select[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    fields[name!] = /<option value="([^"]*)" selected>/.exec(options!)?.[1] ?? '';
  }
  return fields;
}

/** Sends a form as a tab holds it, with the boxes the user changed in it. */
const send = (agent: Agent, page: string, action: string, changed: Record<string, string> = {}) =>
  agent.post(action).type('form').send({ ...formOn(page, action), ...changed });
/** Presses the page's Deactivate (or Reactivate) button, the second form posting to the account. */
const pressStatus = (agent: Agent, page: string, id: number) => agent.post(`/admin/users/${id}`).type('form').send(formOn(page, `/admin/users/${id}`, 1));

async function account(role: Role, name = 'Stale Tab Person') {
  const { user, password } = await createUser(db, { role, name });
  return { id: user.id, email: user.email, password };
}

/** A change as the pages word it, each value set apart (isolated) from the words around it. */
const line = (label: string, was: string, now: string) => `${label}: \u2068${was}\u2069 → \u2068${now}\u2069`;
const updates = async (id: number) => (await auditEventsFor(db, 'user', id)).filter((e) => e.action === 'user.update');
const stored = (id: number) => db('users').where({ id }).first('name', 'role', 'active');

describe('an account form sent from a tab opened before another change', () => {
  test('when the role was changed in another tab and the old tab changes only the name, then the name is saved and the role stays as the other tab set it', async () => {
    const agent = await adminAgent();
    const { id } = await account('admin');
    const [tabA, tabB] = [(await agent.get(`/admin/users/${id}`)).text, (await agent.get(`/admin/users/${id}`)).text];

    expect((await send(agent, tabA, `/admin/users/${id}`, { role: 'fact_checker' })).status).toBe(303);
    const res = await send(agent, tabB, `/admin/users/${id}`, { name: 'Renamed In Tab B' });

    expect(res.status).toBe(303);
    expect(await stored(id)).toEqual({ name: 'Renamed In Tab B', role: 'fact_checker', active: true });
    const page = await agent.get(res.headers.location!);
    expect(page.text).toContain('Fact-checker, active.');
    expect(page.text).toContain(`Changed meanwhile: ${line('Role', 'Admin', 'Fact-checker')}`);
    const events = await updates(id);
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [expect.objectContaining({ role: 'admin' }), expect.objectContaining({ role: 'fact_checker', name: 'Stale Tab Person' })],
      [expect.objectContaining({ name: 'Stale Tab Person', role: 'fact_checker' }), expect.objectContaining({ name: 'Renamed In Tab B', role: 'fact_checker' })],
    ]);
  });

  test('when the old tab changes the role another admin changed meanwhile, then 409 says what changed and by whom, keeps the choice, and sending it again from there saves it', async () => {
    const agent = await adminAgent('Alice Tabs');
    const { id } = await account('admin');
    const [tabA, tabB] = [(await agent.get(`/admin/users/${id}`)).text, (await agent.get(`/admin/users/${id}`)).text];
    await send(agent, tabA, `/admin/users/${id}`, { role: 'fact_checker' });

    const res = await send(agent, tabB, `/admin/users/${id}`, { role: 'editor', name: 'Typed In Tab B' });

    expect(res.status).toBe(409);
    expect(res.text).toContain(line('Role', 'Admin', 'Fact-checker'));
    expect(res.text).toContain('by Alice Tabs');
    expect(res.text).toContain('Nothing was saved');
    const form = formOn(res.text, `/admin/users/${id}`);
    expect(form).toMatchObject({ name: 'Typed In Tab B', role: 'editor', was_name: 'Stale Tab Person', was_role: 'fact_checker', was_active: 'true' });
    expect(await stored(id)).toEqual({ name: 'Stale Tab Person', role: 'fact_checker', active: true });
    expect(await updates(id)).toHaveLength(1);

    const again = await send(agent, res.text, `/admin/users/${id}`);
    expect(again.status).toBe(303);
    expect(await stored(id)).toEqual({ name: 'Typed In Tab B', role: 'editor', active: true });
    expect((await updates(id)).at(-1)).toMatchObject({ before: { role: 'fact_checker' }, after: { role: 'editor', name: 'Typed In Tab B' } });
  });

  test('when both tabs rename the account, then the second gets 409 naming the first rename and keeps its own name typed', async () => {
    const agent = await adminAgent();
    const { id } = await account('editor');
    const [tabA, tabB] = [(await agent.get(`/admin/users/${id}`)).text, (await agent.get(`/admin/users/${id}`)).text];
    await send(agent, tabA, `/admin/users/${id}`, { name: 'First Rename' });

    const res = await send(agent, tabB, `/admin/users/${id}`, { name: 'Second Rename' });

    expect(res.status).toBe(409);
    expect(res.text).toContain(line('Name', 'Stale Tab Person', 'First Rename'));
    expect(formOn(res.text, `/admin/users/${id}`)).toMatchObject({ name: 'Second Rename', was_name: 'First Rename' });
    expect(await stored(id)).toMatchObject({ name: 'First Rename' });
  });

  test('when the old tab sends the change the other tab already made, then nothing is written and the page says so', async () => {
    const agent = await adminAgent();
    const { id } = await account('editor');
    const [tabA, tabB] = [(await agent.get(`/admin/users/${id}`)).text, (await agent.get(`/admin/users/${id}`)).text];
    await send(agent, tabA, `/admin/users/${id}`, { role: 'fact_checker' });

    const res = await send(agent, tabB, `/admin/users/${id}`, { role: 'fact_checker' });

    expect(res.status).toBe(303);
    expect((await agent.get(res.headers.location!)).text).toContain('already reads as you sent it; nothing was saved');
    expect(await updates(id)).toHaveLength(1);
  });

  test('when the old tab deactivates an account another admin made an admin meanwhile, then 409 says so and the account stays active', async () => {
    const agent = await adminAgent();
    const { id, email, password } = await account('editor');
    const [tabA, tabB] = [(await agent.get(`/admin/users/${id}`)).text, (await agent.get(`/admin/users/${id}`)).text];
    await send(agent, tabA, `/admin/users/${id}`, { role: 'admin' });

    const res = await pressStatus(agent, tabB, id);

    expect(res.status).toBe(409);
    expect(res.text).toContain(line('Role', 'Editor', 'Admin'));
    expect(res.text).toContain('Your deactivation was not saved');
    expect(formOn(res.text, `/admin/users/${id}`, 1)).toMatchObject({ active: 'false', was_active: 'true', was_role: 'admin' });
    expect(await stored(id)).toMatchObject({ role: 'admin', active: true });
    await signIn(newAgent(app), email, password);
  });

  test('when the old tab changes the role of an account another admin deactivated meanwhile, then 409 says so and nothing changes', async () => {
    const agent = await adminAgent();
    const { id } = await account('fact_checker');
    const [tabA, tabB] = [(await agent.get(`/admin/users/${id}`)).text, (await agent.get(`/admin/users/${id}`)).text];
    await pressStatus(agent, tabA, id);

    const res = await send(agent, tabB, `/admin/users/${id}`, { role: 'admin' });

    expect(res.status).toBe(409);
    expect(res.text).toContain(line('Status', 'Active', 'Deactivated'));
    expect(await stored(id)).toMatchObject({ role: 'fact_checker', active: false });
    expect(await updates(id)).toHaveLength(1);
  });

  test('when the old tab deactivates an account another admin only renamed meanwhile, then it is deactivated and the new name stays', async () => {
    const agent = await adminAgent();
    const { id } = await account('editor');
    const [tabA, tabB] = [(await agent.get(`/admin/users/${id}`)).text, (await agent.get(`/admin/users/${id}`)).text];
    await send(agent, tabA, `/admin/users/${id}`, { name: 'Renamed In Tab A' });

    const res = await pressStatus(agent, tabB, id);

    expect(res.status).toBe(303);
    expect(await stored(id)).toEqual({ name: 'Renamed In Tab A', role: 'editor', active: false });
  });

  test('when a deactivation is sent twice, then the second writes nothing and says the account already reads so', async () => {
    const agent = await adminAgent();
    const { id } = await account('editor');
    const tab = (await agent.get(`/admin/users/${id}`)).text;
    expect((await pressStatus(agent, tab, id)).status).toBe(303);

    const res = await pressStatus(agent, tab, id);

    expect(res.status).toBe(303);
    expect((await agent.get(res.headers.location!)).text).toContain('already reads as you sent it; nothing was saved');
    expect(await updates(id)).toHaveLength(1);
  });
});

describe('a password reset sent from a tab opened before another reset', () => {
  test('when another admin set a password meanwhile, then 409 names the reset, the newer password keeps working and nothing is written', async () => {
    const [alice, bob] = [await adminAgent('Alice Resets'), await adminAgent('Bob Resets')];
    const { id, email } = await account('fact_checker');
    const [tabA, tabB] = [(await alice.get(`/admin/users/${id}`)).text, (await bob.get(`/admin/users/${id}`)).text];
    expect((await send(alice, tabA, `/admin/users/${id}/password`, { password: 'alice gave this one' })).status).toBe(303);

    const res = await send(bob, tabB, `/admin/users/${id}/password`, { password: 'bob typed this one' });

    expect(res.status).toBe(409);
    expect(res.text).toContain('reset by Alice Resets');
    expect(res.text).toContain('Nothing was saved');
    expect(res.text).not.toContain('bob typed this one');
    await signIn(newAgent(app), email, 'alice gave this one');
    expect((await auditEventsFor(db, 'user', id)).filter((e) => e.action === 'user.password_reset')).toHaveLength(1);

    const again = await send(bob, res.text, `/admin/users/${id}/password`, { password: 'bob typed this one' });
    expect(again.status).toBe(303);
    await signIn(newAgent(app), email, 'bob typed this one');
  });

  test('when the same reset is sent twice, then the second is done, not a conflict, and writes nothing', async () => {
    const agent = await adminAgent();
    const { id, email } = await account('fact_checker');
    const tab = (await agent.get(`/admin/users/${id}`)).text;
    expect((await send(agent, tab, `/admin/users/${id}/password`, { password: 'the same new password' })).status).toBe(303);

    const res = await send(agent, tab, `/admin/users/${id}/password`, { password: 'the same new password' });

    expect(res.status).toBe(303);
    expect((await agent.get(res.headers.location!)).text).toContain('already the one you sent; nothing was saved');
    expect((await auditEventsFor(db, 'user', id)).filter((e) => e.action === 'user.password_reset')).toHaveLength(1);
    await signIn(newAgent(app), email, 'the same new password');
  });
});
