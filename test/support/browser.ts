import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/**
 * `describe` for browser tests: where Chromium is missing they are skipped with a plain notice,
 * except under CI=true, where a missing browser fails the run.
 */
export const describeBrowser: jest.Describe = (() => {
  if (chromiumAvailable) return describe;
  if (process.env.CI === 'true') {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  }
  console.warn(`Chromium not found at ${CHROMIUM_PATH}: browser tests skipped (apt-get install -y chromium to run them).`);
  return describe.skip;
})();

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * The app on a local port and a Chromium to drive it, started before the enclosing describe's tests and stopped after
 * them; its fields are set once the tests run. Pages opened with `newPage` record Content-Security-Policy reports.
 */
export function useBrowserApp(app: () => import('express').Express): {
  base: string;
  browser: Browser;
  cspViolations: string[];
  newPage(): Promise<import('playwright-core').Page>;
} {
  const env = {
    base: '',
    browser: undefined as unknown as Browser,
    cspViolations: [] as string[],
    server: undefined as import('node:http').Server | undefined,
    async newPage() {
      const page = await (await env.browser.newContext()).newPage();
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) env.cspViolations.push(msg.text());
      });
      return page;
    },
  };
  beforeAll(async () => {
    env.server = app().listen(0, '127.0.0.1');
    await new Promise((resolve) => env.server!.once('listening', resolve));
    env.base = `http://127.0.0.1:${(env.server.address() as import('node:net').AddressInfo).port}`;
    env.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await env.browser?.close();
    await new Promise((resolve) => env.server?.close(resolve));
  });
  return env;
}

/** Signs `page` in through the sign-in form, as a person would, and waits for the page it leads to. */
export async function signInThroughForm(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.getByRole('button', { name: 'Sign in' }).click()]);
}

/** Tabs to the element matching `selector`, failing if it is not reached within `most` presses. */
export async function tabTo(page: Page, selector: string, most = 80): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
