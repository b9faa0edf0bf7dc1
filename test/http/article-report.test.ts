import { csrfFrom, getTestDb, newAgent, testApp, type Agent } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { claimForm, correctionForm, signedIn } from '../support/claims-http';

const db = getTestDb();

// The claims are written in another order than the text's, so the report's order is the text's, not the claims' ids.
const BODY = [
  'Harbour report.',
  '“The pier will open in May,” said Ana Reyes.',
  'A spokesman said: “Nobody was hurt.”',
  'Port director Ed Moss said “fees stay as they are” before the vote.',
].join('\n\n');

/** The report's claims, top to bottom: each one's quote, and its card's text with tags and spacing taken out. */
function cards(html: string): Array<{ quote: string; text: string }> {
  return [...html.matchAll(/<li class="panel report-claim" id="claim-\d+">([\s\S]*?)<\/li>\s*(?=<li class="panel|<\/ol>)/g)].map((m) => ({
    quote: /<p class="report-quote">([\s\S]*?)<\/p>/.exec(m[1]!)![1]!,
    text: m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
  }));
}
const summaryOf = (html: string) => /<section class="panel" aria-labelledby="summary-heading">([\s\S]*?)<\/section>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

async function article(createdBy: number, tag = '') {
  return insertArticleWithClaims(db, createdBy, BODY, [
    { quote: 'fees stay as they are', speaker: 'Ed Moss', source: 'Harbour Post', confidence: 0.6 },
    { quote: 'The pier will open in May,', speaker: 'Ana Reyes', source: 'Harbour Post' },
    { quote: 'Nobody was hurt.', speaker: null, mention: 'A spokesman', source: 'Harbour Post' },
  ], `Pier <opens> & fees${tag}`);
}

async function verdict(agent: Agent, claimId: number, fields: Record<string, string>) {
  const res = await agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...(await claimForm(agent, claimId)), ...fields });
  expect(res.status).toBe(303);
}

async function attribution(agent: Agent, claimId: number, fields: Record<string, string>) {
  const page = await agent.get(`/claims/${claimId}`);
  const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...correctionForm(page.text), ...fields });
  expect([res.status, res.status === 303 ? '' : /<div class="error-summary[\s\S]*?<\/div>|<p class="field-error[^>]*>[^<]*/.exec(res.text)?.[0]]).toEqual([303, '']);
}

