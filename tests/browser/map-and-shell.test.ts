import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql, listen, testApp } from '../support/app.js';
import { launchBrowser, openPage, screenshotDir, settledMap } from '../support/browser.js';
import { connectTestDatabase } from '../support/database.js';
import { demoAdmin, demoProfessional, signInThroughForm } from '../support/sign-in.js';

const db = connectTestDatabase();
const region = 'MC19';
let baseUrl = '';
let browser: Browser;
let network: { nodes: { kind: string }[]; edges: { kind: string }[] };

beforeAll(async () => {
  baseUrl = await listen(db);
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
  const answer = await graphql<{ region: { network: typeof network } }>(
    testApp(db),
    'query ($code: String!) { region(code: $code) { network { nodes { kind } edges { kind } } } }',
    { code: region },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  network = answer.data.region.network;
});

async function count(page: import('playwright-core').Page, attribute: string): Promise<number> {
  return Number(await page.locator('[data-testid="network-graph"]').getAttribute(attribute));
}

describe('the app shell', () => {
  it('shows the views a role may open, with Beheer for administrators only', async () => {
    const { page, consoleErrors } = await openPage(browser);
    // A link to a view opens it after signing in.
    await page.goto(`${baseUrl}/regio-overzicht?regio=${region}`);
    await signInThroughForm(page, demoProfessional);
    const nav = page.locator('[data-testid="main-nav"]');
    expect(await nav.locator('a').allTextContents()).toEqual([
      'Netwerkkaart',
      'Partner zoeken',
      'Hiaten',
      'Overdrachten',
      'Regio-overzicht',
      'Signalen',
    ]);
    expect(await nav.locator('a[aria-current="page"]').textContent()).toBe('Regio-overzicht');
    await page.locator('[data-testid="region-comparison"]').waitFor({ timeout: 30_000 });
    await page.goto(`${baseUrl}/beheer`);
    // After a reload the session is checked first ("Aanmelding controleren…", a status message
    // too): wait for the page's own message, not just any.
    const refusal = page.locator('main [data-testid="status-message"]', {
      hasText: 'alleen voor Ingrado-beheerders',
    });
    await refusal.waitFor({ timeout: 10_000 });
    expect(await page.locator('main').textContent()).toContain('alleen voor Ingrado-beheerders');
    expect(await page.locator('[data-testid="import-form"]').count()).toBe(0);

    // Back to the map through the menu; the region stays in the URL.
    await page.goto(`${baseUrl}/regio-overzicht?regio=${region}`);
    await nav.getByText('Netwerkkaart').click();
    await page.locator(settledMap).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).searchParams.get('regio')).toBe(region);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('switches to English, remembers it, and sets <html lang>', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/?regio=${region}`);
    await page.locator('[data-testid="language-switch"]').click();
    expect(await page.locator('[data-testid="sign-in-submit"]').textContent()).toBe('Sign in');
    await signInThroughForm(page, demoAdmin);
    const nav = page.locator('[data-testid="main-nav"]');
    expect(await nav.locator('a').first().textContent()).toBe('Network map');
    expect(await nav.locator('a').last().textContent()).toBe('Administration');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator(settledMap).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="map-summary"]').textContent()).toMatch(/elements and/);
    await page.screenshot({ path: `${screenshotDir}/map-english.png` });

    await page.reload();
    await page.locator('[data-testid="main-nav"]').waitFor({ timeout: 10_000 });
    expect(await nav.locator('a').first().textContent()).toBe('Network map');
    await page.locator('[data-testid="language-switch"]').click();
    expect(await nav.locator('a').first().textContent()).toBe('Netwerkkaart');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('the Netwerkkaart', () => {
  it('filters by organisation kind and tie kind, and the table follows', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/?regio=${region}`);
    await signInThroughForm(page, demoProfessional);
    await page.locator(settledMap).waitFor({ timeout: 30_000 });
    expect(await count(page, 'data-node-count')).toBe(network.nodes.length);

    await page.locator('[data-testid="filter-panel"] summary').click();
    const kinds = page.locator('[data-testid="filter-organisation-kinds"]');
    await kinds.getByRole('button', { name: 'Niets' }).click();
    await kinds.locator('input[value="LEERPLICHT"]').check();
    await kinds.locator('input[value="SCHOOL_VO"]').check();
    const kept = network.nodes.filter((n) => ['LEERPLICHT', 'SCHOOL_VO'].includes(n.kind)).length;
    expect(kept).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('[data-testid="network-graph"]')
          ?.getAttribute('data-visible-node-count') === String(n),
      kept,
      { timeout: 10_000 },
    );
    expect(await page.locator('[data-testid="organisation-row-button"]').count()).toBe(kept);
    await page.screenshot({ path: `${screenshotDir}/map-filtered.png` });

    await kinds.getByRole('button', { name: 'Alles' }).click();
    const tieKinds = page.locator('[data-testid="filter-tie-kinds"]');
    await tieKinds.locator('input[value="INFORMAL"]').uncheck();
    const notInformal = network.edges.filter((e) => e.kind !== 'INFORMAL').length;
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('[data-testid="network-graph"]')
          ?.getAttribute('data-visible-edge-count') === String(n),
      notInformal,
      { timeout: 10_000 },
    );
    expect(await count(page, 'data-visible-node-count')).toBe(network.nodes.length);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('suggests as one types, focuses the map on the pick, and says so when nothing matches', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/?regio=${region}`);
    await signInThroughForm(page, demoProfessional);
    await page.locator(settledMap).waitFor({ timeout: 30_000 });
    const input = page.locator('[data-testid="search-input"]');
    await input.fill('Leerplicht Utre');
    const suggestions = page.locator('[data-testid="search-suggestions"] [role="option"]');
    await suggestions.first().waitFor({ timeout: 10_000 });
    const name = (await suggestions.first().locator('.search-box__name').textContent()) ?? '';
    expect(name).toMatch(/^Leerplicht Utre/);
    await input.press('Enter');

    await page.locator('[data-scope="focus"]').waitFor({ timeout: 10_000 });
    await page.locator(settledMap).waitFor({ timeout: 30_000 });
    const details = page.locator('[data-testid="details-body"][data-state="success"]');
    await details.waitFor({ timeout: 10_000 });
    expect(await details.locator('h2').textContent()).toBe(name);
    expect(await count(page, 'data-node-count')).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('focus')).not.toBeNull();
    await page.screenshot({ path: `${screenshotDir}/map-focus.png` });

    // Two steps around it: more of the network comes into view.
    const oneStep = await count(page, 'data-node-count');
    await page.locator('[data-testid="focus-depth"]').selectOption('2');
    await page.waitForFunction(
      (n) =>
        Number(
          document
            .querySelector('[data-testid="network-graph"][data-layout="done"]')
            ?.getAttribute('data-node-count'),
        ) > n,
      oneStep,
      { timeout: 30_000 },
    );

    await input.fill('qxzqxz');
    await page
      .locator('[data-testid="search-status"]', { hasText: 'Niets gevonden' })
      .waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="focus-back"]').click();
    await page.locator('[data-scope="region"]').waitFor({ timeout: 10_000 });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
