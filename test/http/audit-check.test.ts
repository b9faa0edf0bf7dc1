import type { Express } from 'express';
import { chainReadProgress, chainLinks } from '../../server/audit/repository';
import { createUser, csrfFrom, isolatedDatabase, newAgent, signIn, type Agent, type IsolatedDatabase } from '../support';

// A trail of its own: one test breaks the chain for a while, which every other check of the shared database would see.
let iso: IsolatedDatabase;
let app: Express;
beforeAll(async () => {
  iso = await isolatedDatabase();
  app = iso.app();
}, 120_000);
afterAll(() => iso?.close());

async function signedIn(role: 'admin' | 'editor' | 'fact_checker'): Promise<{ id: number; agent: Agent }> {
  const { user, password } = await createUser(iso.db, { role });
  return { id: user.id, agent: await signIn(newAgent(app), user.email, password) };
}

async function startCheck(agent: Agent) {
  const page = await agent.get('/audit/check');
  return agent.post('/audit/check').type('form').send({ _csrf: csrfFrom(page.text) });
}

async function finishedCheck(): Promise<{ id: number; outcome: string; events_checked: number; broken_event_id: number | null }> {
  for (const started = Date.now(); Date.now() - started < 20_000; await new Promise((r) => setTimeout(r, 50))) {
    const running = await iso.db('audit_checks').whereNull('finished_at').first();
    if (!running) return iso.db('audit_checks').orderBy('id', 'desc').first();
  }
  throw new Error('the check did not finish within 20 s');
}

async function linkedEvents(): Promise<number> {
  return Number((await iso.db('audit_events').whereNotNull('seq').count({ n: '*' }).first())!.n);
}

test('when an admin checks an untouched trail, then the check runs in the background and the page says intact, with the number of events', async () => {
  const { id: adminId, agent } = await signedIn('admin');
  const before = await linkedEvents();
  const pending = Number((await iso.db('audit_events').whereNull('seq').count({ n: '*' }).first())!.n);
  const res = await startCheck(agent);
  expect(res.status).toBe(303);
  expect(res.headers.location).toBe('/audit/check');
  const check = await finishedCheck();
  // every event linked when it started, and those the chainer linked meanwhile (pending ones, the check's own start)
  const events = check.events_checked;
  expect(events).toBeGreaterThanOrEqual(before);
  expect(events).toBeLessThanOrEqual(before + pending + 1);
  expect(check).toMatchObject({ outcome: 'intact', started_by: adminId });
  const page = await agent.get('/audit/check');
  expect(page.text).toContain(`Audit trail intact: ${events} events, hash chain verified.`);
  expect(page.text).toContain('Check the audit trail now');
  expect(page.text).not.toContain('http-equiv="refresh"');
  // who asked for the check and what it found are in the trail itself, the start in the same transaction as the check
  const recorded = await iso.db('audit_events').where({ entity_type: 'audit_check', entity_id: String(check.id) }).orderBy('id').select('action', 'actor_id', 'after');
  expect(recorded).toEqual([
    { action: 'audit.check', actor_id: adminId, after: { events_expected: expect.any(Number) } },
    { action: 'audit.check_result', actor_id: adminId, after: { outcome: 'intact', events_checked: events, broken_event_id: null } },
  ]);
  const trail = await agent.get('/audit?entity_type=audit_check');
  expect(trail.text).toContain('Audit trail checked');
  expect(trail.text).toContain('Result: intact');
});

