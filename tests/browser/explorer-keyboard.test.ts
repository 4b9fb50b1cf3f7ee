import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { useBrowserAndService } from '../support/start-browser.ts';
import { countPointerEvents, pointerEventCount } from './support/pointer-events.ts';

const report = await readFile(path.join(SEED_ROOT, '2020-national-conference', 'report.txt'), 'utf8');
const session = useBrowserAndService();

/** What has the keyboard focus: its role, its text, the node of a list entry, and whether a focus ring shows. */
async function focused() {
  return session.browser.page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      role: element.getAttribute('role') ?? element.tagName.toLowerCase(),
      id: element.id,
      node: element.dataset.id ?? null,
      text: element.textContent?.trim() ?? '',
      ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Presses a key until the focus is where `arrived` says, at most `limit` times, as a reader scanning would. */
async function pressUntil(key: string, arrived: (focus: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (arrived(await focused())) return presses;
    await session.browser.page.keyboard.press(key);
  }
  throw new Error(`${key} pressed ${limit} times without reaching the element sought; the focus is on ${JSON.stringify(await focused())}`);
}

/** The ids of the nodes of a neighborhood as the API gives it, with the explorer's depth and limit. */
async function neighborhood(id: string) {
  const { data } = await session.api.graphql<{ neighborhood: { nodes: Array<{ id: string }> } }>(
    'query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id } } }',
    { id },
  );
  return data!.neighborhood.nodes.map((node) => node.id);
}

const list = () => session.browser.page.getByRole('listbox', { name: /Drawn nodes/ });
const details = () => session.browser.page.locator('#details');

describe('the explorer from the keyboard alone', () => {
  beforeAll(async () => {
    // The walk below must cause no pointer event.
    await countPointerEvents(session.browser.page);
  });

  it('reaches the search box with Tab and picks 李干杰 among the hits with ↓ and Enter', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.url}/explore`);
    await page.locator('.starting-points a').first().waitFor();
    await pressUntil('Tab', (focus) => focus?.id === 'search-input', 3);
    await expect(focused()).resolves.toMatchObject({ role: 'combobox', ring: true });

    await page.keyboard.type('李干杰');
    await page
      .getByRole('listbox', { name: 'Entities found' })
      .getByRole('option', { name: /Li Ganjie/ })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    const active = await page.getByRole('combobox').getAttribute('aria-activedescendant');
    await expect(page.locator(`[id="${active}"]`).textContent()).resolves.toContain('李干杰');
    await page.keyboard.press('Enter');

    await page.waitForURL(`${session.api.url}/explore?id=person:li-ganjie`);
    // The control pressed has gone; the focus goes on to the list, on the entity picked.
    await expect.poll(focused).toMatchObject({ role: 'option', node: 'person:li-ganjie', ring: true });
    await expect(list().getByRole('option', { selected: true }).textContent()).resolves.toContain('李干杰');
    const excerpt = await details().locator('.evidence blockquote').first().textContent();
    expect(excerpt).toContain('李干杰');
    expect(report).toContain(excerpt);
  });

  it('moves down the list to 生态环境部 with ↓, and the drawing rings and names the node the focus is on', async () => {
    const { page } = session.browser;
    await pressUntil('ArrowDown', (focus) => focus?.node === 'organization:mee');
    await expect(focused()).resolves.toMatchObject({ role: 'option', ring: true });
    await expect(page.locator('.graph-tooltip:not([hidden]) strong').textContent()).resolves.toBe('生态环境部');
    // The list keeps one tab stop, where the focus is: Tab leaves it at once.
    await expect(list().locator('[tabindex="0"]').count()).resolves.toBe(1);
  });

  it('expands 生态环境部 with Enter: its neighbours join the drawing and the list, and its mentions show', async () => {
    const { page } = session.browser;
    await page.keyboard.press('Enter');
    const [li, mee] = await Promise.all([neighborhood('person:li-ganjie'), neighborhood('organization:mee')]);
    const union = [...new Set([...li, ...mee])].sort();
    await expect
      .poll(async () =>
        (
          await list()
            .getByRole('option')
            .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset.id))
        ).sort(),
      )
      .toEqual(union);
    await expect(page.locator('#graph-status').getAttribute('data-nodes')).resolves.toBe(String(union.length));
    await details().locator('h2', { hasText: '生态环境部' }).waitFor();
    const excerpt = await details().locator('.evidence blockquote').first().textContent();
    expect(report).toContain(excerpt);
    await expect(focused()).resolves.toMatchObject({ node: 'organization:mee' });
    await expect(
      list()
        .getByRole('option', { name: /生态环境部 .*expanded/ })
        .first()
        .getAttribute('aria-selected'),
    ).resolves.toBe('true');
  });

  it('tabs into the details to the relation that makes 李干杰 its 部长, and reads its evidence with Enter', async () => {
    const { page } = session.browser;
    await pressUntil('Tab', (focus) => focus?.role === 'button' && /SPEAKS_FOR \(部长\)/.test(focus.text));
    await expect(focused()).resolves.toMatchObject({ ring: true });
    await page.keyboard.press('Enter');
    // The button pressed has gone with the panel's old content; the focus goes to the new heading.
    await expect.poll(focused).toMatchObject({ role: 'h2', text: 'SPEAKS_FOR', ring: true });
    const excerpt = await details().locator('.evidence blockquote').textContent();
    expect(excerpt).toBe('生态环境部党组书记、部长李干杰');
    expect(report).toContain(excerpt);
  });

  it('goes back from the relation to 李干杰 with Tab and Enter', async () => {
    const { page } = session.browser;
    await pressUntil('Tab', (focus) => focus?.role === 'button' && focus.text.includes('李干杰'), 5);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ role: 'h2', text: '李干杰', ring: true });
    await expect(list().getByRole('option', { selected: true }).getAttribute('data-id')).resolves.toBe('person:li-ganjie');
  });

  it('gives the drawing a text alternative that sends the reader to the list of the same nodes', async () => {
    const { page } = session.browser;
    const label = await page.getByRole('img', { name: /^A drawing of \d+ nodes/ }).getAttribute('aria-label');
    const count = await list().getByRole('option').count();
    expect(label).toContain(`A drawing of ${count} nodes`);
    expect(label).toContain('the list of drawn nodes beside it holds the same nodes as text');
  });

  it('closes the hits with Escape, opens them again with ↓, and closes them when the focus leaves the search', async () => {
    const { page } = session.browser;
    const box = page.getByRole('combobox', { name: 'Search the graph' });
    const hits = page.getByRole('listbox', { name: 'Entities found' });
    await box.focus();
    await page.keyboard.type('生态环境');
    await hits.getByRole('option').first().waitFor();
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await hits.waitFor({ state: 'hidden' });
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('ArrowDown');
    await hits.getByRole('option').first().waitFor();
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ role: 'button', text: 'Search' });
    await expect(hits.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await hits.waitFor({ state: 'hidden' });
  });

  it('received no pointer, mouse, wheel or touch event, sent no request beyond 127.0.0.1 and logged no error', async () => {
    await expect(pointerEventCount(session.browser.page)).resolves.toBe('0');
    expect(session.browser.foreignRequests).toEqual([]);
    expect(session.browser.pageErrors).toEqual([]);
  });
});
