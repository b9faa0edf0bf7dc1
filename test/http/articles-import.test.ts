import { randomBytes } from 'node:crypto';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stopHtmlReader } from '../../server/imports/html-reducer';
import { configureEngine } from '../../server/articles/engine';
import { auditEventsFor, createUser, csrfToken, followPreview, getTestDb, newAgent, signIn, testApp, type Agent } from '../support';

const db = getTestDb();
const app = testApp();
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());

function article(name: string, headline = 'Council backs the bridge') {
  return `${headline}\n\nThe council voted on Monday.\n\n"The bridge will open next spring," said Maria ${name}, the council leader.\n\nOpponents disagreed. "It is far too expensive," said Tomas ${name}son.`;
}

let agent: Agent;
beforeAll(async () => {
  const { user, password } = await createUser(db, { role: 'fact_checker' });
  agent = await signIn(newAgent(app), user.email, password);
});
afterAll(() => stopHtmlReader());

const articleIdFrom = (location: string | undefined) => Number(/^\/articles\/(\d+)$/.exec(location ?? '')?.[1]);

/** Sends the paste form; a preview's answer is the page it is sent to, as a browser shows it. */
async function paste(fields: Record<string, string>, a = agent) {
  const _csrf = await csrfToken(a, '/articles/new');
  return followPreview(a, await a.post('/articles').type('form').send({ _csrf, ...fields }));
}

