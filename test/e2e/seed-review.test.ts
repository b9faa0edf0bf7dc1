import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import pg from 'pg';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../server/app';
import { startEmbeddedDatabase } from '../../server/db/embedded';
import { createDb, type Db } from '../../server/db/knex';
import { migrateLatest } from '../../server/db/migrate';
import { describeBrowser, launchBrowser } from '../support/browser';
import { createUser } from '../support/users';

const ROOT = path.resolve(__dirname, '../..');
const SEED_DIR = path.resolve(ROOT, '../shared/seed');
const SPEAKERS = ['Min Aung Hlaing', 'Vladimir Putin', 'Jean Radvanyi', 'Sergei Lavrov'];
const SECRET = 'e2e-session-secret-long-enough-0123456789abcdef';

/**
 * This test tampers with the audit trail, so it gets a database of its own: a scratch database on
 * DATABASE_URL's server, or a second embedded PGlite. The shared test database's chain stays intact.
 */
async function ownDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (serverUrl) {
    const name = `verbatim_e2e_${randomBytes(6).toString('hex')}`;
    const admin = createDb(serverUrl, { poolMax: 1 });
    await admin.raw(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: async () => { await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await admin.destroy(); } };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-'));
  const embedded = await startEmbeddedDatabase({ dataDir, maxConnections: 16 });
  return { url: embedded.connectionString, drop: async () => { await embedded.stop(); rmSync(dataDir, { recursive: true, force: true }); } };
}

