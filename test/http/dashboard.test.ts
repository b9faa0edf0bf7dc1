import { randomBytes } from 'node:crypto';
import { importArticle } from '../../server/articles/service';
import { submitVerdict } from '../../server/reviews/service';
import { bars, lastDays } from '../../server/dashboard/chart';
import { articlesBeingChecked, uncertainSpeakers } from '../../server/dashboard/repository';
import { createUser, csrfFrom, getTestDb, hiddenFields, isolatedDatabase, newAgent, signIn, testApp, type IsolatedDatabase } from '../support';
import { fixtureSpeaker, insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();
const app = testApp();
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());
const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);

describe('dashboard', () => {
  it('when a reviewer signs in, then the dashboard shows status counts, their queue, recent activity and reviews per day', async () => {
    const { user, password } = await createUser(db, { role: 'fact_checker', name: `Reviewer ${tag()}` });
    const name = tag();
    const { articleId } = await importArticle(db, { id: user.id, ip: null }, {
      text: `Dam opens\n\n"The water is safe to drink," said Olga ${name}.\n\n"We tested it twice," Olga ${name} added.`,
    });
    const [mine, other] = await db('claims').where({ article_id: articleId }).orderBy('position').pluck('id');
    await db('claims').where({ id: mine }).update({ assignee_id: user.id });
    await db('claim_reviews').insert([
      { claim_id: other, reviewer_id: user.id, status: 'verified', created_at: new Date() },
      { claim_id: other, reviewer_id: user.id, status: 'disputed', note: 'n', created_at: new Date(Date.now() - 3 * 86_400_000) },
    ]);
    // Other test files write reviews for today at the same time; three days ago is this test's own.
    const threeDaysAgo: number = (await db.raw(
      `SELECT count(*)::int AS n FROM claim_reviews WHERE created_at >= ?::date AND created_at < ?::date + 1`, [day(3), day(3)])).rows[0].n;

    const agent = await signIn(newAgent(app), user.email, password);
    const res = await agent.get('/');

    expect(res.status).toBe(200);
    for (const label of ['Unreviewed', 'Verified', 'Disputed', 'Needs translation review']) expect(res.text).toMatch(new RegExp(`${label}: <strong>[\\d,]+</strong>`));
    const queue = res.text.slice(res.text.indexOf('id="queue-heading"'), res.text.indexOf('id="chart-heading"'));
    expect(queue).toContain(`href="/claims/${mine}"`);
    expect(queue).not.toContain(`href="/claims/${other}"`);
    const activity = res.text.slice(res.text.indexOf('id="activity-heading"'));
    expect(activity).not.toMatch(/: user\./);
    // That the import itself shows in recent activity is tested on a database of its own below: here other test
    // files write events meanwhile and may push it out of the ten latest.
    expect(res.text).toContain('<svg');
    expect(threeDaysAgo).toBeGreaterThanOrEqual(1);
    expect(res.text).toContain(`<tr><td>${day(3)}</td><td>${threeDaysAgo}</td></tr>`);
    expect(res.text).toContain(`<tr><td>${day(0)}</td>`);
    expect(res.text).toContain(`<tr><td>${day(13)}</td>`);
    expect(res.text).not.toContain(`<tr><td>${day(14)}</td>`);
  });

  it('when nobody is signed in, then the dashboard sends them to sign in', async () => {
    const res = await newAgent(app).get('/');
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/);
  });

  it('when the chart is laid out, then the busiest day fills the plot and empty days are zero-height', () => {
    const series = lastDays(new Map([[day(0), 4], [day(2), 2]]), 14);
    const { bars: out, max } = bars(series);
    expect(max).toBe(4);
    expect(out).toHaveLength(14);
    expect(out[13]!.height).toBe(2 * out[11]!.height);
    expect(out[0]!.height).toBe(0);
    expect(out.every((b, i) => i === 0 || b.x > out[i - 1]!.x)).toBe(true);
  });
});

