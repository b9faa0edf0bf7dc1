import { randomBytes } from 'node:crypto';
import { LastAdminError, updateAccount } from '../../server/users/service';
import { auditEventsFor, createUser, csrfFrom, getTestDb, newAgent, signIn, testApp, uniqueEmail, type Agent } from '../support';

const db = getTestDb();
const app = testApp();

async function adminAgent(): Promise<{ agent: Agent; adminId: number }> {
  const { user, password } = await createUser(db, { role: 'admin' });
  return { agent: await signIn(newAgent(app), user.email, password), adminId: user.id };
}

async function post(agent: Agent, path: string, form: Record<string, string>, tokenFrom = '/admin/users') {
  const page = await agent.get(tokenFrom);
  return agent.post(path).type('form').send({ ...form, _csrf: csrfFrom(page.text) });
}

describe('listing accounts', () => {
  test('when an admin opens /admin/users, then each account shows role, status and last sign-in', async () => {
    const { agent } = await adminAgent();
    const { user: editor } = await createUser(db, { role: 'editor', name: 'Listed Editor' });
    const { user: gone } = await createUser(db, { active: false, name: 'Gone Checker' });
    const res = await agent.get('/admin/users');
    expect(res.status).toBe(200);
    const row = (email: string) => new RegExp(`data-user-email="${email}"[\\s\\S]*?</tr>`).exec(res.text)?.[0] ?? '';
    expect(row(editor.email)).toMatch(/Editor[\s\S]*Active[\s\S]*Never/);
    expect(row(gone.email)).toMatch(/Fact-checker[\s\S]*Deactivated/);
  });
});

