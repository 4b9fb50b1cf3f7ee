// The review page's test helpers run code in the page, so they live under tests/browser, whose tsconfig has the DOM.
import type { Page } from 'playwright-core';

/** What a draft looks like to the test: the service's own answer to POST /admin/extract. */
export interface ExtractedDraft {
  graph: {
    document: Record<string, unknown> & { id: string };
    nodes: Array<Record<string, unknown> & { id: string; label: string; evidence: string }>;
    /** The places the report implies but does not name (the seed format's impliedPlaces): records and nodes too. */
    impliedPlaces?: Array<Record<string, unknown> & { id: string; label: string; evidence: string }>;
    relationships: Array<Record<string, unknown> & { type: string; from: string; to: string }>;
  };
  text: string;
}

/** Asks the service for the draft the page will show, to know what to expect of it. */
export async function extractDirectly(url: string, token: string, text: string): Promise<ExtractedDraft> {
  const response = await fetch(`${url}/admin/extract`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text }),
  });
  if (!response.ok) throw new Error(`POST /admin/extract answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as ExtractedDraft;
}

/** Types the admin token into the page's token field and uses it for the tab. */
export async function enterToken(page: Page, token: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Admin token' }).fill(token);
  await page.getByRole('button', { name: 'Use in this tab' }).click();
  await page.locator('#token-set').waitFor();
}

/** Pastes a report into the page and runs the extraction, waiting for the highlighted text. */
export async function extractPasted(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Paste the report’s text' }).fill(text);
  await page.getByRole('button', { name: 'Run extraction' }).click();
  await page.locator('#report-view mark').first().waitFor({ timeout: 60_000 });
}

/**
 * Selects words of the shown text as a reader would with the pointer: a DOM selection over the text nodes
 * that hold them (`occurrence` counts from 0), which fires selectionchange like a drag does.
 */
export async function selectWords(page: Page, words: string, occurrence = 0): Promise<void> {
  await page.evaluate(
    ({ words, occurrence }) => {
      const view = document.getElementById('report-view')!;
      const text = view.textContent ?? '';
      let at = -1;
      for (let n = 0; n <= occurrence; n += 1) at = text.indexOf(words, at + 1);
      if (at < 0) throw new Error(`“${words}” is not in the text`);
      // Walks the text nodes to the ones the words start and end in.
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (at >= seen && at < seen + length) range.setStart(node, at - seen);
        if (at + words.length > seen && at + words.length <= seen + length) {
          range.setEnd(node, at + words.length - seen);
          break;
        }
        seen += length;
      }
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { words, occurrence },
  );
}

/**
 * Opens /review on a fresh page state, enters the token, pastes and extracts `text`, and waits for the
 * loader's check of the draft: the page as a reviewer first works in it.
 */
export async function openDraft(page: Page, url: string, token: string, text: string): Promise<void> {
  await page.goto(`${url}/review`);
  await page.evaluate(() => localStorage.removeItem('ecokg.review'));
  await page.reload();
  await enterToken(page, token);
  await extractPasted(page, text);
  await page.locator('#counts[data-validity="valid"]').waitFor({ timeout: 60_000 });
}

/**
 * Loads the draft with the records still flagged for review undecided: the page refuses at first and names how many,
 * and the reviewer chooses to load them kept flagged.
 */
export async function loadKeepingFlagged(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load into graph' }).click();
  await page.getByRole('button', { name: 'Load and keep them flagged' }).click();
}
