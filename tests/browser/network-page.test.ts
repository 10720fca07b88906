import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import {
  demoProfessional,
  focusedTestId,
  signInForm,
  signInThroughForm,
} from '../support/sign-in.js';

// The demo accounts are loaded with the demo network by the global setup (prepareDatabase).
const db = connectTestDatabase();
const regionOrganisations = testCypher<
  { code: string },
  { id: string; name: string; professionals: number }
>('region-organisation-names');

const region = 'MC19';
const screenshots = 'tests/browser/screenshots';
let baseUrl = '';
let browser: Browser;
beforeAll(async () => {
  baseUrl = await listen(db);
  browser = await launchBrowser();
});

/** A page in a fresh browser context (no session cookie), collecting console errors. */
async function openPage(): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  return { page, consoleErrors };
}

describe('the network page', () => {
  it('signs in, draws the region network from Neo4j and opens details for an organisation', async () => {
    const organisations = await db.read(regionOrganisations, { code: region });
    expect(organisations.length).toBeGreaterThan(10);
    const { page, consoleErrors } = await openPage();

    await page.goto(`${baseUrl}/?regio=${region}`);
    await page.locator(signInForm.form).waitFor({ timeout: 10_000 });
    expect(await focusedTestId(page)).toBe('sign-in-email');
    await signInThroughForm(page);
    expect(await page.locator('[data-testid="viewer-email"]').textContent()).toBe(
      demoProfessional.email,
    );
    expect(await page.locator('[data-testid="viewer-role"]').textContent()).toMatch(
      /^professional bij /,
    );

    const graph = page.locator('[data-testid="network-graph"][data-layout="done"]');
    await graph.waitFor({ timeout: 30_000 });
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(organisations.length);
    expect(Number(await graph.getAttribute('data-edge-count'))).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="region-picker"]').inputValue()).toBe(region);

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/network-page.png` });

    // The organisation with the most professionals: its details must list all of them.
    const busiest = [...organisations].sort((a, b) => b.professionals - a.professionals)[0];
    if (!busiest) throw new Error('no organisations');
    await page.click(
      `[data-testid="organisation-row-button"][data-organisation-id="${toGlobalId(busiest.id)}"]`,
    );
    const panel = page.locator('[data-testid="details-body"][data-state="success"]');
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.textContent()).toContain(busiest.name);
    expect(await panel.locator('[data-testid="details-professionals"] li').count()).toBe(
      busiest.professionals,
    );
    await page.keyboard.press('Escape');
    await page
      .locator('[data-testid="details-panel"]')
      .waitFor({ state: 'detached', timeout: 5_000 });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('says in Dutch when the password is wrong, keeps the e-mail, and signs out again', async () => {
    const { page, consoleErrors } = await openPage();
    await page.goto(baseUrl);
    await page.locator(signInForm.email).fill(demoProfessional.email);
    await page.locator(signInForm.password).fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();

    const error = page.locator(signInForm.error);
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.locator(signInForm.email).inputValue()).toBe(demoProfessional.email);
    expect(await page.locator(signInForm.password).inputValue()).toBe('');
    expect(await focusedTestId(page)).toBe('sign-in-password');
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/sign-in-wrong-password.png` });

    await page.locator(signInForm.password).fill(demoProfessional.password);
    await page.locator(signInForm.password).press('Enter');
    await page.locator('[data-testid="viewer"]').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Afmelden' }).click();

    await page.locator(signInForm.form).waitFor({ timeout: 10_000 });
    expect(await page.locator(signInForm.notice).textContent()).toBe('Je bent afgemeld.');
    expect(await page.locator(signInForm.email).inputValue()).toBe('');
    // The session ended on the server too: a reload still asks to sign in.
    await page.reload();
    await page.locator(signInForm.form).waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="viewer"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('returns to the sign-in page when the session is gone, then back to the same region', async () => {
    const { page, consoleErrors } = await openPage();
    await page.goto(`${baseUrl}/?regio=${region}`);
    await signInThroughForm(page);
    const picker = page.locator('[data-testid="region-picker"]');
    await picker.waitFor({ timeout: 10_000 });
    const otherRegion = await picker
      .locator('option')
      .evaluateAll(
        (options, current) =>
          options.map((option) => (option as HTMLOptionElement).value).find((v) => v !== current),
        region,
      );
    if (!otherRegion) throw new Error('only one region');

    // The session expires: the API answers the next query UNAUTHENTICATED. Sessions last hours,
    // so that one answer is stood in for; everything before and after is the real server.
    await answerNextRegionNetworkUnauthenticated(page);
    await picker.selectOption(otherRegion);
    await page.locator(signInForm.form).waitFor({ timeout: 10_000 });
    expect(await page.locator(signInForm.notice).textContent()).toBe(
      'Je sessie is verlopen. Meld je opnieuw aan.',
    );
    expect(await page.locator(signInForm.email).inputValue()).toBe(demoProfessional.email);
    expect(await focusedTestId(page)).toBe('sign-in-password');

    await page.locator(signInForm.password).fill(demoProfessional.password);
    await page.locator(signInForm.password).press('Enter');
    await picker.waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('regio')).toBe(otherRegion);
    await page.waitForFunction(
      (code) =>
        (document.querySelector('[data-testid="region-picker"]') as HTMLSelectElement | null)
          ?.value === code,
      otherRegion,
      { timeout: 10_000 },
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

async function answerNextRegionNetworkUnauthenticated(page: Page): Promise<void> {
  let answered = false;
  await page.route('**/graphql', async (route) => {
    if (answered || !route.request().postData()?.includes('query RegionNetwork')) {
      return route.continue();
    }
    answered = true;
    return route.fulfill({
      json: {
        data: null,
        errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
  });
}

function toGlobalId(id: string): string {
  return Buffer.from(`Organisation:${id}`).toString('base64');
}
