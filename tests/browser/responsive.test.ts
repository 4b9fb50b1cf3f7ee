import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { SCREENSHOT_DIR, useBrowserAndService } from '../support/start-browser.ts';
import { waitForPlayground } from '../support/wait-for-playground.ts';
import { openPostsAndReportFilter } from './support/explorer-views.ts';
import { openDraft } from './support/review-page.ts';

// The review page needs the admin API to extract a draft; nothing here is loaded into the graph.
const TOKEN = `responsive-${randomBytes(16).toString('hex')}`;
const session = useBrowserAndService({ ADMIN_TOKEN: TOKEN });
const testReport = await readFile(path.join(new URL(FIXTURE_REPORTS).pathname, 'donglan-2021-environment-bulletin', 'report.txt'), 'utf8');

/** A phone (390 px, an iPhone 12 to 15) and a tablet held upright (768 px). */
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
];

/** WCAG 2.2's minimum target size (2.5.8, level AA), in CSS pixels. */
const MIN_TARGET = 24;

/** How far the page scrolls sideways: its scroll width past the window's width (0 when it does not). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

/** How far the page scrolls down past the window's height. */
function downwardOverflow(page: Page) {
  return page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
}

/** The boxes of the elements a selector matches (the first of each), in page coordinates. */
function boxes(page: Page, selectors: Record<string, string>) {
  return page.evaluate((wanted) => {
    const found: Record<string, { top: number; bottom: number; left: number; right: number; width: number; height: number }> = {};
    for (const [name, selector] of Object.entries(wanted)) {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      if (rect) {
        const top = rect.top + window.scrollY;
        found[name] = { top, bottom: top + rect.height, left: rect.left, right: rect.right, width: rect.width, height: rect.height };
      }
    }
    return found;
  }, selectors);
}

/** Every visible control inside `scope` smaller than 24 × 24 px, described for the failure message. */
function smallTargets(page: Page, scope = 'body') {
  return page.evaluate(
    ({ scope, min }) => {
      const controls = document.querySelectorAll<HTMLElement>(
        `${scope} :is(a[href], button, input, select, textarea, [role="option"], [role="button"], [role="tab"], [tabindex]:not([tabindex="-1"]))`,
      );
      return (
        [...controls]
          // Monaco's 1-px text area only receives the keys; what one taps is the editor around it.
          .filter((control) => !control.matches('.monaco-editor textarea.inputarea'))
          .filter((control) => control.checkVisibility() && control.getClientRects().length > 0)
          .map((control) => ({ control, rect: control.getBoundingClientRect() }))
          .filter(({ rect }) => rect.width > 0 && (rect.width < min || rect.height < min))
          .map(({ control, rect }) => {
            const name = control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? '';
            return `${control.tagName.toLowerCase()}.${control.className} “${name}” ${Math.round(rect.width)}×${Math.round(rect.height)}`;
          })
      );
    },
    { scope, min: MIN_TARGET },
  );
}

