import { randomBytes } from 'node:crypto';
import { stopHtmlReader } from '../../server/imports/html-reducer';
import { auditEventsFor, createUser, csrfToken, followPreview, getTestDb, newAgent, signIn, testApp, type Agent } from '../support';
import { noticeAfter } from '../support/claims-http';

const db = getTestDb();
const app = testApp();
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());

/** An article whose outlet, author, date and language the engine finds in its text. */
const article = (name: string) =>
  `Council ${name} backs the bridge\n\nBy Claire ${name}\n\n2024-03-05\n\nThe council voted on Monday.\n\n` +
  `"The bridge will open next spring," said Maria ${name}, the council leader.\n\nSource: Le Figaro`;

let checker: Agent;
let editor: Agent;
beforeAll(async () => {
  const a = await createUser(db, { role: 'fact_checker' });
  checker = await signIn(newAgent(app), a.user.email, a.password);
  const e = await createUser(db, { role: 'editor' });
  editor = await signIn(newAgent(app), e.user.email, e.password);
});
afterAll(() => stopHtmlReader());

const articleIdFrom = (location: string | undefined) => Number(/^\/articles\/(\d+)$/.exec(location ?? '')?.[1]);
const unescapeHtml = (s: string) => s.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Sends the paste form; a preview's answer is the page it is sent to, as a browser shows it. */
async function paste(fields: Record<string, string>, agent = checker) {
  const _csrf = await csrfToken(agent, '/articles/new');
  return followPreview(agent, await agent.post('/articles').type('form').send({ _csrf, ...fields }));
}

/** What the preview's form sends as it stands: every input, the text and the choice of the select. */
function previewForm(html: string): Record<string, string> {
  const form = /<form method="post" action="\/articles" class="panel stack"[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error('the page has no preview form');
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*?\bname="(\w+)"[^>]*?>/g)) fields[m[1]!] = unescapeHtml(/\bvalue="([^"]*)"/.exec(m[0])?.[1] ?? '');
  fields.text = unescapeHtml(/<textarea[^>]*name="text"[^>]*>([\s\S]*?)<\/textarea>/.exec(form)![1]!);
  fields.translated = /<option value="(\w*)" selected>/.exec(form)?.[1] ?? '';
  return { ...fields, step: 'save' };
}

describe('correcting the facts at the preview', () => {
  it('when the outlet, author, date and language Verbatim found are emptied at the preview, then the article is saved with none of them', async () => {
    const name = tag();
    const preview = await paste({ text: article(name), step: 'preview' });
    expect(preview.status).toBe(200);
    const form = previewForm(preview.text);
    expect(form).toMatchObject({ outlet: 'Le Figaro', author: `Claire ${name}`, published_at: '2024-03-05', language: 'en' });

    const saved = await paste({ ...form, outlet: '', author: '', published_at: '', language: '' });

    expect(saved.status).toBe(303);
    const id = articleIdFrom(saved.headers.location);
    expect(await db('articles').where({ id }).first('title', 'outlet', 'author', 'published_at', 'language'))
      .toEqual({ title: `Council ${name} backs the bridge`, outlet: null, author: null, published_at: null, language: null });
    // a claim whose source the text does not name takes the outlet saved, which is none
    expect(await db('claims').where({ article_id: id }).pluck('source')).toEqual([null]);
    const [created] = await auditEventsFor(db, 'article', id);
    expect(created!.after).toMatchObject({ outlet: null, author: null, published_at: null, language: null });
  });

  it('when one box is emptied at the preview, then only that fact is none: boxes left as filled, and empty boxes of the import form, take what Verbatim found', async () => {
    const name = tag();
    const preview = await paste({ text: article(name), step: 'preview' });
    const form = previewForm(preview.text);
    const fromPreview = await paste({ ...form, author: '' });
    const fromPreviewId = articleIdFrom(fromPreview.headers.location);
    expect(await db('articles').where({ id: fromPreviewId }).first('outlet', 'author')).toEqual({ outlet: 'Le Figaro', author: null });

    const direct = await paste({ text: article(tag()), outlet: '', author: '' });
    expect(await db('articles').where({ id: articleIdFrom(direct.headers.location) }).first('outlet')).toEqual({ outlet: 'Le Figaro' });
  });

  it('when the title is emptied at the preview, then the preview comes back (422) saying an article needs one, with the text, and nothing is saved', async () => {
    const name = tag();
    const form = previewForm((await paste({ text: article(name), step: 'preview' })).text);
    const res = await paste({ ...form, title: '', outlet: '' });
    expect(res.status).toBe(422);
    expect(res.text).toContain(`Give the article a title: it cannot be saved without one (Verbatim found “Council ${name} backs the bridge”).`);
    expect(res.text).toContain(`said Maria ${name}, the council leader.`);
    // the form still knows what the preview showed, so the outlet emptied there stays emptied when sent again
    const again = previewForm(res.text);
    expect(again).toMatchObject({ was_outlet: 'Le Figaro', outlet: '' });
    expect(await db('articles').where('body', 'like', `%Maria ${name},%`).first()).toBeUndefined();
    const saved = await paste({ ...again, title: `Bridge ${name}` });
    expect(await db('articles').where({ id: articleIdFrom(saved.headers.location) }).first('title', 'outlet')).toEqual({ title: `Bridge ${name}`, outlet: null });
  });
});