// a database of its own: the list holds the ten latest events, and other files write events all the time
describe('recent activity after an import', () => {
  let iso: IsolatedDatabase;
  beforeAll(async () => {
    iso = await isolatedDatabase();
  }, 60_000);
  afterAll(async () => iso?.close());

  it('when a reviewer imports an article and opens the dashboard, then the import is listed in recent activity with a link to the article', async () => {
    const { user, password } = await createUser(iso.db, { role: 'fact_checker', name: `Reviewer ${tag()}` });
    const name = tag();
    const { articleId } = await importArticle(iso.db, { id: user.id, ip: null }, {
      text: `Dam opens\n\n"The water is safe to drink," said Olga ${name}.\n\n"We tested it twice," Olga ${name} added.`,
    });
    // The precondition the list depends on: the import's event is there, and fewer than ten workflow events came after it.
    const created = await iso.db('audit_events').where({ action: 'article.create', entity_type: 'article', entity_id: String(articleId) }).first('id');
    expect(created).toBeDefined();
    const newer = await iso.db('audit_events').whereIn('entity_type', ['article', 'claim', 'speaker'])
      .whereRaw(`(after -> 'part_of_event') IS NULL`).where('id', '>', created!.id).count({ n: '*' }).first();
    expect(Number(newer!.n)).toBeLessThan(10);

    // a verdict's line says which verdict it was
    const claim = await iso.db('claims').where({ article_id: articleId }).orderBy('position').first('id', 'version');
    const given = await submitVerdict(iso.db, { id: user.id, ip: null }, claim.id, { status: 'disputed', note: 'No test report was published.', evidenceUrls: [], version: claim.version });
    expect(given.ok).toBe(true);

    const agent = await signIn(newAgent(iso.app()), user.email, password);
    const res = await agent.get('/');
    expect(res.status).toBe(200);
    const activity = res.text.slice(res.text.indexOf('id="activity-heading"'));
    expect(activity).toContain(`href="/articles/${articleId}"`);
    expect(activity).toMatch(/: Verdict \(Disputed\)\s*<a href="\/claims\/\d+">/);
    expect(activity).not.toMatch(/: user\./);
  });
});

describe('recent activity after one change to many claims', () => {
  let iso: IsolatedDatabase;
  beforeAll(async () => {
    iso = await isolatedDatabase();
  }, 60_000);
  afterAll(async () => iso?.close());

  const formOf = async (agent: ReturnType<typeof newAgent>, path: string, action: string) => {
    const page = (await agent.get(path)).text;
    const version = /name="version" value="(\d+)"/.exec(page.slice(page.indexOf(`action="${action}"`)))![1]!;
    return { _csrf: csrfFrom(page), version };
  };

  it('when an article with many claims is removed and a speaker with many claims merged, then each shows once, without its claims', async () => {
    const { user, password } = await createUser(iso.db, { role: 'editor' });
    const agent = await signIn(newAgent(iso.app()), user.email, password);
    const quotes = Array.from({ length: 12 }, (_, i) => `Pier ${i} stays open.`);
    const body = quotes.map((q) => `“${q}” said Ann Reyes.`).join('\n\n');
    const removed = await insertArticleWithClaims(iso.db, user.id, body, quotes.map((quote) => ({ quote })), 'Pier article');
    const moved = await insertArticleWithClaims(iso.db, user.id, body, quotes.map((quote) => ({ quote, speaker: 'Ann Reyes' })), 'Harbour article');
    const [loserId, survivorId] = [moved.speakerIds['Ann Reyes']!, await fixtureSpeaker(iso.db, 'Anna Reyes')];

    const removal = await agent.post(`/articles/${removed.articleId}/remove`).type('form')
      .send({ ...(await formOf(agent, `/articles/${removed.articleId}`, `/articles/${removed.articleId}/remove`)), note: 'Imported twice.' });
    expect(removal.status).toBe(303);
    const mergeForm = { ...(await formOf(agent, `/speakers/${loserId}`, `/speakers/${loserId}/merge`)), into: String(survivorId) };
    const asked = await agent.post(`/speakers/${loserId}/merge`).type('form').send(mergeForm);
    expect(asked.text).toContain(`<input type="hidden" name="confirm" value="${survivorId}">`);
    // the confirmation page's own form: it carries the claims it showed, which the merge holds it to
    const merge = await agent.post(`/speakers/${loserId}/merge`).type('form').send(hiddenFields(asked.text, `/speakers/${loserId}/merge`));
    expect(merge.status).toBe(303);
    const res = await agent.get('/');

    // nobody has reviewed anything here: the chart says so rather than drawing fourteen empty days
    const chart = res.text.slice(res.text.indexOf('id="chart-heading"'), res.text.indexOf('id="activity-heading"'));
    expect(chart).toContain('No reviews in the last 14 days.');
    expect(chart).not.toContain('<svg');
    const activity = res.text.slice(res.text.indexOf('id="activity-heading"'));
    const items = [...activity.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/\s+/g, ' '));
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(`Speakers merged <a href="/speakers/${survivorId}">speaker ${survivorId}</a>`);
    expect(items[1]).toContain(`Article removed <a href="/articles/${removed.articleId}">article ${removed.articleId}</a>`);
    const claimEvents = await iso.db('audit_events').where({ entity_type: 'claim' }).pluck('action');
    expect(claimEvents.sort()).toEqual([...Array(12).fill('claim.remove'), ...Array(12).fill('claim.speaker_merge')]);
  });
});

