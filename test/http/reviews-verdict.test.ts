import { insertArticleWithClaims } from '../support/claims-fixtures';
import { auditEventsFor } from '../support/audit';
import { csrfFrom, getTestDb } from '../support';
import { claimForm, signedIn } from '../support/claims-http';

const BODY = 'The mayor said: "The bridge opens in May." Engineers disagree.';
const QUOTE = 'The bridge opens in May.';

async function claimFor(userId: number): Promise<number> {
  const { claimIds: [id] } = await insertArticleWithClaims(getTestDb(), userId, BODY, [{ quote: QUOTE, speaker: 'Mayor Example' }]);
  return id!;
}

describe('POST /claims/:id/verdict', () => {
  test('when a fact-checker disputes a claim with a note and evidence, then 303, the claim changes and exactly one audit event is written', async () => {
    const { agent, userId } = await signedIn();
    const claimId = await claimFor(userId);
    const form = await claimForm(agent, claimId);
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form')
      // links written as in a sentence keep no trailing comma or full stop
      .send({ ...form, status: 'disputed', note: 'Tender documents say August', evidence_url: 'https://example.org/tender,\nhttp://example.com/plan.' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/claims/${claimId}`);
    const db = getTestDb();
    expect(await db('claims').where({ id: claimId }).first('status', 'version', 'updated_by')).toEqual({ status: 'disputed', version: 2, updated_by: userId });
    expect(await db('claim_reviews').where({ claim_id: claimId }).select('evidence_urls')).toEqual([{ evidence_urls: ['https://example.org/tender', 'http://example.com/plan'] }]);
    const events = await auditEventsFor(db, 'claim', claimId);
    expect(events).toEqual([expect.objectContaining({ action: 'claim.verdict', actor_id: userId, note: 'Tender documents say August' })]);
    const page = await agent.get(`/claims/${claimId}`);
    expect(page.text).toContain('Tender documents say August');
    expect(page.text).toContain('claim.verdict');
  });

  test('when a verdict is stored, then the page after the redirect confirms it once, and the session row is not written for it', async () => {
    const { agent, userId } = await signedIn();
    const claimId = await claimFor(userId);
    const form = await claimForm(agent, claimId);
    const db = getTestDb();
    const sessionsBefore = await db('user_sessions').select('sid', 'sess');
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...form, status: 'verified' });
    expect(res.status).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(/verbatim\.flash=[^;]+;.*HttpOnly/);
    const mine = (rows: { sid: string; sess: unknown }[]) => rows.filter((r) => JSON.stringify(r.sess).includes(`"user":${userId}`));
    expect(mine(await db('user_sessions').select('sid', 'sess'))).toEqual(mine(sessionsBefore));

    const confirmed = await agent.get(`/claims/${claimId}`);
    expect(confirmed.text).toContain(`Claim ${claimId} marked verified.`);
    const again = await agent.get(`/claims/${claimId}`);
    expect(again.text).not.toContain(`Claim ${claimId} marked verified.`);
  });

  test.each([
    ['no status', { status: '' }, 'Choose verified, disputed or needs translation review.'],
    ['an unknown status', { status: 'true' }, 'Choose verified, disputed or needs translation review.'],
    ['disputed without a note', { status: 'disputed', note: '  ' }, 'a note is required for this status'],
    ['needs translation review without a note', { status: 'needs_translation_review', note: '' }, 'a note is required for this status'],
    ['a javascript: evidence link', { status: 'verified', evidence_url: 'javascript:alert(1)' }, 'Evidence links must be http or https addresses'],
    ['a file: evidence link', { status: 'verified', evidence_url: 'file:///etc/passwd' }, 'Evidence links must be http or https addresses'],
    ['a missing version', { status: 'verified', version: '' }, 'The form has no valid version'],
    // the real problem named, every bad line named, and a line of words kept whole as typed
    ['an evidence link too long', { status: 'verified', evidence_url: `https://example.org/${'a'.repeat(2000)}` }, 'is longer than 2,000 characters'],
    ['two bad evidence lines', { status: 'verified', evidence_url: 'not a url\nhttps://ok.example/a\nftp://x.example/f' }, '“not a url” is not an http or https address; “ftp://x.example/f” is not'],
  ])('when the form has %s, then 422 re-renders it with the error and the input, and nothing is written', async (_case, fields, message) => {
    const { agent, userId } = await signedIn();
    const claimId = await claimFor(userId);
    const form = await claimForm(agent, claimId);
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...form, note: 'kept <b>note</b>', ...fields });
    expect(res.status).toBe(422);
    expect(res.text).toContain(message);
    // the page comes back at its top: a summary there, above the quote, names the problem and links to the field
    const summary = /<div class="error-summary"[^>]*data-error-summary>([\s\S]*?)<\/div>/.exec(res.text);
    expect(summary?.[1]).toContain(message);
    expect(summary?.[1]).toMatch(/<a href="#(verdict-|attr-|attribution-review)/);
    expect(res.text.indexOf('data-error-summary')).toBeLessThan(res.text.indexOf('class="claim-quote"'));
    if (!('note' in fields)) expect(res.text).toContain('kept &lt;b&gt;note&lt;/b&gt;');
    expect(await getTestDb()('claims').where({ id: claimId }).first('status', 'version')).toEqual({ status: 'unreviewed', version: 1 });
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(0);
  });

  test('when the form is stale, then 409 shows the current status, who changed it, and keeps what the user typed', async () => {
    const first = await signedIn('fact_checker', 'First Checker');
    const second = await signedIn('fact_checker', 'Second Checker');
    const claimId = await claimFor(first.userId);
    const staleForm = await claimForm(second.agent, claimId);
    const firstForm = await claimForm(first.agent, claimId);
    expect((await first.agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...firstForm, status: 'verified' })).status).toBe(303);
    const res = await second.agent.post(`/claims/${claimId}/verdict`).type('form')
      .send({ ...staleForm, status: 'disputed', note: 'My careful reasoning', evidence_url: 'https://example.org/source' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('First Checker');
    expect(res.text).toContain('claim.verdict');
    expect(res.text).toContain('Verified');
    expect(res.text).toContain('My careful reasoning');
    expect(res.text).toContain('https://example.org/source');
    expect(res.text).toMatch(/name="status" value="disputed"[^>]*checked/);
    expect(res.text).toContain('name="version" value="2"');
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(1);
    const retry = await second.agent.post(`/claims/${claimId}/verdict`).type('form')
      .send({ _csrf: csrfFrom(res.text), version: '2', status: 'disputed', note: 'My careful reasoning' });
    expect(retry.status).toBe(303);
  });

  test('when a stale verdict meets an assignment made meanwhile, then the conflict page names the assignee as the claim page does', async () => {
    const name = `Ada Assigned ${Date.now()}`;
    const assignee = await signedIn('fact_checker', name);
    const late = await signedIn('fact_checker');
    const claimId = await claimFor(assignee.userId);
    const stale = await claimForm(late.agent, claimId);
    expect((await assignee.agent.post(`/claims/${claimId}/assign`).type('form').send({ ...(await claimForm(assignee.agent, claimId)), assignee: 'me' })).status).toBe(303);
    const line = `<li>Assigned to: \u2068nobody\u2069 → \u2068${name}\u2069</li>`;
    expect((await late.agent.get(`/claims/${claimId}`)).text).toContain(line);
    const res = await late.agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...stale, status: 'verified' });
    expect(res.status).toBe(409);
    expect(res.text).toContain(line);
    expect(res.text).not.toContain('reviewer #');
    expect(await getTestDb()('claims').where({ id: claimId }).first('status', 'assignee_id')).toEqual({ status: 'unreviewed', assignee_id: assignee.userId });
    expect((await auditEventsFor(getTestDb(), 'claim', claimId)).map((e) => e.action)).toEqual(['claim.assign']);
  });

  test('when the CSRF token is missing, then the verdict is refused', async () => {
    const { agent, userId } = await signedIn();
    const claimId = await claimFor(userId);
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form').send({ status: 'verified', version: '1' });
    expect(res.status).toBe(403);
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(0);
  });

  test('when the claim id is not a number or does not exist, then 404', async () => {
    const { agent } = await signedIn();
    expect((await agent.get('/claims/abc')).status).toBe(404);
    expect((await agent.get('/claims/99999999999')).status).toBe(404);
  });
});