test('when an event was altered behind the triggers, then the check names it and links to it in the trail', async () => {
  const { agent } = await signedIn('admin');
  const event = await iso.db('audit_events').whereNotNull('seq').orderBy('seq').first();
  const rewrite = (after: unknown) => iso.db.transaction(async (trx) => {
    await trx.raw('SET LOCAL session_replication_role = replica');
    await trx('audit_events').where({ id: event.id }).update({ after: JSON.stringify(after) });
  });
  await rewrite({ role: 'admin', forged: true });
  try {
    await startCheck(agent);
    const check = await finishedCheck();
    expect(check).toMatchObject({ outcome: 'broken', broken_event_id: event.id, events_checked: 1 });
    const result = await iso.db('audit_events').where({ action: 'audit.check_result', entity_id: String(check.id) }).first();
    expect(result.after).toEqual({ outcome: 'broken', events_checked: 1, broken_event_id: event.id });
    expect(result.note).toContain(`event ${event.id} (#${event.seq}) was altered`);
    const page = await agent.get('/audit/check');
    expect(page.text).toContain(`Audit trail BROKEN: event ${event.id} (#${event.seq}) was altered: its content no longer matches its hash.`);
    expect(page.text).toContain(`href="/audit?after=${event.id + 1}"`);
  } finally {
    await rewrite(event.after);
  }
});

test('when a check is under way, then starting another joins it, and its page shows its progress and reloads itself', async () => {
  const { id: adminId, agent } = await signedIn('admin');
  const [running] = await iso.db('audit_checks').insert({ started_by: adminId, events_expected: 2000, events_checked: 500 }).returning('id');
  try {
    const res = await startCheck(agent);
    expect(res.status).toBe(303);
    expect(await iso.db('audit_checks').whereNull('finished_at').pluck('id')).toEqual([running.id]);
    const page = await agent.get('/audit/check');
    expect(page.text).toContain('A check is already under way');
    expect(page.text).toMatch(/Checking: 500 of about 2,000 events\s+\(25 %\)/);
    expect(page.text).toContain('<meta http-equiv="refresh" content="3">');
    expect(page.text).not.toContain('Check the audit trail now');
  } finally {
    await iso.db('audit_checks').where({ id: running.id }).update({ finished_at: iso.db.fn.now(), outcome: 'failed', message: 'test' });
  }
});

test('when a running check stopped moving (its process ended), then it shows as stopped and a new check replaces it', async () => {
  const { id: adminId, agent } = await signedIn('admin');
  const [left] = await iso.db('audit_checks')
    .insert({ started_by: adminId, events_expected: 10, progress_at: iso.db.raw(`now() - interval '1 minute'`) }).returning('id');
  expect((await agent.get('/audit/check')).text).toContain('Stopped without finishing: the app process running it ended');
  await startCheck(agent);
  const check = await finishedCheck();
  expect(check.id).not.toBe(left.id);
  expect(check.outcome).toBe('intact');
  expect(await iso.db('audit_checks').where({ id: left.id }).first()).toMatchObject({ outcome: 'failed', message: expect.stringContaining('process running it ended') });
});

test('when an editor or a fact-checker asks for the check, then it is refused, starts nothing, and the audit page offers it to admins only', async () => {
  const before = await iso.db('audit_checks').count({ n: '*' }).first();
  const { agent: admin } = await signedIn('admin');
  for (const role of ['editor', 'fact_checker'] as const) {
    const { agent } = await signedIn(role);
    expect((await agent.get('/audit/check')).status).toBe(403);
    const token = csrfFrom((await agent.get('/account')).text);
    expect((await agent.post('/audit/check').type('form').send({ _csrf: token })).status).toBe(403);
  }
  expect(await iso.db('audit_checks').count({ n: '*' }).first()).toEqual(before);
  expect((await admin.get('/audit')).text).toContain('href="/audit/check"');
  const { agent: editor } = await signedIn('editor');
  expect((await editor.get('/audit')).text).not.toContain('href="/audit/check"');
});

test('when the chain is read for a check, then its progress is told after each batch it reads', async () => {
  const events = await linkedEvents();
  const told: number[] = [];
  let links = 0;
  await chainReadProgress.run((n) => told.push(n), async () => {
    for await (const batch of chainLinks(iso.db, 2)) links += batch.length;
  });
  expect(links).toBe(events);
  expect(told).toEqual(Array.from({ length: Math.floor(events / 2) + 1 }, (_, i) => Math.min(events, (i + 1) * 2)));
});
