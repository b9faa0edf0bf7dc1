import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../server/audit/service';
import { createUser, getTestDb, testApp } from '../support';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { describeBrowser, signInThroughForm, useBrowserApp } from '../support/browser';

/** A word with no place to break it: a pasted link, a hash, a scraper's glued-together words. */
const longWord = (letter: string, length: number) => `${letter.toUpperCase()}${letter.repeat(length - 1)}`;

interface Box { scroll: number; client: number }
interface Layout { page: Box; wrap: Box; table: Box; rows: string[]; header: boolean; labels: string[]; widest: number }

/** How wide the page, the table's box and the table draw against how wide they are, and how the table is laid out. */
const measured = `(() => {
  const table = document.querySelector('table.audit');
  const box = (el) => ({ scroll: el.scrollWidth, client: el.clientWidth });
  return {
    page: box(document.documentElement), wrap: box(table.closest('.table-wrap')), table: box(table),
    rows: [...table.tBodies[0].rows].map((tr) => getComputedStyle(tr).display),
    header: table.tHead.getBoundingClientRect().height > 1,
    labels: [...table.tBodies[0].rows[0].cells].map((td) => getComputedStyle(td, '::before').content),
    widest: Math.max(...[...table.querySelectorAll('td')].map((td) => td.getBoundingClientRect().right)),
  };
})()`;

describeBrowser('the audit trail on a phone', () => {
  const env = useBrowserApp(testApp);

  test('when the trail holds long names, links and codes, then at 375 px each event is a card with no sideways scrolling, read and opened with the keyboard, and at 1280 px it is still a table', async () => {
    const db = getTestDb();
    const tag = randomBytes(4).toString('hex');
    const { user, password } = await createUser(db, { role: 'editor', email: `a-long-mailbox-name-for-a-night-editor-${tag}@a-rather-long-newsroom-domain.example.org` });
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, user.id, `"We are ready," said Ana Kova ${tag}.`, [{ quote: 'We are ready,', speaker: `Ana Kova ${tag}` }]);
    const events = [
      { action: 'claim.attribution_approve', before: { attribution_status: 'proposed', version: 1 }, after: { attribution_status: 'approved', version: 2 } },
      { action: 'claim.attribution_correct', before: { speaker_name: 'אבי כהן', version: 2 }, after: { speaker_name: longWord('s', 200), version: 3 } },
      {
        action: 'claim.verdict', note: longWord('n', 300),
        before: { status: 'unreviewed', version: 3, evidence_urls: [] }, after: { status: 'disputed', version: 4, evidence_urls: [`https://evidence.test/${longWord('e', 1500)}`] },
      },
    ];
    for (const e of events) await recordAudit(db, { actorId: user.id, entityType: 'claim', entityId: claimId!, ...e });

    const page = await env.newPage();
    await signInThroughForm(page, env.base, user.email, password);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${env.base}/audit?actor=${user.id}`);

    // neither the page nor the table's box scrolls sideways, with the records closed and then all open
    const unscrolled = (l: Layout) => ({ page: l.page.scroll <= l.page.client, wrap: l.wrap.scroll <= l.wrap.client, table: l.table.scroll <= l.table.client, inside: l.widest <= 375 });
    expect(unscrolled(await page.evaluate<Layout>(measured))).toEqual({ page: true, wrap: true, table: true, inside: true });
    await page.evaluate("document.querySelectorAll('table.audit details').forEach((d) => { d.open = true; })");
    const phone = await page.evaluate<Layout>(measured);
    expect(unscrolled(phone)).toEqual({ page: true, wrap: true, table: true, inside: true });
    // one card per event (the verdict, the correction, the approval and the sign-in), each cell labelled as its column
    expect(phone.rows).toEqual(['block', 'block', 'block', 'block']);
    expect(phone.header).toBe(false);
    expect(phone.labels).toEqual(['"#"', '"When (UTC)"', '"Who"', '"What"', '"Record"', '"Note"', '"What changed"']);

    // the keyboard reaches the newest event's record, in its card on the screen, and opens it
    await page.reload();
    let focused = '';
    for (let presses = 0; presses < 60 && focused !== 'SUMMARY'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<string>("document.activeElement.closest('table.audit') ? document.activeElement.tagName : ''");
    }
    expect(focused).toBe('SUMMARY');
    expect(await page.evaluate<number>('document.activeElement.getBoundingClientRect().right')).toBeLessThanOrEqual(375);
    await page.keyboard.press('Enter');
    expect(await page.evaluate<boolean>('document.activeElement.parentElement.open')).toBe(true);

    // the wide layout is the table it was: its header shown, a row per event, no labels in the cells
    await page.setViewportSize({ width: 1280, height: 800 });
    const desk = await page.evaluate<Layout>(measured);
    expect(desk.rows).toEqual(['table-row', 'table-row', 'table-row', 'table-row']);
    expect(desk.header).toBe(true);
    expect(new Set(desk.labels)).toEqual(new Set(['none']));
    expect(desk.page.scroll).toBeLessThanOrEqual(desk.page.client);
    // and the long link and names wrap inside the page's width, rather than push the changes past the table's box
    expect(desk.wrap.scroll).toBeLessThanOrEqual(desk.wrap.client);
    expect(env.cspViolations).toEqual([]);
  }, 60_000);
});
