import { auditEventsFor, createUser, csrfFrom, getTestDb, newAgent, signIn, testApp } from '../support';

const db = getTestDb();
const app = testApp();
const sessionsOf = (userId: number) => db('user_sessions').whereRaw(`(sess -> 'passport' ->> 'user') = ?`, [String(userId)]);

describe('an admin resetting their own password from the accounts page', () => {
  test('when an admin resets their own password, then this session stays signed in, their other sessions end, and the page says so', async () => {
    const { user: admin, password } = await createUser(db, { role: 'admin' });
    const here = await signIn(newAgent(app), admin.email, password);
    const elsewhere = await signIn(newAgent(app), admin.email, password);
    expect(await sessionsOf(admin.id)).toHaveLength(2);

    const page = await here.get(`/admin/users/${admin.id}`);
    const res = await here.post(`/admin/users/${admin.id}/password`).type('form').send({ _csrf: csrfFrom(page.text), password: 'my own new password 1' });

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/admin/users/${admin.id}`);
    const after = await here.get(res.headers.location!);
    expect(after.status).toBe(200);
    expect(after.text).toContain('Your password has been reset. Your other sessions have ended; this one stays signed in.');
    expect(after.text).not.toContain('their open sessions have ended');
    expect((await here.get('/admin/users')).status).toBe(200);
    expect((await elsewhere.get('/account')).headers.location).toMatch(/^\/login/);
    expect(await sessionsOf(admin.id)).toHaveLength(1);
    await signIn(newAgent(app), admin.email, 'my own new password 1');

    const reset = (await auditEventsFor(db, 'user', admin.id)).find((e) => e.action === 'user.password_reset');
    expect(reset).toMatchObject({ actor_id: admin.id, after: { sessions_ended: 1, current_session_kept: true } });
  });

  test('when an admin resets someone else’s password, then every session of theirs ends, as before', async () => {
    const { user: admin, password } = await createUser(db, { role: 'admin' });
    const agent = await signIn(newAgent(app), admin.email, password);
    const { user: other, password: theirs } = await createUser(db, { role: 'admin' });
    const theirAgent = await signIn(newAgent(app), other.email, theirs);

    const page = await agent.get(`/admin/users/${other.id}`);
    const res = await agent.post(`/admin/users/${other.id}/password`).type('form').send({ _csrf: csrfFrom(page.text), password: 'their new password 12' });

    expect(res.status).toBe(303);
    expect((await agent.get(res.headers.location!)).text).toContain('Password reset. Give the new password to its owner; their open sessions have ended.');
    expect((await theirAgent.get('/account')).headers.location).toMatch(/^\/login/);
    expect(await sessionsOf(other.id)).toHaveLength(0);
    expect(await sessionsOf(admin.id)).toHaveLength(1);
    const reset = (await auditEventsFor(db, 'user', other.id)).find((e) => e.action === 'user.password_reset');
    expect(reset?.after).toEqual({ sessions_ended: 1, sign_in_lock_lifted: false });
  });
});
