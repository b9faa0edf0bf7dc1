import { createUser, getTestDb, newAgent, signIn, testApp } from '../support';

const db = getTestDb();
const app = testApp();

// The row's expire column (whole seconds, what a store touch rewrites) and the cookie's expiry inside the session.
async function storedSession(userId: number): Promise<{ sid: string; column: Date; expire: Date }> {
  const row = await db('user_sessions')
    .whereRaw(`sess -> 'passport' ->> 'user' = ?`, [String(userId)])
    .first('sid', 'expire', db.raw(`sess -> 'cookie' ->> 'expires' AS expires`));
  return { sid: row.sid, column: row.expire, expire: new Date(row.expires) };
}

describe('session expiry', () => {
  test('when a signed-in reviewer loads pages in quick succession, then the stored session is not rewritten each time', async () => {
    const { user, password } = await createUser(db, { role: 'fact_checker' });
    const agent = await signIn(newAgent(app), user.email, password);
    await agent.get('/account').expect(200);
    const first = await storedSession(user.id);
    // past the column's one-second grain, so a per-request touch would show
    await new Promise((r) => setTimeout(r, 1100));
    await agent.get('/account').expect(200);
    await agent.get('/account').expect(200);
    const later = await storedSession(user.id);
    expect(later.sid).toBe(first.sid);
    expect(later.column.getTime()).toBe(first.column.getTime());
    expect(later.expire.getTime()).toBe(first.expire.getTime());
  });

  test('when the session was last refreshed long ago, then the next page moves its expiry forward', async () => {
    const { user, password } = await createUser(db, { role: 'fact_checker' });
    const agent = await signIn(newAgent(app), user.email, password);
    await agent.get('/account').expect(200);
    const first = await storedSession(user.id);
    await db.raw(`UPDATE user_sessions SET sess = jsonb_set(sess::jsonb, '{refreshedAt}', '0')::json WHERE sid = ?`, [first.sid]);
    await new Promise((r) => setTimeout(r, 20));
    await agent.get('/account').expect(200);
    const later = await storedSession(user.id);
    expect(later.expire.getTime()).toBeGreaterThan(first.expire.getTime());
  });
});
