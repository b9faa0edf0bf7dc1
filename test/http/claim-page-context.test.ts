import { csrfToken, getTestDb } from '../support';
import { signedIn } from '../support/claims-http';

const db = getTestDb();
/** The claim page's "In the article" excerpt, its quote in [brackets] and a line break as |. */
const inTheArticle = (html: string) =>
  /<h2 id="in-article">In the article<\/h2>[\s\S]*?<div class="excerpt"><p>([\s\S]*?)<\/p><\/div>/.exec(html)![1]!
    .replace(/<mark class="hl-quote">/g, '[').replace(/<\/mark>/g, ']').replace(/<br>/g, '|').replace(/<[^>]+>/g, '').replace(/&#34;/g, '"');

describe('the claim page’s place in the article', () => {
  test('when a claim without a speaker stands alone in its paragraph, then its page shows the sentence around it, as a claim with one does', async () => {
    const { agent } = await signedIn();
    const town = `Varn${Date.now().toString(36)}`;
    // a scraper's quotation marks on lines of their own: the quote is a paragraph with nothing else in it
    const text = `Towns sign river deal\n\nThe two mayors met on Friday.\n\nIn 2019, a "\n\ntreaty of friendship\n\n" signed between ${town} and its neighbour ` +
      'opened cooperation on river transport, "\n\nto serve both banks in good faith and on equal terms\n\n".\n\nA new deal in 2021 followed.';
    const _csrf = await csrfToken(agent, '/articles/new');
    const imported = await agent.post('/articles').type('form').send({ _csrf, text });
    expect(imported.status).toBe(303);
    const articleId = Number(/\/articles\/(\d+)$/.exec(imported.headers.location!)![1]);
    const claim = await db('claims').where({ article_id: articleId, quote: 'to serve both banks in good faith and on equal terms' }).first('id', 'speaker_name');
    expect(claim).toMatchObject({ speaker_name: null });

    const page = await agent.get(`/claims/${claim.id}`);

    expect(page.status).toBe(200);
    expect(inTheArticle(page.text)).toBe(
      `… In 2019, a "||treaty of friendship||" signed between ${town} and its neighbour opened cooperation on river transport, "||` +
      '[to serve both banks in good faith and on equal terms]||". …',
    );
    // the marks the scraper left on lines of their own were repairs of the engine's reading at import, which an editor may change
    expect(page.text).toContain('<h3>Boundary repairs made at import</h3>');
  });
});

describe('a claim whose speaker the article describes but never names', () => {
  test('when the article says only "a spokeswoman", then no speaker is created, and the claim and article pages show her description as written', async () => {
    const { agent } = await signedIn();
    const tag = `fy${Date.now().toString(36)}`;
    const line = `Ferry line ${tag}`;
    const text = `${line} cuts two routes\n\nThe ferry line cut two routes on Monday.\n\n“Fuel costs at ${tag} left us no choice,” a spokeswoman said.`;
    const _csrf = await csrfToken(agent, '/articles/new');
    const imported = await agent.post('/articles').type('form').send({ _csrf, text });
    expect(imported.status).toBe(303);
    const articleId = Number(/\/articles\/(\d+)$/.exec(imported.headers.location!)![1]);
    const claim = await db('claims').where({ article_id: articleId, quote: `Fuel costs at ${tag} left us no choice,` }).first('id', 'speaker_id', 'mention_text', 'evidence');
    expect(claim).toMatchObject({ speaker_id: null, mention_text: 'a spokeswoman' });
    expect(claim.evidence).toContain('description "a spokeswoman" (no name found for it)');
    // the import names the speakers it found or made: none, so no shared "spokeswoman" collects other articles' claims
    const event = await db('audit_events').where({ action: 'article.create', entity_type: 'article', entity_id: String(articleId) }).first('after');
    expect(event.after).toMatchObject({ claims: 1, speakers: [] });

    const page = await agent.get(`/claims/${claim.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('— a spokeswoman (no name given)');
    expect(page.text).toContain('none named: the article says “a spokeswoman”');
    const article = await agent.get(`/articles/${articleId}`);
    expect(article.text).toContain('“a spokeswoman”, no name given');

    // the claims list's search finds it by the words the article used for its speaker, as a word and as a phrase
    for (const q of [`spokeswoman ${tag}`, `"a spokeswoman" ${tag}`, `"a spokeswoman" "${tag} left"`]) {
      const list = await agent.get('/claims').query({ q });
      expect([q, list.status, list.text.includes(`href="/claims/${claim.id}"`)]).toEqual([q, 200, true]);
    }
    const none = await agent.get('/claims').query({ q: `"a ferryman" ${tag}` });
    expect(none.text).not.toContain(`href="/claims/${claim.id}"`);
  });
});
