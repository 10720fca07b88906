import { describe, expect, it } from 'vitest';
import { listen } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { connectTestDatabase } from '../support/database.js';

// GraphiQL in development runs under its own content security policy, from the package rather
// than a CDN: this machine (and many a developer's train ride) has no internet.
const db = connectTestDatabase();

describe('GraphiQL in development', () => {
  it('loads offline under its policy and fetches the schema, without console errors', async () => {
    const base = await listen(db, { NODE_ENV: 'development' });
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const introspection = page.waitForResponse(
      (response) => response.url().endsWith('/graphql') && response.request().method() === 'POST',
    );
    await page.goto(`${base}/graphql`);
    expect((await introspection).status()).toBe(200);
    await page.getByText('Welcome to Rizoom GraphQL').waitFor({ timeout: 20_000 });
    expect(consoleErrors).toEqual([]);
  });
});
