import { createUser, getTestDb, testApp } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { describeBrowser, signInThroughForm, useBrowserApp } from '../support/browser';

/** A word with no place to break it: a pasted link, a hash, a scraper's glued-together words. */
const longWord = (letter: string, length = 600) => `${letter.toUpperCase()}${letter.repeat(length - 1)}`;

describeBrowser('very long words on a phone-sized screen', () => {
  const env = useBrowserApp(testApp);

  test('when a quote, a speaker’s name and an article’s title are each one word of hundreds of characters, then no page is wider than the screen', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const quote = `We will ${longWord('q')} win,`;
    // a speaker's name and an article's title as long as they may be
    const speaker = longWord('s', 200);
    const title = longWord('t', 500);
    const { articleId, claimIds: [claimId], speakerIds } = await insertArticleWithClaims(db, user.id, `Intro.\n\n"${quote}" said ${speaker}.`, [{ quote, speaker, source: longWord('o') }], title);

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.setViewportSize({ width: 375, height: 800 });
    const paths = [`/articles/${articleId}`, `/claims/${claimId}`, `/claims?article=${articleId}`, '/claims', '/articles', `/speakers/${speakerIds[speaker]}`];
    const widths: Record<string, number> = {};
    for (const path of paths) {
      await page.goto(`${env.base}${path}`);
      widths[path] = await page.evaluate<number>('document.documentElement.scrollWidth');
    }
    expect(Object.entries(widths).filter(([, width]) => width > 375)).toEqual([]);
    // the words are all there, wrapped rather than cut
    await page.goto(`${env.base}/articles/${articleId}`);
    await expect(page.locator('ol.article-claims').textContent()).resolves.toContain(speaker);
    expect(env.cspViolations).toEqual([]);
  }, 60_000);
});
