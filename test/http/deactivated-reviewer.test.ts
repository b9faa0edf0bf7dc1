import { auditEventsFor, csrfFrom, getTestDb } from '../support';
import { claimForm, signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();
const BODY = '"First words." "Second words." "Third words." "Fourth words."';

async function deactivate(admin: Awaited<ReturnType<typeof signedIn>>, userId: number) {
  const page = await admin.agent.get(`/admin/users/${userId}`);
  const res = await admin.agent.post(`/admin/users/${userId}`).type('form').send({ _csrf: csrfFrom(page.text), active: 'false' });
  return { page, res };
}

describe('deactivating a reviewer with claims in their queue', () => {
  test('when an admin deactivates a reviewer, then their unreviewed claims go back to nobody, each assignment change audited, and the page says how many', async () => {
    const admin = await signedIn('admin');
    const lead = await signedIn('editor');
    const checker = await signedIn('fact_checker', `Leaving Checker ${Date.now()}`);
    const { claimIds: [assigned, fixtureQueued, reviewed, open] } = await insertArticleWithClaims(db, lead.userId, BODY, [
      { quote: 'First words.' },
      { quote: 'Second words.', assigneeId: checker.userId },
      { quote: 'Third words.', assigneeId: checker.userId, status: 'verified' },
      { quote: 'Fourth words.' },
    ]);
    const res = await lead.agent.post(`/claims/${assigned}/assign`).type('form').send({ ...(await claimForm(lead.agent, assigned!)), assignee: String(checker.userId) });
    expect(res.status).toBe(303);

    const { page, res: off } = await deactivate(admin, checker.userId);
    expect(page.text).toContain('the 2 unreviewed claims assigned to them go back to nobody, for anyone to review');
    expect(off.status).toBe(303);
    expect((await admin.agent.get(off.headers.location!)).text).toContain('The 2 unreviewed claims assigned to them are unassigned again, for anyone to review.');

    const rows = await db('claims').whereIn('id', [assigned!, fixtureQueued!, reviewed!, open!]).orderBy('id').select('id', 'assignee_id', 'version', 'updated_by');
    expect(rows).toEqual([
      { id: assigned, assignee_id: null, version: 3, updated_by: admin.userId },
      { id: fixtureQueued, assignee_id: null, version: 2, updated_by: admin.userId },
      // a claim already reviewed is no work left waiting: it stays with whoever had it
      { id: reviewed, assignee_id: checker.userId, version: 1, updated_by: null },
      { id: open, assignee_id: null, version: 1, updated_by: null },
    ]);
    const [deactivation] = (await auditEventsFor(db, 'user', checker.userId)).filter((e) => e.action === 'user.update');
    expect(deactivation).toMatchObject({ actor_id: admin.userId, before: { active: true }, after: { active: false, claims_released: 2 } });
    for (const [id, version] of [[assigned!, 2], [fixtureQueued!, 1]] as const) {
      const released = (await auditEventsFor(db, 'claim', id)).at(-1);
      expect(released).toMatchObject({
        action: 'claim.assign', actor_id: admin.userId, note: 'The assignee’s account was deactivated.',
        before: { assignee_id: checker.userId, version }, after: { assignee_id: null, version: version + 1, part_of_event: deactivation!.id },
      });
    }
    expect(await auditEventsFor(db, 'claim', reviewed!)).toEqual([]);

    // in the pile nobody has taken, where Next finds them
    const pile = await lead.agent.get('/claims?assignee=nobody&status=unreviewed&article=' + String((await db('claims').where({ id: open }).first('article_id')).article_id));
    expect(pile.text).toContain(`href="/claims/${assigned}"`);
    expect(pile.text).toContain(`href="/claims/${fixtureQueued}"`);
  });

  test('when a claim was assigned to someone since deactivated, then its history still names them, on the claim page and on a conflict page', async () => {
    const admin = await signedIn('admin');
    const lead = await signedIn('editor');
    const name = `Named Leaver ${Date.now()}`;
    const checker = await signedIn('fact_checker', name);
    const { claimIds: [id] } = await insertArticleWithClaims(db, lead.userId, BODY, [{ quote: 'First words.' }]);
    const stale = await claimForm(lead.agent, id!);
    expect((await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...stale, assignee: String(checker.userId) })).status).toBe(303);
    expect((await deactivate(admin, checker.userId)).res.status).toBe(303);

    const page = await lead.agent.get(`/claims/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Assigned to: \u2068nobody\u2069 → \u2068${name}\u2069`);
    expect(page.text).toContain(`Assigned to: \u2068${name}\u2069 → \u2068nobody\u2069`);
    expect(page.text).not.toContain(`reviewer #${checker.userId}`);

    const conflict = await lead.agent.post(`/claims/${id}/assign`).type('form').send({ ...stale, assignee: 'me' });
    expect(conflict.status).toBe(409);
    expect(conflict.text).toContain(`Assigned to: \u2068nobody\u2069 → \u2068${name}\u2069`);
    expect(conflict.text).not.toContain(`reviewer #${checker.userId}`);
  });

  test('when a reviewer with an empty queue is deactivated, then the page and the notice say nothing of claims', async () => {
    const admin = await signedIn('admin');
    const checker = await signedIn('fact_checker');
    const { page, res } = await deactivate(admin, checker.userId);
    expect(page.text).toContain("Deactivating ends this person's sessions at once; their name stays on the work they did.");
    const notice = (await admin.agent.get(res.headers.location!)).text;
    expect(notice).toContain(', deactivated.');
    expect(notice).not.toContain('unassigned again');
    const [deactivation] = (await auditEventsFor(db, 'user', checker.userId)).filter((e) => e.action === 'user.update');
    expect(deactivation).toMatchObject({ after: { active: false, claims_released: 0 } });
  });
});
