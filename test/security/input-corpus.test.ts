import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Db } from '../../server/db/knex';
import { createUser, csrfFrom, isolatedDatabase, newAgent, signIn, type Agent, type IsolatedDatabase } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { SQL_PAYLOADS } from './hostile-corpus';
import { cleanName } from '../../server/http/validation';

/**
 * SQL metacharacters, oversized and malformed uploads, and URL imports aimed at the server's own network, through
 * the real routes. A guard refuses any outgoing connection to a non-loopback address during this file, so a URL
 * check that failed would show up as a recorded attempt, never as traffic. The file has a database of its own, so
 * "nothing changes" can count whole tables: no other test file writes to them meanwhile.
 */
const attempted: string[] = [];
const LONE_SURROGATE = /[\ud800-\udfff]/;
/** The one thing PostgreSQL text cannot hold: a form carrying it is refused whole, every other payload is stored. */
const UNSTORABLE = '\u0000';
const NUL_REFUSAL = 'contains a NUL character, which cannot be stored';

/** Percent-encodes like encodeURIComponent, but sends a lone surrogate as the raw bytes a broken client would. */
const encode = (v: string) => v.split(/([\ud800-\udfff])/).map((part) => {
  try {
    return encodeURIComponent(part);
  } catch {
    return Buffer.from([0xed, 0xa0 + ((part.charCodeAt(0) >> 6) & 0x1f), 0x80 + (part.charCodeAt(0) & 0x3f)]).toString('hex').replace(/(..)/g, '%$1').toUpperCase();
  }
}).join('');
const form = (fields: Record<string, string>) => Object.entries(fields).map(([k, v]) => `${k}=${encode(v)}`).join('&');
const realConnect = net.Socket.prototype.connect;
const loopback = (host: string) => /^(127\.|::1$|::ffff:127\.|localhost$)/i.test(host);

beforeAll(() => {
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    const first = args[0] as { host?: string; path?: string } | number | string;
    const host = typeof first === 'object' && first !== null && !Array.isArray(first) ? first.host : typeof args[1] === 'string' ? args[1] : undefined;
    const isPipe = typeof first === 'object' && first !== null && 'path' in first && first.path !== undefined;
    if (!isPipe && host && net.isIP(host) && !loopback(host)) {
      attempted.push(host);
      process.nextTick(() => this.destroy(new Error(`test guard: no connection to ${host}`)));
      return this;
    }
    return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
});
afterAll(() => {
  net.Socket.prototype.connect = realConnect;
});

