import { insertArticleWithClaims } from '../support/claims-fixtures';
import { auditEventsFor } from '../support/audit';
import { getTestDb, type Agent } from '../support';
import { claimForm, correctionForm, noticeAfter, signedIn } from '../support/claims-http';

const BODY = 'Officials met on Monday. "We are ready to talk," the envoy said, according to Agency Z.';
const QUOTE = 'We are ready to talk,';

async function claimFor(userId: number, speaker: string): Promise<number> {
  const { claimIds: [id] } = await insertArticleWithClaims(getTestDb(), userId, BODY, [{ quote: QUOTE, speaker, mention: 'the envoy' }]);
  return id!;
}

const claimState = (id: number) => getTestDb()('claims').where({ id }).first('speaker_name', 'quote', 'attribution_status', 'version');
const post = (agent: Agent, id: number, form: Record<string, string | undefined>) => agent.post(`/claims/${id}/attribution`).type('form').send(form);

describe('an attribution review that changes nothing', () => {
  test('when a correction sent again from its conflict page asks what another editor already corrected, then 303 says nothing was saved, and no version or event is written', async () => {
    const { agent, userId } = await signedIn('editor');
    const other = await signedIn('editor');
    const tag = Date.now();
    const claimId = await claimFor(userId, `Envoy Stale ${tag}`);
    const stale = correctionForm((await agent.get(`/claims/${claimId}`)).text);
    const fixed = await post(other.agent, claimId, { ...correctionForm((await other.agent.get(`/claims/${claimId}`)).text), speaker: `Sergei Lavrov ${tag}`, quote: 'We are ready' });
    expect(fixed.status).toBe(303);
    // this editor, on the page opened before, cut the quote the same way and left the speaker box as it was shown
    const conflict = await post(agent, claimId, { ...stale, quote: 'We are ready' });
    expect(conflict.status).toBe(409);
    const offered = correctionForm(conflict.text);
    expect(offered).toMatchObject({ speaker: `Sergei Lavrov ${tag}`, quote: 'We are ready', version: '2' });

    const res = await post(agent, claimId, offered);

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/claims/${claimId}`);
    expect(await noticeAfter(agent, res.headers.location)).toBe(`flash--info Claim ${claimId} already reads as you sent it; nothing was saved.`);
    expect(await claimState(claimId)).toEqual({ speaker_name: `Sergei Lavrov ${tag}`, quote: 'We are ready', attribution_status: 'corrected', version: 2 });
    expect((await auditEventsFor(getTestDb(), 'claim', claimId)).map((e) => e.actor_id)).toEqual([other.userId]);
  });

  test('when a correction is sent twice (the second on the version the first replaced), then the second is done, not a conflict, and writes nothing', async () => {
    const { agent, userId } = await signedIn('editor');
    const tag = Date.now();
    const claimId = await claimFor(userId, `Envoy Twice ${tag}`);
    const form = { ...correctionForm((await agent.get(`/claims/${claimId}`)).text), speaker: `Than Shwe ${tag}`, quote: 'ready to talk', note: 'The envoy read his statement' };
    expect((await post(agent, claimId, form)).status).toBe(303);

    const twice = await post(agent, claimId, form);

    expect(twice.status).toBe(303);
    // the note went nowhere: the page says so rather than let the editor think it was kept
    expect(await noticeAfter(agent, twice.headers.location)).toBe(`flash--info Claim ${claimId} already reads as you sent it; nothing was saved, your note included.`);
    expect(await claimState(claimId)).toEqual({ speaker_name: `Than Shwe ${tag}`, quote: 'ready to talk', attribution_status: 'corrected', version: 2 });
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(1);
    // by the speaker's number, or by character positions that are where the quote already stands, the same
    const { speaker_id: speakerId, start_offset: start } = await getTestDb()('claims').where({ id: claimId }).first('speaker_id', 'start_offset');
    const byNumber = await post(agent, claimId, { ...(await claimForm(agent, claimId)), action: 'correct', speaker: `#${speakerId}`, start: String(start), end: String(start + 'ready to talk'.length) });
    expect(byNumber.status).toBe(303);
    expect(await claimState(claimId)).toMatchObject({ version: 2 });
    expect(await auditEventsFor(getTestDb(), 'claim', claimId)).toHaveLength(1);
  });

  test('when an approval is sent twice, or again on the approved claim, then it is done and writes nothing, and forms open on the claim still save', async () => {
    const { agent, userId } = await signedIn('editor');
    const checker = await signedIn('fact_checker');
    const claimId = await claimFor(userId, `Envoy Approved ${Date.now()}`);
    const form = await claimForm(agent, claimId);
    expect((await post(agent, claimId, { ...form, action: 'approve' })).status).toBe(303);
    const verdictForm = await claimForm(checker.agent, claimId);

    for (const sent of [form, await claimForm(agent, claimId)]) {
      const res = await post(agent, claimId, { ...sent, action: 'approve' });
      expect(res.status).toBe(303);
      expect(await noticeAfter(agent, res.headers.location)).toBe(`flash--info The attribution of claim ${claimId} is already approved; nothing was saved.`);
    }
    expect(await claimState(claimId)).toMatchObject({ attribution_status: 'approved', version: 2 });
    expect((await checker.agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...verdictForm, status: 'verified' })).status).toBe(303);
    expect((await auditEventsFor(getTestDb(), 'claim', claimId)).map((e) => e.action)).toEqual(['claim.attribution_approve', 'claim.verdict']);
  });

  test('when a stale form holds a speaker the claim no longer has, then it is a conflict, not "already so", though the claim is corrected or approved', async () => {
    const { agent, userId } = await signedIn('editor');
    const other = await signedIn('editor');
    const tag = Date.now();
    const claimId = await claimFor(userId, `Envoy Shown ${tag}`);
    const stale = correctionForm((await agent.get(`/claims/${claimId}`)).text);
    const staleApproval = await claimForm(agent, claimId);
    expect((await post(other.agent, claimId, { ...correctionForm((await other.agent.get(`/claims/${claimId}`)).text), speaker: `Someone Else ${tag}` })).status).toBe(303);
    expect((await post(other.agent, claimId, { ...(await claimForm(other.agent, claimId)), action: 'approve' })).status).toBe(303);

    // the page this editor opened showed Envoy Shown: approving it is not approving Someone Else
    expect((await post(agent, claimId, { ...staleApproval, action: 'approve' })).status).toBe(409);
    expect((await post(agent, claimId, { ...stale, quote: QUOTE })).status).toBe(409);
    expect(await claimState(claimId)).toMatchObject({ speaker_name: `Someone Else ${tag}`, attribution_status: 'approved', version: 3 });
  });

  test('when a correction keeps the speaker of a claim not yet reviewed, then it is a change: the attribution is marked corrected', async () => {
    const { agent, userId } = await signedIn('editor');
    const speaker = `Envoy Confirmed ${Date.now()}`;
    const claimId = await claimFor(userId, speaker);

    const res = await post(agent, claimId, correctionForm((await agent.get(`/claims/${claimId}`)).text));

    expect(res.status).toBe(303);
    expect(await noticeAfter(agent, res.headers.location)).toBe(`flash--success Attribution of claim ${claimId} corrected to ${speaker}.`);
    expect(await claimState(claimId)).toEqual({ speaker_name: speaker, quote: QUOTE, attribution_status: 'corrected', version: 2 });
    expect((await auditEventsFor(getTestDb(), 'claim', claimId)).map((e) => [e.before, e.after])).toMatchObject([[{ attribution_status: 'proposed' }, { attribution_status: 'corrected' }]]);
  });
});
