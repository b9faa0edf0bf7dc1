import { insertArticleWithClaims } from '../support/claims-fixtures';
import { getTestDb } from '../support';
import { claimForm, signedIn } from '../support/claims-http';

/** The ids of the events listed, top to bottom. */
const rowsOf = (html: string) => [...html.matchAll(/<tr data-event="(\d+)">/g)].map((m) => Number(m[1]));

describe('GET /audit', () => {
  test('when a fact-checker asks for the audit trail, then 403', async () => {
    const { agent } = await signedIn('fact_checker');
    const res = await agent.get('/audit');
    expect(res.status).toBe(403);
    // the page says whom it is for, so the reader knows whom to ask
    expect(res.text).toContain('This page is for editors and administrators; your role is Fact-checker.');
  });

  test('when the record-type filter lists its choices, then each reads as words and sends the stored name', async () => {
    const editor = await signedIn('editor');
    const page = (await editor.agent.get('/audit?entity_type=audit_check')).text;
    expect(page).toContain('<option value="audit_check" selected>audit check</option>');
    expect(page).toContain('<option value="claim">claim</option>');
  });

  test('when an account’s events are listed, then an admin gets a link to the account and an editor, who cannot open it, the plain record', async () => {
    const someone = await signedIn('fact_checker');
    const admin = await signedIn('admin');
    const editor = await signedIn('editor');
    const path = `/audit?entity_type=user&entity_id=${someone.userId}&action=user.sign_in`;
    expect((await admin.agent.get(path)).text).toContain(`<a href="/admin/users/${someone.userId}">user ${someone.userId}</a>`);
    const plain = (await editor.agent.get(path)).text;
    expect(plain).toContain(`user ${someone.userId}`);
    expect(plain).not.toContain(`href="/admin/users/${someone.userId}"`);
  });

  test('when an editor filters by actor, action and record, then each event shows who, what, which record, before, after and note', async () => {
    const checker = await signedIn('fact_checker', `Audit Checker ${Date.now()}`);
    const editor = await signedIn('editor');
    const { claimIds: [id] } = await insertArticleWithClaims(getTestDb(), checker.userId, '"Audited words."', [{ quote: 'Audited words.' }]);
    await checker.agent.post(`/claims/${id}/verdict`).type('form').send({ ...(await claimForm(checker.agent, id!)), status: 'disputed', note: 'Audit <note>' });
    const res = await editor.agent.get(`/audit?actor=${checker.userId}&action=claim.verdict&entity_type=claim&entity_id=${id}`);
    expect(res.status).toBe(200);
    expect(rowsOf(res.text)).toHaveLength(1);
    // each action in words, its code beside it; the filter offers the words too
    expect(res.text).toContain('<td><span>Verdict <code class="hint">claim.<wbr>verdict</code></span></td>');
    expect(res.text).toContain('<option value="claim.verdict" selected>Verdict</option>');
    for (const text of [checker.email, 'claim.verdict', `href="/claims/${id}"`, 'Audit &lt;note&gt;', '&#34;status&#34;: &#34;unreviewed&#34;', '&#34;status&#34;: &#34;disputed&#34;']) {
      expect(res.text).toContain(text);
    }
    const today = new Date().toISOString().slice(0, 10);
    expect(rowsOf((await editor.agent.get(`/audit?entity_type=claim&entity_id=${id}&from=${today}&to=${today}`)).text)).toHaveLength(1);
    expect(rowsOf((await editor.agent.get(`/audit?entity_type=claim&entity_id=${id}&to=2000-01-01`)).text)).toHaveLength(0);
  });

  test('when paging, then older and newer links walk the trail newest first without repeats', async () => {
    const editor = await signedIn('editor');
    const { claimIds } = await insertArticleWithClaims(getTestDb(), editor.userId, '"a" "b"', [{ quote: 'a' }, { quote: 'b' }]);
    for (let i = 0; i < 60; i++) {
      const id = claimIds[i % 2]!;
      await editor.agent.post(`/claims/${id}/assign`).type('form').send({ ...(await claimForm(editor.agent, id)), assignee: i % 4 < 2 ? 'me' : 'nobody' });
    }
    const first = await editor.agent.get(`/audit?actor=${editor.userId}&action=claim.assign`);
    const firstRows = rowsOf(first.text);
    expect(firstRows).toHaveLength(50);
    expect(firstRows).toEqual([...firstRows].sort((a, b) => b - a));
    const older = await editor.agent.get(/href="([^"]+)" rel="next"/.exec(first.text)![1]!.replaceAll('&amp;', '&'));
    expect(rowsOf(older.text)).toHaveLength(10);
    expect(Math.max(...rowsOf(older.text))).toBeLessThan(Math.min(...firstRows));
    const newer = await editor.agent.get(/href="([^"]+)" rel="prev"/.exec(older.text)![1]!.replaceAll('&amp;', '&'));
    expect(rowsOf(newer.text)).toEqual(firstRows);

    const today = new Date().toISOString().slice(0, 10);
    const dated = await editor.agent.get(`/audit?actor=${editor.userId}&action=claim.assign&from=${today}&to=${today}`);
    expect(rowsOf(dated.text)).toEqual(firstRows);
    const datedOlder = await editor.agent.get(/href="([^"]+)" rel="next"/.exec(dated.text)![1]!.replaceAll('&amp;', '&'));
    expect(rowsOf(datedOlder.text)).toEqual(rowsOf(older.text));
  });

  // the notice names each filter as the form labels it and says what it takes, not the query's own name
  test.each([
    ['actor=abc', 'Ignored the actor “abc”: choose one from the list.'],
    ['from=2026-02-31', 'Ignored the From date “2026-02-31”: give a calendar date, as YYYY-MM-DD.'],
    ['to=yesterday', 'Ignored the To date “yesterday”: give a calendar date, as YYYY-MM-DD.'],
    ['action=DROP TABLE', 'Ignored the action “DROP TABLE”: choose one from the list.'],
    ['entity_type=a.b', 'Ignored the record type “a.b”: choose one from the list.'],
    ['after=-5', 'Ignored the page link “-5”: use the Older and Newer links.'],
  ])('when the filter is %s, then the page still renders and says in the form’s words which it ignored and why', async (qs, notice) => {
    const { agent } = await signedIn('admin');
    const res = await agent.get(`/audit?${qs}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(notice);
  });

  test('when the From date is after the To date, then the page says so rather than only that no event matches', async () => {
    const { agent } = await signedIn('admin');
    const res = await agent.get('/audit?from=2026-03-10&to=2026-03-01');
    expect(res.status).toBe(200);
    expect(res.text).toContain('The From date 2026-03-10 is after the To date 2026-03-01, so no event can fall between them: swap them or change one.');
    expect(res.text).toContain('No events match.');
    expect((await agent.get('/audit?from=2026-03-01&to=2026-03-10')).text).not.toContain('is after the To date');
  });
});
