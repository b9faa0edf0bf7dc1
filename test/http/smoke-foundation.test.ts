import request from 'supertest';
import { createUser, getTestDb, newAgent, signIn, testApp } from '../support';

test('when an admin signs in, then /admin/users lists them', async () => {
  const db = getTestDb();
  const { user, password } = await createUser(db, { role: 'admin' });
  const app = testApp();
  const agent = await signIn(newAgent(app), user.email, password);
  const res = await agent.get('/admin/users');
  expect(res.status).toBe(200);
  expect(res.text).toContain(user.email);
  expect((await request(app).get('/healthz')).status).toBe(200);
});
