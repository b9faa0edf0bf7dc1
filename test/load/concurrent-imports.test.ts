import { randomBytes } from 'node:crypto';
import type { ChildServer } from '../../bench/lib/child-server';
import { signInOverHttp } from '../../bench/lib/web-session';
import { createUser, getTestDb, testDatabaseUrl } from '../support';
import { startAppProcess } from '../faults/app-process';

/**
 * Reviewers importing at the same time articles that name the same new people, in different orders: every import
 * must go through (no deadlock between the speaker rows each import creates) and each person must exist once.
 */
describe('concurrent imports naming the same new speakers', () => {
  let app: ChildServer;
  let base: string;

  // The app as production runs it (its own process, its full connection pool), on the test database.
  beforeAll(async () => {
    app = await startAppProcess(testDatabaseUrl());
    base = app.url;
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('when rounds of eight imports name five new people in different orders at once, then all are imported and each person exists once', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const session = await signInOverHttp(base, user.email, password);
    const failed: string[] = [];
    // A deadlock needs two imports to create the same people in crossing orders at the same moment: several rounds
    // make that moment likely, as it is in a newsroom importing the day's wires together.
    for (let round = 0; round < 6; round++) {
      const tag = randomBytes(3).toString('hex');
      const people = ['Anna Abara', 'Jean Bianchi', 'Kwame Costa', 'Li Dubois', 'Sofia Eriksen'].map((s) => `${s}${tag}`);
      const text = (i: number) =>
        [`Briefing ${i} ${tag}`, ...Array.from({ length: 30 }, (_, q) => `“Point ${q} of briefing ${i} ${tag}: the negotiations will continue,” ${people[(i + q) % 5]} said on Tuesday.`)].join('\n\n');
      const statuses = await Promise.all(Array.from({ length: 8 }, (_, i) =>
        fetch(`${base}/articles`, {
          method: 'POST',
          headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ title: `Briefing ${i} ${tag}`, text: text(i), _csrf: session.csrf }).toString(),
          redirect: 'manual',
        }).then((r) => r.status),
      ));
      statuses.forEach((s, i) => s !== 303 && failed.push(`round ${round} import ${i}: ${s}`));
      const rows = await db('speakers').whereNull('merged_into_id').where('name', 'like', `%${tag}`).select('name_key');
      expect(new Set(rows.map((p: { name_key: string }) => p.name_key)).size).toBe(rows.length);
    }
    expect(failed).toEqual([]);
  }, 60_000);
});