describe('what the dashboard counts of the work waiting (on a database of its own)', () => {
  let iso: IsolatedDatabase;
  beforeAll(async () => {
    iso = await isolatedDatabase();
  }, 60_000);
  afterAll(async () => iso?.close());

  const openLine = (html: string) => /<p class="open-articles">([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '');

  it('when articles hold claims with no verdict, then the dashboard counts those articles and links to them; a verdict on the last one takes its article off', async () => {
    const checker = await createUser(iso.db, { role: 'fact_checker' });
    const agent = await signIn(newAgent(iso.app()), checker.user.email, checker.password);
    expect(openLine((await agent.get('/')).text)).toBe('Every article\'s claims have a verdict.');

    const body = '“We stay.” “We go.”';
    const two = await insertArticleWithClaims(iso.db, checker.user.id, body, [{ quote: 'We stay.' }, { quote: 'We go.' }]);
    await insertArticleWithClaims(iso.db, checker.user.id, body, [{ quote: 'We stay.' }, { quote: 'We go.', status: 'verified' }]);
    await insertArticleWithClaims(iso.db, checker.user.id, body, [{ quote: 'We stay.', status: 'disputed' }]);
    const page = (await agent.get('/')).text;
    expect(openLine(page)).toBe('Articles still being checked: 2 (a claim has no verdict yet)');
    expect(page).toContain('<a href="/articles?state=open">');
    expect(await articlesBeingChecked(iso.db, 1)).toBe(2);
    expect(await articlesBeingChecked(iso.db, 0)).toBe(1);

    for (const id of two.claimIds) {
      const claim = await agent.get(`/claims/${id}`);
      const version = /name="version" value="(\d+)"/.exec(claim.text)![1]!;
      expect((await agent.post(`/claims/${id}/verdict`).type('form').send({ _csrf: csrfFrom(claim.text), version, status: 'verified' })).status).toBe(303);
    }
    expect(openLine((await agent.get('/')).text)).toBe('Articles still being checked: 1 (a claim has no verdict yet)');
  });

  const line = (html: string) => /<p class="uncertain-speakers">([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '');

  it('when an editor looks, then the dashboard counts the claims whose speaker is uncertain and links to them; an approval takes one off; a fact-checker is not shown them', async () => {
    const editor = await createUser(iso.db, { role: 'editor' });
    const checker = await createUser(iso.db, { role: 'fact_checker' });
    const agent = await signIn(newAgent(iso.app()), editor.user.email, editor.password);
    expect(line((await agent.get('/')).text)).toBe('No speaker the engine guessed is waiting for an editor.');

    const quotes = ['We stay.', 'We go.', 'We wait.'];
    const { claimIds } = await insertArticleWithClaims(iso.db, editor.user.id, quotes.map((q) => `“${q}”`).join('\n\n'),
      quotes.map((quote, i) => ({ quote, speaker: 'Ann Reyes', confidence: i < 2 ? 0.6 : 0.9 })));
    const page = (await agent.get('/')).text;
    expect(line(page)).toBe('Speakers the engine guessed, waiting for an editor: 2');
    expect(page).toContain('<a href="/claims?attribution=uncertain">');
    expect(await uncertainSpeakers(iso.db, 1)).toBe(2);

    const claim = await agent.get(`/claims/${claimIds[0]}`);
    const version = /name="version" value="(\d+)"/.exec(claim.text)![1]!;
    const approved = await agent.post(`/claims/${claimIds[0]}/attribution`).type('form').send({ _csrf: csrfFrom(claim.text), version, action: 'approve' });
    expect(approved.status).toBe(303);
    expect(line((await agent.get('/')).text)).toBe('Speakers the engine guessed, waiting for an editor: 1');

    const checking = await signIn(newAgent(iso.app()), checker.user.email, checker.password);
    expect(line((await checking.get('/')).text)).toBeUndefined();
  });
});
