import { insertArticleWithClaims } from '../support/claims-fixtures';
import { csrfFrom, getTestDb, type Agent } from '../support';
import { signedIn } from '../support/claims-http';

const db = getTestDb();
const ids = (html: string) => [...html.matchAll(/<td><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1]));
/** The list's notices about what it ignored, as the page says them. */
const notices = (html: string) => [...html.matchAll(/<p class="flash flash--error" role="alert">([^<]*)<\/p>/g)].map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&#34;/g, '"'));
/** The line saying whose and which claims a list filtered by number holds, tags and spacing taken out. */
const scope = (html: string) => /<p class="list-scope">([\s\S]*?)<\/p>/.exec(html)?.[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

async function removeArticle(agent: Agent, articleId: number, note: string) {
  const page = await agent.get(`/articles/${articleId}`);
  const version = /name="version" value="(\d+)"/.exec(page.text.slice(page.text.indexOf(`action="/articles/${articleId}/remove"`)))![1]!;
  const res = await agent.post(`/articles/${articleId}/remove`).type('form').send({ _csrf: csrfFrom(page.text), version, note });
  expect(res.status).toBe(303);
}

describe('what the claims list says about a filter', () => {
  test('when the list is filtered by an article since removed, then it says who removed it, when and why, not that it does not exist', async () => {
    const editorName = `Eddie Remover ${Date.now()}`;
    const editor = await signedIn('editor', editorName);
    const title = `Pier article ${Date.now()}`;
    const { articleId } = await insertArticleWithClaims(db, editor.userId, '"We will rebuild the pier," said Ona Reyes.', [{ quote: 'We will rebuild the pier,' }], title);
    await removeArticle(editor.agent, articleId, 'Imported twice.');
    const today = new Date().toISOString().slice(0, 10);

    const res = await editor.agent.get(`/claims?article=${articleId}`);

    expect(res.status).toBe(200);
    expect(ids(res.text)).toEqual([]);
    expect(scope(res.text)).toBe(`Claims of article #${articleId} “${title}”, which ${editorName} removed on ${today}, with its claims (“Imported twice.”).`);
    expect(res.text).toContain(`<a href="/articles/${articleId}">article #${articleId}</a>`);
    expect(res.text).not.toContain('does not exist');
    // an article that never was is still said not to exist
    expect(scope((await editor.agent.get('/claims?article=987654321')).text)).toBe('Claims of article #987654321, which does not exist.');
  });

  test('when a search or a filter cannot be used, then the notice names it as the form does and says why it was ignored', async () => {
    const { agent, userId } = await signedIn();
    const tag = `zn${Date.now().toString(36)}`;
    const { articleId, claimIds } = await insertArticleWithClaims(db, userId, `"first ${tag}" and "second ${tag}"`, [{ quote: `first ${tag}` }, { quote: `second ${tag}` }]);
    const base = `/claims?article=${articleId}&sort=article&dir=asc`;
    const cases: Array<[string, string]> = [
      ["q='", "Ignored the search “'”: it holds only quotation marks, no word to search for."],
      [`q=${'x'.repeat(201)}`, `Ignored the search “${'x'.repeat(59)}…”: it is 201 characters long, over the limit of 200.`],
      ['q=%20%20', 'Ignored the search: it holds only spaces, no word to search for.'],
      ['status=everything', 'Ignored the status “everything”: it is not one of the statuses the list offers.'],
      ['attribution=maybe', 'Ignored the attribution “maybe”: choose proposed, speaker uncertain, approved or corrected.'],
      ['speaker=Putin', 'Ignored the speaker “Putin”: give a speaker by number, such as 12.'],
      ['assignee=-1', 'Ignored the assignee “-1”: choose me, nobody, or an account by number.'],
      [`source=${'s'.repeat(300)}`, `Ignored the source “${'s'.repeat(59)}…”: it is 300 characters long, over the limit of 200.`],
    ];
    for (const [qs, notice] of cases) {
      const res = await agent.get(`${base}&${qs}`);
      expect({ qs, status: res.status, ids: ids(res.text), notices: notices(res.text) }).toEqual({ qs, status: 200, ids: claimIds, notices: [notice] });
    }
    const order = await agent.get(`/claims?article=${articleId}&sort=random()&dir=sideways`);
    expect(notices(order.text)).toEqual([
      'Ignored the sort order “random()”: choose Last change, Article, Speaker or Status.',
      'Ignored the order “sideways”: choose ascending or descending.',
    ]);
    // the value ignored is not put back in the form, so sending it again does not bring the notice back
    expect((await agent.get(`${base}&q='`)).text).toContain('<input type="search" id="claims-q" name="q" value=""');
  });
});
