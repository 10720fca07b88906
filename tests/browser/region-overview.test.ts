import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql, listen, testApp } from '../support/app.js';
import { launchBrowser, openPage, screenshotDir } from '../support/browser.js';
import { connectTestDatabase } from '../support/database.js';
import { demoAdmin, signInThroughForm } from '../support/sign-in.js';

const db = connectTestDatabase();
const coordinator = { email: 'regio@rizoom.example', password: 'rizoom-demo' };
const ownRegion = 'MC19';
let baseUrl = '';
let browser: Browser;
/** What the API says about the coordinator's region, now and on an early day. */
let expected: {
  regions: number;
  organisationsNow: number;
  growthSteps: number;
  earlyDay: string;
  organisationsEarly: number;
};

interface Figures {
  now: { organisationCount: number };
  growth: { end: string; organisations: number }[];
  comparison: { region: { code: string } }[];
}

beforeAll(async () => {
  baseUrl = await listen(db);
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
  const app = testApp(db);
  const answer = await graphql<Figures>(
    app,
    `query ($code: String!) {
      now: networkMetrics(regionCode: $code) { organisationCount }
      growth: networkGrowth(regionCode: $code, interval: QUARTER) { end organisations }
      comparison: regionNetworkComparison(kind: RMC) { region { code } }
    }`,
    { code: ownRegion },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  const { now, growth, comparison } = answer.data;
  // An early quarter that already had organisations: its end is the day picked in the test.
  const early = growth.find((step) => step.organisations > 0) ?? growth[0];
  if (!early) throw new Error('no growth steps');
  const then = await graphql<{ then: { organisationCount: number } }>(
    app,
    'query ($code: String!, $day: Date!) { then: networkMetrics(regionCode: $code, asOf: $day) { organisationCount } }',
    { code: ownRegion, day: early.end },
  );
  if (!then.data) throw new Error(JSON.stringify(then.errors));
  expected = {
    regions: comparison.length,
    organisationsNow: now.organisationCount,
    growthSteps: growth.length,
    earlyDay: early.end,
    organisationsEarly: then.data.then.organisationCount,
  };
});

const view = '[data-testid="region-overview"]';
const comparisonChart = '[data-testid="comparison-chart"]';
const growthChart = '[data-testid="growth-chart"]';

/** Waits until the metrics of `code` as of `day` (if given) are on the page. */
async function metricsShown(page: Page, code: string, day?: string): Promise<void> {
  const asOf = day ? `[data-as-of="${day}"]` : '[data-as-of]';
  await page
    .locator(`${view}[data-scope="${code}"] [data-testid="network-metrics"]${asOf}`)
    .waitFor({ timeout: 60_000 });
}

async function shownOrganisations(page: Page): Promise<number> {
  return Number(
    await page.locator('[data-testid="network-metrics"]').getAttribute('data-organisation-count'),
  );
}

describe('Regio-overzicht', () => {
  it('shows the coordinator’s region in figures, among all regions, and as it grew', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/regio-overzicht`);
    await signInThroughForm(page, coordinator);
    await page.locator(view).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="region-picker"]').inputValue()).toBe(ownRegion);
    // The coordinator is offered the regions, not the whole country.
    expect(await page.locator('[data-testid="region-picker"] option[value="NL"]').count()).toBe(0);

    await metricsShown(page, ownRegion);
    expect(expected.organisationsNow).toBeGreaterThan(0);
    expect(await shownOrganisations(page)).toBe(expected.organisationsNow);
    const metricRows = page.locator('[data-testid="metrics-table"] [data-testid="metric-row"]');
    expect(await metricRows.count()).toBe(7);
    expect(
      await page
        .locator('[data-metric="organisationCount"] td[data-value]')
        .getAttribute('data-value'),
    ).toBe(String(expected.organisationsNow));
    expect(await page.locator('[data-testid="top-degree"] [data-testid="top-row"]').count()).toBe(
      Math.min(10, expected.organisationsNow),
    );

    // The comparison chart: one bar per region, the coordinator's region highlighted.
    await page.locator(`${comparisonChart} svg .chart-bar`).first().waitFor({ timeout: 60_000 });
    expect(await page.locator(`${comparisonChart} svg .chart-bar`).count()).toBe(expected.regions);
    expect(await page.locator(`${comparisonChart} svg .chart-bar--highlighted`).count()).toBe(1);
    expect(await page.locator('[data-testid="comparison-row"]').count()).toBe(expected.regions);
    expect(
      await page
        .locator(`[data-testid="comparison-row"][data-code="${ownRegion}"]`)
        .getAttribute('class'),
    ).toContain('is-highlighted');

    // The growth chart is drawn: an area per series.
    await page.locator(`${growthChart} svg .recharts-area`).first().waitFor({ timeout: 60_000 });
    expect(await page.locator(`${growthChart} svg .recharts-area`).count()).toBe(2);
    await page.screenshot({ path: `${screenshotDir}/region-overview.png`, fullPage: true });

    // The table alternatives: a row per region (the chosen one marked), a row per quarter.
    await page.locator(`${comparisonChart} [data-testid="chart-toggle"]`).click();
    const comparisonRows = page.locator(`${comparisonChart} [data-testid="chart-table-row"]`);
    expect(await comparisonRows.count()).toBe(expected.regions);
    expect(await page.locator(`${comparisonChart} tr[data-highlighted]`).count()).toBe(1);
    expect(await page.locator(`${comparisonChart} svg`).count()).toBe(0);
    await page.locator(`${growthChart} [data-testid="chart-toggle"]`).click();
    const growthRows = page.locator(`${growthChart} [data-testid="chart-table-row"]`);
    expect(await growthRows.count()).toBe(expected.growthSteps);
    const lastRowOrganisations = await growthRows.last().locator('td').first().textContent();
    expect(Number(lastRowOrganisations?.replace(/\D/g, ''))).toBe(expected.organisationsNow);

    // An early reference date shows the network as it was: no more organisations than now.
    await page.locator('[data-testid="as-of"]').fill(expected.earlyDay);
    await metricsShown(page, ownRegion, expected.earlyDay);
    expect(new URL(page.url()).searchParams.get('peildatum')).toBe(expected.earlyDay);
    const early = await shownOrganisations(page);
    expect(early).toBe(expected.organisationsEarly);
    expect(early).toBeLessThanOrEqual(expected.organisationsNow);
    // The growth chart now ends on that day, with that many organisations.
    await page
      .locator(`[data-testid="network-growth"][data-last-organisations="${early}"]`)
      .waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${screenshotDir}/region-overview-early.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('lets Ingrado start from the whole country and pick any region', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/regio-overzicht`);
    await signInThroughForm(page, demoAdmin);
    await page.locator(view).waitFor({ timeout: 30_000 });
    const picker = page.locator('[data-testid="region-picker"]');
    expect(await picker.inputValue()).toBe('NL');
    expect(await picker.locator('option').count()).toBe(expected.regions + 1);
    await metricsShown(page, 'NL');
    const national = await shownOrganisations(page);
    expect(national).toBeGreaterThan(expected.organisationsNow);
    await page.locator(`${comparisonChart} svg .chart-bar`).first().waitFor({ timeout: 60_000 });
    expect(await page.locator(`${comparisonChart} svg .chart-bar--highlighted`).count()).toBe(0);

    // Another region than the coordinator's: picked, its bar highlighted and its figures shown.
    const other = await picker
      .locator(`option:not([value="NL"]):not([value="${ownRegion}"])`)
      .first()
      .getAttribute('value');
    if (!other) throw new Error('no other region to pick');
    await picker.selectOption(other);
    await metricsShown(page, other);
    expect(await shownOrganisations(page)).toBeLessThan(national);
    await page.locator(`${comparisonChart} svg .chart-bar--highlighted`).waitFor();
    expect(
      await page
        .locator(`[data-testid="comparison-row"][data-code="${other}"]`)
        .getAttribute('class'),
    ).toContain('is-highlighted');

    // Sorting the table by organisations puts the largest region first.
    await page.locator('[data-testid="sort-organisationCount"]').click();
    const counts = await page
      .locator('[data-testid="comparison-row"] td[data-measure="organisationCount"]')
      .allTextContents();
    const numbers = counts.map((text) => Number(text.replace(/\D/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    // A region's name in the table opens it.
    await page.locator(`[data-testid="comparison-row"][data-code="${ownRegion}"] button`).click();
    await metricsShown(page, ownRegion);
    expect(await picker.inputValue()).toBe(ownRegion);
    await page.screenshot({ path: `${screenshotDir}/region-overview-admin.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
