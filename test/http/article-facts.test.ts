import { auditEventsFor } from '../support/audit';
import { csrfFrom, getTestDb } from '../support';
import { signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { TRANSLATED_HINT } from '../../server/extraction/hints';

const db = getTestDb();
const BODY = 'Rates held\n\n“We will wait,” said the governor, according to Reuters.\n\n“Prices are rising,” said Ana Kova.';

/** An article as an import left it: the outlet as the aggregator spelled it, the first claim reported by Reuters. */
async function imported(userId: number) {
  const fixture = await insertArticleWithClaims(db, userId, BODY, [
    { quote: 'We will wait,', speaker: `Governor ${Date.now()}`, source: 'Reuters' },
    { quote: 'Prices are rising,', speaker: `Ana Kova ${Date.now()}`, source: 'Fixture Times' },
  ], `Rates held ${Date.now()}`);
  await db('claims').where({ id: fixture.claimIds[1] }).update({ translation_hint: "the quote's boundaries were repaired (a mark was lost)" });
  // the agency is named in the text, where the engine found it
  await db('claims').where({ id: fixture.claimIds[0] }).update({ source_start: BODY.indexOf('Reuters'), source_end: BODY.indexOf('Reuters') + 7 });
  return fixture;
}

async function form(agent: Awaited<ReturnType<typeof signedIn>>['agent'], articleId: number) {
  const page = (await agent.get(`/articles/${articleId}`)).text;
  const value = (name: string) => new RegExp(`id="facts-${name}" name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? '';
  return {
    _csrf: csrfFrom(page), version: /name="version" value="(\d+)"/.exec(page)![1]!,
    title: value('title'), url: value('url'), outlet: value('outlet'), author: value('author'), published_at: value('published_at'), language: value('language'),
    translated: /<option value="yes" selected>/.test(page) ? 'yes' : 'no',
    ...Object.fromEntries([...page.matchAll(/name="(was_\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&')])),
  };
}

describe('correcting an article’s facts', () => {
  it('when an editor corrects the outlet, date and translation, then the article, its claims’ sources and hints follow, with one event', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await imported(userId);
    const sent = await form(agent, a.articleId);
    expect(sent).toMatchObject({ outlet: 'Fixture Times', translated: 'no', version: '1' });
    const res = await agent.post(`/articles/${a.articleId}/facts`).type('form')
      .send({ ...sent, outlet: 'Le Figaro', published_at: '2022-09-07', language: 'FR', translated: 'yes', url: 'https://www.lefigaro.fr/rates' });
    expect(res.status).toBe(303);
    expect((await agent.get(res.headers.location!)).text).toContain('facts are corrected (link, outlet, publication date, language, translation).');
    const article = await db('articles').where({ id: a.articleId }).first('outlet', 'published_at', 'language', 'translated', 'url', 'url_key', 'version');
    expect(article).toMatchObject({ outlet: 'Le Figaro', language: 'fr', translated: true, url: 'https://www.lefigaro.fr/rates', version: 2 });
    expect(article.published_at.toISOString()).toBe('2022-09-07T00:00:00.000Z');
    expect(article.url_key).toBeTruthy();
    const claims = await db('claims').where({ article_id: a.articleId }).orderBy('position').select('source', 'translation_hint', 'version');
    // the outlet stood in as the second claim's source; the agency the text names stays the first's
    expect(claims.map((c) => c.source)).toEqual(['Reuters', 'Le Figaro']);
    expect(claims.map((c) => c.translation_hint)).toEqual([TRANSLATED_HINT, `${TRANSLATED_HINT}; and the quote's boundaries were repaired (a mark was lost)`]);
    const [event] = await auditEventsFor(db, 'article', a.articleId);
    expect(event).toMatchObject({
      action: 'article.update', actor_id: userId,
      before: { outlet: 'Fixture Times', translated: false, version: 1 },
      after: { outlet: 'Le Figaro', translated: true, language: 'fr', version: 2, claim_sources_updated: 1, claim_hints_updated: 2 },
    });

    // and back: not translated after all, the other reason stays
    const again = await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(agent, a.articleId)), translated: 'no' });
    expect(again.status).toBe(303);
    expect((await db('claims').where({ article_id: a.articleId }).orderBy('position').select('translation_hint')).map((c) => c.translation_hint))
      .toEqual([null, "the quote's boundaries were repaired (a mark was lost)"]);
  });

  it('when the form comes back unchanged, then nothing is written', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await imported(userId);
    const res = await agent.post(`/articles/${a.articleId}/facts`).type('form').send(await form(agent, a.articleId));
    expect(res.status).toBe(303);
    expect(await db('articles').where({ id: a.articleId }).first('version')).toEqual({ version: 1 });
    expect(await auditEventsFor(db, 'article', a.articleId)).toEqual([]);
  });

  it.each([
    ['no title', { title: ' ' }, 'Give the article a title'],
    ['a date that does not exist', { published_at: '2022-02-30' }, 'a day that exists'],
    ['a date years ahead (a typo of the year)', { published_at: '2999-01-01' }, 'The publication date is after today'],
    ['a date two days ahead', { published_at: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) }, 'The publication date is after today'],
    ['a link that is not one', { url: 'javascript:alert(1)' }, 'Give a web address starting with http:// or https://'],
    ['a link with a space in it', { url: 'https://news.example/harbour plan' }, 'The web address has a space in it'],
  ])('when an editor sends %s, then 422 with the problem at the top and the form open, and nothing changes', async (_case, fields, message) => {
    const { agent, userId } = await signedIn('editor');
    const a = await imported(userId);
    const res = await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(agent, a.articleId)), ...fields });
    expect(res.status).toBe(422);
    expect(/<div class="error-summary"[^>]*data-error-summary>([\s\S]*?)<\/div>/.exec(res.text)?.[1]).toContain(message);
    expect(res.text).toContain('<details open>');
    expect(await db('articles').where({ id: a.articleId }).first('version')).toEqual({ version: 1 });
  });

  it('when the link is another article’s, then it is refused and says which', async () => {
    const { agent, userId } = await signedIn('editor');
    const first = await imported(userId);
    const url = `https://news.example/${Date.now()}`;
    expect((await agent.post(`/articles/${first.articleId}/facts`).type('form').send({ ...(await form(agent, first.articleId)), url })).status).toBe(303);
    const second = await imported(userId);
    const res = await agent.post(`/articles/${second.articleId}/facts`).type('form').send({ ...(await form(agent, second.articleId)), url: `${url}#top` });
    expect(res.status).toBe(422);
    expect(res.text).toContain(`Article ${first.articleId} was imported from this link.`);
  });

  it('when someone corrected the facts meanwhile, then 409: the page shows theirs, the form keeps yours on the new version', async () => {
    const { agent, userId } = await signedIn('editor');
    const other = await signedIn('editor');
    const a = await imported(userId);
    const stale = await form(agent, a.articleId);
    await other.agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(other.agent, a.articleId)), author: 'Their Author' });
    const res = await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...stale, outlet: 'My Outlet' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Someone changed these facts since you opened the article.');
    expect(res.text).toContain('<dt>Author</dt><dd>Their Author</dd>');
    expect(res.text).toContain('id="facts-outlet" name="outlet" value="My Outlet"');
    expect(res.text).toContain('name="version" value="2"');
    expect(await db('articles').where({ id: a.articleId }).first('outlet')).toEqual({ outlet: 'Fixture Times' });
  });

  it('when the form is sent twice at once (a double click) and once more after, then each lands where a save lands, and one event holds the change', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await imported(userId);
    const sent = { ...(await form(agent, a.articleId)), outlet: 'Le Monde', published_at: '2022-09-07' };
    const post = () => agent.post(`/articles/${a.articleId}/facts`).type('form').send(sent);
    const twice = await Promise.all([post(), post()]);
    const again = await post();
    for (const res of [...twice, again]) {
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`/articles/${a.articleId}`);
    }
    expect((await agent.get(again.headers.location!)).text).toContain('facts already read as you sent them: nothing more to save.');
    expect(await db('articles').where({ id: a.articleId }).first('outlet', 'version')).toEqual({ outlet: 'Le Monde', version: 2 });
    const events = await auditEventsFor(db, 'article', a.articleId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'article.update', actor_id: userId, before: { outlet: 'Fixture Times', version: 1 }, after: { outlet: 'Le Monde', version: 2 } });
  });

  it('when another editor made the same correction meanwhile, and one more, then this form is done: theirs stays and nothing is written', async () => {
    const { agent, userId } = await signedIn('editor');
    const other = await signedIn('editor');
    const a = await imported(userId);
    const mine = await form(agent, a.articleId);
    await other.agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(other.agent, a.articleId)), outlet: 'Le Monde', author: 'Their Author' });
    const res = await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...mine, outlet: 'Le Monde' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${a.articleId}`);
    expect(await db('articles').where({ id: a.articleId }).first('outlet', 'author', 'version')).toEqual({ outlet: 'Le Monde', author: 'Their Author', version: 2 });
    expect((await auditEventsFor(db, 'article', a.articleId)).map((e) => e.actor_id)).toEqual([other.userId]);
  });

  it('when the form from a conflict page is sent again, then only what this editor changed is written: the other editor’s fields stay', async () => {
    const { agent, userId } = await signedIn('editor');
    const other = await signedIn('editor');
    const a = await imported(userId);
    const mine = await form(agent, a.articleId);
    await other.agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(other.agent, a.articleId)), author: 'Ayşe Yılmaz', outlet: 'Hürriyet Daily News' });
    const conflict = await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...mine, title: 'My better title' });
    expect(conflict.status).toBe(409);
    // the page's form, sent as it stands
    const page = conflict.text;
    const resent = Object.fromEntries([...page.matchAll(/<input (?:type="hidden" )?(?:id="[^"]*" )?name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const res = await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...resent, translated: 'no' });
    expect(res.status).toBe(303);
    expect(await db('articles').where({ id: a.articleId }).first('title', 'author', 'outlet')).toEqual({ title: 'My better title', author: 'Ayşe Yılmaz', outlet: 'Hürriyet Daily News' });
  });

  it('when a field is left alone, then it keeps what it holds: a publication time of day stays', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await imported(userId);
    await db('articles').where({ id: a.articleId }).update({ published_at: new Date('2024-05-18T09:41:27.314Z') });
    const res = await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(agent, a.articleId)), author: 'New Author' });
    expect(res.status).toBe(303);
    expect((await db('articles').where({ id: a.articleId }).first('published_at')).published_at.toISOString()).toBe('2024-05-18T09:41:27.314Z');
    const [event] = await auditEventsFor(db, 'article', a.articleId);
    expect(Object.keys(event!.after as object).sort()).toEqual(['author', 'version']);
  });

  it('when the outlet is cleared and then given again, then the claims that showed it follow both ways, and a source named in the text never does', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await imported(userId);
    const sources = async () => (await db('claims').where({ article_id: a.articleId }).orderBy('position').select('source')).map((c) => c.source);
    await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(agent, a.articleId)), outlet: '' });
    expect(await sources()).toEqual(['Reuters', null]);
    await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(agent, a.articleId)), outlet: 'Reuters' });
    await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...(await form(agent, a.articleId)), outlet: 'Le Figaro' });
    expect(await sources()).toEqual(['Reuters', 'Le Figaro']);
  });

  it('when two editors give two articles one link at the same moment, then one is saved and the other told which article has it', async () => {
    const { agent, userId } = await signedIn('editor');
    const other = await signedIn('editor');
    const [a, b] = [await imported(userId), await imported(userId)];
    const url = `https://race.example/${Date.now()}`;
    const [fa, fb] = [await form(agent, a.articleId), await form(other.agent, b.articleId)];
    const [ra, rb] = await Promise.all([
      agent.post(`/articles/${a.articleId}/facts`).type('form').send({ ...fa, url }),
      other.agent.post(`/articles/${b.articleId}/facts`).type('form').send({ ...fb, url }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([303, 422]);
    expect((ra.status === 422 ? ra : rb).text).toMatch(/Article \d+ was imported from this link\./);
  });

  it('when a fact-checker opens an article, then there is no facts form, and a post is refused', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const a = await imported(userId);
    const page = (await agent.get(`/articles/${a.articleId}`)).text;
    expect(page).not.toContain('Correct the facts');
    const res = await agent.post(`/articles/${a.articleId}/facts`).type('form').send({ _csrf: csrfFrom(page), version: '1', title: 'X', translated: 'no' });
    expect(res.status).toBe(403);
  });
});
