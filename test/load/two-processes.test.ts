import { randomBytes } from 'node:crypto';
import type { ChildServer } from '../../bench/lib/child-server';
import { csrfIn, signInOverHttp } from '../../bench/lib/web-session';
import { createUser, getTestDb, testDatabaseUrl } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { startAppProcess } from '../faults/app-process';
import { chainProblemsSince, judgeStorm, pendingSettled, runStorm, type StormSession } from './review-storm';

/**
 * Two app processes on one database, the way Verbatim scales out behind a load balancer (same DATABASE_URL and
 * SESSION_SECRET): a session made on one is honoured and ended on the other, and concurrent reviews through both
 * lose no update.
 */
describe('two app processes on one database', () => {
  let a: ChildServer;
  let b: ChildServer;

  beforeAll(async () => {
    // Both are kept as they come up, so when one fails to start the other is still stopped after the tests.
    const started = await Promise.allSettled([startAppProcess(testDatabaseUrl()), startAppProcess(testDatabaseUrl())]);
    if (started[0].status === 'fulfilled') a = started[0].value;
    if (started[1].status === 'fulfilled') b = started[1].value;
    for (const s of started) if (s.status === 'rejected') throw s.reason;
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('when a reviewer signs in on one process, then the other serves them, and signing out on it ends the session on both', async () => {
    const { user, password } = await createUser(getTestDb(), { role: 'fact_checker' });
    const session = await signInOverHttp(a.url, user.email, password);

    const onB = await fetch(`${b.url}/claims`, { headers: { cookie: session.cookie }, redirect: 'manual' });
    expect(onB.status).toBe(200);
    const page = await onB.text();
    expect(page).toContain(user.name);

    const out = await fetch(`${b.url}/logout`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfIn(page) }).toString(),
      redirect: 'manual',
    });
    expect(out.status).toBe(303);
    const backOnA = await fetch(`${a.url}/claims`, { headers: { cookie: session.cookie }, redirect: 'manual' });
    expect(backOnA.status).toBe(303);
    expect(backOnA.headers.get('location')).toMatch(/^\/login/);
  }, 60_000);

  it('when reviewers on both processes change the same claims at once, then no update is lost and the chain holds', async () => {
    const db = getTestDb();
    const tag = randomBytes(3).toString('hex');
    const editor = await createUser(db, { role: 'editor' });
    const checker = await createUser(db, { role: 'fact_checker' });
    const speakers = [`Two Process Speaker A ${tag}`, `Two Process Speaker B ${tag}`];
    const quotes = Array.from({ length: 10 }, (_, i) => `Two processes quote ${i} ${tag}`);
    const body = quotes.map((q, i) => `“${q},” said ${speakers[i % 2]}.`).join('\n\n');
    const fixture = await insertArticleWithClaims(db, editor.user.id, body, quotes.map((quote, i) => ({ quote, speaker: speakers[i % 2]! })));
    const signed = [
      { ...(await signInOverHttp(a.url, editor.user.email, editor.password)), role: 'editor' as const },
      { ...(await signInOverHttp(b.url, checker.user.email, checker.password)), role: 'fact_checker' as const },
    ];
    // Each session is used through both processes: half its clients on A, half on B.
    const sessions: StormSession[] = Array.from({ length: 16 }, (_, i) => ({ ...signed[i % 2]!, baseUrl: i < 8 ? a.url : b.url }));
    const initial = new Map<number, number>(
      (await db('claims').whereIn('id', fixture.claimIds).select('id', 'version')).map((c: { id: number; version: number }) => [c.id, c.version]),
    );
    const sinceSeq = Number((await db('audit_events').max('seq as seq').first())?.seq ?? 0);

    const records = await runStorm({ sessions, claimIds: fixture.claimIds, speakerIds: Object.values(fixture.speakerIds), actions: 300, seed: 11 });
    expect(await pendingSettled(db, 5000)).toBe(true);
    const verdict = await judgeStorm(db, records, initial, sinceSeq);
    process.stdout.write(`two processes: ${records.length} actions, ${verdict.accepted} accepted, ${verdict.unchanged} already so (${verdict.unchangedVerdicts} verdicts), ${verdict.conflicts} stale (409), other ${JSON.stringify(verdict.other)}, ${verdict.problems.length} problems\n`);

    expect({ other: verdict.other, first: verdict.otherSeen }).toEqual({ other: {}, first: {} });
    expect(verdict.problems).toEqual([]);
    expect(verdict.accepted).toBeGreaterThan(0);
    expect(verdict.conflicts).toBeGreaterThan(0);
    expect(await chainProblemsSince(db, sinceSeq)).toEqual([]);
  }, 120_000);
});
