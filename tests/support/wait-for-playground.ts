import type { Page } from 'playwright-core';

/**
 * Waits until the playground can run a query: the example questions are listed and both editors exist.
 * GraphiQL creates its editors once Monaco has loaded, and until the answer's editor exists its ▶ does
 * nothing, so a test that pressed it sooner would wait for an answer that never comes.
 */
export async function waitForPlayground(page: Page): Promise<void> {
  await page.locator('.ecokg-examples li').nth(9).waitFor();
  await page.locator('.graphiql-query-editor .view-lines').waitFor();
  await page.locator('.graphiql-response .monaco-editor').waitFor({ state: 'attached' });
}
