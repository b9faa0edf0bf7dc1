import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createUser, getTestDb, testApp } from '../support';
import { describeBrowser, signInThroughForm, useBrowserApp } from '../support/browser';

/**
 * An import sent: the form says at once what Verbatim is doing while a long article is read, counts the seconds, and a
 * second click sends nothing more. The server's answer is held back for a moment, as a long article's would be.
 */
describeBrowser('an import while it is being read', () => {
  const env = useBrowserApp(testApp);

  /**
   * A page signed in whose import form, once sent, notes how it looks 1.5 s later (while the answer is held back) and
   * then tries to send itself again, as a second press would: a test cannot read a page whose navigation is under way.
   */
  async function signedInPage(): Promise<Page> {
    const { user, password } = await createUser(getTestDb(), { role: 'fact_checker' });
    const page = await env.newPage();
    // (a script as text: the tests are compiled without the browser's types)
    await page.addInitScript(`
      window.addEventListener('submit', (event) => {
        const form = event.target;
        if (!form.matches('[data-article-import]') || sessionStorage.getItem('busy')) return;
        setTimeout(() => {
          const status = form.querySelector('.import-busy');
          sessionStorage.setItem('busy', JSON.stringify({
            shown: !status.hidden, text: status.textContent, ariaBusy: form.getAttribute('aria-busy'),
            disabled: [...form.querySelectorAll('button')].map((b) => b.disabled),
          }));
          form.requestSubmit();
        }, 1500);
      });
    `);
    await signInThroughForm(page, env.base, user.email, password);
    return page;
  }

  /** Holds back each POST to `path` by `ms`, counting them. */
  async function slowPosts(page: Page, path: string, ms: number): Promise<{ sent: number }> {
    const posts = { sent: 0 };
    await page.route(`${env.base}${path}`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts.sent++;
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue();
    });
    return posts;
  }

  const noted = async (page: Page) => JSON.parse(await page.evaluate<string>("sessionStorage.getItem('busy')")) as
    { shown: boolean; text: string; ariaBusy: string | null; disabled: boolean[] };

  test('when Import is pressed, then the form says it is importing, counts the seconds, refuses a second press, and the article is saved once', async () => {
    const page = await signedInPage();
    const tag = randomBytes(4).toString('hex');
    await page.goto(`${env.base}/articles/new`);
    await page.fill('textarea[name="text"]', `Harbour works ${tag}\n\n"The pier opens in May," said Ana Kova.`);
    const posts = await slowPosts(page, '/articles', 3000);
    await Promise.all([page.waitForURL(/\/articles\/\d+$/, { timeout: 20_000 }), page.click('button[value="save"]')]);

    const busy = await noted(page);
    expect(busy.shown).toBe(true);
    expect(busy.text).toMatch(/^Importing\. Verbatim is reading the article and finding its claims: a long article takes up to half a minute\. 1 s$/);
    expect(busy.ariaBusy).toBe('true');
    expect(busy.disabled).toEqual([true, true]);
    // the second attempt sent nothing, and the button pressed was the one saving (its name went with the form)
    expect(posts.sent).toBe(1);
    const saved = await getTestDb()('articles').where('body', 'like', `%${tag}%`).count<{ n: string }[]>({ n: '*' });
    expect(Number(saved[0]!.n)).toBe(1);

    // back on the form, as the browser kept it: ready to send again
    await page.goBack();
    expect(await page.isVisible('.import-busy')).toBe(false);
    expect(await page.isDisabled('button[value="save"]')).toBe(false);
    expect(env.cspViolations).toEqual([]);
  }, 60_000);

  test('when Preview is pressed on a link, then the form says it is fetching the page for the preview', async () => {
    const page = await signedInPage();
    await page.goto(`${env.base}/articles/new?tab=url`);
    await page.fill('input[name="url"]', 'http://127.0.0.1/refused-as-loopback');
    const posts = await slowPosts(page, '/articles/fetch', 3000);
    await Promise.all([page.waitForResponse((r) => r.url() === `${env.base}/articles/fetch`), page.click('button[value="preview"]')]);
    const busy = await noted(page);
    expect(busy.shown).toBe(true);
    expect(busy.text).toMatch(/^Preparing the preview\. Verbatim is fetching the page, then reading it and finding its claims: /);
    expect(posts.sent).toBe(1);
    // the loopback address is refused: the form comes back saying so, ready to send again
    expect(await page.textContent('.error-summary')).toContain('127.0.0.1');
    expect(await page.isVisible('.import-busy')).toBe(false);
    expect(await page.isDisabled('button[value="preview"]')).toBe(false);
  }, 60_000);
});
