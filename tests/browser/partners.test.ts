import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql, listen, testApp } from '../support/app.js';
import { launchBrowser, openPage, screenshotDir } from '../support/browser.js';
import { connectTestDatabase } from '../support/database.js';
import { demoProfessional, signInThroughForm } from '../support/sign-in.js';

const db = connectTestDatabase();
const region = 'MC19';
const municipalityCode = 'GM0344'; // Utrecht, in MC19
const needs = ['GEDRAG', 'ANGST_DEPRESSIE'];
let baseUrl = '';
let browser: Browser;

interface Answer {
  partnerFinder: {
    uncoveredNeeds: string[];
    partners: {
      organisation: { name: string };
      reasons: { path?: { steps: number } | null }[];
    }[];
  };
  peers: { professional: { name: string } }[];
}

interface Expected {
  uncoveredNeeds: string[];
  partners: { name: string; steps: number | null }[];
  peers: number;
}
let expected: Expected;

/** What the API answers the demo professional, signed in as the browser will be. */
async function askAsDemoProfessional(): Promise<Expected> {
  const app = testApp(db, {}, null);
  const signIn = await app.fetch('http://rizoom.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
      variables: { e: demoProfessional.email, p: demoProfessional.password },
    }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const answer = await graphql<Answer>(
    app,
    `query ($needs: [Need!], $code: String!) {
      partnerFinder(needs: $needs, municipalityCode: $code, limit: 10) {
        uncoveredNeeds
        partners {
          organisation { name }
          reasons { ... on PathReason { path { steps } } }
        }
      }
      peers(needs: $needs, municipalityCode: $code, caseKind: THUISZITTER, limit: 10) {
        professional { name }
      }
    }`,
    { needs, code: municipalityCode },
    { cookie },
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  const { partnerFinder, peers } = answer.data;
  return {
    uncoveredNeeds: partnerFinder.uncoveredNeeds,
    partners: partnerFinder.partners.map(({ organisation, reasons }) => ({
      name: organisation.name,
      steps: reasons.find((reason) => reason.path)?.path?.steps ?? null,
    })),
    peers: peers.length,
  };
}

beforeAll(async () => {
  baseUrl = await listen(db);
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
  expected = await askAsDemoProfessional();
});

async function fillIn(page: Page, chosen: readonly string[]): Promise<void> {
  const form = page.locator('[data-testid="partner-form"]');
  await form.waitFor({ timeout: 10_000 });
  for (const need of chosen) await form.locator(`input[value="${need}"]`).check();
  const municipality = page.locator('[data-testid="partner-municipality"]');
  await municipality.locator(`option[value="${municipalityCode}"]`).waitFor({
    state: 'attached',
    timeout: 10_000,
  });
  await municipality.selectOption(municipalityCode);
}

describe('Partner zoeken', () => {
  it('finds partners with their reasons and highlights the path to the chosen one', async () => {
    expect(expected.partners.length).toBeGreaterThan(0);
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(`${baseUrl}/?regio=${region}`);
    await signInThroughForm(page, demoProfessional);
    await page.locator('[data-testid="main-nav"]').getByText('Partner zoeken').click();

    // Nothing chosen: the form says what is missing, in Dutch, and sends nothing.
    await page.locator('[data-testid="partner-submit"]').click();
    const problems = page.locator('[data-testid="partner-form"] [role="alert"]');
    expect(await problems.allTextContents()).toEqual([
      'Kies minstens één behoefte.',
      'Kies een gemeente.',
    ]);
    expect(await page.locator('[data-testid="partner-results"]').count()).toBe(0);

    await fillIn(page, needs);
    await page.locator('[data-testid="partner-submit"]').click();
    const results = page.locator('[data-testid="partner-result"]');
    await results.first().waitFor({ timeout: 30_000 });
    const names = await results.locator('[data-testid="partner-select"]').allTextContents();
    expect(names).toEqual(expected.partners.map((p) => p.name));
    expect(await results.first().locator('.partner-reasons__part').count()).toBe(5);
    expect(await page.locator('[data-testid="partner-uncovered"]').count()).toBe(
      expected.uncoveredNeeds.length > 0 ? 1 : 0,
    );
    expect(new URL(page.url()).searchParams.get('gemeentecode')).toBe(municipalityCode);

    // The first partner with a path: choosing it marks exactly that path on the drawing.
    const index = expected.partners.findIndex((p) => p.steps !== null);
    const steps = expected.partners[index]?.steps ?? -1;
    expect(index).toBeGreaterThanOrEqual(0);
    const chosen = results.nth(index);
    expect(await chosen.getAttribute('data-path-steps')).toBe(String(steps));
    await chosen.locator('[data-testid="partner-select"]').click();
    const drawing = page.locator('[data-testid="partner-path"]');
    await page
      .locator(`[data-testid="partner-path"][data-highlighted-node-count="${steps + 1}"]`)
      .waitFor({ timeout: 15_000 });
    expect(await drawing.getAttribute('data-highlighted-edge-count')).toBe(String(steps));
    expect(await chosen.getAttribute('data-highlighted')).toBe('true');
    expect(await page.locator('[data-highlighted="true"]').count()).toBe(1);
    expect(await page.locator('[data-testid="partner-path-steps"] tbody tr').count()).toBe(steps);
    await page.locator('[data-testid="network-graph"][data-layout="done"]').waitFor();
    await page.screenshot({ path: `${screenshotDir}/partners-path.png`, fullPage: true });

    // Colleagues elsewhere: the same people the API names, in a table.
    await page.locator('[data-testid="partners-tab-peers"]').click();
    if (expected.peers === 0) {
      await page.locator('[data-testid="peers-none"]').waitFor({ timeout: 15_000 });
    } else {
      await page.locator('[data-testid="peer-row"]').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-testid="peer-row"]').count()).toBe(expected.peers);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('says so in Dutch when no partner fits', async () => {
    const { page, consoleErrors } = await openPage(browser);
    // Every need is offered somewhere in the demo network, so the answer is emptied on its way.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('query PartnerFinder')) return route.continue();
      const response = await route.fetch();
      const body = await response.json();
      body.data.partnerFinder.partners = [];
      return route.fulfill({ response, json: body });
    });
    await page.goto(`${baseUrl}/partner-zoeken?regio=${region}`);
    await signInThroughForm(page, demoProfessional);
    await fillIn(page, ['HOOGBEGAAFDHEID']);
    await page.locator('[data-testid="partner-submit"]').click();
    const empty = page.locator('[data-testid="partner-no-results"]');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('Geen partners gevonden voor deze behoeften');
    expect(await page.locator('[data-testid="partner-result"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