describe('GET /articles/:id/report', () => {
  let checker: { agent: Agent; userId: number };
  let editor: { agent: Agent; userId: number };
  beforeAll(async () => {
    checker = await signedIn('fact_checker', 'Rita Checker');
    editor = await signedIn('editor', 'Omar Editor');
  });

  it('when some claims are reviewed, then the report lists every claim in the order of the text with the verdict it holds, and says what is not settled', async () => {
    const { articleId, claimIds: [fees, pier, hurt] } = await article(checker.userId);
    await verdict(checker.agent, pier!, { status: 'disputed', note: 'The council minutes say June.\n<script>alert(1)</script>', evidence_url: 'https://example.org/minutes\nhttps://example.org/vote?a=1&b=2' });
    await attribution(editor.agent, pier!, { action: 'approve' });

    const res = await editor.agent.get(`/articles/${articleId}/report`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<cite>Pier &lt;opens&gt; &amp; fees</cite>');
    expect(res.text).not.toContain('<script>alert(1)</script>');
    const shown = cards(res.text);
    expect(shown.map((c) => c.quote)).toEqual(['The pier will open in May,', 'Nobody was hurt.', 'fees stay as they are']);
    expect(shown[0]!.text).toMatch(/^The pier will open in May, Verdict Disputed by Rita Checker, \d{4}-\d\d-\d\d \d\d:\d\d UTC Note The council minutes say June\. &lt;script&gt;alert\(1\)&lt;\/script&gt; Evidence https:\/\/example\.org\/minutes https:\/\/example\.org\/vote\?a=1&amp;b=2 Said by Ana Reyes · attribution approved by an editor Reported by Harbour Post/);
    expect(res.text).toContain('<a href="https://example.org/vote?a=1&amp;b=2" rel="noopener noreferrer nofollow">');
    expect(shown[1]!.text).toContain('Verdict Unreviewed Said by “A spokesman”, no name given · attribution proposed by Verbatim, not checked by an editor Reported by Harbour Post');
    expect(shown[2]!.text).toContain('Said by Ed Moss · attribution proposed by Verbatim, not checked by an editor; speaker uncertain (60 % confidence)');
    expect(shown[2]!.text).toContain(`Claim ${fees}`);
    expect(shown[1]!.text).toContain(`Claim ${hurt}`);

    expect(res.text).toContain(`<a href="/articles/${articleId}/report.md" download>Download as Markdown</a>`);
    const file = await editor.agent.get(`/articles/${articleId}/report.md`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(file.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="verbatim-report-article-${articleId}-\\d{4}-\\d\\d-\\d\\d\\.md"$`));
    expect(file.text).toContain('*Pier \\<opens\\> \\& fees*');
    expect(file.text).toContain('1. > The pier will open in May\\,\n');
    expect(file.text).toContain('   - Note: The council minutes say June\\.\\\n     \\<script\\>alert\\(1\\)\\<\\/script\\>\n');
    expect(file.text).toMatch(new RegExp(`   - In Verbatim: <http://127\\.0\\.0\\.1:\\d+/claims/${pier}>`));
    expect(file.text.indexOf(`/claims/${pier}>`)).toBeLessThan(file.text.indexOf(`/claims/${hurt}>`));

    // reached from the claims of the article, and from each claim's page at its own card
    expect((await editor.agent.get(`/claims?article=${articleId}`)).text).toContain(`(<a href="/articles/${articleId}/report">its fact-check report</a>)`);
    expect((await editor.agent.get(`/claims/${pier}`)).text).toContain(`(<a href="/articles/${articleId}/report#claim-${pier}">in its fact-check report</a>)`);
    expect(res.text).toContain(`<li class="panel report-claim" id="claim-${pier}">`);

    const summary = summaryOf(res.text);
    expect(summary).toContain('3 claims: 1 disputed, 2 not reviewed yet.');
    expect(summary).toContain('Attributions: 1 checked by an editor, 2 as Verbatim proposed them; 1 claim names no speaker.');
    expect(summary).toMatch(/Not final\. As of \d{4}-\d\d-\d\d \d\d:\d\d UTC: 2 claims have no verdict yet 2 attributions are still Verbatim’s proposal, not checked by an editor \(1 speaker is uncertain\)/);
  });

  it('when every claim has a verdict and every attribution was checked, then the report is final; a verdict that no longer holds is not shown', async () => {
    const tag = ` zq${Date.now().toString(36)}`;
    const { articleId, claimIds } = await article(checker.userId, tag);
    const row = async () => {
      const list = (await checker.agent.get(`/articles?q=${encodeURIComponent(tag.trim())}`)).text;
      return /<td data-label="Claims">([\s\S]*?)<\/td>/.exec(list)![1]!.replace(/<[^>]+>/g, '').trim();
    };
    expect(await row()).toBe('3 · 0 reviewed · report');
    const [, , hurt] = claimIds;
    // (a claim with no speaker is not approved but corrected: a verdict is given on the speaker it then has)
    await attribution(editor.agent, hurt!, { action: 'correct', speaker: 'Lia Wong', new_speaker: 'yes' });
    for (const id of claimIds) {
      await verdict(checker.agent, id, { status: 'verified', note: '', evidence_url: '' });
      if (id !== hurt) await attribution(editor.agent, id, { action: 'approve' });
    }
    const final = (await checker.agent.get(`/articles/${articleId}/report`)).text;
    expect(summaryOf(final)).toContain('3 claims: 3 verified.');
    expect(summaryOf(final)).toContain('Final: every claim has a verdict, and every attribution was checked by an editor.');
    expect(summaryOf(final)).not.toContain('Not final');
    expect(await row()).toBe('3 · all reviewed · report');

    // another speaker makes the claim's verdict lapse (it was given on the words of someone else)
    await attribution(editor.agent, claimIds[0]!, { action: 'correct', speaker: 'Eda Moss', new_speaker: 'yes' });
    const after = (await checker.agent.get(`/articles/${articleId}/report`)).text;
    const fees = cards(after).find((c) => c.quote === 'fees stay as they are')!;
    expect(fees.text).toContain('Verdict Unreviewed Said by Eda Moss · attribution corrected by an editor');
    expect(fees.text).not.toContain('by Rita Checker');
    expect(summaryOf(after)).toContain('3 claims: 2 verified, 1 not reviewed yet.');
    expect(summaryOf(after)).toContain('1 claim has no verdict yet');
    expect(await row()).toBe('3 · 2 reviewed · report');
  });

  it('when the article has no claims, was removed, or does not exist, then the report says so', async () => {
    const { articleId: empty } = await insertArticleWithClaims(db, checker.userId, 'Nothing quoted here.', []);
    const none = await checker.agent.get(`/articles/${empty}/report`);
    expect(none.status).toBe(200);
    expect(summaryOf(none.text)).toContain('Verbatim found no quoted claim in this article, and none was added.');
    expect(none.text).not.toContain('report-claims');

    const { articleId: removed } = await article(checker.userId);
    const page = await editor.agent.get(`/articles/${removed}`);
    const version = /name="version" value="(\d+)"/.exec(page.text.slice(page.text.indexOf(`action="/articles/${removed}/remove"`)))![1]!;
    expect((await editor.agent.post(`/articles/${removed}/remove`).type('form').send({ _csrf: csrfFrom(page.text), version, note: 'Imported twice' })).status).toBe(303);
    const gone = await checker.agent.get(`/articles/${removed}/report`);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('Omar Editor');
    expect(gone.text).toContain('Imported twice');
    expect((await checker.agent.get(`/articles/${removed}/report.md`)).status).toBe(410);

    expect((await checker.agent.get('/articles/999999999/report')).status).toBe(404);
    expect((await checker.agent.get('/articles/x1/report')).status).toBe(404);
  });

  it('when nobody is signed in, then the report sends to sign in', async () => {
    const res = await newAgent(testApp()).get('/articles/1/report');
    expect([res.status, res.headers.location]).toEqual([303, '/login?next=%2Farticles%2F1%2Freport']);
  });
});
