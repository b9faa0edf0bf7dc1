import { auditEventsFor } from '../support/audit';
import { getTestDb } from '../support';
import { claimForm, signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();
const BODY = 'The reality show “Shark Tank” returned on Monday. “We will invest,” said the host, Mara Quill.';

async function twoClaims(userId: number) {
  const { articleId, claimIds: [title, speech] } = await insertArticleWithClaims(db, userId, BODY, [
    { quote: 'Shark Tank' },
    { quote: 'We will invest,', speaker: `Mara Quill ${Date.now()}` },
  ]);
  return { articleId, title: title!, speech: speech! };
}

const statusCount = async (status: string) => Number((await db('claim_status_counts').where({ status }).sum({ n: 'claims' }))[0]!.n ?? 0);

describe('removing a claim that is not one', () => {
  it('when an editor removes a title with a reason, then it is gone with its verdicts, counted out, and one event keeps it all', async () => {
    const checker = await signedIn('fact_checker');
    const { agent, userId } = await signedIn('editor');
    const c = await twoClaims(userId);
    // a fact-checker had disputed it, the only verdict that seemed to fit
    const form = await claimForm(checker.agent, c.title);
    expect((await checker.agent.post(`/claims/${c.title}/verdict`).type('form').send({ ...form, status: 'disputed', note: 'A show title, not speech' })).status).toBe(303);
    const disputedBefore = await statusCount('disputed');

    const page = (await agent.get(`/claims/${c.title}`)).text;
    expect(page).toContain('Why it is not a claim');
    const res = await agent.post(`/claims/${c.title}/remove`).type('form').send({ ...(await claimForm(agent, c.title)), note: 'The title of a television show.' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${c.articleId}`);
    expect((await agent.get(res.headers.location!)).text).toContain(`Claim ${c.title} removed. The audit trail keeps it`);

    expect(await db('claims').where({ id: c.title }).first()).toBeUndefined();
    expect(await db('claim_reviews').where({ claim_id: c.title })).toEqual([]);
    expect(await statusCount('disputed')).toBe(disputedBefore - 1);
    expect(await db('claims').where({ id: c.speech }).first('id')).toEqual({ id: c.speech });
    const events = await auditEventsFor(db, 'claim', c.title);
    expect(events.map((e) => e.action)).toEqual(['claim.verdict', 'claim.remove']);
    expect(events[1]).toMatchObject({
      actor_id: userId, note: 'The title of a television show.', after: null,
      before: {
        article_id: c.articleId, quote: 'Shark Tank', status: 'disputed', version: 2, reviews: [{ status: 'disputed', note: 'A show title, not speech', reviewer_id: checker.userId }],
        // every column, so the claim could be put back as it was
        position: 0, source: null, mention_text: null, evidence: expect.any(String), confidence: expect.any(Number), repairs: expect.any(Array),
      },
    });

    // its page now says what it was, who removed it, when and why
    const gone = await agent.get(`/claims/${c.title}`);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain(`Claim ${c.title} was removed by`);
    expect(gone.text).toContain('The title of a television show.');
    expect(gone.text).toContain('Shark Tank');
    // and a verdict form left open on it meanwhile is given back, not lost
    const late = await checker.agent.post(`/claims/${c.title}/verdict`).type('form')
      .set('Host', 'verbatim.test').set('Origin', 'http://verbatim.test').set('Referer', `http://verbatim.test/claims/${c.title}`).send({ ...form, version: '2', status: 'verified', note: 'My late note' });
    expect(late.status).toBe(410);
    expect(late.text).toContain('Nothing you sent was saved');
    expect(late.text).toContain('My late note');
  });

  it('when the reason is missing, then 422 with the problem at the top and nothing is removed', async () => {
    const { agent, userId } = await signedIn('editor');
    const c = await twoClaims(userId);
    const res = await agent.post(`/claims/${c.title}/remove`).type('form').send({ ...(await claimForm(agent, c.title)), note: '   ' });
    expect(res.status).toBe(422);
    const summary = /<div class="error-summary"[^>]*data-error-summary>([\s\S]*?)<\/div>/.exec(res.text)?.[1];
    expect(summary).toContain('<a href="#remove-note">Say why this is not a claim');
    expect(await db('claims').where({ id: c.title }).first('id')).toEqual({ id: c.title });
    expect(await auditEventsFor(db, 'claim', c.title)).toEqual([]);
  });

  it('when the claim changed since the editor opened it, then 409 with the change and the reason kept, and nothing is removed', async () => {
    const { agent, userId } = await signedIn('editor');
    const c = await twoClaims(userId);
    const stale = await claimForm(agent, c.title);
    await agent.post(`/claims/${c.title}/assign`).type('form').send({ ...stale, assignee: 'me' });
    const res = await agent.post(`/claims/${c.title}/remove`).type('form').send({ ...stale, note: 'Kept reason' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('>Kept reason</textarea>');
    expect(res.text).toContain('Remove claim');
    expect(await db('claims').where({ id: c.title }).first('id')).toEqual({ id: c.title });
  });

  it('when a fact-checker opens a claim, then there is no remove form, and a post is refused', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const c = await twoClaims(userId);
    const form = await claimForm(agent, c.title);
    expect((await agent.get(`/claims/${c.title}`)).text).not.toContain('Why it is not a claim');
    expect((await agent.post(`/claims/${c.title}/remove`).type('form').send({ ...form, note: 'no' })).status).toBe(403);
    expect(await db('claims').where({ id: c.title }).first('id')).toEqual({ id: c.title });
  });
});