describe('creating accounts', () => {
  test('when an admin creates a fact-checker, then it exists, can sign in and the creation is audited', async () => {
    const { agent, adminId } = await adminAgent();
    const email = uniqueEmail('new-checker');
    const res = await post(agent, '/admin/users', { email: email.toUpperCase(), name: 'New Checker', role: 'fact_checker', password: 'a fine long password' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/admin/users');
    const created = await db('users').select('id', 'role', 'active').where({ email }).first();
    expect(created).toMatchObject({ role: 'fact_checker', active: true });
    const events = await auditEventsFor(db, 'user', created.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'user.create', actor_id: adminId,
      after: { email, name: 'New Checker', role: 'fact_checker', active: true }, before: null,
    });
    expect(JSON.stringify(events[0])).not.toContain('a fine long password');
    const follow = await agent.get('/admin/users');
    expect(follow.text).toContain(`Created fact-checker account for ${email}`);
    await signIn(newAgent(app), email, 'a fine long password');
  });

  test('when the form is invalid, then it comes back with 422, messages and the input kept (not the password)', async () => {
    const { agent } = await adminAgent();
    const res = await post(agent, '/admin/users', { email: 'not-an-email', name: '<!>', role: 'boss', password: 'short' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Enter an email address like name@example.org');
    expect(res.text).toContain('Choose a role');
    expect(res.text).toContain('Use at least 12 characters');
    expect(res.text).toContain('value="&lt;!&gt;"');
    expect(res.text).toContain('value="not-an-email"');
    expect(res.text).not.toContain('value="short"');
    // the summary lists the problems in the order of the fields on the form
    const summary = /data-error-summary>([\s\S]*?)<\/div>/.exec(res.text)![1]!;
    expect([...summary.matchAll(/href="#(\w+)"/g)].map((m) => m[1])).toEqual(['name', 'email', 'role', 'password']);
  });

  test('when the form comes without its name and email, then 422 asks for them in the words the command line uses', async () => {
    const { agent } = await adminAgent();
    const res = await post(agent, '/admin/users', { role: 'fact_checker', password: 'a fine long password' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Enter a name');
    expect(res.text).toContain('Enter an email address like name@example.org');
  });

  test('when the email is taken, then the form says so with 422 and no account or event is added', async () => {
    const { agent } = await adminAgent();
    const { user } = await createUser(db);
    const name = `Dup ${randomBytes(4).toString('hex')}`;
    const before = await db('audit_events').max('id as m').first();
    const res = await post(agent, '/admin/users', { email: user.email, name, role: 'editor', password: 'a fine long password' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('An account with this email already exists');
    // The one account with that email is still the one made above, and no account (new, or that one renamed) has the
    // name typed into the refused form.
    expect(await db('users').where({ email: user.email }).orWhere({ name }).select('id', 'name')).toEqual([{ id: user.id, name: user.name }]);
    const created = await db('audit_events').where('id', '>', before?.m ?? 0).andWhere({ action: 'user.create', entity_id: String(user.id) });
    expect(created).toEqual([]);
  });

  test.each([
    ['a common password', 'password1234', 'it is a common password with a few changes'],
    ['built on the new account’s name', 'Nadia Petrova 2025', 'it contains the account’s name or email'],
    ['the new account’s name with a year and a mark', 'NadiaPetrova-2026!', 'it contains the account’s name or email'],
  ])('when the initial password is %s, then 422 says it is too easy to guess and no account is made', async (_, weak, reason) => {
    const { agent } = await adminAgent();
    const email = uniqueEmail('weak');
    const res = await post(agent, '/admin/users', { email, name: 'Nadia Petrova', role: 'fact_checker', password: weak });
    expect(res.status).toBe(422);
    expect(res.text).toContain(`This password is too easy to guess: ${reason}`);
    expect(res.text).toContain('value="Nadia Petrova"');
    expect(await db('users').where({ email }).first()).toBeUndefined();
  });
});

describe('changing accounts', () => {
  test('when an admin changes a role, then it applies at once and the audit has before and after', async () => {
    const { agent, adminId } = await adminAgent();
    const { user, password } = await createUser(db, { role: 'fact_checker' });
    const theirs = await signIn(newAgent(app), user.email, password);
    expect((await theirs.get('/admin/users')).status).toBe(403);
    const res = await post(agent, `/admin/users/${user.id}`, { role: 'admin' }, `/admin/users/${user.id}`);
    expect(res.status).toBe(303);
    expect((await theirs.get('/admin/users')).status).toBe(200);
    const [event] = await auditEventsFor(db, 'user', user.id).then((es) => es.filter((e) => e.action === 'user.update'));
    expect(event).toMatchObject({ actor_id: adminId, before: { role: 'fact_checker' }, after: { role: 'admin' } });
  });

  test('when an admin deactivates an account, then its sessions end at once, and reactivation lets it back', async () => {
    const { agent } = await adminAgent();
    const { user, password } = await createUser(db, { role: 'editor' });
    const theirs = await signIn(newAgent(app), user.email, password);
    expect((await theirs.get('/account')).status).toBe(200);

    const off = await post(agent, `/admin/users/${user.id}`, { active: 'false' }, `/admin/users/${user.id}`);
    expect(off.status).toBe(303);
    expect(await db('user_sessions').whereRaw(`(sess -> 'passport' ->> 'user') = ?`, [String(user.id)])).toEqual([]);
    expect((await theirs.get('/account')).headers.location).toMatch(/^\/login/);

    const on = await post(agent, `/admin/users/${user.id}`, { active: 'true' }, `/admin/users/${user.id}`);
    expect(on.status).toBe(303);
    await signIn(newAgent(app), user.email, password);
    const updates = (await auditEventsFor(db, 'user', user.id)).filter((e) => e.action === 'user.update');
    expect(updates.map((e) => [(e.before as { active: boolean }).active, (e.after as { active: boolean }).active])).toEqual([[true, false], [false, true]]);
  });

  test('when an admin renames and demotes a signed-in account, then its very next page has the new name and role', async () => {
    const { agent } = await adminAgent();
    const { user, password } = await createUser(db, { role: 'editor', name: 'Before Rename' });
    const theirs = await signIn(newAgent(app), user.email, password);
    expect((await theirs.get('/audit')).status).toBe(200);

    const res = await post(agent, `/admin/users/${user.id}`, { name: 'After Rename', role: 'fact_checker' }, `/admin/users/${user.id}`);
    expect(res.status).toBe(303);
    expect((await theirs.get('/audit')).status).toBe(403);
    const page = await theirs.get('/claims');
    expect(page.text).toContain('After Rename');
    expect(page.text).not.toContain('Before Rename');
  });

  test('when an account is deactivated but its session row survives, then its next request is signed out anyway', async () => {
    const { user, password } = await createUser(db, { role: 'editor' });
    const theirs = await signIn(newAgent(app), user.email, password);
    expect((await theirs.get('/claims')).status).toBe(200);
    // as another process or a direct database change would leave it: the row deactivated, the session kept
    await db('users').where({ id: user.id }).update({ active: false });
    expect(await db('user_sessions').whereRaw(`(sess -> 'passport' ->> 'user') = ?`, [String(user.id)])).toHaveLength(1);
    const res = await theirs.get('/claims');
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/);
  });

  test('when an admin resets a password, then the old one stops working, sessions end and it is audited', async () => {
    const { agent, adminId } = await adminAgent();
    const { user, password } = await createUser(db);
    const theirs = await signIn(newAgent(app), user.email, password);
    const res = await post(agent, `/admin/users/${user.id}/password`, { password: 'brand new password 1' }, `/admin/users/${user.id}`);
    expect(res.status).toBe(303);
    expect((await theirs.get('/account')).headers.location).toMatch(/^\/login/);
    await signIn(newAgent(app), user.email, 'brand new password 1');
    const reset = (await auditEventsFor(db, 'user', user.id)).find((e) => e.action === 'user.password_reset');
    expect(reset).toMatchObject({ actor_id: adminId });
    expect(JSON.stringify(reset)).not.toContain('brand new password 1');
  });

  test('when an admin resets the password of someone locked out by failed sign-ins, then the new password works at once', async () => {
    const { agent } = await adminAgent();
    const { user } = await createUser(db);
    for (let i = 0; i < 5; i++) {
      const other = newAgent(app);
      const page = await other.get('/login');
      await other.post('/login').type('form').send({ email: user.email, password: `wrong-${i}-password`, _csrf: csrfFrom(page.text) });
    }
    expect((await db('sign_in_throttles').where({ key: `email:${user.email}` }).first()).locked_until.getTime()).toBeGreaterThan(Date.now());
    // the account's page says so, and what lifts it
    const locked = await agent.get(`/admin/users/${user.id}`);
    expect(locked.text).toMatch(/<dt>Sign-in<\/dt><dd><strong>Locked<\/strong> until \d{4}-\d\d-\d\d \d\d:\d\d UTC, after repeated wrong passwords for this email\. Resetting the password below lifts the lock\.<\/dd>/);
    await post(agent, `/admin/users/${user.id}/password`, { password: 'brand new password 2' }, `/admin/users/${user.id}`);
    expect((await agent.get(`/admin/users/${user.id}`)).text).not.toContain('<dt>Sign-in</dt>');
    await signIn(newAgent(app), user.email, 'brand new password 2');
    const reset = (await auditEventsFor(db, 'user', user.id)).find((e) => e.action === 'user.password_reset');
    expect(reset).toMatchObject({ after: { sign_in_lock_lifted: true } });
  });

  test('when an account is given an invisible name or a password of spaces, then 422 says why', async () => {
    const { agent } = await adminAgent();
    const res = await post(agent, '/admin/users', { email: uniqueEmail('blank'), name: '\u200b\u200b', role: 'fact_checker', password: ' '.repeat(14) });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Enter a name');
    expect(res.text).toContain('Use characters other than spaces');
    const email = uniqueEmail('bidi');
    const named = await post(agent, '/admin/users', { email, name: 'Ana \u202eRuiz', role: 'fact_checker', password: 'a fine long password' });
    expect(named.status).toBe(303);
    expect(await db('users').where({ email }).first('name')).toEqual({ name: 'Ana Ruiz' });
  });

  test('when a reset password is easy to guess for someone who knows the account, then 422 says so and the old one still works', async () => {
    const { agent } = await adminAgent();
    const { user, password } = await createUser(db, { name: 'Tomas Lindqvist' });
    for (const weak of ['qwertyuiop12', 'tomaslindqvist']) {
      const res = await post(agent, `/admin/users/${user.id}/password`, { password: weak }, `/admin/users/${user.id}`);
      expect(res.status).toBe(422);
      expect(res.text).toContain('This password is too easy to guess: ');
    }
    expect((await auditEventsFor(db, 'user', user.id)).some((e) => e.action === 'user.password_reset')).toBe(false);
    await signIn(newAgent(app), user.email, password);
  });

  test('when a reset password is too short, then the edit page says so with 422', async () => {
    const { agent } = await adminAgent();
    const { user } = await createUser(db);
    const res = await post(agent, `/admin/users/${user.id}/password`, { password: 'short' }, `/admin/users/${user.id}`);
    expect(res.status).toBe(422);
    expect(res.text).toContain('Use at least 12 characters');
  });

  test('when the account does not exist, then the answer is 404', async () => {
    const { agent } = await adminAgent();
    expect((await agent.get('/admin/users/999999999')).status).toBe(404);
    expect((await agent.get('/admin/users/abc')).status).toBe(404);
    expect((await post(agent, '/admin/users/999999999', { role: 'editor' })).status).toBe(404);
  });
});

describe('the last active admin', () => {
  // Other test files add admins concurrently, so this arranges for exactly one active admin in a transaction.
  test('when the only active admin would be demoted or deactivated, then it is refused', async () => {
    const { user: only } = await createUser(db, { role: 'admin' });
    const others = await db('users').where({ role: 'admin', active: true }).whereNot({ id: only.id }).pluck('id');
    const undo = new Error('roll back the arrangement');
    const outcome = db.transaction(async (trx) => {
      await trx('users').whereIn('id', others).update({ active: false });
      const actor = { id: only.id, ip: null };
      // the service's own transaction becomes a savepoint inside this one
      await expect(updateAccount(trx, actor, only.id, { role: 'editor' })).rejects.toBeInstanceOf(LastAdminError);
      await expect(updateAccount(trx, actor, only.id, { active: false })).rejects.toBeInstanceOf(LastAdminError);
      expect(await trx('users').select('role', 'active').where({ id: only.id }).first()).toEqual({ role: 'admin', active: true });
      expect(await trx('audit_events').where({ action: 'user.update', entity_id: String(only.id) })).toEqual([]);
      throw undo;
    });
    await expect(outcome).rejects.toBe(undo);
  });

  test('when an admin demotes another admin while one stays active, then it is allowed', async () => {
    const { agent } = await adminAgent();
    const { user: other } = await createUser(db, { role: 'admin' });
    const res = await post(agent, `/admin/users/${other.id}`, { role: 'editor' }, `/admin/users/${other.id}`);
    expect(res.status).toBe(303);
    expect(await db('users').select('role').where({ id: other.id }).first()).toEqual({ role: 'editor' });
  });
});
