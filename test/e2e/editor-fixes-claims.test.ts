import { createUser, getTestDb, testApp } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { describeBrowser, signInThroughForm, tabTo, useBrowserApp } from '../support/browser';

describeBrowser('an editor fixes what the engine got wrong, with the keyboard alone', () => {
  const env = useBrowserApp(testApp);

  test('when an editor adds a quotation the engine missed, removes a title it took for one and corrects the outlet, then the article shows exactly that', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const tag = Date.now();
    const body = `Budget night ${tag}\n\nThe comedy “Yes Minister” was quoted all evening.\n\n“We will balance\nthe books,” said Treasurer Ines Kalo${tag}.`;
    const { articleId, claimIds: [title] } = await insertArticleWithClaims(db, user.id, body, [{ quote: 'Yes Minister' }]);

    const page = await env.newPage();
    const base = env.base;
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(password);
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.keyboard.press('Enter')]);

    // the missed quotation, typed on one line though the article breaks it
    await page.goto(`${base}/articles/${articleId}`);
    await tabTo(page, '#add-quote');
    await page.keyboard.type('We will balance the books,');
    await tabTo(page, '#add-speaker', 3);
    await page.keyboard.type(`Ines Kalo${tag}`);
    await tabTo(page, 'button', 6);
    await Promise.all([page.waitForURL(/\/claims\/\d+$/), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').textContent()).resolves.toContain('added to the article');
    await expect(page.locator('.claim-quote p').textContent()).resolves.toBe('We will balance\nthe books,');

    // the show's title is no speech: out, with the reason
    await page.goto(`${base}/claims/${title}`);
    await tabTo(page, '#remove-note');
    await page.keyboard.type('The title of a comedy series.');
    await tabTo(page, 'button.button--danger', 3);
    await Promise.all([page.waitForURL(`${base}/articles/${articleId}`), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').textContent()).resolves.toContain(`Claim ${title} removed`);
    const listed = await page.$$eval('ol.article-claims > li', (lis) => lis.map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain(`We will balance the books,” — Ines Kalo${tag}`);

    // the outlet the import recorded was wrong: opened from its summary and corrected, all by keyboard
    await tabTo(page, 'details > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#facts-outlet', 4);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('The Budget Herald');
    await tabTo(page, 'button[type="submit"]', 6);
    // the same address before and after the post: wait for the page that answers it, not for the address
    await Promise.all([page.waitForResponse((r) => r.url().endsWith(`/articles/${articleId}`) && r.request().method() === 'GET'), page.keyboard.press('Enter')]);
    await page.getByRole('status').filter({ hasText: 'facts are corrected (outlet)' }).waitFor();
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('The Budget Herald');
    expect(env.cspViolations).toEqual([]);
  });

  test('when an editor follows the dashboard to the speakers the engine guessed and approves one, with the keyboard, then it leaves that list', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const tag = Date.now();
    const quotes = [`The pier reopens in May ${tag}.`, `The ferry stays ${tag}.`];
    const { claimIds: [guessed, sure] } = await insertArticleWithClaims(db, user.id, quotes.map((q) => `“${q}”`).join('\n\n'), [
      { quote: quotes[0]!, speaker: `Harbour Chief ${tag}`, confidence: 0.6 },
      { quote: quotes[1]!, speaker: `Harbour Chief ${tag}`, confidence: 0.95 },
    ]);

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.goto(`${env.base}/`);
    await tabTo(page, 'a[href="/claims?attribution=uncertain"]');
    await Promise.all([page.waitForURL(/\/claims\?attribution=uncertain$/), page.keyboard.press('Enter')]);
    const row = page.locator('tr', { has: page.locator(`a[href="/claims/${guessed}"]`) });
    await expect(row.textContent()).resolves.toContain('speaker uncertain (60 %)');
    expect(await page.locator(`a[href="/claims/${sure}"]`).count()).toBe(0);
    await expect(page.locator('#f-attribution option:checked').textContent()).resolves.toBe('speaker uncertain');

    await tabTo(page, `a[href="/claims/${guessed}"]`);
    await Promise.all([page.waitForURL(`${env.base}/claims/${guessed}`), page.keyboard.press('Enter')]);
    await expect(page.locator('dl').first().textContent()).resolves.toContain('the speaker is uncertain until an editor approves or corrects the attribution');
    await tabTo(page, 'form.attribution-form.inline-form button');
    await Promise.all([page.waitForURL(`${env.base}/claims/${guessed}`), page.keyboard.press('Enter')]);
    await page.getByRole('status').waitFor();
    await page.goto(`${env.base}/claims?attribution=uncertain`);
    expect(await page.locator(`a[href="/claims/${guessed}"]`).count()).toBe(0);
    expect(env.cspViolations).toEqual([]);
  });

  test('when an editor corrects a speaker’s misspelt name with the keyboard, then the article lists the claim under the new name and the old one is an alias', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const tag = Date.now();
    const { articleId, speakerIds } = await insertArticleWithClaims(db, user.id, `“Elections will come,” said General Min Aung Hlain${tag}.`,
      [{ quote: 'Elections will come,', speaker: `Min Aung Hlain${tag}` }]);
    const speakerId = speakerIds[`Min Aung Hlain${tag}`]!;

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.goto(`${env.base}/speakers/${speakerId}`);
    await tabTo(page, '#name');
    await page.keyboard.press('End');
    await page.keyboard.type('g');
    await tabTo(page, '#role', 2);
    await page.keyboard.type('commander-in-chief');
    await tabTo(page, '#edit-heading ~ form button[type="submit"]', 6);
    await Promise.all([page.waitForResponse((r) => r.url().endsWith(`/speakers/${speakerId}`) && r.request().method() === 'GET'), page.keyboard.press('Enter')]);
    await page.getByRole('status').filter({ hasText: 'Speaker corrected.' }).waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe(`Min Aung Hlain${tag}g`);
    const facts = (await page.locator('dl.facts').innerText()).replace(/\s+/g, ' ');
    expect(facts).toContain('Role commander-in-chief');
    expect(facts).toContain(`Also called Min Aung Hlain${tag}`);
    await page.goto(`${env.base}/articles/${articleId}`);
    await expect(page.locator('ol.article-claims').textContent()).resolves.toContain(`Min Aung Hlain${tag}g`);
    expect(env.cspViolations).toEqual([]);
  });

  test('when an editor removes an article imported twice, then it leaves the list and its address says who removed it and why', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const tag = Date.now();
    const { articleId } = await insertArticleWithClaims(db, user.id, `“We will stay,” said Mayor Ila Varga${tag}.`, [{ quote: 'We will stay,' }], `Twice imported ${tag}`);

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.goto(`${env.base}/articles/${articleId}`);
    await tabTo(page, '#remove-article-heading ~ details > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#remove-note', 3);
    await page.keyboard.type('Imported twice: the same story is article one before it.');
    await tabTo(page, 'button.button--danger', 3);
    await Promise.all([page.waitForURL(`${env.base}/articles`), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').textContent()).resolves.toContain(`Article ${articleId} removed. Its claim and the claim’s verdicts went with it.`);
    expect(await page.locator('body').textContent()).not.toContain(`Twice imported ${tag}`);

    const gone = await page.goto(`${env.base}/articles/${articleId}`);
    expect(gone?.status()).toBe(410);
    await expect(page.locator('main').textContent()).resolves.toContain('Imported twice: the same story is article one before it.');
    expect(env.cspViolations).toEqual([]);
  });
  test('when a desk lead ticks claims on the list and assigns them to a reviewer, with the keyboard, then they land in that reviewer’s queue', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const tag = Date.now();
    const reviewer = await createUser(db, { role: 'fact_checker', name: `Adele Queue ${tag}` });
    const quotes = [`first ticked ${tag}`, `left alone ${tag}`, `second ticked ${tag}`];
    const { articleId, claimIds } = await insertArticleWithClaims(db, user.id, quotes.map((q) => `“${q}”`).join('\n\n'), quotes.map((quote) => ({ quote })));

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.goto(`${env.base}/claims?article=${articleId}&sort=article&dir=asc`);
    await tabTo(page, 'a[href$="tick=1"]');
    await Promise.all([page.waitForURL(/tick=1$/), page.keyboard.press('Enter')]);
    for (const id of [claimIds[0], claimIds[2]]) {
      await tabTo(page, `#tick-${id}`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '#assign-ticked select[name="assignee"]');
    // (a select takes the first option whose label starts with the letters typed)
    await page.keyboard.type('Adele Queue');
    await tabTo(page, '#assign-ticked button[type="submit"]', 2);
    await Promise.all([page.waitForResponse((r) => r.url().includes(`/claims?article=${articleId}`) && r.request().method() === 'GET'), page.keyboard.press('Enter')]);
    await page.getByRole('status').filter({ hasText: `2 claims assigned to Adele Queue ${tag}.` }).waitFor();
    const rows = await page.$$eval('table.claims tbody tr', (trs) => trs.map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    expect(rows.map((r) => r.includes(`Adele Queue ${tag}`))).toEqual([true, false, true]);
    expect(await db('claims').whereIn('id', claimIds).orderBy('position').pluck('assignee_id')).toEqual([reviewer.user.id, null, reviewer.user.id]);
    expect(env.cspViolations).toEqual([]);
  });
  test('when an editor looks for an article by a word of its title and then by its outlet, with the keyboard, then the list narrows to it', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const tag = `k${Date.now()}`;
    await insertArticleWithClaims(db, user.id, `“We go,” said Ana Ruiz ${tag}.`, [{ quote: 'We go,' }], `Élysée budget talks ${tag}`);
    await insertArticleWithClaims(db, user.id, `“We stay,” said Eva Lund ${tag}.`, [{ quote: 'We stay,' }], `Harbour strike ${tag}`);

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.goto(`${env.base}/articles`);
    await tabTo(page, 'input[name="q"]');
    await page.keyboard.type(`elysee ${tag}`);
    await Promise.all([page.waitForURL(/\/articles\?q=/), page.keyboard.press('Enter')]);
    const titles = () => page.$$eval('td[data-label="Title"] a', (as) => as.map((a) => a.textContent?.trim() ?? ''));
    await expect(titles()).resolves.toEqual([`Élysée budget talks ${tag}`]);
    // the row's outlet lists that outlet's articles, the search kept
    await tabTo(page, 'td[data-label="Outlet"] a');
    await Promise.all([page.waitForURL(/outlet=Fixture\+Times/), page.keyboard.press('Enter')]);
    await expect(titles()).resolves.toEqual([`Élysée budget talks ${tag}`]);
    await expect(page.locator('.list-scope').textContent()).resolves.toContain('Articles of Fixture Times');
    expect(env.cspViolations).toEqual([]);
  });
});
