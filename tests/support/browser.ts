import type { Browser } from 'playwright-core';
import { afterAll } from 'vitest';
import { launchChromium } from './chromium.js';

export { chromiumPath, launchChromium } from './chromium.js';

/** Headless Chromium for this file, closed when the file is done. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  afterAll(() => browser.close());
  return browser;
}

/** Where browser tests save screenshots (git-ignored). */
export const screenshotDir = 'tests/browser/screenshots';

/** A page in a fresh browser context (no session cookie), collecting console errors. */
export async function openPage(
  browser: Browser,
): Promise<{ page: import('playwright-core').Page; consoleErrors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, consoleErrors };
}

/** The map's drawing, once its layout has settled. */
export const settledMap = '[data-testid="network-graph"][data-layout="done"]';