describe('importing by pasting', () => {
  it('when a fact-checker pastes an article, then it is saved with its claims marked on its page and one audit event', async () => {
    const name = tag();
    const res = await paste({ title: 'Bridge vote', text: article(name), outlet: 'City Post', published_at: '2025-01-31', url: '' });

    expect(res.status).toBe(303);
    const id = articleIdFrom(res.headers.location);
    const page = await agent.get(`/articles/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Article imported');
    const claims = await db('claims').where({ article_id: id }).orderBy('position').select('id', 'speaker_name');
    expect(claims.map((c) => c.speaker_name)).toEqual([`Maria ${name}`, `Tomas ${name}son`]);
    for (const c of claims) expect(page.text).toMatch(new RegExp(`<mark class="claim-mark claim-mark--unreviewed"><a href="/claims/${c.id}">`));
    expect(page.text).toContain(`[1: Maria ${name} · Unreviewed]`);
    expect(await db('articles').where({ id }).first()).toMatchObject({ title: 'Bridge vote', outlet: 'City Post', import_method: 'paste' });
    expect((await auditEventsFor(db, 'article', id)).map((e) => e.action)).toEqual(['article.create']);
  });

  it('when an article holds more claims than a page should list, then its page lists the first 200, marks all in the text and links to the rest', async () => {
    const quotes = Array.from({ length: 205 }, (_, i) => `Pier ${i} stays open.`);
    const text = quotes.map((q) => `“${q}” said the harbour master.`).join('\n\n');
    const res = await paste({ text, title: `Many claims ${tag()}` });
    expect(res.status).toBe(303);
    const id = articleIdFrom(res.headers.location);
    const page = await agent.get(`/articles/${id}`);
    expect(page.status).toBe(200);
    const list = /<ol class="article-claims">([\s\S]*?)<\/ol>/.exec(page.text)?.[1] ?? '';
    expect(list.match(/<li>/g)).toHaveLength(200);
    expect(page.text.match(/class="claim-mark /g)).toHaveLength(205);
    expect(page.text).toContain(`The first 200 of 205: <a href="/claims?article=${id}&amp;sort=article&amp;dir=asc">`);
  });

  it('when a claim page names its speaker, then the source is added only where it is someone else', async () => {
    const name = tag();
    const text = `Pier closed\n\nAccording to the ${name} Harbour Board, the old pier is no longer safe for visitors.\n\n"We will rebuild it," Maria ${name} said, according to the Porto Gazette.`;
    const res = await paste({ title: 'Pier', text, outlet: 'City Post', published_at: '', url: '' });
    const id = articleIdFrom(res.headers.location);
    const claims = await db('claims').where({ article_id: id }).orderBy('position').select('id', 'speaker_name', 'source');
    const board = claims.find((c) => c.speaker_name === `${name} Harbour Board`);
    const maria = claims.find((c) => c.speaker_name === `Maria ${name}`);
    expect(board).toMatchObject({ source: `${name} Harbour Board` });
    expect(maria).toMatchObject({ source: 'Porto Gazette' });
    const footer = async (claimId: number) => /<footer>([\s\S]*?)<\/footer>/.exec((await agent.get(`/claims/${claimId}`)).text)![1]!;
    expect(await footer(board!.id)).not.toContain('source:');
    // a venue reads as a source whatever it is: an agency, or a description such as "statement" ('reported by statement' did not)
    expect(await footer(maria!.id)).toContain('(source: Porto Gazette)');
  });

  it('when an article is pasted with an outlet its text does not name, then its claims take that outlet as their source', async () => {
    const name = tag();
    const outlet = `Daily Bugle ${name}`;
    const res = await paste({ title: 'Budget vote', text: `Budget vote\n\n"We will win this vote," said Senator Jane ${name} on Tuesday.`, outlet });
    const id = articleIdFrom(res.headers.location);

    const [claim] = await db('claims').where({ article_id: id }).select('id', 'source', 'source_start');
    expect(claim).toMatchObject({ source: outlet, source_start: null });
    expect((await agent.get(`/claims/${claim.id}`)).text).toContain(`<dt>Source</dt><dd>${outlet}</dd>`);
    expect((await agent.get(`/claims?source=${encodeURIComponent(outlet)}`)).text).toContain(`href="/claims/${claim.id}"`);
  });

  it('when an article is pasted with a link but no outlet, and its text names none, then the link’s site is its outlet and its claims’ source', async () => {
    const name = tag();
    const url = `https://www.${name.toLowerCase()}post.com/politics/budget-vote?utm_source=feed`;
    const res = await paste({ title: 'Budget vote', url, outlet: '', text: `Budget vote\n\n"We will win this vote," said Senator Jane ${name} on Tuesday.` });
    const id = articleIdFrom(res.headers.location);
    expect(await db('articles').where({ id }).first('outlet')).toEqual({ outlet: `${name} Post` });
    const [claim] = await db('claims').where({ article_id: id }).select('id', 'source', 'source_start');
    expect(claim).toMatchObject({ source: `${name} Post`, source_start: null });
  });

  it('when a claim’s evidence is a pronoun, then its page also shows, marked, where the article names the person', async () => {
    const name = tag();
    const text = `Harbour vote\n\nMayor Ana ${name} opened the session on Monday.\n\nThe council debated for hours.\n\n"We are ready to rebuild," she said.`;
    const res = await paste({ title: 'Harbour vote', text });
    const [claim] = await db('claims').where({ article_id: articleIdFrom(res.headers.location) }).select('id', 'speaker_name', 'mention_text');
    expect(claim).toMatchObject({ speaker_name: `Ana ${name}`, mention_text: 'she' });
    const page = (await agent.get(`/claims/${claim.id}`)).text;
    const naming = new RegExp(`<dt>Where the article names Ana ${name}</dt><dd>\\s*<div class="excerpt"><p>[^]*?<strong class="hl-mention"><u>Ana ${name}</u></strong> opened the session`);
    expect(page).toMatch(naming);
  });

  it('when the engine had to guess a claim’s speaker (a surname two people share), then the article page says the speaker is uncertain, until an editor approves it', async () => {
    const name = tag();
    const text = `Brothers at odds\n\nTomas ${name} met his brother Aron ${name} in Bergen. “We disagree on the port,” Tomas ${name} said. “We agree on the rest,” Aron ${name} said.\n\nLater ${name} added: “It was a good meeting.”`;
    const res = await paste({ title: 'Brothers at odds', text });
    const id = articleIdFrom(res.headers.location);
    const claims = await db('claims').where({ article_id: id }).orderBy('start_offset').select('id', 'speaker_name', 'confidence');
    expect(claims.map((c) => [c.speaker_name, c.confidence <= 0.7])).toEqual([[`Tomas ${name}`, false], [`Aron ${name}`, false], [`Aron ${name}`, true]]);
    const items = () => agent.get(`/articles/${id}`).then((page) => [...page.text.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!).filter((li) => li.includes('/claims/')));
    const listed = await items();
    expect(listed.map((li) => li.includes('speaker uncertain'))).toEqual([false, false, true]);
    expect(listed[2]).toContain(`speaker uncertain (${Math.round(claims[2].confidence * 100)} % confidence)`);
    await db('claims').where({ id: claims[2].id }).update({ attribution_status: 'approved' });
    expect((await items()).some((li) => li.includes('speaker uncertain'))).toBe(false);
  });

  it('when the same text is pasted again, then the person lands on the existing article with a notice', async () => {
    const text = article(tag());
    const first = await paste({ text });
    const again = await paste({ text: `${text}\n\n`, title: 'Different title' });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(first.headers.location);
    expect((await agent.get(again.headers.location!)).text).toContain('already imported');
    expect(await db('articles').where({ id: articleIdFrom(first.headers.location) }).first()).not.toHaveProperty('title', 'Different title');
    const preview = await paste({ text, step: 'preview' });
    expect(preview.status).toBe(303);
    expect(preview.headers.location).toBe(first.headers.location);
  });

  it('when another text is pasted under the link of an article already imported, then the form comes back with the text and says so', async () => {
    const url = `https://news.example/${tag()}`;
    const original = article(tag());
    const first = await paste({ text: original, url });
    expect(first.status).toBe(303);
    const newer = `${article(tag())}\n\nUpdated at noon.`;
    for (const step of ['preview', 'save']) {
      const res = await paste({ text: newer, url, title: 'Kept title', step });
      expect(res.status).toBe(422);
      expect(res.text).toContain(`Article ${articleIdFrom(first.headers.location)} was imported from this link with another text`);
      expect(res.text).toContain('Updated at noon.');
      expect(res.text).toContain('value="Kept title"');
    }
    // an uploaded file under that link, and the save form of an upload's preview, come back the same way
    const _csrf = await csrfToken(agent, '/articles/new?tab=upload');
    const uploaded = await agent.post('/articles/upload').field('_csrf', _csrf).field('url', url).field('title', 'Kept title')
      .attach('file', Buffer.from(newer), 'newer.txt');
    expect(uploaded.status).toBe(422);
    expect(uploaded.text).toContain('Updated at noon.');
    const fromPreview = await paste({ text: newer, url, step: 'save', from: 'preview', method: 'upload' });
    expect(fromPreview.status).toBe(422);
    expect(fromPreview.text).toContain('Updated at noon.');
    // the same text under that link is still the article already there
    const same = await paste({ text: original, url });
    expect(same.status).toBe(303);
    expect(same.headers.location).toBe(first.headers.location);
  });

  it('when a text holds more quotations than any article (a dump of 12,000), then it is refused in words, saved nowhere, and comes back', async () => {
    const name = tag();
    const text = `Transcript ${name}\n\n${'“No.” '.repeat(12_000)}`;
    for (const step of ['preview', 'save']) {
      const res = await paste({ text, title: `Kept ${name}`, step });
      expect(res.status).toBe(422);
      expect(res.text).toContain('Verbatim found 12,000 quoted claims in this text, more than the 10,000 one article may hold');
      expect(res.text).toContain(`Transcript ${name}`);
      expect(res.text).toContain(`value="Kept ${name}"`);
    }
    expect(await db('articles').where('title', `Kept ${name}`).first()).toBeUndefined();
    // an upload of the same text comes back in the paste form too, its text kept
    const _csrf = await csrfToken(agent, '/articles/new?tab=upload');
    const uploaded = await agent.post('/articles/upload').field('_csrf', _csrf).attach('file', Buffer.from(text), 'dump.txt');
    expect(uploaded.status).toBe(422);
    expect(uploaded.text).toContain(`Transcript ${name}`);
    // a text at the limit is an article like any other
    const busy = await paste({ text: `Hearing ${name}\n\n${'“No.” '.repeat(10_000)}` });
    expect(busy.status).toBe(303);
    expect(Number((await db('claims').where({ article_id: articleIdFrom(busy.headers.location) }).count({ n: '*' }))[0]!.n)).toBe(10_000);
  });

  it('when the engine cannot finish a text in time, then the person is told so and the form comes back with the text, nothing saved', async () => {
    const name = tag();
    // long enough that even a warm engine takes many times the limit
    const text = `${article(name)}\n\n${'The council met again on Tuesday and talked about the budget for hours. '.repeat(4000)}`;
    configureEngine({ runMs: () => 1 });
    try {
      for (const step of ['preview', 'save']) {
        const res = await paste({ text, title: `Slow ${name}`, step });
        expect(res.status).toBe(503);
        expect(res.text).toContain('Verbatim could not read the claims of this text: the extraction engine took too long on this text.');
        expect(res.text).toContain(`said Maria ${name}, the council leader.`);
      }
    } finally {
      configureEngine({});
    }
    expect(await db('articles').where('title', `Slow ${name}`).first()).toBeUndefined();
    expect((await paste({ text, title: `Slow ${name}` })).status).toBe(303);
  });

  it('when the preview is asked for, then it is a page of its own that reloads and is gone back to, for its account only and a day at most', async () => {
    const name = tag();
    const _csrf = await csrfToken(agent, '/articles/new');
    const sent = await agent.post('/articles').type('form').send({ _csrf, text: article(name, `Ferry ${name} delayed`), step: 'preview' });
    expect(sent.status).toBe(303);
    const page = sent.headers.location as string;
    expect(page).toMatch(/^\/articles\/new\/preview\/[0-9a-f-]{36}$/);
    // shown, and shown again on a reload (or on going back to it), with nothing saved
    for (let i = 0; i < 2; i++) {
      const shown = await agent.get(page);
      expect(shown.status).toBe(200);
      expect(shown.text).toContain(`value="Ferry ${name} delayed"`);
    }
    expect(await db('articles').where('body', 'like', `%Maria ${name},%`).first()).toBeUndefined();
    // another account, or an id that is no draft, is sent to the import form with a word why
    const { user, password } = await createUser(db, { role: 'fact_checker' });
    const other = await signIn(newAgent(app), user.email, password);
    for (const path of [page, '/articles/new/preview/not-a-draft', `/articles/new/preview/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`]) {
      const refused = await other.get(path);
      expect(refused.status).toBe(303);
      expect(refused.headers.location).toBe('/articles/new');
    }
    expect((await other.get('/articles/new')).text).toContain('That preview is no longer kept');
    // a day on, it is gone for its own account too
    await db('import_drafts').where({ id: page.split('/').at(-1) }).update({ created_at: db.raw("now() - interval '25 hours'") });
    expect((await agent.get(page)).headers.location).toBe('/articles/new');
  });

  it('when an account asks for more than twenty previews, then only its latest twenty are kept', async () => {
    const { user, password } = await createUser(db, { role: 'fact_checker' });
    const busy = await signIn(newAgent(app), user.email, password);
    const _csrf = await csrfToken(busy, '/articles/new');
    const pages: string[] = [];
    for (let i = 0; i < 21; i++) pages.push((await busy.post('/articles').type('form').send({ _csrf, text: `Note ${tag()} ${i}.`, step: 'preview' })).headers.location as string);
    expect(Number((await db('import_drafts').where({ account_id: user.id }).count({ n: '*' }))[0]!.n)).toBe(20);
    expect((await busy.get(pages[0]!)).headers.location).toBe('/articles/new');
    expect((await busy.get(pages[20]!)).status).toBe(200);
  });

  it('when the preview lists a claim whose speaker is only described and which an agency reported, then it shows the description and the agency', async () => {
    const name = tag();
    const res = await paste({ text: `Talks resume ${name}\n\nOfficials met on Monday. "We are ready to talk," the envoy told the agency Reuna ${name}.`, step: 'preview' });
    expect(res.status).toBe(200);
    const found = /<summary>The claims it found[\s\S]*?<\/table>/.exec(res.text)?.[0] ?? '';
    expect(found).toContain(`<td data-label="Speaker">the envoy (no name given)</td><td data-label="Source">Reuna ${name}</td>`);
  });

  it('when the preview is asked for, then the engine fills the fields and nothing is saved until the person saves', async () => {
    const name = tag();
    const text = article(name, `Bridge ${name} approved`);
    const res = await paste({ text, step: 'preview' });
    expect(res.status).toBe(200);
    expect(res.text).toContain(`value="Bridge ${name} approved"`);
    expect(res.text).toContain('Verbatim found <strong>2</strong> claims');
    expect(res.text).toContain(`Maria ${name}`);
    // the claims themselves are listed, each with its speaker, before anything is saved
    const found = /<summary>The claims it found[\s\S]*?<\/table>/.exec(res.text)?.[0] ?? '';
    expect(found).toContain(`<td data-label="Quote">The bridge will open next spring,</td><td data-label="Speaker">Maria ${name}</td><td data-label="Source">—</td><td data-label="Kind">direct</td><td data-label="Cue">said</td>`);
    expect(found).toContain(`<td data-label="Quote">It is far too expensive,</td><td data-label="Speaker">Tomas ${name}son</td>`);
    expect(await db('articles').where('body', 'like', `%Maria ${name},%`).first()).toBeUndefined();

    const saved = await paste({ text, title: `Corrected ${name}`, language: 'en', translated: 'no', method: 'paste', from: 'preview', step: 'save' });
    expect(saved.status).toBe(303);
    expect(await db('articles').where({ id: articleIdFrom(saved.headers.location) }).first()).toMatchObject({ title: `Corrected ${name}` });
  });

  it.each([
    [{ text: '   ' }, 'text', 'Paste the article&#39;s text'],
    [{ text: 'x', url: 'javascript:alert(1)' }, 'url', 'starting with http:// or https://'],
    [{ text: 'x', published_at: 'last Tuesday' }, 'published_at', 'YYYY-MM-DD'],
    // a day the calendar lacks, and a bare number, which Date.parse turns into some other date
    [{ text: 'x', published_at: '2022-02-30' }, 'published_at', 'a day that exists'],
    [{ text: 'x', published_at: '1' }, 'published_at', 'YYYY-MM-DD'],
    [{ text: 'x', language: 'English!' }, 'language', 'language code'],
    [{ text: 'x', translated: 'maybe' }, 'translated', 'Choose yes, no'],
    [{ text: 'x', title: 't'.repeat(501) }, 'title', 'longer than 500'],
  ])('when the form is invalid (%o), then it answers 422 with the message and nothing is saved', async (fields, field, message) => {
    const before = await db('articles').max({ id: 'id' }).first();
    const res = await paste(fields as Record<string, string>);
    expect(res.status).toBe(422);
    expect(res.text).toContain(message);
    expect(res.text).toContain(`id="${field}"`);
    expect((await db('articles').max({ id: 'id' }).first())!.id).toBe(before!.id);
  });

  it('when pages are sent without the templates’ indentation, then text a user typed keeps its own', async () => {
    const name = tag();
    const text = `Indented ${name}\n\n    "Four spaces open this line," said Maria ${name}.\n\t\tAnd two tabs open this one.`;
    const res = await paste({ text, step: 'preview' });
    expect(res.status).toBe(200);
    // the template's own lines start at the margin …
    expect(res.text).not.toMatch(/\n[ \t]+</);
    // … and the text in the form is the text pasted, its indentation included
    expect(res.text).toContain('    &#34;Four spaces open this line,&#34;');
    expect(res.text).toContain('\t\tAnd two tabs open this one.');
  });

  it('when a long pasted text comes back with an error, then the whole text is still in the form', async () => {
    const text = `${article(tag())}\n\n${'More paragraphs of the article follow here. '.repeat(6000)}end-${tag()}`;
    const res = await paste({ text, published_at: 'soon' });
    expect(res.status).toBe(422);
    expect(res.text).toContain(text.slice(-40));
    expect(res.text.length).toBeGreaterThan(text.length);
  });

  it('when an article in a non-Latin script is pasted at the character limit, then it is read; a form larger than any article gets a page that says why', async () => {
    // 600,000 Chinese characters: 5.4 MB once the form encodes them, over the 5 MB every other form may send; a
    // quotation every 100 characters, as dense as news gets
    const unit = `“中文引语，”他说。${'市议会周一投票通过了新的预算方案。'.repeat(5)}`;
    const chinese = unit.repeat(Math.ceil(600_000 / unit.length)).slice(0, 600_000);
    const res = await paste({ title: 'Long Chinese text', text: chinese, step: 'preview' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Check the article before saving');
    const huge = await paste({ title: 'Far too long', text: '中'.repeat(1_300_000) });
    expect(huge.status).toBe(413);
    expect(huge.text).not.toContain('request entity too large');
    expect(huge.text).toContain('at most 1,000,000 characters');
  });

  it('when a visitor is not signed in, then the import is refused', async () => {
    const res = await newAgent(app).post('/articles').type('form').send({ text: 'x' });
    expect([303, 403]).toContain(res.status);
    expect(res.status === 303 ? res.headers.location : '').toMatch(res.status === 303 ? /^\/login/ : /^$/);
  });
});

describe('importing a file', () => {
  async function upload(filename: string, content: string | Buffer, fields: Record<string, string> = {}) {
    const _csrf = await csrfToken(agent, '/articles/new?tab=upload');
    let req = agent.post('/articles/upload').field('_csrf', _csrf);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return followPreview(agent, await req.attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), filename));
  }

  it('when a .txt file is uploaded, then it is imported as its text', async () => {
    const name = tag();
    const res = await upload('story.txt', article(name), { title: 'From a text file' });
    expect(res.status).toBe(303);
    const id = articleIdFrom(res.headers.location);
    expect(await db('articles').where({ id }).first()).toMatchObject({ title: 'From a text file', import_method: 'upload' });
    expect(await db('claims').where({ article_id: id }).orderBy('position').pluck('speaker_name')).toEqual([`Maria ${name}`, `Tomas ${name}son`]);
  });

  it('when a Windows-1252 .txt file is uploaded, then its curly quotes survive and its claim is found', async () => {
    const name = tag();
    const bytes = Buffer.concat([Buffer.from([0x93]), Buffer.from('The bridge will open next spring,'), Buffer.from([0x94]),
      Buffer.from(` said Maria ${name}, the mayor of Porto`), Buffer.from([0xe9]), Buffer.from('.\n')]);
    const res = await upload('word.txt', bytes);
    expect(res.status).toBe(303);
    const id = articleIdFrom(res.headers.location);
    expect((await db('articles').where({ id }).first()).body).toContain('“The bridge will open next spring,” said');
    expect(await db('claims').where({ article_id: id }).pluck('speaker_name')).toEqual([`Maria ${name}`]);
  });

  it('when an .html page is uploaded, then its article text is imported without the page around it, with the facts its markup gives', async () => {
    const name = tag();
    const paragraphs = article(name).split('\n\n').map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n');
    const filler = '<p>The council has debated the crossing for a decade, through three budgets and two elections, while traffic grew every year.</p>'.repeat(3);
    const html = `<html lang="en"><head><title>Bridge ${name}</title><meta property="og:site_name" content="Harbour Herald"></head>
      <body><nav><a href="/">Home</a><a href="/weather">Weather ${name}</a></nav><article>${filler}${paragraphs}</article><footer>Subscribe now</footer></body></html>`;
    const res = await upload('page.html', html);
    expect(res.status).toBe(303);
    const row = await db('articles').where({ id: articleIdFrom(res.headers.location) }).first();
    expect(row).toMatchObject({ outlet: 'Harbour Herald', language: 'en', import_method: 'upload' });
    expect(row.body).toContain(`"The bridge will open next spring," said Maria ${name}`);
    expect(row.body).not.toContain(`Weather ${name}`);
    expect(row.body).toMatch(/decade.*\n\n/);
  });

  function pageOf(name: string, siteName: string, lastParagraph = `"It is far too expensive," said Tomas ${name}son.`) {
    const filler = '<p>The council has debated the crossing for a decade, through three budgets and two elections, while traffic grew every year.</p>'.repeat(3);
    const paragraphs = [`"The bridge will open next spring," said Maria ${name}, the council leader.`, lastParagraph]
      .map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n');
    return `<html lang="en"><head><title>Bridge ${name}</title><meta property="og:site_name" content="${siteName}"></head>
      <body><article>${filler}${paragraphs}</article></body></html>`;
  }

  it('when the outlet typed beside a page differs from the one its markup names, then claims take the typed one, and one reported through an agency keeps it', async () => {
    const name = tag();
    const html = pageOf(name, `Harbour Herald ${name}`, `"It is far too expensive," Tomas ${name}son said, according to the Porto Gazette.`);
    const res = await upload('page.html', html, { outlet: `City Post ${name}` });
    expect(res.status).toBe(303);
    const id = articleIdFrom(res.headers.location);
    expect(await db('articles').where({ id }).first('outlet')).toEqual({ outlet: `City Post ${name}` });
    expect(await db('claims').where({ article_id: id }).orderBy('position').pluck('source')).toEqual([`City Post ${name}`, 'Porto Gazette']);
  });

  it('when the outlet of an uploaded page is filled in at the preview, then the claims saved take it as their source', async () => {
    const name = tag();
    const preview = await upload('page.html', pageOf(name, ''), { step: 'preview' });
    expect(preview.status).toBe(200);
    const text = /<textarea id="text" name="text"[^>]*>([\s\S]*?)<\/textarea>/.exec(preview.text)![1]!.replace(/&#34;/g, '"');

    const saved = await paste({ text, title: `Bridge ${name}`, outlet: `Harbour Herald ${name}`, method: 'upload', from: 'preview', step: 'save' });
    expect(saved.status).toBe(303);
    const id = articleIdFrom(saved.headers.location);
    expect(await db('claims').where({ article_id: id }).pluck('source')).toEqual([`Harbour Herald ${name}`, `Harbour Herald ${name}`]);
    const listed = await agent.get(`/claims?source=${encodeURIComponent(`Harbour Herald ${name}`)}`);
    for (const claimId of await db('claims').where({ article_id: id }).pluck('id')) expect(listed.text).toContain(`href="/claims/${claimId}"`);
  });

  it('when an uploaded page is saved from its preview, then the claims saved are the ones the preview showed, read with the page’s head', async () => {
    const name = tag();
    // the head's title and date tell the engine where the article's text begins: the lede's reported claim is one
    const html = `<html lang="en"><head><title>Harbour plan ${name} faces backlash | Coastal Tribune</title><meta property="og:site_name" content="Coastal Tribune">
      <meta property="article:published_time" content="2024-03-14T08:30:00Z"></head><body><article><h1>Harbour plan ${name} faces backlash</h1>
      <p>By Lena Ortiz, Coastal Tribune</p><p>March 14, 2024</p>
      <p>PORT ELLIS — The plan drew criticism on Wednesday from local fishermen, who say the works will destroy their livelihoods.</p>
      <p>&quot;We were never consulted,&quot; said Tomas ${name}, chairman of the fishermen's association.</p></article></body></html>`;
    const preview = await upload('page.html', html, { step: 'preview' });
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('Verbatim found <strong>2</strong> claims');
    // the preview's form as the browser sends it: its inputs, its text and its select's choice
    const form = /<form method="post" action="\/articles" class="panel stack"[^>]*>([\s\S]*?)<\/form>/.exec(preview.text)![1]!;
    const unescape = (v: string) => v.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const fields: Record<string, string> = {};
    for (const m of form.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields[m[1]!] = unescape(m[2]!);
    fields.text = unescape(/<textarea id="text" name="text"[^>]*>([\s\S]*?)<\/textarea>/.exec(form)![1]!);
    fields.translated = /<option value="(\w+)" selected/.exec(form)?.[1] ?? '';
    expect(fields.draft).toMatch(/^[0-9a-f-]{36}$/);
    const saved = await agent.post('/articles').type('form').send({ ...fields, step: 'save' });
    expect(saved.status).toBe(303);
    const id = articleIdFrom(saved.headers.location);
    expect(await db('claims').where({ article_id: id }).orderBy('position').pluck('quote')).toEqual(['the works will destroy their livelihoods', 'We were never consulted,']);
  });

  it.each([
    ['evening, west of UTC', '2024-03-14T22:30:00-05:00'],
    ['early morning, east of UTC', '2024-03-14T01:30:00+09:00'],
  ])('when a page’s markup dates it in the %s, then the publication date is the day the outlet wrote', async (_case, stamp) => {
    const name = tag();
    const html = pageOf(name, 'Harbour Herald').replace('</head>', `<meta property="article:published_time" content="${stamp}"></head>`);
    const preview = await upload('page.html', html, { step: 'preview' });
    expect(preview.status).toBe(200);
    expect(preview.text).toMatch(/<input id="published_at" name="published_at"\s[^>]*value="2024-03-14"/);
  });

  it('when a .md file is uploaded, then its Markdown is stripped', async () => {
    const name = tag();
    const res = await upload('story.md', `# Bridge **${name}**\n\n${article(name).replace('The council', 'The [council](https://council.example)')}`);
    expect(res.status).toBe(303);
    const row = await db('articles').where({ id: articleIdFrom(res.headers.location) }).first();
    expect(row.title).toBe(`Bridge ${name}`);
    expect(row.body).toContain('The council voted on Monday.');
    expect(row.body).not.toContain('](');
  });

  it.each([
    ['report.pdf', Buffer.from('%PDF-1.4'), 'Only .txt, .html and .md'],
    ['binary.txt', Buffer.from([0x48, 0x00, 0x49]), 'not text'],
    ['empty.txt', Buffer.alloc(0), 'empty'],
    ['huge.txt', Buffer.alloc(2 * 1024 * 1024 + 10, 'a'), 'larger than 2 MB'],
    // under 2 MB of file, over the 1,000,000 characters pasted text may have: the same limit holds for files
    ['long.txt', Buffer.from('He said "yes." '.repeat(70_000)), 'over the limit of 1,000,000'],
  ])('when the file is unusable (%s), then it answers 422 with a clear message', async (filename, content, message) => {
    const res = await upload(filename, content, { title: 'Kept title' });
    expect(res.status).toBe(422);
    expect(res.text).toContain(message);
    expect(res.text).toContain('value="Kept title"');
  });

  it('when a field beside the file carries a NUL character, then it answers 422 instead of failing on the write', async () => {
    const res = await upload('story.txt', article(tag()), { outlet: 'City\u0000Post' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('contains a NUL character');
  });

  it('when no file is chosen, then it answers 422', async () => {
    const _csrf = await csrfToken(agent, '/articles/new?tab=upload');
    const res = await agent.post('/articles/upload').field('_csrf', _csrf).field('title', 'x');
    expect(res.status).toBe(422);
    expect(res.text).toContain('Choose a .txt, .html or .md file');
  });

  it('when the upload carries no CSRF token, then it is refused before anything is read', async () => {
    const res = await agent.post('/articles/upload').attach('file', Buffer.from(article(tag())), 'a.txt');
    expect(res.status).toBe(403);
  });
});

describe('importing from a link', () => {
  let server: Server;
  let base: string;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url?.startsWith('/moved')) return void res.writeHead(302, { location: req.url.slice('/moved'.length) || '/' }).end();
      if (req.url === '/to-private') return void res.writeHead(302, { location: 'http://10.0.0.7/secret' }).end();
      const body = pages.get(req.url ?? '');
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function fetchVia(a: Agent, url: string) {
    const _csrf = await csrfToken(a, '/articles/new?tab=url');
    return a.post('/articles/fetch').type('form').send({ _csrf, url });
  }

  it('when the app runs with its defaults, then a link to this machine is refused with the reason', async () => {
    const name = tag();
    pages.set(`/${name}`, `<html><body><article><p>${article(name)}</p></article></body></html>`);
    const res = await fetchVia(agent, `${base}/${name}`);
    expect(res.status).toBe(422);
    expect(res.text).toContain('not on the public internet: it is this machine (loopback)');
    expect(res.text).toContain(`value="${base}/${name}"`);
  });

  describe('with the local test server explicitly allowed', () => {
    const localApp = testApp();
    localApp.locals.urlFetch = { allow: ['127.0.0.1'] };
    let local: Agent;
    beforeAll(async () => {
      const { user, password } = await createUser(db, { role: 'fact_checker' });
      local = await signIn(newAgent(localApp), user.email, password);
    });

    it('when a link is given, then the page is fetched, reduced to its article and imported; the same link again leads there', async () => {
      const name = tag();
      const body = article(name).split('\n\n').map((p) => `<p>${p}</p>`).join('');
      pages.set(`/news/${name}`, `<html lang="en"><head><title>Bridge ${name}</title></head><body><article>${body}</article></body></html>`);
      const res = await fetchVia(local, `${base}/moved/news/${name}`);
      expect(res.status).toBe(303);
      const row = await db('articles').where({ id: articleIdFrom(res.headers.location) }).first();
      expect(row).toMatchObject({ import_method: 'url', url: `${base}/moved/news/${name}`, title: `Bridge ${name}` });
      expect(await db('claims').where({ article_id: row.id }).orderBy('position').pluck('speaker_name')).toEqual([`Maria ${name}`, `Tomas ${name}son`]);

      const again = await fetchVia(local, `${base}/moved/news/${name}#comments`);
      expect(again.headers.location).toBe(res.headers.location);
    });

    it('when the page redirects to a private address, then the import is refused', async () => {
      const res = await fetchVia(local, `${base}/to-private`);
      expect(res.status).toBe(422);
      expect(res.text).toContain('10.0.0.7 is not on the public internet');
    });

    it('when the link is not http or https, then it answers 422', async () => {
      const res = await fetchVia(local, 'file:///etc/passwd');
      expect(res.status).toBe(422);
      expect(res.text).toContain('starting with http:// or https://');
    });
  });
});
