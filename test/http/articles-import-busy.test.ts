import { randomBytes } from 'node:crypto';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { configureDocumentReader, reduceHtml } from '../../server/imports/html-reducer';
import { configureEngine, extractOffThread } from '../../server/articles/engine';
import { createUser, csrfToken, followPreview, getTestDb, newAgent, signIn, testApp, type Agent } from '../support';

const db = getTestDb();
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());
/** The page of the security review: jsdom alone takes 18 s and more to build its 400,000 elements. */
const HOSTILE = `<table>${'<tr><td>x'.repeat(200_000)}`;
/** A million characters of short quotations, the slowest text found for the engine (seconds). */
const SLOW_TEXT = '“No.” '.repeat(166_000);
const page = (name: string) => `<html><body><article><p>Bridge ${name}</p><p>"The bridge will open next spring," said Maria ${name}, the council leader.</p></article></body></html>`;

async function account(role: 'fact_checker' | 'editor', app = testApp()): Promise<{ agent: Agent; id: number }> {
  const { user, password } = await createUser(db, { role });
  return { agent: await signIn(newAgent(app), user.email, password), id: user.id };
}

async function upload(agent: Agent, content: string, fields: Record<string, string> = {}, token?: string) {
  const _csrf = token ?? (await csrfToken(agent, '/articles/new?tab=upload'));
  let req = agent.post('/articles/upload').field('_csrf', _csrf);
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  const sent = performance.now();
  const res = await req.attach('file', Buffer.from(content), 'page.html');
  return Object.assign(res, { after: performance.now() - sent });
}

/** Sends the paste form; a preview's answer is the page it is sent to, where the engine reads the text. */
async function paste(agent: Agent, fields: Record<string, string>) {
  const _csrf = await csrfToken(agent, '/articles/new');
  return followPreview(agent, await agent.post('/articles').type('form').send({ _csrf, ...fields }));
}

/** A job the test holds the worker with; it fails when its limit cuts it off, which is expected. */
const held = (job: Promise<unknown>) => job.then(() => 'done', (err: Error) => err.message);

afterEach(() => {
  configureDocumentReader({});
  configureEngine({});
});