function auditVerify(url: string): Promise<{ code: number; output: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-cli-'));
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'audit:verify'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, SESSION_SECRET: SECRET } }, (err, stdout, stderr) => {
      rmSync(dataDir, { recursive: true, force: true });
      resolve({ code: err ? Number(err.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

let database: { url: string; drop(): Promise<void> };
let db: Db;
let sessionPool: pg.Pool;
let server: Server;
let base: string;
let browser: Browser;
/** What the first test imported, for the pages the second one looks at. */
let imported: { articleId: string; claim: string } | null = null;

describeBrowser('the seed article, reviewed end to end in Chromium', () => {
  jest.setTimeout(240_000);

  beforeAll(async () => {
    database = await ownDatabase();
    db = createDb(database.url, { poolMax: 6 });
    await migrateLatest(db);
    sessionPool = new pg.Pool({ connectionString: database.url, max: 2 });
    sessionPool.on('error', () => undefined);
    const app = createApp({ config: { sessionSecret: SECRET, trustProxy: false, nodeEnv: 'test', logLevel: 'silent' }, db, sessionPool, logger: pino({ level: 'silent' }) });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await sessionPool?.end();
    await db?.destroy();
    await database?.drop();
  });

  async function signInAs(role: 'fact_checker' | 'editor', name: string): Promise<Page> {
    const { user, password } = await createUser(db, { role, name });
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/login`);
    await page.fill('input[name="email"]', user.email);
    await page.fill('input[name="password"]', password);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('form button[type="submit"]')]);
    return page;
  }

  async function claimRows(page: Page, articleId: string) {
    await page.goto(`${base}/claims?article=${articleId}&sort=article&dir=asc`);
    return page.$$eval('table.claims tbody tr', (trs) => trs.map((tr) => ({
      href: tr.querySelector('td:first-child a')?.getAttribute('href') ?? '',
      speaker: tr.querySelector('td:nth-child(2)')?.textContent?.trim() ?? '',
    })));
  }

  async function verdict(page: Page, href: string, key: 'v' | 'd' | 't', note: string | null) {
    await page.goto(`${base}${href}`);
    await page.locator('body').press(key);
    const value = { v: 'verified', d: 'disputed', t: 'needs_translation_review' }[key];
    expect(await page.isChecked(`input[name="status"][value="${value}"]`)).toBe(true);
    if (note) await page.fill('#verdict-note', note);
    await Promise.all([page.waitForURL(`${base}${href}`), page.click('#verdict-form button:not([name])')]);
    expect(await page.textContent('h1')).toContain({ v: 'Verified', d: 'Disputed', t: 'Needs translation review' }[key]);
  }

  test('a fact-checker imports and reviews, an editor checks attributions, and the audit trail shows and proves it', async () => {
    const seedFile = readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'));
    const seedText = readFileSync(path.join(SEED_DIR, seedFile!), 'utf8');

    const checker = await signInAs('fact_checker', 'Fiona Checker');
    await checker.goto(`${base}/articles/new`);
    await checker.fill('textarea[name="text"]', seedText);
    if (await checker.$('input[name="title"]')) {
      if ((await checker.inputValue('input[name="title"]')) === '') await checker.fill('input[name="title"]', 'Seed article');
    }
    await checker.click('form:has(textarea[name="text"]) button[type="submit"]');
    await checker.waitForLoadState();
    if (!/\/articles\/\d+$/.test(new URL(checker.url()).pathname)) {
      // The two-step import shows what the engine found before saving.
      await Promise.all([checker.waitForURL(/\/articles\/\d+$/), checker.click('form button[type="submit"]')]);
    }
    const articleId = /\/articles\/(\d+)$/.exec(new URL(checker.url()).pathname)![1]!;

    const rows = await claimRows(checker, articleId);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const speakers = new Set(rows.map((r) => r.speaker));
    for (const name of SPEAKERS) expect(speakers).toContain(name);

    const [verified, disputed, translation] = rows.map((r) => r.href);
    imported = { articleId, claim: verified! };
    await verdict(checker, verified!, 'v', null);
    await verdict(checker, disputed!, 'd', 'The forum transcript does not contain these words.');
    await verdict(checker, translation!, 't', 'Check the French original for this wording.');

    const editor = await signInAs('editor', 'Eddie Editor');
    const attributed = rows.filter((r) => SPEAKERS.includes(r.speaker));
    const approve = attributed[0]!.href;
    const correct = rows.find((r) => r.href !== approve && !SPEAKERS.includes(r.speaker))?.href ?? attributed[1]!.href;
    await editor.goto(`${base}${approve}`);
    await Promise.all([editor.waitForURL(`${base}${approve}`), editor.click('button:has-text("Approve attribution")')]);
    expect(await editor.textContent('#attribution + dl')).toContain('(approved)');
    await editor.goto(`${base}${correct}`);
    await editor.fill('#attr-speaker', 'Corrected Speaker Example');
    await Promise.all([editor.waitForURL(`${base}${correct}`), editor.click('button:has-text("Save correction")')]);
    const corrected = await claimRows(editor, articleId);
    expect(corrected.find((r) => r.href === correct)?.speaker).toBe('Corrected Speaker Example');
    // the quote's end moved by cutting its last word in the text box: the page then marks the shorter quote
    await editor.goto(`${base}${correct}`);
    const whole = await editor.inputValue('#attr-quote');
    const shorter = whole.replace(/\s*\S+\s*$/, '');
    expect(shorter.split(/\s+/).length).toBeGreaterThan(1);
    await editor.fill('#attr-quote', shorter);
    // the same address before and after the post: wait for the page that answers it, not for the address
    await Promise.all([editor.waitForResponse((r) => r.url() === `${base}${correct}` && r.request().method() === 'GET'), editor.click('button:has-text("Save correction")')]);
    await editor.getByRole('status').filter({ hasText: 'corrected' }).waitFor();
    expect((await editor.textContent('.claim-quote p'))?.replace(/\s+/g, ' ')).toBe(shorter.replace(/\s+/g, ' '));

    // the article's report, reached from its page, counts what was done and says what is not; printed, it drops the menus
    await editor.goto(`${base}/articles/${articleId}`);
    await Promise.all([editor.waitForURL(`${base}/articles/${articleId}/report`), editor.click('a:has-text("Fact-check report")')]);
    const summary = (await editor.textContent('section[aria-labelledby="summary-heading"]'))!.replace(/\s+/g, ' ');
    expect(summary).toMatch(new RegExp(`${rows.length} claims: 1 verified, 1 disputed, 1 needs translation review, ${rows.length - 3} not reviewed yet\\.`));
    expect(summary).toContain('Not final.');
    expect(summary).toContain(`${rows.length - 3} claims have no verdict yet`);
    const disputedCard = editor.locator(`li.report-claim#claim-${disputed!.split('/').pop()}`);
    expect(await disputedCard.textContent()).toContain('The forum transcript does not contain these words.');
    expect(await disputedCard.textContent()).toContain('by Fiona Checker');
    await editor.emulateMedia({ media: 'print' });
    expect(await editor.isVisible('.site-nav')).toBe(false);
    expect(await editor.isVisible('.report-tools')).toBe(false);
    expect(await disputedCard.isVisible()).toBe(true);
    await editor.emulateMedia({ media: 'screen' });

    await editor.goto(`${base}/audit`);
    const events = await editor.$$eval('table.audit tbody tr', (trs) => trs.map((tr) => ({
      actor: tr.querySelector('td.actor')?.textContent ?? '',
      action: tr.querySelector('td:nth-child(4) code')?.textContent?.trim() ?? '',
      record: tr.querySelector('td:nth-child(5) a')?.getAttribute('href') ?? '',
    })));
    const seen = (action: string, record: string, actor: string) => events.some((e) => e.action === action && e.record === record && e.actor.includes(actor));
    expect(seen('article.create', `/articles/${articleId}`, 'Fiona Checker')).toBe(true);
    expect(seen('claim.verdict', verified!, 'Fiona Checker')).toBe(true);
    expect(seen('claim.verdict', disputed!, 'Fiona Checker')).toBe(true);
    expect(seen('claim.verdict', translation!, 'Fiona Checker')).toBe(true);
    expect(seen('claim.attribution_approve', approve, 'Eddie Editor')).toBe(true);
    expect(seen('claim.attribution_correct', correct, 'Eddie Editor')).toBe(true);

    const intact = await auditVerify(database.url);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.output).toMatch(/intact/i);

    const target = await db('audit_events').where({ action: 'claim.verdict', entity_id: disputed!.split('/').pop() }).first('id');
    await db.transaction(async (trx) => {
      await trx.raw('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      await trx('audit_events').where({ id: target.id }).update({ note: 'The forum transcript contains these words.' });
      await trx.raw('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    });
    const broken = await auditVerify(database.url);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(`event ${target.id}`);
  });

  test('on a phone-sized screen no page is wider than the screen: wide tables scroll inside their own box', async () => {
    expect(imported).not.toBeNull();
    const editor = await signInAs('editor', 'Narrow Screen Editor');
    await editor.setViewportSize({ width: 375, height: 800 });
    const paths = ['/', '/articles', '/articles/new', `/articles/${imported!.articleId}`, `/articles/${imported!.articleId}/report`, '/claims', `/claims?article=${imported!.articleId}`,
      imported!.claim, '/speakers', '/audit', '/account'];
    const widths: Record<string, number> = {};
    for (const p of paths) {
      await editor.goto(`${base}${p}`);
      // every disclosure open, as a reader who expands the audit details would have it
      await editor.$$eval('details', (all) => all.forEach((d) => d.setAttribute('open', '')));
      widths[p] = await editor.evaluate<number>('document.documentElement.scrollWidth');
    }
    expect(Object.entries(widths).filter(([, w]) => w > 375)).toEqual([]);
    // the claims table becomes one labelled card per claim rather than a table to scroll sideways
    await editor.goto(`${base}/claims`);
    const claims = await editor.evaluate<{ table: number; box: number; label: string }>(`(() => {
      const t = document.querySelector('table.claims');
      return { table: t.scrollWidth, box: t.parentElement.clientWidth, label: getComputedStyle(t.querySelector('tbody td'), '::before').content };
    })()`);
    expect(claims.table).toBeLessThanOrEqual(claims.box);
    expect(claims.label).toBe('"Quote"');
    // the article cell's "(filter)" link stays in the cell's content column, not wrapped under its label
    const article = await editor.evaluate<{ label: number; filter: number }>(`(() => {
      const cell = document.querySelector('table.claims tbody td:nth-child(4)');
      return { label: cell.getBoundingClientRect().left, filter: cell.querySelector('.filter-link').getBoundingClientRect().left };
    })()`);
    expect(article.filter - article.label).toBeGreaterThan(100);
    // so do the articles, the speakers and a speaker's claims: nothing hidden past the box's edge
    await editor.goto(`${base}/speakers`);
    const speakerPage = await editor.getAttribute('main table tbody a[href^="/speakers/"]', 'href');
    for (const [p, label] of [['/articles', '"Title"'], ['/speakers', '"Name"'], [speakerPage!, '"Quote"']] as const) {
      await editor.goto(`${base}${p}`);
      const t = await editor.evaluate<{ table: number; box: number; label: string }>(`(() => {
        const t = document.querySelector('main table');
        return { table: t.scrollWidth, box: t.parentElement.clientWidth, label: getComputedStyle(t.querySelector('tbody td'), '::before').content };
      })()`);
      expect({ path: p, fits: t.table <= t.box, label: t.label }).toEqual({ path: p, fits: true, label });
    }
  });

  test('on a wide screen every claims row names its article in two lines at most, the whole title on the link', async () => {
    expect(imported).not.toBeNull();
    const editor = await signInAs('editor', 'Wide Screen Editor');
    await editor.setViewportSize({ width: 1280, height: 800 });
    // a headline as long as aggregators' are, far more than two lines of the column
    const headline = 'Under Western sanctions, the capital and the junta show their understanding on fuel, arms and the rouble, says the minister';
    await db('articles').where({ id: imported!.articleId }).update({ title: headline });
    await editor.goto(`${base}/claims?article=${imported!.articleId}`);
    const titles = await editor.evaluate<{ lines: number; cut: boolean; title: string | null; text: string | null }[]>(`[...document.querySelectorAll(
      'table.claims tbody td:nth-child(4) .article-title')].map((a) => ({ lines: a.clientHeight / parseFloat(getComputedStyle(a).lineHeight),
      cut: a.scrollHeight > a.clientHeight, title: a.getAttribute('title'), text: a.textContent }))`);
    expect(titles.length).toBeGreaterThanOrEqual(5);
    for (const t of titles) {
      expect(t.lines).toBeLessThanOrEqual(2.05);
      expect(t.title).toBe(headline);
      expect(t.text).toBe(headline);
      // cut, not left to stretch the row
      expect(t.cut).toBe(true);
    }
  });
});
