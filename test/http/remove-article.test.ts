import { auditEventsFor } from '../support/audit';
import { csrfFrom, getTestDb } from '../support';
import { claimForm, signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import type { Agent } from '../support';

const db = getTestDb();
const BODY = '“We will rebuild the pier,” said the harbour master, Ona Reyes. “It will take a year,” she added.';

async function articleWithTwoClaims(userId: number) {
  const { articleId, claimIds } = await insertArticleWithClaims(db, userId, BODY, [
    { quote: 'We will rebuild the pier,', speaker: `Ona Reyes ${Date.now()}` },
    { quote: 'It will take a year,' },
  ], `Pier article ${Date.now()}`);
  return { articleId, claimIds: claimIds as number[] };
}

async function removalForm(agent: Agent, articleId: number): Promise<{ _csrf: string; version: string }> {
  const page = await agent.get(`/articles/${articleId}`);
  const version = /name="version" value="(\d+)"/.exec(page.text.slice(page.text.indexOf(`action="/articles/${articleId}/remove"`)))?.[1];
  if (!version) throw new Error('no removal form on the article page');
  return { _csrf: csrfFrom(page.text), version };
}

const statusCount = async (status: string) => Number((await db('claim_status_counts').where({ status }).sum({ n: 'claims' }))[0]!.n ?? 0);

describe('removing an article', () => {
  it('when an editor removes an article with a reason, then it goes with its claims and verdicts, and the trail keeps each of them', async () => {
    const checker = await signedIn('fact_checker');
    const { agent, userId } = await signedIn('editor');
    const { articleId, claimIds: [first, second] } = await articleWithTwoClaims(userId);
    const verdictForm = await claimForm(checker.agent, first!);
    expect((await checker.agent.post(`/claims/${first}/verdict`).type('form').send({ ...verdictForm, status: 'verified', note: 'On the port authority video' })).status).toBe(303);
    const verifiedBefore = await statusCount('verified');

    const res = await agent.post(`/articles/${articleId}/remove`).type('form').send({ ...(await removalForm(agent, articleId)), note: 'Imported twice.' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/articles');
    expect((await agent.get('/articles')).text).toContain(`Article ${articleId} removed. Its 2 claims and their verdicts went with it.`);

    expect(await db('articles').where({ id: articleId }).first()).toBeUndefined();
    expect(await db('claims').whereIn('id', [first!, second!])).toEqual([]);
    expect(await db('claim_reviews').whereIn('claim_id', [first!, second!])).toEqual([]);
    expect(await statusCount('verified')).toBe(verifiedBefore - 1);

    const [removed] = await auditEventsFor(db, 'article', articleId);
    expect(removed).toMatchObject({ action: 'article.remove', actor_id: userId, note: 'Imported twice.', after: null,
      before: { id: articleId, body: BODY, claim_ids: [first, second], reviews_removed: 1 } });
    const firstEvents = await auditEventsFor(db, 'claim', first!);
    expect(firstEvents.map((e) => e.action)).toEqual(['claim.verdict', 'claim.remove']);
    expect(firstEvents[1]).toMatchObject({ actor_id: userId, note: `Removed with article ${articleId}: Imported twice.`, after: { part_of_event: removed!.id },
      before: { article_id: articleId, quote: 'We will rebuild the pier,', status: 'verified', reviews: [{ status: 'verified', note: 'On the port authority video', reviewer_id: checker.userId }] } });
    expect((await auditEventsFor(db, 'claim', second!)).map((e) => e.action)).toEqual(['claim.remove']);

    // the article's address says what became of it; so does each claim's, and a form left open on a claim is given back
    const gone = await agent.get(`/articles/${articleId}`);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain(`Article ${articleId} was removed by`);
    expect(gone.text).toContain('Imported twice.');
    expect((await checker.agent.get(`/claims/${second}`)).status).toBe(410);
    const late = await checker.agent.post(`/claims/${first}/verdict`).type('form')
      .set('Host', 'verbatim.test').set('Origin', 'http://verbatim.test').set('Referer', `http://verbatim.test/claims/${first}`)
      .send({ ...verdictForm, version: '2', status: 'disputed', note: 'My late note' });
    expect(late.status).toBe(410);
    expect(late.text).toContain('My late note');
  });

  it('when the reason is missing, then 422 with the problem at the top and nothing is removed', async () => {
    const { agent, userId } = await signedIn('editor');
    const { articleId } = await articleWithTwoClaims(userId);
    const res = await agent.post(`/articles/${articleId}/remove`).type('form').send({ ...(await removalForm(agent, articleId)), note: '  ' });
    expect(res.status).toBe(422);
    const summary = /<div class="error-summary"[^>]*data-error-summary>([\s\S]*?)<\/div>/.exec(res.text)?.[1];
    expect(summary).toContain('<a href="#remove-note">Say why the article is removed');
    expect(await db('articles').where({ id: articleId }).first('id')).toEqual({ id: articleId });
    expect(await auditEventsFor(db, 'article', articleId)).toEqual([]);
  });

  it('when the article changed since the editor opened it, then 409 with the reason kept, and nothing is removed', async () => {
    const { agent, userId } = await signedIn('editor');
    const { articleId, claimIds } = await articleWithTwoClaims(userId);
    const stale = await removalForm(agent, articleId);
    await db('articles').where({ id: articleId }).update({ version: db.raw('version + 1') });
    const res = await agent.post(`/articles/${articleId}/remove`).type('form').send({ ...stale, note: 'Wrong page' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Someone changed this article since you opened it');
    expect(res.text).toContain('>Wrong page</textarea>');
    expect(Number((await db('claims').whereIn('id', claimIds).count({ n: '*' }).first())!.n)).toBe(2);
  });

  it('when two editors remove the same article at once, then it is removed once and the other is told who removed it', async () => {
    const a = await signedIn('editor');
    const b = await signedIn('editor');
    const { articleId } = await articleWithTwoClaims(a.userId);
    const [formA, formB] = [await removalForm(a.agent, articleId), await removalForm(b.agent, articleId)];
    const [resA, resB] = await Promise.all([
      a.agent.post(`/articles/${articleId}/remove`).type('form').send({ ...formA, note: 'Duplicate' }),
      b.agent.post(`/articles/${articleId}/remove`).type('form').send({ ...formB, note: 'Wrong page' }),
    ]);
    expect([resA.status, resB.status].sort()).toEqual([303, 410]);
    const late = resA.status === 410 ? resA : resB;
    expect(late.text).toContain(`Article ${articleId} was removed by`);
    expect((await auditEventsFor(db, 'article', articleId)).map((e) => e.action)).toEqual(['article.remove']);
  });

  it('when an article was removed in another tab, then its facts, a claim added or its removal sent from the page left open get 410 saying who removed it and why, with what was typed given back', async () => {
    const { agent, userId } = await signedIn('editor');
    const other = await signedIn('editor');
    const { articleId } = await articleWithTwoClaims(userId);
    const page = (await agent.get(`/articles/${articleId}`)).text;
    const version = (await removalForm(agent, articleId)).version;
    expect((await other.agent.post(`/articles/${articleId}/remove`).type('form').send({ ...(await removalForm(other.agent, articleId)), note: 'A test article' })).status).toBe(303);
    const name = (await db('users').where({ id: other.userId }).first('name')).name as string;
    const own = { Host: 'verbatim.test', Origin: 'http://verbatim.test', Referer: `http://verbatim.test/articles/${articleId}` };
    const sent = {
      facts: { _csrf: csrfFrom(page), version, title: 'Pier article', was_title: 'Pier article', author: 'Typed author for removed article', was_author: '', outlet: 'Fixture Times', translated: 'no' },
      claims: { _csrf: csrfFrom(page), quote: 'It will take a year,', speaker: 'Jane Roe', kind: 'direct', note: 'Some long careful note' },
      // an invalid form too: a quote left empty is refused by the form's own rules, with the article gone meanwhile
      'claims ': { _csrf: csrfFrom(page), quote: '', speaker: 'Jane Roe', kind: 'direct', note: 'A note about an empty quote' },
      remove: { _csrf: csrfFrom(page), version, note: 'Imported twice, I thought' },
    };
    const typed = { facts: 'Typed author for removed article', claims: 'Some long careful note', 'claims ': 'A note about an empty quote', remove: 'Imported twice, I thought' };

    for (const [form, fields] of Object.entries(sent)) {
      const res = await agent.post(`/articles/${articleId}/${form.trim()}`).set(own).type('form').send(fields);

      expect(res.status).toBe(410);
      expect(res.text).toContain(`Article ${articleId} was removed by ${name} on ${new Date().toISOString().slice(0, 10)}: A test article. Nothing you sent was saved.`);
      expect(res.text).toContain(`>${typed[form as keyof typeof typed]}</textarea>`);
    }
    expect(await db('articles').where({ id: articleId }).first('id')).toBeUndefined();
    expect(await db('claims').where({ article_id: articleId })).toEqual([]);
    expect((await auditEventsFor(db, 'article', articleId)).map((e) => e.action)).toEqual(['article.remove']);
    // an article that never was is still not found
    expect((await agent.post('/articles/999999999/facts').set(own).type('form').send(sent.facts)).status).toBe(404);
  });

  it('when a fact-checker opens an article, then there is no removal form, and posting one directly is refused', async () => {
    const editor = await signedIn('editor');
    const { articleId } = await articleWithTwoClaims(editor.userId);
    const checker = await signedIn('fact_checker');
    const page = await checker.agent.get(`/articles/${articleId}`);
    expect(page.text).not.toContain(`/articles/${articleId}/remove`);
    const res = await checker.agent.post(`/articles/${articleId}/remove`).type('form').send({ _csrf: csrfFrom(page.text), version: '1', note: 'Not mine to remove' });
    expect(res.status).toBe(403);
    expect(await db('articles').where({ id: articleId }).first('id')).toEqual({ id: articleId });
  });
});
