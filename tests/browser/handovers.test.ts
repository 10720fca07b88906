import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../support/app.js';
import { launchBrowser, openPage, screenshotDir } from '../support/browser.js';
import { connectTestDatabase } from '../support/database.js';
import { demoProfessional, signInThroughForm } from '../support/sign-in.js';

const db = connectTestDatabase();
const region = 'MC19';
let baseUrl = '';
let browser: Browser;

beforeAll(async () => {
  baseUrl = await listen(db);
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
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

const flowMap = '[data-testid="flow-map"]';

async function requestOneHandover(page: Page) {
  const { viewer, organisations } = await ask<{
    viewer: { organisation: { id: string } };
    organisations: { edges: { node: { id: string } }[] };
  }>(
    page,
    `{ viewer { organisation { id } }
       organisations(first: 1, filter: { regionCode: "${region}", kinds: [SCHOOL_VO] }) {
         edges { node { id } } } }`,
  );
  const school = organisations.edges[0]?.node.id ?? '';
  const bsn = '1' + String(Date.now()).slice(-7);
  const check = [...bsn].reduce((sum, digit, i) => sum + Number(digit) * (9 - i), 0) % 11;
  const registered = await ask<{ registerCase: { data?: { case: { id: string } } } }>(
    page,
    `mutation { registerCase(input: { bsn: "${check > 9 ? '111222333' : bsn + check}",
       kind: THUISZITTER, age: 15, municipalityCode: "GM0344", needs: [], riskIndicators: [],
       organisationId: "${viewer.organisation.id}" }) {
       ... on MutationRegisterCaseSuccess { data { case { id } } } } }`,
  );
  const caseId = registered.registerCase.data?.case.id ?? '';
  const requested = await ask<{ requestHandover: { data?: { id: string } } }>(
    page,
    `mutation { requestHandover(input: { caseId: "${caseId}",
       fromOrganisationId: "${viewer.organisation.id}", toOrganisationId: "${school}",
       reason: VERZUIMMELDING, legalBasis: LEERPLICHTWET, warm: true }) {
       ... on MutationRequestHandoverSuccess { data { id } } } }`,
  );
  expect(requested.requestHandover.data?.id).toBeTruthy();
}

describe('Overdrachten', () => {
  it('draws the region’s flows, lists the same flows in a table, and opens a case’s journey', async () => {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/overdrachten?regio=${region}`);
    await signInThroughForm(page, demoProfessional);
    // One handover of this file's own, requested today, so the region has a flow in the last
    // twelve months whatever the demo data's dates and other test files leave.
    await requestOneHandover(page);
    await page.reload();
    await page
      .locator(`${flowMap}[data-flow-count] [data-testid="network-graph"][data-layout="done"]`)
      .waitFor({ timeout: 60_000 });
    const api = await ask<{
      handoverFlows: { flows: unknown[] };
      stalledHandovers: { items: unknown[] };
      pingPongHandovers: { items: unknown[] };
      uncoordinatedCases: { items: unknown[] };
    }>(
      page,
      `{
        handoverFlows(regionCode: "${region}") { flows { medianDaysToAccept } }
        stalledHandovers(regionCode: "${region}") { items { requestedAt } }
        pingPongHandovers(regionCode: "${region}") { items { returnedAt } }
        uncoordinatedCases(regionCode: "${region}") { items { openedAt } }
      }`,
    );
    const flows = api.handoverFlows.flows.length;
    expect(flows).toBeGreaterThan(0);
    const graph = page.locator(`${flowMap} [data-testid="network-graph"]`);
    expect(Number(await graph.getAttribute('data-edge-count'))).toBe(flows);
    expect(await page.locator(flowMap).getAttribute('data-flow-count')).toBe(String(flows));
    await page.waitForFunction(
      (expected) =>
        document
          .querySelector('[data-testid="flow-map"] .styled-network')
          ?.getAttribute('data-styled-edge-count') === String(expected),
      flows,
      { timeout: 10_000 },
    );
    expect(await page.locator('[data-testid="flow-row"]').count()).toBe(flows);
    expect(await page.locator('[data-testid="flow-legend"]').textContent()).toContain('dagen');

    // The findings: the cases this professional may read are listed, the rest only counted.
    await page.locator('[data-testid="uncoordinated"]').waitFor({ timeout: 30_000 });
    const readable =
      api.stalledHandovers.items.length +
      api.pingPongHandovers.items.length +
      api.uncoordinatedCases.items.length;
    expect(await page.locator('[data-testid="finding-item"]').count()).toBe(readable);
    for (const finding of ['stalled-handovers', 'ping-pong', 'uncoordinated']) {
      expect(
        await page
          .locator(`[data-testid="${finding}"] [data-testid="finding-total"]`)
          .textContent(),
      ).toMatch(/^In de hele regio: (<5|\d+) casussen\.$/);
    }
    expect(readable).toBeGreaterThan(0);
    await page.locator('[data-testid="open-journey"]').first().click();
    const journey = page.locator('[data-testid="case-journey"]');
    await journey
      .locator('[data-testid="journey-timeline"] li')
      .first()
      .waitFor({ timeout: 20_000 });
    await journey.locator('[data-testid="network-graph"][data-layout="done"]').waitFor({
      timeout: 30_000,
    });
    const steps = await journey.locator('[data-testid="journey-timeline"] li').count();
    expect(
      Number(
        await journey.locator('[data-testid="network-graph"]').getAttribute('data-edge-count'),
      ),
    ).toBe(steps);
    await page.screenshot({ path: `${screenshotDir}/handovers.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
