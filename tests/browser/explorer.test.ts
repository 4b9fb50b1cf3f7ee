import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { useBrowserAndService } from '../support/start-browser.ts';

const report = await readFile(path.join(SEED_ROOT, '2020-national-conference', 'report.txt'), 'utf8');
const session = useBrowserAndService();

/** The ids of the nodes and edges of a neighborhood as the API gives it, with the explorer's depth and limit. */
async function neighborhood(id: string) {
  const { data } = await session.api.graphql<{ neighborhood: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> } }>(
    'query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id } edges { id } } }',
    { id },
  );
  return { nodes: data!.neighborhood.nodes.map((node) => node.id), edges: data!.neighborhood.edges.map((edge) => edge.id) };
}

/** How many nodes and edges the explorer says it has drawn (read from Cytoscape after each change). */
async function drawn() {
  const status = session.browser.page.locator('#graph-status');
  return { nodes: Number(await status.getAttribute('data-nodes')), edges: Number(await status.getAttribute('data-edges')) };
}

/** The ids of the nodes the list beside the drawing holds, sorted. */
async function listed() {
  const ids = await session.browser.page
    .getByRole('listbox', { name: /Drawn nodes/ })
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset.id ?? ''));
  return ids.sort();
}

const details = () => session.browser.page.locator('#details');

describe('the graph explorer at /explore', () => {
  it('links to the other pages, the review page among them', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.url}/explore`);
    const pages = page.getByRole('navigation', { name: 'Other pages' });
    await expect(pages.getByRole('link', { name: 'GraphQL playground' }).getAttribute('href')).resolves.toBe('/');
    await expect(pages.getByRole('link', { name: 'Review a report' }).getAttribute('href')).resolves.toBe('/review');
  });

  it('finds 李干杰 by search, names him in the address, and draws as many nodes as the API’s neighborhood has', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.url}/explore`);
    await page.getByRole('combobox', { name: 'Search the graph' }).fill('李干杰');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Li Ganjie/ }).click();
    await page.waitForURL(`${session.api.url}/explore?id=person:li-ganjie`);

    const expected = await neighborhood('person:li-ganjie');
    await expect.poll(drawn).toEqual({ nodes: expected.nodes.length, edges: expected.edges.length });
    expect(expected.nodes.length).toBeGreaterThan(5);
    await expect(listed()).resolves.toEqual([...expected.nodes].sort());
  });

  it('shows both names of the selected node and the report’s words that mention it', async () => {
    await details().locator('h2', { hasText: '李干杰' }).waitFor();
    await expect(details().locator('.name-en').textContent()).resolves.toBe('Li Ganjie');
    const excerpt = await details().locator('.evidence blockquote').first().textContent();
    expect(excerpt).toContain('李干杰');
    expect(report).toContain(excerpt);
  });

  it('shows the evidence of a relation picked in the panel: 李干杰 is 部长 of 生态环境部', async () => {
    await details().getByRole('button', { name: '→ SPEAKS_FOR (部长)' }).click();
    await details().locator('h2', { hasText: 'SPEAKS_FOR' }).waitFor();
    const excerpt = await details().locator('.evidence blockquote').textContent();
    expect(excerpt).toBe('生态环境部党组书记、部长李干杰');
    expect(report).toContain(excerpt);
  });

  it('expands a node: 生态环境部’s neighborhood is merged into the drawing', async () => {
    const before = await drawn();
    await details()
      .getByRole('button', { name: /Organization\s*生态环境部$/ })
      .click();
    const [li, mee] = await Promise.all([neighborhood('person:li-ganjie'), neighborhood('organization:mee')]);
    const union = { nodes: new Set([...li.nodes, ...mee.nodes]).size, edges: new Set([...li.edges, ...mee.edges]).size };
    await expect.poll(drawn).toEqual(union);
    expect(union.nodes).toBeGreaterThan(before.nodes);
    await expect(listed()).resolves.toEqual([...new Set([...li.nodes, ...mee.nodes])].sort());
    await details().locator('h2', { hasText: '生态环境部' }).waitFor();
    await details().locator('.evidence blockquote').first().waitFor();
    await session.browser.screenshot('explorer');
  });

  it('shows the entity its address names after a reload, so a view can be shared', async () => {
    const { page } = session.browser;
    const started = performance.now();
    await page.reload();
    const expected = await neighborhood('person:li-ganjie');
    await expect.poll(drawn).toEqual({ nodes: expected.nodes.length, edges: expected.edges.length });
    console.log(`explorer: ${expected.nodes.length} nodes drawn ${Math.round(performance.now() - started)} ms after reloading ${page.url()}`);
    await expect(page.title()).resolves.toBe('李干杰 · ecokg explorer');
  });

  it('says so when the address names no entity', async () => {
    await session.browser.page.goto(`${session.api.url}/explore?id=person:nobody`);
    await details().getByRole('alert').getByText('No entity has the id “person:nobody”').waitFor();
  });

  it('sent no request beyond 127.0.0.1 and logged no error', () => {
    expect(session.browser.foreignRequests).toEqual([]);
    expect(session.browser.pageErrors).toEqual([]);
  });
});
