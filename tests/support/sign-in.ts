import type { Page } from 'playwright-core';

/**
 * The demo professional (leerplichtambtenaar, region Utrecht) the browser tests sign in as; the
 * global setup loads the demo accounts, all with the demo password (`seeds/accounts.ts`).
 */
export const demoProfessional = { email: 'leerplicht@rizoom.example', password: 'rizoom-demo' };

export const signInForm = {
  form: '[data-testid="sign-in-form"]',
  email: '[data-testid="sign-in-email"]',
  password: '[data-testid="sign-in-password"]',
  submit: '[data-testid="sign-in-submit"]',
  error: '[data-testid="sign-in-error"]',
  notice: '[data-testid="sign-in-notice"]',
} as const;

/** Fills in the sign-in form and presses Enter, as a person would; waits for the signed-in header. */
export async function signInThroughForm(
  page: Page,
  account: { email: string; password: string } = demoProfessional,
): Promise<void> {
  await page.locator(signInForm.email).fill(account.email);
  await page.locator(signInForm.password).fill(account.password);
  await page.locator(signInForm.password).press('Enter');
  await page.locator('[data-testid="viewer"]').waitFor({ timeout: 10_000 });
}

/** The data-testid of the element that has focus, if any. */
export function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

/** The demo Ingrado administrator (sees Beheer). */
export const demoAdmin = { email: 'beheer@rizoom.example', password: 'rizoom-demo' };
