import { randomBytes } from 'node:crypto';
import { createUser, getTestDb, testApp } from '../support';
import { describeBrowser, signInThroughForm, useBrowserApp } from '../support/browser';

describeBrowser('going back to an import’s preview', () => {
  const env = useBrowserApp(testApp);

  test('when a fact-checker previews an article, saves it and goes back, then the preview is shown again, not an offer to send the form again', async () => {
    const { user, password } = await createUser(getTestDb(), { role: 'fact_checker' });
    const tag = randomBytes(4).toString('hex');
    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.goto(`${env.base}/articles/new`);
    await page.fill('textarea[name="text"]', `Harbour works ${tag}\n\n"The pier opens in May," said Ana Kova.`);
    await Promise.all([page.waitForURL(/\/articles\/new\/preview\//), page.click('form:has(textarea[name="text"]) button[value="preview"]')]);
    const preview = page.url();
    expect(await page.textContent('h1')).toBe('Check the article before saving');
    await Promise.all([page.waitForURL(/\/articles\/\d+$/), page.click('button[value="save"]')]);

    await page.goBack();
    expect(page.url()).toBe(preview);
    expect(await page.textContent('h1')).toBe('Check the article before saving');
    // and a reload shows it again too
    await page.reload();
    expect(await page.textContent('h1')).toBe('Check the article before saving');
    expect(env.cspViolations).toEqual([]);
  }, 60_000);
});