describe('imports when the document reader or the engine has no time for them', () => {
  it('when a fact-checker uploads hostile pages in parallel, then all but one are refused at once (429, Retry-After, the facts kept, the file to choose again), and an editor’s page sent meanwhile is read', async () => {
    // a new worker's start reserved as in production: under load it takes seconds, after the hostile page is cut off
    configureDocumentReader({ waitMs: 14_000, accountMs: 7_000, startMs: 3_000, runMs: (r) => ('html' in r && r.html.length > 100_000 ? 4_000 : 3_000) });
    const checker = await account('fact_checker');
    const editor = await account('editor');
    const name = tag();

    // one form's token for the four, as four tabs opened on the form would send
    const token = await csrfToken(checker.agent, '/articles/new?tab=upload');
    const hostile = Array.from({ length: 4 }, () => upload(checker.agent, HOSTILE, { title: 'Kept title', outlet: 'Kept Outlet' }, token));
    await new Promise((r) => setTimeout(r, 300));
    const innocent = await upload(editor.agent, page(name));
    const answers = await Promise.all(hostile);
    expect(answers.map((a) => a.status).sort()).toEqual([422, 429, 429, 429]);

    // before the fix the editor waited for all four, each to its limit (59.9 s at 15 s)
    expect(innocent.status).toBe(303);
    expect(innocent.after).toBeLessThan(14_000);
    expect(await db('articles').where({ title: `Bridge ${name}` }).first()).toBeDefined();
    const read = answers.filter((a) => a.status === 422);
    const refused = answers.filter((a) => a.status === 429);
    expect(read).toHaveLength(1);
    expect(read[0]!.text).toContain('took too long to read');
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(r.text).toContain('Your other imports are still being read, so this one was not started and nothing was saved. Send it again in');
      expect(r.text).toContain('Your browser does not keep the chosen file: choose it again before sending.');
      expect(r.text).toContain('value="Kept title"');
      expect(r.text).toContain('value="Kept Outlet"');
      expect(r.after).toBeLessThan(read[0]!.after);
    }
  });

  it('when everyone’s documents fill the reader’s wait, then an upload is refused at once with 503 and Retry-After, its facts kept', async () => {
    configureDocumentReader({ waitMs: 3_000, accountMs: 3_000, startMs: 0, runMs: () => 3_000 });
    const someone = await account('fact_checker');
    const editor = await account('editor');
    const hold = held(reduceHtml(HOSTILE, undefined, someone.id));

    const res = await upload(editor.agent, page(tag()), { title: 'Kept title' });

    expect(res.status).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(3);
    expect(res.text).toContain('Verbatim is reading as many imports as it can at once, so this one was not started and nothing was saved. Send it again in');
    expect(res.text).toContain('choose it again before sending');
    expect(res.text).toContain('value="Kept title"');
    expect(res.after).toBeLessThan(1_500);
    await hold;
  });

  describe('from a link', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = http.createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Link')));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('when the reader’s wait is full, then a link is refused at once with 503, the link and facts kept', async () => {
      const app = testApp();
      app.locals.urlFetch = { allow: ['127.0.0.1'] };
      configureDocumentReader({ waitMs: 3_000, accountMs: 3_000, startMs: 0, runMs: () => 3_000 });
      const someone = await account('fact_checker');
      const editor = await account('editor', app);
      const hold = held(reduceHtml(HOSTILE, undefined, someone.id));
      const url = `${base}/news/${tag()}`;

      const _csrf = await csrfToken(editor.agent, '/articles/new?tab=url');
      const res = await editor.agent.post('/articles/fetch').type('form').send({ _csrf, url, outlet: 'Kept Outlet' });

      expect(res.status).toBe(503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(res.text).toContain('Verbatim is reading as many imports as it can at once');
      expect(res.text).not.toContain('choose it again');
      expect(res.text).toContain(`value="${url}"`);
      expect(res.text).toContain('value="Kept Outlet"');
      await hold;
    });
  });

  it('when everyone’s texts fill the engine’s wait, then a paste is refused at once with 503 and Retry-After, the text kept and nothing saved', async () => {
    configureEngine({ waitMs: 3_000, accountMs: 2_000, startMs: 0, runMs: () => 2_000 });
    const someone = await account('fact_checker');
    const editor = await account('editor');
    const name = tag();
    const hold = held(extractOffThread(SLOW_TEXT, undefined, 1_000_000, someone.id));

    const res = await paste(editor.agent, { text: `Bridge ${name}\n\n"It opens in spring," said Maria ${name}.`, title: `Busy ${name}` });

    expect(res.status).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(res.text).toContain('Verbatim is reading as many imports as it can at once, so this one was not started and nothing was saved.');
    expect(res.text).toContain(`said Maria ${name}.</textarea>`);
    expect(res.text).toContain(`value="Busy ${name}"`);
    expect(await db('articles').where({ title: `Busy ${name}` }).first()).toBeUndefined();
    await hold;
  });

  it('when an account’s own texts hold its share of the engine, then its preview and its save are refused with 429, the text kept', async () => {
    configureEngine({ waitMs: 10_000, accountMs: 2_000, startMs: 0, runMs: () => 2_000 });
    const checker = await account('fact_checker');
    const name = tag();
    const hold = held(extractOffThread(SLOW_TEXT, undefined, 1_000_000, checker.id));

    for (const step of ['preview', 'save']) {
      const res = await paste(checker.agent, { text: `Bridge ${name}\n\n"It opens in spring," said Maria ${name}.`, title: `Mine ${name}`, step });
      expect({ step, status: res.status }).toEqual({ step, status: 429 });
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(res.text).toContain('Your other imports are still being read');
      expect(res.text).toContain(`said Maria ${name}.</textarea>`);
    }
    expect(await db('articles').where({ title: `Mine ${name}` }).first()).toBeUndefined();
    await hold;
  });
});