describe('importing an article already here', () => {
  it('when the same text comes with other facts, then the article is left as it is and the notice says they were not applied, naming those that differ', async () => {
    const name = tag();
    const text = article(name);
    const first = await paste({ text, title: `Bridge ${name}`, outlet: 'City Post', published_at: '2025-01-31' });
    const id = articleIdFrom(first.headers.location);
    const before = await db('articles').where({ id }).first();

    const again = await paste({ text, title: `Another title ${name}`, outlet: 'City Post', author: 'Jo Smith', published_at: '2025-02-01', language: 'FR', translated: 'yes' });

    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(`/articles/${id}`);
    expect(await noticeAfter(checker, again.headers.location)).toBe(
      'flash--info This article was already imported; here it is. It was left as it is: the facts you gave were not applied. ' +
      `Where they differ from the article’s: title “Another title ${name}” (the article has “Bridge ${name}”); ` +
      `author “Jo Smith” (the article has “Claire ${name}”); publication date “2025-02-01” (the article has “2025-01-31”); ` +
      'language “fr” (the article has “en”); translated by an aggregator yes (the article has no). ' +
      'If yours are right, an editor can correct the article’s facts.',
    );
    expect(await db('articles').where({ id }).first()).toEqual(before);
    expect((await auditEventsFor(db, 'article', id)).map((e) => e.action)).toEqual(['article.create']);

    // an editor is pointed at the facts form of the page they land on; the preview step answers the same way
    const fromEditor = await paste({ text, title: `Another title ${name}`, step: 'preview' }, editor);
    expect(fromEditor.headers.location).toBe(`/articles/${id}`);
    expect(await noticeAfter(editor, fromEditor.headers.location)).toContain(
      `title “Another title ${name}” (the article has “Bridge ${name}”). If yours are right, correct the article’s facts on this page.`,
    );
  });

  it('when a preview is saved after someone imported its text meanwhile, then a box emptied there is named as not applied', async () => {
    const name = tag();
    const text = article(name);
    const form = previewForm((await paste({ text, step: 'preview' })).text);
    const first = await paste({ text }, editor);

    const saved = await paste({ ...form, outlet: '' });

    expect(saved.headers.location).toBe(first.headers.location);
    expect(await noticeAfter(checker, saved.headers.location)).toContain(
      'the facts you gave were not applied. Where they differ from the article’s: outlet none (the article has “Le Figaro”). If yours are right',
    );
    expect(await db('articles').where({ id: articleIdFrom(first.headers.location) }).first('outlet')).toEqual({ outlet: 'Le Figaro' });
  });

  it('when the same text comes again with the facts it has, or with none, then the notice says so and nothing else', async () => {
    const name = tag();
    const text = article(name);
    const first = await paste({ text, outlet: 'City Post' });
    const same = await paste({ text, outlet: 'City Post', title: `Council ${name} backs the bridge` });
    expect(same.headers.location).toBe(first.headers.location);
    expect(await noticeAfter(checker, same.headers.location)).toBe(
      'flash--info This article was already imported; here it is. The facts you gave were not applied, and need not be: the article has them already.',
    );
    const bare = await paste({ text });
    expect(await noticeAfter(checker, bare.headers.location)).toBe('flash--info This article was already imported; here it is.');
  });

  it('when a link already imported is given again with other facts, then nothing is fetched and the notice names them', async () => {
    const name = tag();
    const url = `https://news.example/${name}`;
    const first = await paste({ text: article(name), url, title: `Bridge ${name}` });
    const _csrf = await csrfToken(checker, '/articles/new?tab=url');
    // the same page under a tracking parameter is the same link, not a fact that differs
    const again = await checker.post('/articles/fetch').type('form').send({ _csrf, url: `${url}?utm_source=feed`, title: `Fetched ${name}`, outlet: 'Le Figaro' });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(first.headers.location);
    expect(await noticeAfter(checker, again.headers.location)).toContain(
      `Where they differ from the article’s: title “Fetched ${name}” (the article has “Bridge ${name}”). If yours are right`,
    );
  });
});

