import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Launching the system Chromium, shared by the browser tests and the benchmark (no vitest here).

/** Debian's Chromium; a test tool's own browser download is not available here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium; the caller closes it (the benchmark, outside vitest). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`,
    );
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  return browser;
}
