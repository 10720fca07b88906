import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, listen, testApp } from '../support/app.js';
import { launchBrowser, openPage, screenshotDir } from '../support/browser.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId } from '../support/ids.js';
import { demoAdmin, signInThroughForm } from '../support/sign-in.js';

const db = connectTestDatabase();
const coordinator = { email: 'regio@rizoom.example', password: 'rizoom-demo' };
const region = 'MC19';
/** Every signal this file raises starts so, and is removed afterwards. */
const prefix = 'Browsertest signalen';
const deleteSignals = testCypher<{ ids: string[]; keyPrefixes: string[] }, { deleted: number }>(
  'signals-delete',
);
/** Signals the materialise test made (database ids), removed afterwards. */
const materialised: string[] = [];
let baseUrl = '';
let browser: Browser;

beforeAll(async () => {
  baseUrl = await listen(db);
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  const answer = await graphql<{ signals: { edges: { node: { id: string; title: string } }[] } }>(
    testApp(db),
    `query($region: String!) { signals(first: 100, filter: { regionCode: $region }) {
      edges { node { id title } } } }`,
    { region },
  );
  const ids = (answer.data?.signals.edges ?? [])
    .filter((edge) => edge.node.title.startsWith(prefix))
    .map((edge) => fromGlobalId(edge.node.id));
  await db.write(deleteSignals, { ids: [...ids, ...materialised], keyPrefixes: [] });
});

/** Asks the API in the page, as the signed-in user (their session cookie). */
async function ask<T>(page: Page, query: string): Promise<T> {
  const answer = await page.evaluate(async (body) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rizoom-csrf': '1' },
      body,
    });
    return response.json();
  }, JSON.stringify({ query }));
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data as T;
}

type Shown = { shown: string };
interface Patterns {
  transferDropout: { transfers: Shown; dropouts: Shown; schools: unknown[] };
  needDemand: { needs: unknown[] };
  careSwitchDelays: { delays: { cases: Shown; late: Shown }; schools: unknown[] };
  dropoutPrecursors: { dropouts: Shown; preceded: Shown; precursors: unknown[] };
}

const patternsQuery = `{
  transferDropout(regionCode: "${region}") { transfers { shown } dropouts { shown } schools { tested } }
  needDemand(regionCode: "${region}") { needs { need } }
  careSwitchDelays(regionCode: "${region}") { delays { cases { shown } late { shown } } schools { school { id } } }
  dropoutPrecursors(regionCode: "${region}") { dropouts { shown } preceded { shown } precursors { code } }
}`;

/** The card's status label, once the card (found by its title) has `status`. */
async function statusOf(page: Page, title: string, status: string) {
  const card = page.locator(`[data-testid="signal-card"][data-status="${status}"]`, {
    hasText: title,
  });
  await card.waitFor({ timeout: 10_000 });
  return card.locator('[data-testid="signal-status"]').textContent();
}