describe('an article in a language other than English', () => {
  const french = (name: string) =>
    `Le conseil ${name} vote le budget\n\nLe conseil municipal a voté le budget, et la majorité est satisfaite pour la ville.\n\n` +
    `« Nous sommes prêts », a dit Paul ${name}, le maire.`;
  const warning = (html: string) => /<p class="notice notice-warning">([^<]*)<\/p>/.exec(html)?.[1];

  it('when it is pasted in French, then the preview and the saved article say Verbatim reads French less surely than English, and its claims carry the same reason', async () => {
    const name = tag();
    const preview = await paste({ text: french(name), step: 'preview' });
    expect(preview.status).toBe(200);
    expect(warning(preview.text)).toBe('This article is in French. Verbatim reads French less surely than English: quotations may be missed, cut wrongly or given the wrong speaker, so check each claim against the text.');

    const saved = await paste(previewForm(preview.text));
    const id = articleIdFrom(saved.headers.location);
    const page = await checker.get(`/articles/${id}`);
    expect(warning(page.text)).toContain('This article is in French. Verbatim reads French less surely than English');
    expect(page.text).toContain('<dt>Language</dt><dd>French (fr)</dd>');
    expect(await db('claims').where({ article_id: id }).pluck('translation_hint')).toEqual([expect.stringContaining('the article is in French, which Verbatim reads less surely than English')]);
  });

  it('when an editor sets an English article’s language to a code Verbatim has no name for, then its page says so by the code; English again, and the page says nothing', async () => {
    const saved = await paste({ text: article(tag()) });
    const id = articleIdFrom(saved.headers.location);
    expect(warning((await editor.get(`/articles/${id}`)).text)).toBeUndefined();
    const facts = async (language: string) => {
      const page = await editor.get(`/articles/${id}`);
      const version = /name="version" value="(\d+)"/.exec(page.text)![1]!;
      const _csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
      const row = (await db('articles').where({ id }).first('title', 'outlet', 'author', 'published_at'))!;
      return editor.post(`/articles/${id}/facts`).type('form').send({
        _csrf, version, title: row.title, url: '', outlet: row.outlet ?? '', author: row.author ?? '',
        published_at: row.published_at ? new Date(row.published_at).toISOString().slice(0, 10) : '', language, translated: 'no',
      });
    };
    expect((await facts('sw')).status).toBe(303);
    const sw = (await editor.get(`/articles/${id}`)).text;
    expect(warning(sw)).toContain('This article&#39;s language is sw. Verbatim reads English');
    expect(sw).toContain('<dt>Language</dt><dd>sw</dd>');
    expect((await facts('en-GB')).status).toBe(303);
    const english = (await editor.get(`/articles/${id}`)).text;
    expect(warning(english)).toBeUndefined();
    expect(english).toContain('<dt>Language</dt><dd>English (en-gb)</dd>');
  });
});
