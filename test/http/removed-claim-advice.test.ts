import { randomBytes } from 'node:crypto';
import { csrfFrom, csrfToken, getTestDb } from '../support';
import { claimForm, signedIn } from '../support/claims-http';
import type { Agent } from '../support';

const db = getTestDb();
const tag = () => randomBytes(4).toString('hex');
const TEXT = (name: string) => `Harbour plan ${name}\n\n"We will rebuild the pier," said Ona Reyes${name}, the harbour master.\n\n"It will take a year," she added.`;

async function importArticle(agent: Agent, text: string): Promise<number> {
  const res = await agent.post('/articles').type('form').send({ _csrf: await csrfToken(agent, '/articles/new'), text, title: '', url: '' });
  expect(res.status).toBe(303);
  return Number(/^\/articles\/(\d+)$/.exec(res.headers.location ?? '')?.[1]);
}

async function removeArticle(agent: Agent, articleId: number) {
  const page = await agent.get(`/articles/${articleId}`);
  const version = /name="version" value="(\d+)"/.exec(page.text.slice(page.text.indexOf(`action="/articles/${articleId}/remove"`)))?.[1];
  const res = await agent.post(`/articles/${articleId}/remove`).type('form').send({ _csrf: csrfFrom(page.text), version, note: 'Imported twice.' });
  expect(res.status).toBe(303);
}

const claimsOf = async (articleId: number): Promise<number[]> => (await db('claims').where({ article_id: articleId }).orderBy('position').pluck('id')).map(Number);

describe('the page of a claim removed with its article', () => {
  test('when a claim went with its article, then its page says the article must be imported again, which brings its words back', async () => {
    const editor = await signedIn('editor');
    const text = TEXT(tag());
    const articleId = await importArticle(editor.agent, text);
    const [claimId] = await claimsOf(articleId);
    await removeArticle(editor.agent, articleId);

    const page = await editor.agent.get(`/claims/${claimId}`);
    expect(page.status).toBe(410);
    expect(page.text).toContain(`Claim ${claimId} was removed by`);
    expect(page.text).toContain('Its article was removed too, so there is no page to add its words back from: if the article belongs here after all, import it again, and its claims are found anew.');
    expect(page.text).not.toContain("add its words back from the article's page");
    expect(page.text).toContain(`article ${articleId}</a> (removed)`);

    // the advice holds: the same text imported again is a new article with the claim's words as a claim again
    const again = await importArticle(editor.agent, text);
    expect(again).not.toBe(articleId);
    expect(await db('claims').where({ article_id: again }).orderBy('position').pluck('quote')).toContain('We will rebuild the pier,');
  });

  test('when a claim was removed alone and its article later, then its page gives the same advice', async () => {
    const editor = await signedIn('editor');
    const articleId = await importArticle(editor.agent, TEXT(tag()));
    const [claimId] = await claimsOf(articleId);
    const removed = await editor.agent.post(`/claims/${claimId}/remove`).type('form').send({ ...(await claimForm(editor.agent, claimId!)), note: 'A slogan, not speech.' });
    expect(removed.status).toBe(303);
    const alone = await editor.agent.get(`/claims/${claimId}`);
    expect(alone.status).toBe(410);
    expect(alone.text).toContain("If it was a claim after all, an editor can add its words back from the article's page.");

    await removeArticle(editor.agent, articleId);
    const later = await editor.agent.get(`/claims/${claimId}`);
    expect(later.status).toBe(410);
    expect(later.text).toContain('A slogan, not speech.');
    expect(later.text).toContain('Its article was removed too, so there is no page to add its words back from');
    expect(later.text).not.toContain("add its words back from the article's page");
  });
});
