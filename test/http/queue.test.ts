import { insertArticleWithClaims } from '../support/claims-fixtures';
import { auditEventsFor } from '../support/audit';
import { getTestDb } from '../support';
import { claimForm, signedIn } from '../support/claims-http';

const BODY = '"First words." "Second words." "Third words."';
const QUOTES = ['First words.', 'Second words.', 'Third words.'];

describe('queues and assignment', () => {
  test('when a claim is assigned to me, then it is in my queue, next unreviewed leads to it, and the assignment is audited once', async () => {
    const lead = await signedIn('editor', 'Desk Lead');
    const checker = await signedIn('fact_checker', 'Queue Checker');
    const { claimIds } = await insertArticleWithClaims(getTestDb(), lead.userId, BODY, QUOTES.map((quote) => ({ quote })));
    const target = claimIds[1]!;
    const res = await lead.agent.post(`/claims/${target}/assign`).type('form').send({ ...(await claimForm(lead.agent, target)), assignee: String(checker.userId) });
    expect(res.status).toBe(303);
    const events = await auditEventsFor(getTestDb(), 'claim', target);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'claim.assign', actor_id: lead.userId, after: { assignee_id: checker.userId } });

    const queue = await checker.agent.get('/queue');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain(`href="/claims/${target}"`);
    expect(queue.text).not.toContain(`href="/claims/${claimIds[0]}"`);
    const next = await checker.agent.get('/queue/next');
    expect(next.status).toBe(303);
    expect(next.headers.location).toBe(`/claims/${target}`);
    expect((await checker.agent.get(`/claims?assignee=me`)).text).toContain(`href="/claims/${target}"`);
  });

  test('when my queue is reviewed, then next unreviewed falls back to the unassigned claim changed longest ago', async () => {
    const checker = await signedIn();
    const { claimIds } = await insertArticleWithClaims(getTestDb(), checker.userId, BODY, QUOTES.map((quote) => ({ quote, assigneeId: checker.userId })));
    for (const id of claimIds) {
      const next = await checker.agent.get('/queue/next');
      expect(next.headers.location).toBe(`/claims/${id}`);
      const verdict = await checker.agent.post(`/claims/${id}/verdict`).type('form').send({ ...(await claimForm(checker.agent, id)), status: 'verified', then: 'next' });
      expect(verdict.headers.location).toBe('/queue/next');
    }
    const after = await checker.agent.get('/queue/next');
    expect(after.status).toBe(303);
    expect(claimIds.map((id) => `/claims/${id}`)).not.toContain(after.headers.location);
    const fallback = await getTestDb()('claims').where({ status: 'unreviewed' }).whereNull('assignee_id').orderBy(['updated_at', 'id']).first('id');
    expect(after.headers.location).toBe(fallback ? `/claims/${fallback.id}` : '/queue');
  });

  test('when a claim is assigned to the reviewer it already has, then nothing is written, it lands like a save, and verdict forms open on it still save', async () => {
    const lead = await signedIn('editor');
    const checker = await signedIn('fact_checker');
    const { claimIds: [id] } = await insertArticleWithClaims(getTestDb(), lead.userId, BODY, [{ quote: QUOTES[0]!, assigneeId: checker.userId }]);
    const verdictForm = await claimForm(checker.agent, id!);
    const res = await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...(await claimForm(lead.agent, id!)), assignee: String(checker.userId) });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/claims/${id}`);
    expect((await lead.agent.get(res.headers.location!)).text).toContain(`Claim ${id} is already assigned to that reviewer: nothing more to save.`);
    expect(await getTestDb()('claims').where({ id }).first('assignee_id', 'version')).toEqual({ assignee_id: checker.userId, version: 1 });
    expect(await auditEventsFor(getTestDb(), 'claim', id!)).toEqual([]);
    const mine = await checker.agent.post(`/claims/${id}/assign`).type('form').send({ ...verdictForm, assignee: 'me' });
    expect(mine.status).toBe(303);
    expect((await checker.agent.get(mine.headers.location!)).text).toContain(`Claim ${id} is already assigned to you: nothing more to save.`);
    expect((await checker.agent.post(`/claims/${id}/verdict`).type('form').send({ ...verdictForm, status: 'verified' })).status).toBe(303);
    expect((await auditEventsFor(getTestDb(), 'claim', id!)).map((e) => e.action)).toEqual(['claim.verdict']);
    // an assignee since deactivated is no assignment to keep: the form asks for someone else
    await getTestDb()('users').where({ id: checker.userId }).update({ active: false });
    const gone = await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...(await claimForm(lead.agent, id!)), assignee: String(checker.userId) });
    expect(gone.status).toBe(422);
    expect(gone.text).toContain('That reviewer does not exist or is deactivated.');
  });

  test('when an assignment is sent twice (the second on the version the first replaced), then the second is done, not a conflict, and writes nothing', async () => {
    const lead = await signedIn('editor');
    const { claimIds: [id] } = await insertArticleWithClaims(getTestDb(), lead.userId, BODY, [{ quote: QUOTES[0]! }]);
    const form = await claimForm(lead.agent, id!);
    expect((await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...form, assignee: 'me' })).status).toBe(303);
    const twice = await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...form, assignee: 'me' });
    expect(twice.status).toBe(303);
    expect((await lead.agent.get(twice.headers.location!)).text).toContain(`Claim ${id} is already assigned to you: nothing more to save.`);
    expect(await getTestDb()('claims').where({ id }).first('assignee_id', 'version')).toEqual({ assignee_id: lead.userId, version: 2 });
    expect(await auditEventsFor(getTestDb(), 'claim', id!)).toHaveLength(1);
    // nobody, on a claim with nobody, the same
    const { claimIds: [open] } = await insertArticleWithClaims(getTestDb(), lead.userId, BODY, [{ quote: QUOTES[0]! }]);
    const none = await lead.agent.post(`/claims/${open}/assign`).type('form').send({ ...(await claimForm(lead.agent, open!)), assignee: 'nobody' });
    expect(none.status).toBe(303);
    expect((await lead.agent.get(none.headers.location!)).text).toContain(`Claim ${open} is already unassigned: nothing more to save.`);
    expect(await getTestDb()('claims').where({ id: open }).first('version')).toEqual({ version: 1 });
    expect(await auditEventsFor(getTestDb(), 'claim', open!)).toEqual([]);
  });

  test('when the assignee is not a number, or the assignment is stale, then 422 or 409 and nothing changes', async () => {
    const lead = await signedIn('editor');
    const { claimIds: [id] } = await insertArticleWithClaims(getTestDb(), lead.userId, BODY, [{ quote: QUOTES[0]! }]);
    const form = await claimForm(lead.agent, id!);
    expect((await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...form, assignee: 'the intern' })).status).toBe(422);
    expect((await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...form, assignee: 'me' })).status).toBe(303);
    const stale = await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...form, assignee: 'nobody' });
    expect(stale.status).toBe(409);
    expect(await getTestDb()('claims').where({ id }).first('assignee_id', 'version')).toEqual({ assignee_id: lead.userId, version: 2 });
    expect(await auditEventsFor(getTestDb(), 'claim', id!)).toHaveLength(1);
  });
});