async function saveFullPage(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

const details = () => session.browser.page.locator('#details');

describe.each(SIZES)('at a $name’s width ($width px)', ({ width, height }) => {
  afterAll(() => session.browser.page.setViewportSize({ width: 1440, height: 900 }));

  it('the explorer stacks the drawing, the list of nodes and the details, and nothing scrolls sideways', async () => {
    const { page } = session.browser;
    await page.setViewportSize({ width, height });
    await page.goto(`${session.api.url}/explore?id=person:li-ganjie`);
    await details().locator('.evidence blockquote').first().waitFor();
    await page
      .getByRole('listbox', { name: /Drawn nodes/ })
      .getByRole('option', { selected: true })
      .waitFor();

    await expect(sidewaysOverflow(page)).resolves.toBeLessThanOrEqual(0);
    const { drawing, nodes, panel } = await boxes(page, { drawing: '.canvas-area', nodes: '.nodes-area', panel: '.details' });
    for (const box of [drawing, nodes, panel]) {
      expect(box!.left).toBeGreaterThanOrEqual(0);
      expect(box!.right).toBeLessThanOrEqual(width);
    }
    // The drawing spans the width above the rest; on a phone the list and the details follow one another.
    expect(drawing!.width).toBe(width);
    expect(drawing!.height).toBeGreaterThanOrEqual(280);
    expect(drawing!.bottom).toBeLessThanOrEqual(Math.min(nodes!.top, panel!.top) + 1);
    if (width < 700) {
      expect(nodes!.bottom).toBeLessThanOrEqual(panel!.top + 1);
      expect(panel!.width).toBe(width);
    }
    // The drawing zooms out to fit a narrow screen; its captions keep their size on screen (12 px at least), not 7.
    await expect.poll(async () => Number(await page.locator('#graph').getAttribute('data-caption-px'))).toBeGreaterThanOrEqual(12);
    if (width === 390) await saveFullPage(page, 'explorer-390');
  });

  it('the explorer’s controls, search hits included, are at least 24 × 24 px', async () => {
    const { page } = session.browser;
    await expect(smallTargets(page)).resolves.toEqual([]);
    await page.getByRole('combobox', { name: 'Search the graph' }).fill('生态环境');
    await page.getByRole('listbox', { name: 'Entities found' }).getByRole('option').first().waitFor();
    await expect(smallTargets(page)).resolves.toEqual([]);
    await expect(sidewaysOverflow(page)).resolves.toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
  });

  it('the explorer’s details show a relation’s evidence in full, wrapped, within the width', async () => {
    const { page } = session.browser;
    await details().getByRole('button', { name: '→ SPEAKS_FOR (部长)' }).click();
    const quote = details().locator('.evidence blockquote');
    await expect(quote.textContent()).resolves.toBe('生态环境部党组书记、部长李干杰');
    const box = await quote.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await expect(sidewaysOverflow(page)).resolves.toBeLessThanOrEqual(0);
  });

  it('the explorer’s report filter and a person’s posts over time fit the width, their controls 24 × 24 px at least', async () => {
    const { page } = session.browser;
    await openPostsAndReportFilter(page, session.api.url);
    await expect(sidewaysOverflow(page)).resolves.toBeLessThanOrEqual(0);
    await expect(smallTargets(page)).resolves.toEqual([]);
    const parts = await boxes(page, { filter: '#scope-form', period: '.scope-period', posts: '.positions' });
    for (const part of Object.values(parts)) {
      expect(part.left).toBeGreaterThanOrEqual(0);
      expect(part.right).toBeLessThanOrEqual(width);
    }
    if (width === 390) await saveFullPage(page, 'explorer-filter-390');
  });

  it('the playground stacks the examples, the editor and the answer, and nothing scrolls sideways', async () => {
    const { page } = session.browser;
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${session.api.url}/`);
    await waitForPlayground(page);
    await page.getByRole('button', { name: /Which officials discussed 精准治污/ }).click();
    const answered = page.waitForResponse(
      (response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('PrecisePollutionControlDiscussants') === true,
    );
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    // At a phone's width the answer's longer lines wrap; its first key does not.
    await page.locator('.graphiql-response').getByText('"data"').waitFor();
    await page.locator('.graphiql-response .view-lines').getByText('精准治污').first().waitFor();

    if (width === 390) await saveFullPage(page, 'playground-390');
    await expect(sidewaysOverflow(page)).resolves.toBeLessThanOrEqual(0);
    // The playground fits the window; its panes scroll inside it.
    await expect(downwardOverflow(page)).resolves.toBeLessThanOrEqual(0);
    const parts = await boxes(page, { editor: '.graphiql-query-editor', run: '.graphiql-execute-button', answer: '.graphiql-response' });
    for (const part of Object.values(parts)) {
      expect(part.left).toBeGreaterThanOrEqual(0);
      expect(part.right).toBeLessThanOrEqual(width);
    }
    // Wide enough to read a line of the query and of the answer, not a sliver beside the examples.
    expect(parts.editor!.width).toBeGreaterThanOrEqual(Math.min(width - 120, 280));
    expect(parts.answer!.width).toBeGreaterThanOrEqual(Math.min(width - 120, 280));
    expect(parts.answer!.height).toBeGreaterThanOrEqual(120);
  });

  it('the playground’s controls are at least 24 × 24 px', async () => {
    await expect(smallTargets(session.browser.page, '#playground')).resolves.toEqual([]);
  });

  it('the review page puts the text above the records and the chosen record, and nothing scrolls sideways', async () => {
    const { page } = session.browser;
    await page.setViewportSize({ width, height });
    await openDraft(page, session.api.url, TOKEN, testReport);
    await page.locator('#editor h2').waitFor();
    await expect(sidewaysOverflow(page)).resolves.toBeLessThanOrEqual(0);
    const { text, records, editor } = await boxes(page, { text: '.text-area', records: '.records-area', editor: '#editor' });
    for (const box of [text, records, editor]) {
      expect(box!.left).toBeGreaterThanOrEqual(0);
      expect(box!.right).toBeLessThanOrEqual(width);
    }
    // The text spans the page above the rest, tall enough to read a paragraph; on a phone the list and the
    // record follow one another, on a tablet they stand side by side.
    expect(text!.width).toBeGreaterThanOrEqual(width - 40);
    expect(text!.height).toBeGreaterThanOrEqual(240);
    expect(text!.bottom).toBeLessThanOrEqual(Math.min(records!.top, editor!.top) + 1);
    if (width < 700) expect(records!.bottom).toBeLessThanOrEqual(editor!.top + 1);
    else expect(records!.right).toBeLessThanOrEqual(editor!.left + 1);
    if (width === 390) await saveFullPage(page, 'review-390');
  });

  it('the review page’s controls are at least 24 × 24 px', async () => {
    const { page } = session.browser;
    await expect(smallTargets(page, '.page')).resolves.toEqual([]);
    await page.evaluate(() => localStorage.removeItem('ecokg.review'));
  });
});

describe('the browser session', () => {
  it('sent no request beyond 127.0.0.1 and logged no error', () => {
    expect(session.browser.foreignRequests).toEqual([]);
    expect(session.browser.pageErrors).toEqual([]);
  });
});
