import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { preset } from '../../seeds/generator/presets.js';
import { graphql, listen, testApp } from '../support/app.js';
import { launchBrowser, openPage, screenshotDir } from '../support/browser.js';
import { connectTestDatabase } from '../support/database.js';
import { signInThroughForm } from '../support/sign-in.js';

const db = connectTestDatabase();
const coordinator = { email: 'regio@rizoom.example', password: 'rizoom-demo' };
const ownRegion = 'MC19';
let baseUrl = '';
let browser: Browser;
/** A demo region with missing expected ties, and what the API says about it. */
let gapRegion: {
  code: string;
  missing: number;
  drawnMissing: number;
  spof: number;
  isolated: number;
};

interface Report {
  region: { network: { nodes: { id: string }[] } };
  gapReport: { missingTies: { from: { id: string }; to: { id: string } }[] };
  networkStructure: { singlePointsOfFailure: unknown[]; isolated: unknown[] };
}

beforeAll(async () => {
  baseUrl = await listen(db);
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
  const app = testApp(db);
  // The demo preset plants its missing expected ties in one region (seeds/generator/presets.ts).
  const code = preset('demo').plants.missingTies[0]?.regionCode;
  if (!code) throw new Error('the demo preset plants no missing ties');
  const answer = await graphql<Report>(
    app,
    `query ($code: String!) {
      region(code: $code) { network { nodes { id } } }
      gapReport(regionCode: $code) { missingTies { from { id } to { id } } }
      networkStructure(regionCode: $code) { singlePointsOfFailure { sector } isolated { id } }
    }`,
    { code },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  const drawn = new Set(answer.data.region.network.nodes.map((node) => node.id));
  const pairs = new Set(
    answer.data.gapReport.missingTies
      .filter((tie) => drawn.has(tie.from.id) && drawn.has(tie.to.id))
      .map((tie) => `${tie.from.id}:${tie.to.id}`),
  );
  gapRegion = {
    code,
    missing: answer.data.gapReport.missingTies.length,
    drawnMissing: pairs.size,
    spof: answer.data.networkStructure.singlePointsOfFailure.length,
    isolated: answer.data.networkStructure.isolated.length,
  };
});

const gapsMap = '[data-testid="gaps-map"]';

/** Waits until the gaps map of the shown region is drawn and laid out. */
async function settledGapsMap(page: Page): Promise<void> {
  await page
    .locator(
      `${gapsMap}[data-missing-edge-count] [data-testid="network-graph"][data-layout="done"]`,
    )
    .waitFor({ timeout: 60_000 });
}

describe('Hiaten', () => {
  it('opens on the coordinator’s region, then draws another region’s missing ties dashed', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/hiaten`);
    await signInThroughForm(page, coordinator);
    await page.locator('[data-testid="gaps-view"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="region-picker"]').inputValue()).toBe(ownRegion);
    await settledGapsMap(page);
    await page.locator('[data-testid="gap-summary"]').waitFor();

    await page.locator('[data-testid="region-picker"]').selectOption(gapRegion.code);
    await page.waitForFunction(
      ([selector, expected]) =>
        document.querySelector(selector as string)?.getAttribute('data-missing-edge-count') ===
        String(expected),
      [gapsMap, gapRegion.drawnMissing] as const,
      { timeout: 60_000 },
    );
    await settledGapsMap(page);
    expect(gapRegion.drawnMissing).toBeGreaterThan(0);
    expect(await page.locator(gapsMap).getAttribute('data-missing-edge-count')).toBe(
      String(gapRegion.drawnMissing),
    );
    // The summary and the lists say the same as the API.
    expect(await page.locator('[data-testid="gap-summary-missing"]').textContent()).toBe(
      String(gapRegion.missing),
    );
    await page.locator('[data-testid="single-points"]').waitFor();
    expect(await page.locator('[data-testid="missing-tie"]').count()).toBe(gapRegion.missing);
    expect(await page.locator('[data-testid="single-points"] li').count()).toBe(gapRegion.spof);
    expect(await page.locator('[data-testid="isolated"] li').count()).toBe(gapRegion.isolated);
    for (const list of ['provision-gaps', 'hidden-collaboration']) {
      expect(await page.locator(`[data-testid="${list}"] h3`).textContent()).toMatch(/\(\d+\)$/);
    }

    // Choosing a missing tie (by keyboard) marks its dashed edge and both organisations.
    const first = page.locator('[data-testid="missing-tie"] button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('data-marked-count') === '3',
      gapsMap,
      { timeout: 10_000 },
    );
    await page.screenshot({ path: `${screenshotDir}/gaps.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
