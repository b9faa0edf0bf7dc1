import { insertArticleWithClaims } from '../support/claims-fixtures';
import { auditEventsFor } from '../support/audit';
import { csrfFrom, getTestDb, type Agent } from '../support';
import { claimForm, correctionForm, noticeAfter, signedIn } from '../support/claims-http';

const BODY = 'The mayor said: "The bridge opens in May, and the tolls go." Engineers disagree.';
const QUOTE = 'The bridge opens in May, and the tolls go.';

async function claimFor(userId: number): Promise<number> {
  const { claimIds: [id] } = await insertArticleWithClaims(getTestDb(), userId, BODY, [{ quote: QUOTE, speaker: 'Mayor Example' }]);
  return id!;
}

const post = (agent: Agent, id: number, form: Record<string, string>) => agent.post(`/claims/${id}/verdict`).type('form').send(form);
const claimState = (id: number) => getTestDb()('claims').where({ id }).first('status', 'version');
const reviewsOf = (id: number) => getTestDb()('claim_reviews').where({ claim_id: id }).orderBy('id').select('reviewer_id', 'status', 'note', 'evidence_urls');

describe('a verdict the claim already holds', () => {
  test('when a verdict is sent twice (a double click), then the second lands on the claim with a notice that nothing was saved, and writes no version, review or event', async () => {
    const { agent, userId } = await signedIn();
    const claimId = await claimFor(userId);
    const form = { ...(await claimForm(agent, claimId)), status: 'verified' };
    expect((await post(agent, claimId, form)).status).toBe(303);

    const twice = await post(agent, claimId, form);

    expect(twice.status).toBe(303);
    expect(twice.headers.location).toBe(`/claims/${claimId}`);
    expect(await noticeAfter(agent, twice.headers.location)).toBe(`flash--info Claim ${claimId} is already marked verified; nothing was saved.`);
    expect(await claimState(claimId)).toEqual({ status: 'verified', version: 2 });
    expect(await reviewsOf(claimId)).toHaveLength(1);
    expect((await auditEventsFor(getTestDb(), 'claim', claimId)).map((e) => e.action)).toEqual(['claim.verdict']);
  });

  test('when another reviewer gave the same verdict, note and evidence meanwhile, then a stale form is that verdict, not a conflict, and forms open on the claim still save', async () => {
    const first = await signedIn();
    const second = await signedIn();
    const claimId = await claimFor(first.userId);
    const verdict = { status: 'disputed', note: 'Tender documents say August', evidence_url: 'https://example.org/tender\nhttps://example.org/plan' };
    const stale = await claimForm(second.agent, claimId);
    expect((await post(first.agent, claimId, { ...(await claimForm(first.agent, claimId)), ...verdict })).status).toBe(303);
    const openForm = await claimForm(first.agent, claimId);

    // typed as a sentence would have it: the same links, one a line
    const res = await post(second.agent, claimId, { ...stale, ...verdict, evidence_url: 'https://example.org/tender, https://example.org/plan.' });

    expect(res.status).toBe(303);
    expect(await noticeAfter(second.agent, res.headers.location)).toBe(`flash--info Claim ${claimId} is already marked disputed, with the same note and evidence; nothing was saved.`);
    expect(await claimState(claimId)).toEqual({ status: 'disputed', version: 2 });
    expect(await reviewsOf(claimId)).toEqual([{ reviewer_id: first.userId, status: 'disputed', note: verdict.note, evidence_urls: ['https://example.org/tender', 'https://example.org/plan'] }]);
    expect((await post(first.agent, claimId, { ...openForm, status: 'verified' })).status).toBe(303);
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(2);
  });

  const GIVEN = { status: 'disputed', note: 'Tender documents say August', evidence_url: 'https://example.org/tender\nhttps://example.org/plan' };
  test.each([
    ['another note', GIVEN, { note: 'Tender documents say September' }],
    ['no note', { ...GIVEN, status: 'verified' }, { status: 'verified', note: '' }],
    ['another evidence link', GIVEN, { evidence_url: 'https://example.org/tender\nhttps://example.org/other' }],
    ['one evidence link fewer', GIVEN, { evidence_url: 'https://example.org/tender' }],
    ['its evidence in another order', GIVEN, { evidence_url: 'https://example.org/plan\nhttps://example.org/tender' }],
    ['another status', GIVEN, { status: 'needs_translation_review' }],
  ])('when a stale form holds the verdict given meanwhile but %s, then it is a change on a version it did not see: 409, and nothing is written', async (_case, given, sent) => {
    const first = await signedIn();
    const second = await signedIn();
    const claimId = await claimFor(first.userId);
    const stale = await claimForm(second.agent, claimId);
    expect((await post(first.agent, claimId, { ...(await claimForm(first.agent, claimId)), ...given })).status).toBe(303);

    const res = await post(second.agent, claimId, { ...stale, ...given, ...sent });

    expect(res.status).toBe(409);
    expect(res.text).toContain('changed while you were working');
    expect(await claimState(claimId)).toEqual({ status: given.status, version: 2 });
    expect(await reviewsOf(claimId)).toHaveLength(1);
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(1);
  });

  test('when the same status is sent again with another note on the current version, then it is a change: saved, with its own event', async () => {
    const { agent, userId } = await signedIn();
    const claimId = await claimFor(userId);
    expect((await post(agent, claimId, { ...(await claimForm(agent, claimId)), status: 'disputed', note: 'Tender says August' })).status).toBe(303);

    const res = await post(agent, claimId, { ...(await claimForm(agent, claimId)), status: 'disputed', note: 'Tender says August; the minutes say September' });

    expect(res.status).toBe(303);
    expect(await noticeAfter(agent, res.headers.location)).toBe(`flash--success Claim ${claimId} marked disputed.`);
    expect(await claimState(claimId)).toEqual({ status: 'disputed', version: 3 });
    expect((await reviewsOf(claimId)).map((r) => r.note)).toEqual(['Tender says August', 'Tender says August; the minutes say September']);
    expect((await auditEventsFor(getTestDb(), 'claim', claimId)).map((e) => [e.action, e.note])).toEqual([
      ['claim.verdict', 'Tender says August'], ['claim.verdict', 'Tender says August; the minutes say September'],
    ]);
  });

  test('when "Save and review next" is sent twice, then the second also goes on to the next claim, saying nothing was saved', async () => {
    const { agent, userId } = await signedIn();
    const claimId = await claimFor(userId);
    const form = { ...(await claimForm(agent, claimId)), status: 'verified', then: 'next' };
    expect((await post(agent, claimId, form)).headers.location).toBe('/queue/next');

    const twice = await post(agent, claimId, form);

    expect(twice.status).toBe(303);
    expect(twice.headers.location).toBe('/queue/next');
    const next = await agent.get('/queue/next');
    expect((await agent.get(next.headers.location!)).text).toContain(`Claim ${claimId} is already marked verified; nothing was saved.`);
    expect(await claimState(claimId)).toEqual({ status: 'verified', version: 2 });
  });

  test('when the speaker was corrected since the form was opened, then the same verdict given on the new speaker is not this one: 409', async () => {
    const checker = await signedIn();
    const editor = await signedIn('editor');
    const claimId = await claimFor(checker.userId);
    const stale = await claimForm(checker.agent, claimId);
    expect((await post(checker.agent, claimId, { ...stale, status: 'verified' })).status).toBe(303);
    const recast = await editor.agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...correctionForm((await editor.agent.get(`/claims/${claimId}`)).text), speaker: `Deputy Example ${Date.now()}` });
    expect(recast.status).toBe(303);
    expect(await claimState(claimId)).toEqual({ status: 'unreviewed', version: 3 });
    expect((await post(editor.agent, claimId, { ...(await claimForm(editor.agent, claimId)), status: 'verified' })).status).toBe(303);

    // sent again from the page opened when the mayor was the speaker
    const res = await post(checker.agent, claimId, { ...stale, status: 'verified' });

    expect(res.status).toBe(409);
    expect(await claimState(claimId)).toEqual({ status: 'verified', version: 4 });
    expect(await reviewsOf(claimId)).toHaveLength(2);
  });

  test('when the quote was moved since the form was opened, then the same verdict given on the new words is not this one: 409', async () => {
    const checker = await signedIn();
    const editor = await signedIn('editor');
    const claimId = await claimFor(checker.userId);
    const stale = await claimForm(checker.agent, claimId);
    expect((await post(checker.agent, claimId, { ...stale, status: 'verified' })).status).toBe(303);
    const moved = await editor.agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...correctionForm((await editor.agent.get(`/claims/${claimId}`)).text), quote: 'The bridge opens in May,' });
    expect(moved.status).toBe(303);
    expect((await post(editor.agent, claimId, { ...(await claimForm(editor.agent, claimId)), status: 'verified' })).status).toBe(303);
    expect(await claimState(claimId)).toEqual({ status: 'verified', version: 4 });

    // sent again from the page opened on the longer words
    const res = await post(checker.agent, claimId, { ...stale, status: 'verified' });

    expect(res.status).toBe(409);
    expect(await claimState(claimId)).toEqual({ status: 'verified', version: 4 });
    expect(await reviewsOf(claimId)).toHaveLength(2);
    // its conflict page offers the verdict again on the current version: the claim holds it, so nothing is written
    const retry = await post(checker.agent, claimId, { _csrf: csrfFrom(res.text), version: '4', status: 'verified' });
    expect(retry.status).toBe(303);
    expect(await noticeAfter(checker.agent, retry.headers.location)).toBe(`flash--info Claim ${claimId} is already marked verified; nothing was saved.`);
    expect(await claimState(claimId)).toEqual({ status: 'verified', version: 4 });
  });
});
