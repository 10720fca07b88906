import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../support/app.js';
import { launchBrowser, openPage, screenshotDir } from '../support/browser.js';
import { connectTestDatabase } from '../support/database.js';
import { demoAdmin, signInThroughForm } from '../support/sign-in.js';

const db = connectTestDatabase();
const region = 'MC19';
let baseUrl = '';
let browser: Browser;

beforeAll(async () => {
  baseUrl = await listen(db);
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
});

describe('Beheer', () => {
  it('imports a CSV with an error: nothing is saved and the error row is shown', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/beheer?regio=${region}`);
    await signInThroughForm(page, demoAdmin);
    await page.locator('[data-testid="import-form"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="import-entity"]').selectOption('TIES');
    // Line 2 names organisations that do not exist: the import refuses the whole file.
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'browser-test-ties.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('source,target,kind\nbrowser-test-none-a,browser-test-none-b,INFORMAL\n'),
    });
    await page.locator('[data-testid="import-submit"]').click();
    const errors = page.locator('[data-testid="import-errors"]');
    await errors.waitFor({ timeout: 20_000 });
    const rows = errors.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().getAttribute('data-line')).toBe('2');
    expect(await errors.textContent()).toContain('niets opgeslagen');
    // What was chosen stays for the next attempt.
    expect(await page.locator('[data-testid="import-entity"]').inputValue()).toBe('TIES');
    await page.screenshot({ path: `${screenshotDir}/import-errors.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('exports the region as GraphML: a well-formed file with its organisations', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/beheer?regio=${region}`);
    await signInThroughForm(page, demoAdmin);
    const link = page.locator('[data-testid="export-graphml"]');
    await link.waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`rizoom-${region}.graphml`);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');

    let root = '';
    let nodes = 0;
    let edges = 0;
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      if (!root) root = tag.local;
      if (tag.local === 'node') nodes += 1;
      if (tag.local === 'edge') edges += 1;
    });
    parser.write(text).close(); // throws on malformed XML
    expect(root).toBe('graphml');
    expect(nodes).toBeGreaterThan(10);
    expect(edges).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