describe('hostile input through the routes', () => {
  let iso: IsolatedDatabase;
  let app: Express;
  let db: Db;
  let agent: Agent;
  let csrf: string;
  let claimId: number;
  const tag = randomBytes(3).toString('hex');

  beforeAll(async () => {
    iso = await isolatedDatabase();
    db = iso.db;
    app = iso.app();
    const { user, password } = await createUser(db, { role: 'editor' });
    agent = await signIn(newAgent(app), user.email, password);
    csrf = csrfFrom((await agent.get('/articles/new')).text);
    const quote = `Sanctions will never work ${tag}`;
    const fixture = await insertArticleWithClaims(db, user.id, `“${quote},” said Metachar Tester ${tag}.`, [{ quote, speaker: `Metachar Tester ${tag}` }]);
    claimId = fixture.claimIds[0]!;
    // A row in every counted table, so a payload that deleted rows anywhere would change a count.
    await db('claim_reviews').insert({ claim_id: claimId, reviewer_id: user.id, status: 'verified', created_at: new Date() });
  }, 60_000);
  afterAll(() => iso?.close());

  const READS = ['/claims?q=', '/claims?source=', '/claims?speaker=', '/claims?article=', '/claims?words=', '/claims?elsewhere=', '/claims?assignee=', '/claims?status=',
    '/claims?sort=', '/claims?after=', '/claims?before=', '/audit?actor=', '/audit?action=', '/audit?entity_type=', '/audit?entity_id=',
    '/audit?from=', '/audit?to=', '/audit?after=', '/speakers?q=', '/articles?before=', '/articles?q=', '/articles?outlet=', '/articles?state=', '/claims/', '/articles/', '/speakers/'];

  it('when SQL metacharacters go into every search, filter, cursor and id, then no request fails and nothing changes', async () => {
    const tables = ['users', 'articles', 'speakers', 'claims', 'claim_reviews', 'audit_events'];
    const counts = async (): Promise<Record<string, number>> =>
      Object.fromEntries(await Promise.all(tables.map(async (t) => [t, Number((await db(t).count('* as n').first())!.n)] as const)));
    const before = await counts();
    const failures: string[] = [];
    let calls = 0;
    // (a claim page's "use this verdict" takes a claim number too: the tester's claim, so the page is there to read it)
    const reads = [...READS, `/claims/${claimId}?verdict_from=`];
    for (const payload of SQL_PAYLOADS) {
      for (const read of reads) {
        const res = await agent.get(read + encode(payload)).redirects(0);
        calls++;
        if (res.status >= 500) failures.push(`${read}${JSON.stringify(payload)} → ${res.status}`);
      }
    }
    // An always-true condition would list every claim; a literal search for it finds none of the tester's claim.
    const tautology = await agent.get(`/claims?q=${encodeURIComponent("' OR '1'='1")}`);
    expect(tautology.text).not.toContain(`/claims/${claimId}"`);
    const after = await counts();
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    expect(after).toEqual(before);
    expect(failures).toEqual([]);
    process.stdout.write(`sql metacharacters: ${SQL_PAYLOADS.length} payloads × ${reads.length} parameters = ${calls} requests, ${failures.length} server errors\n`);
  }, 120_000);

  it('when SQL metacharacters go into the ticked claims, the assignee and the page to go back to of the list’s assign form, then each is refused plainly and nothing changes', async () => {
    const assigned = async () => Number((await db('claims').whereNotNull('assignee_id').count('* as n').first())!.n);
    const events = async () => Number((await db('audit_events').count('* as n').first())!.n);
    const [claimsBefore, eventsBefore] = [await assigned(), await events()];
    const version = (await db('claims').where({ id: claimId }).first('version')).version as number;
    const wrong: string[] = [];
    for (const payload of SQL_PAYLOADS) {
      for (const fields of [
        { claim: payload, assignee: 'me', back: '/claims' },
        { claim: `${claimId}:${version}`, assignee: payload, back: '/claims' },
        { claim: `${claimId}:${version}`, assignee: payload, back: payload },
      ]) {
        const res = await agent.post('/claims/assign').type('form').send(form({ ...fields, _csrf: csrf })).redirects(0);
        // (a NUL is refused before any form is read, as everywhere; a payload of digits alone would be an account's
        // number: none of the corpus is one)
        const want = payload.includes(UNSTORABLE) ? '422' : '303 /claims';
        const got = res.status === 422 ? '422' : `${res.status} ${res.headers.location}`;
        if (got !== want) wrong.push(`${JSON.stringify(fields)} → ${got}`);
      }
    }
    expect(wrong).toEqual([]);
    expect([await assigned(), await events()]).toEqual([claimsBefore, eventsBefore]);
  });

  it.each(SQL_PAYLOADS.map((p) => [JSON.stringify(p), p]))('when a note carries %s, then it is stored exactly as typed or refused plainly', async (_label, payload) => {
    const version = (await db('claims').where({ id: claimId }).first('version')).version as number;
    const reviews = Number((await db('claim_reviews').where({ claim_id: claimId }).count('* as n').first())!.n);
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form')
      .send(form({ status: 'disputed', note: `${payload} ${tag}`, evidence_url: 'https://example.org/e', version: String(version), _csrf: csrf })).redirects(0);
    // Which answer is right follows from the payload, never from the answer itself.
    if (payload.includes(UNSTORABLE)) {
      expect(res.status).toBe(422);
      expect(res.text).toContain(NUL_REFUSAL);
      expect(await db('claims').where({ id: claimId }).first('version')).toEqual({ version });
      expect(Number((await db('claim_reviews').where({ claim_id: claimId }).count('* as n').first())!.n)).toBe(reviews);
    } else {
      expect(res.status).toBe(303);
      const review = await db('claim_reviews').where({ claim_id: claimId }).orderBy('id', 'desc').first('note');
      // A lone surrogate cannot arrive as itself (no UTF-8 for it): what arrived is kept as it arrived.
      if (!LONE_SURROGATE.test(payload)) expect(review.note).toBe(`${payload} ${tag}`.trim());
      else expect(review.note).toContain(tag);
    }
  });

  it.each(SQL_PAYLOADS.map((p) => [JSON.stringify(p), p]))('when a speaker’s corrected name and role carry %s, then they are stored exactly as cleaned or refused plainly', async (_label, payload) => {
    const speakerId = (await db('claims').where({ id: claimId }).first('speaker_id')).speaker_id as number;
    const before = await db('speakers').where({ id: speakerId }).first('name', 'role', 'version');
    const name = `Tester ${randomBytes(3).toString('hex')} ${payload}`.slice(0, 200);
    const res = await agent.post(`/speakers/${speakerId}/edit`).type('form')
      .send(form({ name, role: payload.slice(0, 200), kind: 'person', edit_note: payload, version: String(before.version), _csrf: csrf })).redirects(0);
    if (payload.includes(UNSTORABLE)) {
      expect(res.status).toBe(422);
      expect(res.text).toContain(NUL_REFUSAL);
      expect(await db('speakers').where({ id: speakerId }).first('name', 'role', 'version')).toEqual(before);
    } else {
      expect(res.status).toBe(303);
      const after = await db('speakers').where({ id: speakerId }).first('name', 'version');
      expect(after.version).toBe(before.version + 1);
      // (names are cleaned as everywhere: invisible characters out, runs of spaces one)
      if (!LONE_SURROGATE.test(payload)) expect(after.name).toBe(cleanName(name));
      expect(await db('claims').where({ id: claimId }).first('speaker_name')).toEqual({ speaker_name: after.name });
    }
  });

  it.each(SQL_PAYLOADS.map((p) => [JSON.stringify(p), p]))('when a corrected quote carries %s, then it is looked for as text: not found, refused plainly, nothing changed', async (_label, payload) => {
    const before = await db('claims').where({ id: claimId }).first('version', 'quote', 'start_offset', 'end_offset');
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send(form({ action: 'correct', speaker: `Metachar Tester ${tag}`, quote: `${payload} ${tag}`, version: String(before.version), _csrf: csrf })).redirects(0);
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/does not have that text|needs at least one word|could not be saved|not saved/);
    expect(await db('claims').where({ id: claimId }).first('version', 'quote', 'start_offset', 'end_offset')).toEqual(before);
  });

  it.each(SQL_PAYLOADS.map((p) => [JSON.stringify(p), p]))('when a pasted article title and text carry %s, then the import stores them exactly or refuses plainly', async (_label, payload) => {
    const text = `Metachar article ${randomBytes(4).toString('hex')}.\n\n“${payload} is what we said,” the minister said.`;
    const res = await agent.post('/articles').type('form').send(form({ title: `${payload} title`, text, _csrf: csrf })).redirects(0);
    if (payload.includes(UNSTORABLE)) {
      expect(res.status).toBe(422);
      expect(res.text).toContain(NUL_REFUSAL);
      expect(await db('articles').where('body', 'like', `${text.split('\n')[0]}%`).first('id')).toBeUndefined();
    } else {
      expect(res.status).toBe(303);
      const id = Number(/\/articles\/(\d+)/.exec(res.headers.location!)![1]);
      const article = await db('articles').where({ id }).first('title', 'body');
      if (!LONE_SURROGATE.test(payload)) expect(article.title).toBe(`${payload} title`.trim());
      else expect(article.title).toContain('title');
      expect(article.body).toContain(LONE_SURROGATE.test(payload) ? 'what%20we%20said' : 'is what we said');
    }
  });

  describe('uploads', () => {
    const upload = (file: Buffer, name: string, type = 'text/plain') =>
      agent.post('/articles/upload').field('_csrf', csrf).attach('file', file, { filename: name, contentType: type }).redirects(0);

    it.each([
      ['larger than the limit', () => upload(Buffer.alloc(2 * 1024 * 1024 + 1, 'a'), 'big.txt'), /larger than/i],
      ['binary', () => upload(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), 'tool.txt'), /not text/i],
      ['an executable by name', () => upload(Buffer.from('MZ fake'), 'setup.exe', 'application/octet-stream'), /\.txt, \.html and \.md/i],
      ['a PDF', () => upload(Buffer.from('%PDF-1.4 fake'), 'paper.pdf', 'application/pdf'), /\.txt, \.html and \.md/i],
      ['empty', () => upload(Buffer.alloc(0), 'empty.txt'), /empty|choose/i],
      ['HTML with nothing but script', () => upload(Buffer.from('<script>alert(1)</script>'), 'x.html', 'text/html'), /no article text|could not be read/i],
    ])('when the file is %s, then the import is refused with a clear message', async (_what, send, message) => {
      const res = await send();
      expect(res.status).toBe(422);
      expect(res.text).toMatch(message as RegExp);
    });

    it('when two files are sent at once, then the import is refused with a clear message', async () => {
      const res = await agent.post('/articles/upload').field('_csrf', csrf)
        .attach('file', Buffer.from('one'), 'a.txt').attach('file', Buffer.from('two'), 'b.txt').redirects(0);
      expect(res.status).toBe(422);
      expect(res.text).toMatch(/one file/i);
    });

    it('when the multipart body is malformed, then the answer is a refusal, not a server error', async () => {
      const res = await agent.post('/articles/upload')
        .set('Content-Type', 'multipart/form-data; boundary=XYZ')
        .send(`--XYZ\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated`)
        .redirects(0);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });
  });

  describe('URL import aimed at the server\'s own network', () => {
    let target: http.Server;
    let port: number;

    beforeAll(async () => {
      // A page on loopback that the app is explicitly allowed to fetch here, and that redirects where it is told.
      target = http.createServer((req, res) => {
        const to = new URL(req.url!, 'http://x').searchParams.get('to');
        if (to) return void res.writeHead(302, { location: to }).end();
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Allowed page</title></head><body><p>“Fine,” she said.</p></body></html>');
      });
      await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
      port = (target.address() as AddressInfo).port;
    });
    afterAll(async () => {
      app.locals.urlFetch = undefined;
      await new Promise((resolve) => target.close(resolve));
    });

    const fetchUrl = (url: string) => agent.post('/articles/fetch').type('form').send({ url, _csrf: csrf }).redirects(0);
    const DIRECT = ['http://127.0.0.1:9/', 'http://localhost/', 'http://[::1]/', 'http://0.0.0.0/', 'http://10.0.0.1/', 'http://172.16.0.1/',
      'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/', 'http://100.64.0.1/', 'http://[fd00::1]/', 'http://[fe80::1]/',
      'http://[::ffff:169.254.169.254]/', 'http://224.0.0.1/', 'http://2130706433/', 'http://0x7f000001/', 'http://metadata.google.internal/',
      'ftp://example.org/', 'file:///etc/passwd', 'gopher://127.0.0.1/'];

    it.each(DIRECT)('when the address is %s, then the import is refused and nothing is fetched', async (url) => {
      app.locals.urlFetch = undefined;
      const res = await fetchUrl(url);
      expect(res.status).toBe(422);
      expect(attempted).toEqual([]);
    });

    const BEHIND = ['http://127.0.0.2:1/', 'http://localhost:1/', 'http://[::1]:1/', 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/',
      'http://192.168.0.1/', 'http://metadata.google.internal/', 'http://[::ffff:10.0.0.1]/'];

    it.each(BEHIND)('when an allowed page redirects to %s, then the import is refused at the redirect', async (to) => {
      app.locals.urlFetch = { allow: ['127.0.0.1'] };
      const res = await fetchUrl(`http://127.0.0.1:${port}/?to=${encodeURIComponent(to)}`);
      expect(res.status).toBe(422);
      expect(res.text).toMatch(/could not import/i);
      expect(attempted).toEqual([]);
    });

    it('when the allowed page itself is fetched, then the import works, so the refusals above are the address checks', async () => {
      app.locals.urlFetch = { allow: ['127.0.0.1'] };
      const res = await fetchUrl(`http://127.0.0.1:${port}/page-${tag}`);
      expect(res.status).toBe(303);
      expect(res.headers.location).toMatch(/^\/articles\/\d+$/);
    });
  });
});
