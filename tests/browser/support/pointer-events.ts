import type { Page } from 'playwright-core';

/**
 * Counts every pointer, mouse, wheel or touch event each page the browser opens receives, so a keyboard-only test
 * can check that its walk caused none (`pointerEventCount`).
 */
export async function countPointerEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const type of ['pointerdown', 'mousedown', 'wheel', 'touchstart']) {
      window.addEventListener(
        type,
        () => {
          const root = document.documentElement;
          root.dataset.pointerEvents = String(Number(root.dataset.pointerEvents ?? 0) + 1);
        },
        true,
      );
    }
  });
}

/** How many pointer events the page has received since it loaded (or since `resetPointerEvents`), as text. */
export function pointerEventCount(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dataset.pointerEvents ?? '0');
}

/** Forgets the pointer events so far: what set the page up does not count. */
export async function resetPointerEvents(page: Page): Promise<void> {
  await page.evaluate(() => delete document.documentElement.dataset.pointerEvents);
}
