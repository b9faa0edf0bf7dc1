import { randomBytes, randomUUID } from 'node:crypto';
import { getTestDb, type Agent } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { signedIn } from '../support/claims-http';

const db = getTestDb();
const tag = () => `zq${randomBytes(5).toString('hex')}`;

/** An article as an import would store it; its id. */
async function article(createdBy: number, fields: { title: string; outlet?: string | null; author?: string | null; created_at?: Date }): Promise<number> {
  const [row] = await db('articles').insert({
    body: `${fields.title}\n\nText.`, content_hash: randomUUID(), import_method: 'paste', created_by: createdBy,
    title: fields.title, outlet: fields.outlet ?? null, author: fields.author ?? null, ...(fields.created_at ? { created_at: fields.created_at } : {}),
  }).returning('id');
  return (row as { id: number }).id;
}

/** The ids of the articles a page lists, top to bottom. */
const listed = (html: string) => [...html.matchAll(/<td data-label="Title"><span><a href="\/articles\/(\d+)">/g)].map((m) => Number(m[1]));
const unescape = (s: string) => s.replace(/&amp;/g, '&');

describe('GET /articles: finding an article', () => {
  let agent: Agent;
  let userId: number;
  beforeAll(async () => {
    ({ agent, userId } = await signedIn('fact_checker'));
  });

  it('when words of the title, outlet or author are searched, whatever their case and accents, then only the articles holding every word are listed, newest first', async () => {
    const t = tag();
    const elysee = await article(userId, { title: `Élysée talks on the budget ${t}`, outlet: 'Le Figaro', author: 'Anne Dupré' });
    const senate = await article(userId, { title: `Senate budget vote ${t}`, outlet: 'The Harbour Times', author: 'Tomas Berg' });
    const other = await article(userId, { title: `Élysée talks ${tag()}`, outlet: 'Le Figaro' });

    expect(listed((await agent.get(`/articles?q=${encodeURIComponent(`ELYSEE ${t}`)}`)).text)).toEqual([elysee]);
    expect(listed((await agent.get(`/articles?q=${encodeURIComponent(`budget ${t}`)}`)).text)).toEqual([senate, elysee]);
    expect(listed((await agent.get(`/articles?q=${encodeURIComponent(`figaro ${t}`)}`)).text)).toEqual([elysee]);
    expect(listed((await agent.get(`/articles?q=${encodeURIComponent(`dupre ${t}`)}`)).text)).toEqual([elysee]);
    expect(listed((await agent.get(`/articles?q=${encodeURIComponent(`Berg, ${t}!`)}`)).text)).toEqual([senate]);
    const none = await agent.get(`/articles?q=${encodeURIComponent(`berg figaro ${t}`)}`);
    expect(listed(none.text)).toEqual([]);
    expect(none.text).toContain('No articles match.');
    expect(none.text).toContain(`value="berg figaro ${t}"`);
    expect(listed((await agent.get('/articles')).text)).toContain(other);
  });

  it('when an outlet is chosen from a row, then only its articles are listed, the search kept, and a link leads back to every outlet', async () => {
    const t = tag();
    const outlet = `Harbour Post ${t}`;
    const a = await article(userId, { title: `Pier opens ${t}`, outlet });
    const b = await article(userId, { title: `Ferry strike ${t}`, outlet });
    await article(userId, { title: `Pier opens elsewhere ${t}`, outlet: `Other Post ${t}` });
    const searched = (await agent.get(`/articles?q=${t}`)).text;
    const link = new RegExp(`<a href="([^"]+)" title="Only this outlet's articles">${outlet}</a>`).exec(searched)?.[1];
    expect(unescape(link!)).toBe(`/articles?q=${t}&outlet=${encodeURIComponent(outlet).replace(/%20/g, '+')}`);

    const page = (await agent.get(unescape(link!))).text;
    expect(listed(page)).toEqual([b, a]);
    expect(page).toContain(`Articles of <strong>${outlet}</strong>`);
    // (its own rows name it without a link to where the reader already is)
    expect(page).not.toContain(`title="Only this outlet's articles">${outlet}</a>`);
    const both = (await agent.get(`/articles?outlet=${encodeURIComponent(outlet)}&q=pier`)).text;
    expect(listed(both)).toEqual([a]);
    expect(both).toContain('<input type="hidden" name="outlet" value="Harbour Post');
    expect(both).toContain('<a href="/articles?q=pier">every outlet</a>');
  });

  it('when a search holds more than a page, then the next page keeps the search and the first page is linked', async () => {
    const t = tag();
    const base = Date.now() - 3_600_000;
    const ids: number[] = [];
    for (let i = 0; i < 52; i++) ids.push(await article(userId, { title: `Paged story ${i} ${t}`, created_at: new Date(base + i * 1000) }));
    const first = (await agent.get(`/articles?q=${t}`)).text;
    expect(listed(first)).toEqual(ids.slice(2).reverse());
    const next = /<a href="([^"]+)" rel="next">Older articles<\/a>/.exec(first)![1]!;
    expect(unescape(next)).toMatch(new RegExp(`^/articles\\?q=${t}&before=`));
    const second = (await agent.get(unescape(next))).text;
    expect(listed(second)).toEqual([ids[1], ids[0]]);
    expect(second).toContain(`<a href="/articles?q=${t}">Newest</a>`);
    expect(second).not.toContain('rel="next"');
  });

  it('when a search has no letter or digit, or a search or outlet is over 200 characters, then it is ignored and the page says why', async () => {
    const marks = (await agent.get(`/articles?q=${encodeURIComponent('%_ "…"')}`)).text;
    expect(marks).toContain('Ignored the search “%_ &#34;…&#34;”: it holds no letter or digit to look for.');
    expect(listed(marks).length).toBeGreaterThan(0);
    const long = (await agent.get(`/articles?q=${'a'.repeat(201)}&outlet=${'b'.repeat(201)}`)).text;
    expect(long).toContain('Ignored the search: it is 201 characters long, over the limit of 200.');
    expect(long).toContain('Ignored the outlet: it is 201 characters long, over the limit of 200.');
  });

  it('when a review state is chosen, then only the articles still being checked, or those whose every claim has a verdict, are listed, and each row counts its reviewed claims', async () => {
    const t = tag();
    const body = '“We open in May,” said Ana Reyes. “Fees stay,” said Ed Moss.';
    const claims = (first: 'unreviewed' | 'verified', second: 'unreviewed' | 'verified' | 'needs_translation_review') => [
      { quote: 'We open in May,', speaker: 'Ana Reyes', status: first }, { quote: 'Fees stay,', speaker: 'Ed Moss', status: second },
    ];
    const open = (await insertArticleWithClaims(db, userId, body, claims('verified', 'unreviewed'), `Open one ${t}`)).articleId;
    const fresh = (await insertArticleWithClaims(db, userId, body, claims('unreviewed', 'unreviewed'), `Fresh one ${t}`)).articleId;
    const done = (await insertArticleWithClaims(db, userId, body, claims('verified', 'needs_translation_review'), `Done one ${t}`)).articleId;
    const empty = (await insertArticleWithClaims(db, userId, 'Nothing quoted.', [], `Empty one ${t}`)).articleId;
    const cell = (html: string, id: number) =>
      new RegExp(`<a href="/articles/${id}">[\\s\\S]*?<td data-label="Claims">([\\s\\S]*?)</td>`).exec(html)![1]!.replace(/<[^>]+>/g, '').trim();

    const all = (await agent.get(`/articles?q=${t}`)).text;
    expect(listed(all)).toEqual([empty, done, fresh, open]);
    expect([cell(all, open), cell(all, fresh), cell(all, done), cell(all, empty)]).toEqual(['2 · 1 reviewed · report', '2 · 0 reviewed · report', '2 · all reviewed · report', '0']);
    expect(listed((await agent.get(`/articles?q=${t}&state=open`)).text)).toEqual([fresh, open]);
    const finished = (await agent.get(`/articles?q=${t}&state=done`)).text;
    expect(listed(finished)).toEqual([done]);
    expect(finished).toContain('<option value="done" selected>Every claim reviewed</option>');

    // a verdict given or lapsing moves an article between the two
    await db('claims').where({ article_id: open, status: 'unreviewed' }).update({ status: 'disputed' });
    await db('claims').where({ article_id: done }).first('id').then((c: { id: number }) => db('claims').where({ id: c.id }).update({ status: 'unreviewed' }));
    expect(listed((await agent.get(`/articles?q=${t}&state=done`)).text)).toEqual([open]);
    expect(listed((await agent.get(`/articles?q=${t}&state=open`)).text)).toEqual([done, fresh]);

    const bogus = (await agent.get(`/articles?q=${t}&state=finished`)).text;
    expect(bogus).toContain('Ignored the review state “finished”: choose one the form offers.');
    expect(listed(bogus)).toEqual([empty, done, fresh, open]);
  });

  it('when a review state holds more than a page, then the next page and the outlet links keep it', async () => {
    const t = tag();
    const base = Date.now() - 7_200_000;
    const ids: number[] = [];
    for (let i = 0; i < 52; i++) {
      const { articleId } = await insertArticleWithClaims(db, userId, `“Line ${i},” said Ana Reyes.`, [{ quote: `Line ${i},`, speaker: 'Ana Reyes' }], `Waiting ${i} ${t}`);
      await db('articles').where({ id: articleId }).update({ created_at: new Date(base + i * 1000) });
      ids.push(articleId);
    }
    const first = (await agent.get(`/articles?q=${t}&state=open`)).text;
    expect(listed(first)).toEqual(ids.slice(2).reverse());
    const next = unescape(/<a href="([^"]+)" rel="next">Older articles<\/a>/.exec(first)![1]!);
    expect(next).toMatch(new RegExp(`^/articles\\?q=${t}&state=open&before=`));
    expect(listed((await agent.get(next)).text)).toEqual([ids[1], ids[0]]);
    expect(unescape(/<a href="([^"]+)" title="Only this outlet's articles">Fixture Times<\/a>/.exec(first)![1]!))
      .toBe(`/articles?q=${t}&state=open&outlet=Fixture+Times`);
  });
});
