import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';

const db = connectTestDatabase();
const regionOrganisations = testCypher<
  { code: string },
  { id: string; name: string; professionals: number }
>('region-organisation-names');

const region = 'MC19';
let baseUrl = '';
beforeAll(async () => {
  baseUrl = await listen(db);
});

describe('the network page', () => {
  it('draws the region network from Neo4j and opens details for an organisation', async () => {
    const organisations = await db.read(regionOrganisations, { code: region });
    expect(organisations.length).toBeGreaterThan(10);
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    await page.goto(`${baseUrl}/?regio=${region}`);
    const graph = page.locator('[data-testid="network-graph"][data-layout="done"]');
    await graph.waitFor({ timeout: 30_000 });
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(organisations.length);
    expect(Number(await graph.getAttribute('data-edge-count'))).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="region-picker"]').inputValue()).toBe(region);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/network-page.png' });

    // The organisation with the most professionals: its details must list all of them.
    const busiest = [...organisations].sort((a, b) => b.professionals - a.professionals)[0];
    if (!busiest) throw new Error('no organisations');
    await page.click(
      `[data-testid="organisation-row-button"][data-organisation-id="${toGlobalId(busiest.id)}"]`,
    );
    const panel = page.locator('[data-testid="details-panel"][data-state="success"]');
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
  });
});

function toGlobalId(id: string): string {
  return Buffer.from(`Organisation:${id}`).toString('base64');
}
