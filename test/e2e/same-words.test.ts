import { createUser, getTestDb, testApp } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { describeBrowser, signInThroughForm, tabTo, useBrowserApp } from '../support/browser';

describeBrowser('a fact-checker meets words already checked in another article, with the keyboard alone', () => {
  const env = useBrowserApp(testApp);

  test('when the same quotation was disputed in another article, then the article and claim pages say so, and "Use this verdict" fills the form to save', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'fact_checker', name: 'Dana Checker' });
    const tag = Date.now();
    const quote = `The tunnel ${tag} will open before the summer`;
    const checked = await insertArticleWithClaims(db, user.id, `“${quote},” the minister said.`, [{ quote, speaker: `Minister ${tag}`, status: 'disputed' }], `Tunnel plans ${tag}`);
    await db('claim_reviews').insert({ claim_id: checked.claimIds[0], reviewer_id: user.id, status: 'disputed', note: 'The contract says autumn.', evidence_urls: ['https://example.org/contract'] });
    const fresh = await insertArticleWithClaims(db, user.id, `"${quote}!" said Minister ${tag}.`, [{ quote: `${quote}!`, speaker: `Minister ${tag}` }], `Republished ${tag}`);
    const [from, to] = [checked.claimIds[0]!, fresh.claimIds[0]!];

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    // the republished article's page says one of its claims was judged elsewhere, and leads to it
    await page.goto(`${env.base}/articles/${fresh.articleId}`);
    await expect(page.locator('#same-words-summary').textContent()).resolves
      .toBe('1 claim here holds words other claims hold too, with a verdict there. Each is marked below, with the verdicts given elsewhere on its page. '
        + 'List them, or only those judged in another claim.');
    // its claims judged elsewhere, as a list to work through
    await tabTo(page, `#same-words-summary a[href*="elsewhere=judged"]`, 120);
    await Promise.all([page.waitForURL(/elsewhere=judged/), page.keyboard.press('Enter')]);
    await expect(page.locator('#f-elsewhere').inputValue()).resolves.toBe('judged');
    expect(await page.evaluate('[...document.querySelectorAll(\'td a[href^="/claims/"]\')].map((a) => a.getAttribute("href"))')).toEqual([`/claims/${to}`]);
    await page.goBack();
    await tabTo(page, `a[href="/claims/${to}#same-words"]`, 120);
    await Promise.all([page.waitForURL(new RegExp(`/claims/${to}#same-words$`)), page.keyboard.press('Enter')]);
    const headingInView = await page.evaluate('(() => { const r = document.getElementById("same-words").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()');
    expect(headingInView).toBe(true);
    const section = page.locator('section[aria-labelledby="same-words"]');
    await expect(section.locator('p').first().textContent()).resolves.toBe('1 other claim holds these words: 1 disputed.');
    await expect(section.locator('li').textContent()).resolves.toContain('The contract says autumn.');

    await tabTo(page, `a[href="/claims/${to}?verdict_from=${from}#verdict-from"]`, 120);
    await Promise.all([page.waitForURL(new RegExp(`verdict_from=${from}#verdict-from$`)), page.keyboard.press('Enter')]);
    // the page opens at the notice, which sits right above the form it filled
    await expect(page.locator('#verdict-from').isVisible()).resolves.toBe(true);
    const inView = await page.evaluate('(() => { const r = document.getElementById("verdict-from").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()');
    expect(inView).toBe(true);
    await expect(page.locator('input[name="status"][value="disputed"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('#verdict-note').inputValue()).resolves.toBe(`As for claim ${from}, the same words in “Tunnel plans ${tag}” (disputed by Dana Checker): The contract says autumn.`);
    await expect(page.locator('#verdict-evidence').inputValue()).resolves.toBe('https://example.org/contract');

    await tabTo(page, '#verdict-form button[type="submit"]:not([name])', 120);
    await Promise.all([page.waitForURL(`${env.base}/claims/${to}`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1 .status').textContent()).resolves.toBe('Disputed');
    expect(await db('claim_reviews').where({ claim_id: to }).select('status', 'reviewer_id')).toEqual([{ status: 'disputed', reviewer_id: user.id }]);
    expect(env.cspViolations).toEqual([]);
  });
});
