import { insertArticleWithClaims } from '../support/claims-fixtures';
import { auditEventsFor, getTestDb, newAgent, testApp } from '../support';
import { claimForm, signedIn } from '../support/claims-http';

const tag = `zl${Date.now().toString(36)}`;
const ids = (html: string) => [...html.matchAll(/<td><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1]));

async function article(userId: number, n: number) {
  const quotes = Array.from({ length: n }, (_, i) => `statement ${i} about harvests ${tag}`);
  return insertArticleWithClaims(getTestDb(), userId, quotes.map((q) => `"${q}"`).join('\n\n'), quotes.map((quote, i) => ({
    quote, speaker: i % 2 ? `Odd Speaker ${tag}` : `Even Speaker ${tag}`, source: i < 2 ? `Wire ${tag}` : null, status: i === 0 ? 'verified' : 'unreviewed',
  })));
}

describe('GET /claims', () => {
  test('when signed in, then the list shows quote, speaker, source, article, status and the counts per status', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, claimIds } = await article(userId, 3);
    const res = await agent.get(`/claims?article=${articleId}`);
    expect(res.status).toBe(200);
    expect(ids(res.text).sort()).toEqual([...claimIds].sort());
    for (const text of [`statement 1 about harvests ${tag}`, `Odd Speaker ${tag}`, `Wire ${tag}`, 'Fixture article', 'Verified', 'Unreviewed', '3 matching claims']) expect(res.text).toContain(text);
    expect(res.text).toMatch(/>Needs translation review [\d,]+<\/a>/);
  });

  test('when the attribution filter asks for uncertain speakers, then only the engine’s proposals under 75 % show, each marked, until an editor approves one', async () => {
    const { agent, userId } = await signedIn('editor');
    const quotes = ['guessed low', 'guessed just under', 'sure enough', 'nobody named', 'approved guess'].map((q) => `${q} ${tag}`);
    const { articleId, claimIds, speakerIds } = await insertArticleWithClaims(getTestDb(), userId, quotes.map((q) => `"${q}"`).join('\n\n'), [
      { quote: quotes[0]!, speaker: `Low Speaker ${tag}`, confidence: 0.6 },
      { quote: quotes[1]!, speaker: `Low Speaker ${tag}`, confidence: 0.74 },
      { quote: quotes[2]!, speaker: `Low Speaker ${tag}`, confidence: 0.75 },
      { quote: quotes[3]!, speaker: null, confidence: 0.5 },
      { quote: quotes[4]!, speaker: `Low Speaker ${tag}`, confidence: 0.6, attributionStatus: 'approved' },
    ]);
    const [low, under] = claimIds as [number, number];
    const ours = (html: string) => ids(html).filter((id) => claimIds.includes(id)).sort((a, b) => a - b);
    // alone (read from its own index, newest first), with an article, and in another order
    for (const url of ['/claims?attribution=uncertain', `/claims?attribution=uncertain&article=${articleId}`, `/claims?attribution=uncertain&article=${articleId}&sort=speaker`]) {
      const res = await agent.get(url);
      expect(res.status).toBe(200);
      expect(ours(res.text)).toEqual([low, under]);
      expect(res.text).toContain('<option value="uncertain" selected>speaker uncertain</option>');
    }
    // every claim of the article listed, only the two marked, each with its confidence
    const all = (await agent.get(`/claims?article=${articleId}&sort=article&dir=asc`)).text;
    const marks = [...all.matchAll(/<td><a href="\/claims\/(\d+)">[\s\S]*?<\/tr>/g)].map((m) => [Number(m[1]), /speaker uncertain \((\d+) %\)/.exec(m[0])?.[1] ?? null]);
    expect(marks).toEqual(claimIds.map((id, i) => [id, i === 0 ? '60' : i === 1 ? '74' : null]));
    expect((await agent.get(`/claims/${low}`)).text).toContain('the speaker is uncertain until an editor approves or corrects the attribution');
    // the speaker's own page marks the same two of their four claims
    const speakerPage = (await agent.get(`/speakers/${speakerIds[`Low Speaker ${tag}`]}`)).text;
    expect([...speakerPage.matchAll(/speaker uncertain \((\d+) %\)/g)].map((m) => m[1]).sort()).toEqual(['60', '74']);
    const approved = await agent.post(`/claims/${low}/attribution`).type('form').send({ ...(await claimForm(agent, low)), action: 'approve' });
    expect(approved.status).toBe(303);
    expect(ours((await agent.get('/claims?attribution=uncertain')).text)).toEqual([under]);
    const lowPage = (await agent.get(`/claims/${low}`)).text;
    expect(lowPage).not.toContain('speaker is uncertain');
    // the trail keeps what the editor settled: the mark and its confidence, in the approval's event and its history
    expect((await auditEventsFor(getTestDb(), 'claim', low)).map((e) => [e.action, e.before])).toEqual([
      ['claim.attribution_approve', expect.objectContaining({ attribution_status: 'proposed', speaker_uncertain: true, confidence: 0.6 })]]);
    expect(lowPage).toContain('Speaker was marked uncertain (60 %)');
    // a proposal at the bound was never marked, and its approval says nothing of it
    const sure = claimIds[2]!;
    expect((await agent.post(`/claims/${sure}/attribution`).type('form').send({ ...(await claimForm(agent, sure)), action: 'approve' })).status).toBe(303);
    const [sureEvent] = await auditEventsFor(getTestDb(), 'claim', sure);
    expect(sureEvent!.before).not.toHaveProperty('speaker_uncertain');
    expect((await agent.get(`/claims/${sure}`)).text).not.toContain('marked uncertain');
  });

  test('when paging with next and previous links, then every claim shows once and previous returns the page before', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, claimIds } = await article(userId, 120);
    const seen: number[] = [];
    const pages: number[][] = [];
    let url: string | null = `/claims?article=${articleId}&sort=article&dir=asc`;
    while (url) {
      const res = await agent.get(url);
      expect(res.status).toBe(200);
      pages.push(ids(res.text));
      seen.push(...pages.at(-1)!);
      url = /href="([^"]+)" rel="next"/.exec(res.text)?.[1]?.replaceAll('&amp;', '&') ?? null;
      if (url) expect(url).not.toMatch(/offset|page=/);
    }
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(seen).toEqual(claimIds);
    const last = await agent.get(`/claims?article=${articleId}&sort=article&dir=asc`);
    const second = await agent.get(/href="([^"]+)" rel="next"/.exec(last.text)![1]!.replaceAll('&amp;', '&'));
    const back = await agent.get(/href="([^"]+)" rel="prev"/.exec(second.text)![1]!.replaceAll('&amp;', '&'));
    expect(ids(back.text)).toEqual(pages[0]);
  });

  test('when the list is filtered by a speaker’s or an article’s number, then it says whose and which in words, and a merged speaker leads on', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, speakerIds } = await article(userId, 2);
    const odd = speakerIds[`Odd Speaker ${tag}`]!;
    const even = speakerIds[`Even Speaker ${tag}`]!;
    const page = await agent.get(`/claims?speaker=${odd}&article=${articleId}`);
    expect(page.text).toContain(`Claims of <a href="/speakers/${odd}">Odd Speaker ${tag}</a> (#${odd})`);
    expect(page.text).toMatch(new RegExp(`in article <a href="/articles/${articleId}">`));
    // "All" is the list with no filter, not this one
    expect(page.text).not.toMatch(/<a href="\/claims" aria-current="true">All/);
    await getTestDb()('speakers').where({ id: odd }).update({ merged_into_id: even });
    const merged = await agent.get(`/claims?speaker=${odd}`);
    expect(merged.text).toContain(`since merged into Even Speaker ${tag} (#${even}): <a href="/claims?speaker=${even}">their claims</a>`);
    expect((await agent.get('/claims?speaker=987654321')).text).toContain('speaker #987654321, who does not exist.');
  });

  test('when an account holding claims is deactivated, then the assignee filter still offers it, marked, and finds its claims', async () => {
    const { agent, userId } = await signedIn();
    const db = getTestDb();
    const gone = await signedIn('fact_checker', `Gone Checker ${tag}`);
    const idle = await signedIn('fact_checker', `Idle Checker ${tag}`);
    const { claimIds } = await insertArticleWithClaims(db, userId, `"waiting claim ${tag}"`, [{ quote: `waiting claim ${tag}`, assigneeId: gone.userId }]);
    await db('users').whereIn('id', [gone.userId, idle.userId]).update({ active: false });
    const page = await agent.get('/claims');
    expect(page.text).toContain(`<option value="${gone.userId}">Gone Checker ${tag} (deactivated)</option>`);
    // an account with nothing assigned is not worth offering once deactivated
    expect(page.text).not.toContain(`Idle Checker ${tag}`);
    expect(ids((await agent.get(`/claims?assignee=${gone.userId}`)).text)).toEqual(claimIds);
    // the claim's own page names who holds it in its Assign menu, not "Nobody"
    const claimPage = await agent.get(`/claims/${claimIds[0]}`);
    expect(claimPage.text).toContain(`<option value="${gone.userId}" selected>Gone Checker ${tag} (deactivated: choose someone else)</option>`);
  });

  test('when two accounts have the same name, then each is named with its email where claims are assigned and listed; a name of its own stays bare', async () => {
    // (names early in the order of names: the lists offer the first 500 accounts, and the test files before this one
    // in its worker add theirs)
    const db = getTestDb();
    const { agent, userId } = await signedIn('fact_checker', `Ana Unique ${tag}`);
    const me = await db('users').where({ id: userId }).first('email');
    const first = await signedIn('fact_checker', `Åsa Ångström ${tag}`);
    const second = await signedIn('fact_checker', `åsa ångström ${tag}`);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, userId, `"named twice ${tag}"`, [{ quote: `named twice ${tag}`, assigneeId: second.userId }]);
    const firstLabel = `Åsa Ångström ${tag} (${first.email})`;
    const secondLabel = `åsa ångström ${tag} (${second.email})`;

    const list = (await agent.get(`/claims?assignee=${second.userId}`)).text;
    expect(list).toContain(`<option value="${first.userId}">${firstLabel}</option>`);
    expect(list).toContain(`<option value="${second.userId}" selected>${secondLabel}</option>`);
    expect(list).toContain(`<option value="${userId}">Ana Unique ${tag}</option>`);
    expect(list).not.toContain(me.email);
    expect(ids(list)).toEqual([claimId]);
    expect(list).toContain(`<td>${secondLabel}</td>`);
    expect((await second.agent.get('/queue')).text).toContain(`<td>${secondLabel}</td>`);

    const claimPage = (await agent.get(`/claims/${claimId}`)).text;
    expect(claimPage).toContain(`Assigned to <strong>${secondLabel}</strong>`);
    expect(claimPage).toContain(`<option value="${first.userId}">${firstLabel}</option>`);
    expect(claimPage).toContain(`<option value="${second.userId}" selected>${secondLabel}</option>`);
    expect(claimPage).toContain(`<option value="${userId}">Ana Unique ${tag}</option>`);

    // deactivated, the one holding the claim stays in the filter, marked so, with its email
    await db('users').where({ id: second.userId }).update({ active: false });
    expect((await agent.get('/claims')).text).toContain(`<option value="${second.userId}">åsa ångström ${tag} (${second.email}, deactivated)</option>`);
  });

  test('when a search holds only words too common to index, then the page says so instead of only finding nothing', async () => {
    const { agent } = await signedIn();
    const common = await agent.get('/claims?q=the+and+of');
    expect(common.status).toBe(200);
    expect(common.text).toContain('too common to be searched for');
    // and nothing beside it says no claim holds them: they were not searched for
    expect(common.text).toContain('put the words in quotation marks to find them as a phrase');
    expect(common.text).not.toContain('No claims match.');
    expect(common.text).not.toMatch(/matching claims?[.:]/);
    const rare = await agent.get(`/claims?q=zzyzxquell${Date.now()}`);
    expect(rare.text).toContain('No claims match.');
    expect(rare.text).not.toContain('too common');
  });

  test('when the search is an empty phrase or only quotation marks, then it is ignored, as a search of spaces is, and the claims show', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, claimIds } = await article(userId, 2);
    for (const q of ['""', '" "', '"', ' ']) {
      const res = await agent.get(`/claims?article=${articleId}&sort=article&dir=asc&q=${encodeURIComponent(q)}`);
      expect({ q, status: res.status, ids: ids(res.text) }).toEqual({ q, status: 200, ids: claimIds });
      expect(res.text).toContain('Ignored the search');
      expect(res.text).not.toContain('too common');
    }
  });

    test('when filtering by status, speaker, source, assignee and searching, then only matching claims show', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, claimIds, speakerIds } = await article(userId, 4);
    const base = `/claims?article=${articleId}`;
    expect(ids((await agent.get(`${base}&status=verified`)).text)).toEqual([claimIds[0]]);
    expect(ids((await agent.get(`${base}&speaker=${speakerIds[`Odd Speaker ${tag}`]}&sort=article&dir=asc`)).text)).toEqual([claimIds[1], claimIds[3]]);
    expect(ids((await agent.get(`${base}&source=${encodeURIComponent(`Wire ${tag}`)}&sort=article&dir=asc`)).text)).toEqual(claimIds.slice(0, 2));
    expect(ids((await agent.get(`${base}&assignee=me`)).text)).toEqual([]);
    expect(ids((await agent.get(`${base}&assignee=nobody`)).text)).toHaveLength(4);
    expect(ids((await agent.get(`${base}&q=${encodeURIComponent(`"statement 2" ${tag}`)}`)).text)).toEqual([claimIds[2]]);
    expect(ids((await agent.get(`${base}&q=${encodeURIComponent(`even ${tag}`)}&sort=article&dir=asc`)).text)).toEqual([claimIds[0], claimIds[2]]);
  });

  test('when sorted by speaker, then claims group by speaker name', async () => {
    const { agent, userId } = await signedIn();
    const { articleId } = await article(userId, 4);
    const res = await agent.get(`/claims?article=${articleId}&sort=speaker&dir=asc`);
    const speakers = [...res.text.matchAll(/<a href="\/claims\?speaker=\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(speakers).toEqual([`Even Speaker ${tag}`, `Even Speaker ${tag}`, `Odd Speaker ${tag}`, `Odd Speaker ${tag}`]);
  });

  test.each([
    ['status=everything'], ['speaker=1%27%20OR%201%3D1'], ['sort=random()'], ['dir=sideways'], ['after=bm90LWpzb24'], ['before=W10'],
    ['assignee=-1'], ['article=99999999999999999999'], ['q=' + 'x'.repeat(201)], ['q=%22%22%22((%20%7C%20!%20%26'], ['status=verified&status=disputed'],
  ])('when the query has %s, then the list still renders (200, never 500) and says what it ignored', async (qs) => {
    const { agent } = await signedIn();
    const res = await agent.get(`/claims?${qs}`);
    expect(res.status).toBe(200);
    if (!qs.startsWith('q=%22') && !qs.includes('&status=')) expect(res.text).toContain('Ignored');
  });

  test('when not signed in, then the list redirects to sign in', async () => {
    const res = await newAgent(testApp()).get('/claims');
    expect([302, 303]).toContain(res.status);
    expect(res.headers.location).toMatch(/^\/login/);
  });
});
