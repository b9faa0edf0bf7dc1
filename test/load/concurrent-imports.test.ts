import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signInOverHttp } from '../../bench/lib/web-session';
import { createUser, getTestDb, testApp } from '../support';
import { describeOnServer } from './embedded-limit';

/**
 * Reviewers importing at the same time articles that name the same new people, in different orders: every import
 * must go through (no deadlock between the speaker rows each import creates) and each person must exist once.
 */
describeOnServer('concurrent imports naming the same new speakers', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = testApp().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('when eight imports name five new people in different orders at once, then all are imported and each person exists once', async () => {
    const db = getTestDb();
    const tag = randomBytes(3).toString('hex');
    const surnames = ['Abara', 'Bianchi', 'Costa', 'Dubois', 'Eriksen'].map((s) => `${s}${tag}`);
    const { user, password } = await createUser(db, { role: 'editor' });
    const session = await signInOverHttp(base, user.email, password);
    const text = (i: number) =>
      [`Briefing ${i} ${tag}`, ...Array.from({ length: 10 }, (_, q) => `“Point ${q} of briefing ${i} ${tag} stands,” Minister ${surnames[(i + q) % 5]} said.`)].join('\n\n');
    const statuses = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      fetch(`${base}/articles`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ title: `Briefing ${i} ${tag}`, text: text(i), _csrf: session.csrf }).toString(),
        redirect: 'manual',
      }).then((r) => r.status),
    ));
    expect(statuses).toEqual(Array(8).fill(303));
    const people = await db('speakers').whereNull('merged_into_id').where('name', 'like', `%${tag}`).select('name_key');
    expect(new Set(people.map((p: { name_key: string }) => p.name_key)).size).toBe(people.length);
  }, 60_000);
});
