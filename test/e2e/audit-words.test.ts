import { createUser, getTestDb, testApp } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { describeBrowser, signInThroughForm, useBrowserApp } from '../support/browser';

const OLD_NAME = 'אבי כהן';
const NEW_NAME = 'שרה לוי';

/** Where the first "Speaker:" line under `list` draws the old name, the arrow and the new name, and how tall its lines are. */
const speakerLine = (list: string) => `(() => {
  const words = document.querySelector(${JSON.stringify(list)});
  const line = [...words.querySelectorAll('li')].find((li) => li.textContent.startsWith('Speaker:'));
  const text = line.firstChild;
  const left = (part) => {
    const range = document.createRange();
    range.setStart(text, text.data.indexOf(part));
    range.setEnd(text, text.data.indexOf(part) + part.length);
    return range.getBoundingClientRect().left;
  };
  return {
    old: left(${JSON.stringify(OLD_NAME)}), arrow: left('→'), new: left(${JSON.stringify(NEW_NAME)}),
    tallest: Math.max(...[...words.querySelectorAll('li')].map((li) => li.getBoundingClientRect().height)) / parseFloat(getComputedStyle(line).lineHeight),
    column: words.closest('td, li').getBoundingClientRect().width,
    page: document.documentElement.scrollWidth,
  };
})()`;

describeBrowser('the audit trail’s words in Chromium', () => {
  const env = useBrowserApp(testApp);

  test('when a right-to-left speaker is corrected to another, then the history and the audit page read from the old name to the new, in words a column wide enough to read at 1280 and 375 px', async () => {
    const db = getTestDb();
    const { user, password } = await createUser(db, { role: 'editor' });
    const quote = 'אנחנו מוכנים לדבר,';
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, user.id, `"${quote}" אמר ${OLD_NAME}.`, [{ quote, speaker: OLD_NAME }]);

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.goto(`${env.base}/claims/${claimId}`);
    await page.fill('#attr-speaker', NEW_NAME);
    await Promise.all([page.waitForResponse((r) => r.url() === `${env.base}/claims/${claimId}` && r.request().method() === 'GET'), page.click('button:has-text("Save correction")')]);
    // (the response arriving is not the page loaded: under load the history was read from the page still going)
    await page.waitForSelector('ol.history ul.changes li');

    // the claim's history, then the audit page at a desktop's width and a phone's
    const seen: Array<{ where: string; width: number; s: { old: number; arrow: number; new: number; tallest: number; column: number; page: number } }> = [];
    await page.setViewportSize({ width: 1280, height: 800 });
    seen.push({ where: 'history', width: 1280, s: await page.evaluate(speakerLine('ol.history ul.changes')) });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${env.base}/audit?entity_type=claim&entity_id=${claimId}`);
      await page.waitForSelector('table.audit ul.changes li');
      seen.push({ where: 'audit', width, s: await page.evaluate(speakerLine('table.audit ul.changes')) });
    }
    for (const { where, width, s } of seen) {
      // a words column wide enough that each change reads on a line or two, and no page scrolling sideways
      expect({ where, width, column: s.column >= 256, lines: s.tallest <= 2, page: s.page <= width }).toEqual({ where, width, column: true, lines: true, page: true });
      // drawn as stored, left to right: the old name, the arrow, then the new name
      expect({ where, width, oldFirst: s.old < s.arrow, newLast: s.arrow < s.new }).toEqual({ where, width, oldFirst: true, newLast: true });
    }
    expect(env.cspViolations).toEqual([]);
  }, 60_000);
});