describe('Signalen', () => {
  it('shows the region’s patterns with their numbers, and follows a raised signal to closed', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/signalen`);
    await signInThroughForm(page, coordinator);
    await page.locator('[data-testid="signals-view"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="region-picker"]').inputValue()).toBe(region);

    // The computed patterns say what the API says to this coordinator, small counts and all.
    await page.locator('[data-testid="signal-patterns-loaded"]').waitFor({ timeout: 60_000 });
    const api = await ask<Patterns>(page, patternsQuery);
    const total = (pattern: string) =>
      page.locator(`[data-testid="${pattern}"] [data-testid="pattern-total"]`).textContent();
    const transfer = api.transferDropout;
    expect(await total('pattern-transfer-dropout')).toBe(
      `In de regio: ${transfer.transfers.shown} warme overdrachten, ${transfer.dropouts.shown} uitvallers in het eerste mbo-jaar.`,
    );
    const care = api.careSwitchDelays.delays;
    expect(await total('pattern-care-switch')).toContain(
      `${care.cases.shown} casussen stapten over, ${care.late.shown} te laat`,
    );
    const precursors = api.dropoutPrecursors;
    expect(await total('pattern-precursors')).toContain(
      `${precursors.dropouts.shown} uitvallers, van wie ${precursors.preceded.shown} met een eerdere casus`,
    );
    const rows = (pattern: string) =>
      page.locator(`[data-testid="${pattern}"] [data-testid="pattern-row"]`).count();
    expect(await rows('pattern-transfer-dropout')).toBe(transfer.schools.length);
    expect(await rows('pattern-demand')).toBe(api.needDemand.needs.length);
    expect(await rows('pattern-care-switch')).toBe(api.careSwitchDelays.schools.length);
    expect(await rows('pattern-precursors')).toBe(precursors.precursors.length);
    // The demo region has cases: some numbers are shown, each a number or "<5".
    const counts = await page.locator('[data-testid="case-count"]').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toMatch(/^(<5|\d+)$/);

    // Raising: a missing title is explained in Dutch and nothing typed is lost.
    const title = `${prefix} ${Date.now()}`;
    const form = page.locator('[data-testid="raise-signal-form"]');
    await form.locator('[data-testid="raise-description"]').fill('Steeds meer aanmeldingen.');
    await form.locator('[data-testid="raise-need"]').selectOption('AUTISME');
    await form.locator('[data-testid="raise-submit"]').click();
    expect(await form.locator('[data-testid="field-problem"]').textContent()).toBe(
      'Vul de titel in.',
    );
    expect(await form.locator('[data-testid="raise-title"]').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await form.locator('[data-testid="raise-description"]').inputValue()).toBe(
      'Steeds meer aanmeldingen.',
    );
    expect(await form.locator('[data-testid="raise-need"]').inputValue()).toBe('AUTISME');
    await form.locator('[data-testid="raise-title"]').fill(title);
    await form.locator('[data-testid="raise-kind"]').selectOption('RISING_DEMAND');
    await form.locator('[data-testid="raise-submit"]').click();
    await form.locator('[data-testid="raise-done"]').waitFor({ timeout: 10_000 });
    expect(await form.locator('[data-testid="raise-title"]').inputValue()).toBe('');

    const card = page.locator('[data-testid="signal-card"]', { hasText: title });
    expect(await statusOf(page, title, 'OPEN')).toBe('Open');
    expect(await card.locator('[data-testid="signal-title"]').textContent()).toBe(title);

    // On the region's agenda (the coordinator's own region).
    await card.locator('[data-testid="signal-agenda"]').click();
    expect(await card.locator('[data-testid="agenda-choice"]').inputValue()).toBe('region');
    await card.locator('[data-testid="agenda-submit"]').click();
    expect(await statusOf(page, title, 'ON_AGENDA')).toBe('Geagendeerd');
    expect(await card.locator('[data-testid="signal-agenda-list"]').textContent()).toContain(
      'Op de regionale agenda van',
    );

    // Endorsed by the coordinator (any professional may, once) and commented on.
    await card.locator('[data-testid="signal-endorse"]').click();
    await card.locator('[data-testid="signal-endorsements"][data-count="1"]').waitFor();
    expect(await card.locator('[data-testid="signal-endorse"]').count()).toBe(0);
    await card.locator('[data-testid="signal-comment"]').click();
    await card.locator('[data-testid="comment-text"]').fill('Herkenbaar in onze regio.');
    await card.locator('[data-testid="comment-submit"]').click();
    await card.locator('[data-testid="signal-comment-item"]').waitFor({ timeout: 10_000 });
    expect(await card.locator('[data-testid="signal-comment-item"]').textContent()).toContain(
      'Herkenbaar in onze regio.',
    );

    // Closing needs a reason; then it is closed, with the reason shown.
    await card.locator('[data-testid="signal-close"]').click();
    await card.locator('[data-testid="close-submit"]').click();
    expect(await card.locator('[data-testid="field-problem"]').textContent()).toBe(
      'Vul de reden in.',
    );
    await card.locator('[data-testid="close-text"]').fill('Besproken in het regio-overleg.');
    await card.locator('[data-testid="close-submit"]').click();
    expect(await statusOf(page, title, 'CLOSED')).toBe('Gesloten');
    expect(await card.locator('[data-testid="signal-closing-note"]').textContent()).toContain(
      'Besproken in het regio-overleg.',
    );
    expect(await card.locator('.signal-actions').count()).toBe(0);

    // The API agrees, and the closed tab lists it.
    const stored = await ask<{
      signals: {
        edges: { node: { title: string; status: string; endorsementCount: number } }[];
      };
    }>(
      page,
      `{ signals(first: 100, filter: { regionCode: "${region}", statuses: [CLOSED] }) {
        edges { node { title status endorsementCount } } } }`,
    );
    expect(stored.signals.edges.map((edge) => edge.node).find((s) => s.title === title)).toEqual({
      title,
      status: 'CLOSED',
      endorsementCount: 1,
    });
    await page.locator('[data-testid="status-tab-CLOSED"]').click();
    await card.waitFor();
    expect(
      await page
        .locator('[data-testid="signal-list"] [data-testid="signal-card"]')
        .evaluateAll((cards) => cards.every((c) => c.getAttribute('data-status') === 'CLOSED')),
    ).toBe(true);
    await page.screenshot({ path: `${screenshotDir}/signals.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('records the computed patterns as signals once a quarter, for the region’s coordinator only', {
    timeout: 240_000,
  }, async () => {
    const computedIds = async (page: Page) => {
      const answer = await ask<{ signals: { edges: { node: { id: string; origin: string } }[] } }>(
        page,
        `{ signals(first: 100, filter: { regionCode: "${region}" }) { edges { node { id origin } } } }`,
      );
      return answer.signals.edges.filter((e) => e.node.origin === 'COMPUTED').map((e) => e.node.id);
    };
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/signalen`);
    await signInThroughForm(page, coordinator);
    const button = page.locator('[data-testid="materialise-button"]');
    await button.waitFor({ timeout: 30_000 });
    await page
      .locator('[data-testid="signal-list"], [data-testid="signal-list-empty"]')
      .first()
      .waitFor({ timeout: 30_000 });
    const computedCards = page.locator('[data-testid="signal-card"][data-origin="COMPUTED"]');
    const before = await computedIds(page);
    expect(await computedCards.count()).toBe(before.length);

    await button.click();
    const outcome = page.locator('[data-testid="materialise-outcome"]');
    // Either the outcome or the reason it failed (then the test says which).
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="materialise-outcome"]')?.textContent ?? '') !== '' ||
        document.querySelector('[data-testid="materialise-failure"]') !== null,
      undefined,
      { timeout: 90_000 },
    );
    expect(await page.locator('[data-testid="materialise-failure"]').count()).toBe(0);
    const after = await computedIds(page);
    const made = after.filter((id) => !before.includes(id));
    materialised.push(...made.map(fromGlobalId));
    expect(after.length).toBe(before.length + made.length);
    expect(await outcome.textContent()).toBe(
      made.length === 0
        ? 'Geen nieuwe signalen: wat nu opvalt, staat dit kwartaal al in de lijst.'
        : made.length === 1
          ? '1 nieuw signaal vastgelegd; het staat in de lijst hieronder.'
          : `${made.length} nieuwe signalen vastgelegd; ze staan in de lijst hieronder.`,
    );
    // The list is loaded again and shows them.
    await expect.poll(() => computedCards.count(), { timeout: 30_000 }).toBe(after.length);

    // Asking again in the same quarter adds nothing.
    await button.click();
    await outcome.getByText('Geen nieuwe signalen', { exact: false }).waitFor({ timeout: 60_000 });
    expect(await computedIds(page)).toEqual(after);
    expect(await computedCards.count()).toBe(after.length);
    expect(consoleErrors).toEqual([]);
    await page.close();

    // A professional of the region may raise signals but not record the region's patterns.
    const other = await openPage(browser);
    await other.page.goto(`${baseUrl}/signalen?regio=${region}`);
    await signInThroughForm(other.page, {
      email: 'leerplicht@rizoom.example',
      password: 'rizoom-demo',
    });
    await other.page
      .locator('[data-testid="raise-signal-form"]')
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await other.page.locator('[data-testid="materialise-patterns"]').count()).toBe(0);
    await other.page.close();
  });

  it('shows Ingrado the national trends as a chart with a table alternative', async () => {
    // A signal of this file's own, so the country has at least one whatever other files leave.
    const raised = await graphql<{ raiseSignal: { data?: { id: string } } }>(
      testApp(db),
      `mutation($input: RaiseSignalInput!) { raiseSignal(input: $input) {
        ... on MutationRaiseSignalSuccess { data { id } } } }`,
      { input: { title: `${prefix} landelijk ${Date.now()}`, regionCode: region } },
    );
    expect(raised.data?.raiseSignal.data?.id).toBeTruthy();

    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/signalen`);
    await signInThroughForm(page, demoAdmin);
    const trends = page.locator('[data-testid="national-trends"]');
    await trends.locator('[data-testid="trend-chart"] .recharts-wrapper > svg').waitFor({
      timeout: 30_000,
    });
    const api = await ask<{ nationalSignalTrends: { quarter: string; kind: string }[] }>(
      page,
      '{ nationalSignalTrends { quarter kind } }',
    );
    const quarters = new Set(api.nationalSignalTrends.map((trend) => trend.quarter));
    const kinds = new Set(api.nationalSignalTrends.map((trend) => trend.kind));
    expect(quarters.size).toBeGreaterThan(0);
    // A bar group per quarter, a bar series per kind; the table lists every trend row.
    await trends.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 10_000 });
    expect(await trends.locator('.recharts-bar').count()).toBe(kinds.size);
    expect(await trends.locator('[data-testid="trend-row"]').count()).toBe(
      api.nationalSignalTrends.length,
    );
    await page.screenshot({ path: `${screenshotDir}/signals-national.png`, fullPage: true });

    // The chart's own table alternative: one row per quarter.
    await trends.locator('[data-testid="chart-toggle"]').click();
    expect(await trends.locator('[data-testid="trend-chart-table"] tbody tr').count()).toBe(
      quarters.size,
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
