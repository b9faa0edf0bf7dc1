import { createUser, isolatedDatabase, newAgent, signIn, type Agent, type IsolatedDatabase } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';

// Next reaches the claims nobody has taken, and where they end: this file has a database of its own, so that pile is
// exactly the claims its tests make.
let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await isolatedDatabase();
}, 120_000);
afterAll(() => iso?.close());

const BODY = '"One." "Two." "Three." "Four." "Five."';

async function signedIn(role: 'fact_checker' | 'admin'): Promise<{ agent: Agent; userId: number }> {
  const { user, password } = await createUser(iso.db, { role });
  return { agent: await signIn(newAgent(iso.app()), user.email, password), userId: user.id };
}

/** Where Next sends the agent, and the notice waiting there when it is the queue page. */
async function next(agent: Agent, after?: number): Promise<{ location: string; notice?: string }> {
  const res = await agent.get(after === undefined ? '/queue/next' : `/queue/next?after=${after}`);
  expect(res.status).toBe(303);
  const location = res.headers.location!;
  if (location !== '/queue') return { location };
  const page = await agent.get('/queue');
  return { location, notice: /class="flash flash--info"[^>]*>([^<]*)</.exec(page.text)?.[1] };
}

const lastChanged = (id: number, at: string) => iso.db('claims').where({ id }).update({ updated_at: at });

test('when Next is followed claim after claim, then it goes through my queue in the queue page’s order, then through the claims nobody has taken, skipping the claim on screen', async () => {
  const checker = await signedIn('fact_checker');
  const admin = await signedIn('admin');
  const { claimIds: [mineNewer, mineOlder, pileOlder, pileNewer, done] } = await insertArticleWithClaims(iso.db, admin.userId, BODY, [
    { quote: 'One.', assigneeId: checker.userId },
    { quote: 'Two.', assigneeId: checker.userId },
    { quote: 'Three.' },
    { quote: 'Four.' },
    { quote: 'Five.', assigneeId: checker.userId, status: 'verified' },
  ]) as { claimIds: number[] };
  // the order of last change runs against the order of numbers: a queue by number would read them the other way
  await lastChanged(mineNewer!, '2026-01-04T00:00:00Z');
  await lastChanged(mineOlder!, '2026-01-03T00:00:00Z');
  await lastChanged(pileOlder!, '2026-01-01T00:00:00Z');
  await lastChanged(pileNewer!, '2026-01-02T00:00:00Z');

  const queue = (await checker.agent.get('/queue')).text;
  expect(queue.indexOf(`href="/claims/${mineOlder}"`)).toBeGreaterThan(-1);
  expect(queue.indexOf(`href="/claims/${mineOlder}"`)).toBeLessThan(queue.indexOf(`href="/claims/${mineNewer}"`));
  // the dashboard's queue is the same queue in the same order: its first item is where Next goes
  const home = (await checker.agent.get('/')).text;
  const dashboardQueue = home.slice(home.indexOf('id="queue-heading"'), home.indexOf('id="chart-heading"'));
  expect(dashboardQueue.indexOf(`href="/claims/${mineOlder}"`)).toBeGreaterThan(-1);
  expect(dashboardQueue.indexOf(`href="/claims/${mineOlder}"`)).toBeLessThan(dashboardQueue.indexOf(`href="/claims/${mineNewer}"`));

  expect(await next(checker.agent)).toEqual({ location: `/claims/${mineOlder}` });
  const page = (await checker.agent.get(`/claims/${mineOlder}`)).text;
  expect(page).toContain(`<a href="/queue/next?after=${mineOlder}">Next unreviewed claim</a>`);
  expect(await next(checker.agent, mineOlder)).toEqual({ location: `/claims/${mineNewer}` });
  expect(await next(checker.agent, mineNewer)).toEqual({ location: `/claims/${pileOlder}` });
  expect(await next(checker.agent, pileOlder)).toEqual({ location: `/claims/${pileNewer}` });
  expect(await next(checker.agent, pileNewer)).toEqual({
    location: '/queue',
    notice: `No unreviewed claim comes after claim ${pileNewer} in your queue or among those nobody has taken. Next unreviewed claim, from here, starts again at the top.`,
  });
  // from a claim in no queue of mine (reviewed), Next starts at the top
  expect(await next(checker.agent, done)).toEqual({ location: `/claims/${mineOlder}` });
  expect(await next(checker.agent, 999_999_999)).toEqual({ location: `/claims/${mineOlder}` });

  // an admin with nothing assigned, on the first claim nobody has taken: Next goes on, not back to it
  expect(await next(admin.agent)).toEqual({ location: `/claims/${pileOlder}` });
  expect(await next(admin.agent, pileOlder)).toEqual({ location: `/claims/${pileNewer}` });
  // a claim in someone else's queue is no place in mine: the top
  expect(await next(admin.agent, mineNewer)).toEqual({ location: `/claims/${pileOlder}` });

  await iso.db('claims').whereIn('id', [mineNewer!, mineOlder!, pileOlder!, pileNewer!]).update({ status: 'verified' });
  expect(await next(checker.agent, pileNewer)).toEqual({ location: '/queue', notice: 'Nothing left to review: every claim has a verdict or is in someone else’s queue.' });
});
