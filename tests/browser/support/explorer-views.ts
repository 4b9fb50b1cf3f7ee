import type { Page } from 'playwright-core';

/** Opens 李干杰 in the explorer with his first post's evidence and the report filter open, its reports listed. */
export async function openPostsAndReportFilter(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/explore?id=person:li-ganjie`);
  const details = page.locator('#details');
  await details.locator('.positions summary').first().click();
  await details.locator('.post-evidence blockquote').first().waitFor();
  await page.locator('#scope summary').click();
  await page.locator('#scope').getByRole('checkbox').first().waitFor();
}
