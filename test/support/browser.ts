import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
