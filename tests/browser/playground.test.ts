import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowserAndService } from '../support/start-browser.ts';
import { waitForPlayground } from '../support/wait-for-playground.ts';

const session = useBrowserAndService();
const examples = (await readdir(new URL('../../examples/questions/', import.meta.url))).filter((file) => file.endsWith('.graphql'));

describe('the GraphQL playground at /', () => {
  it('loads GraphiQL with every example question of examples/questions', async () => {
    const { page } = session.browser;
    const started = performance.now();
    await page.goto(`${session.api.url}/`);
    await waitForPlayground(page);
    await page
      .locator('.ecokg-examples li')
      .nth(examples.length - 1)
      .waitFor();
    console.log(`playground: GraphiQL and its examples shown ${Math.round(performance.now() - started)} ms after navigation`);
    expect(examples.length).toBeGreaterThanOrEqual(10);
    await expect(page.locator('.ecokg-examples li').count()).resolves.toBe(examples.length);
  });

  it('runs the example about 精准治污 as a JSON POST to /graphql and shows 钱锋 in the result pane', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: /Which officials discussed 精准治污/ }).click();
    const posted = page.waitForRequest(
      (request) => request.url() === `${session.api.url}/graphql` && request.postData()?.includes('PrecisePollutionControlDiscussants') === true,
    );
    await page.locator('.graphiql-execute-button').click();
    const request = await posted;
    expect(request.method()).toBe('POST');
    expect(request.headers()['content-type']).toBe('application/json');
    const response = page.locator('.graphiql-response');
    await response.getByText('"discussedBy"').waitFor();
    // The pane draws only the lines in view; its find box scrolls to the answer as a reader would.
    await response.locator('.monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+F');
    await page.keyboard.type('钱锋');
    await response.locator('.view-lines').getByText('"钱锋"').waitFor();
    await session.browser.screenshot('playground');
  });

  it('runs an example picked from the list with Ctrl-Enter at once, without a click in the editor first', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: /Which officials discussed 精准治污/ }).click();
    const answered = page.waitForResponse(
      (response) =>
        response.url() === `${session.api.url}/graphql` && response.request().postData()?.includes('PrecisePollutionControlDiscussants') === true,
    );
    await page.keyboard.press('Control+Enter');
    expect((await answered).status()).toBe(200);
  });

  it('links to the other pages, the review page among them', async () => {
    const { page } = session.browser;
    await expect(page.getByRole('link', { name: 'graph explorer' }).getAttribute('href')).resolves.toBe('/explore');
    await expect(page.getByRole('link', { name: 'review a report' }).getAttribute('href')).resolves.toBe('/review');
  });

  it('documents the schema, from the descriptions of schema.graphql', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.getByRole('region', { name: 'Documentation Explorer' });
    await docs.getByRole('link', { name: 'Query' }).click();
    await docs.getByText('Full-text search over Chinese names, statements, English names and pinyin').waitFor();
  });

  it('completes field names from the schema while one types', async () => {
    const { page } = session.browser;
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('{ graphSt');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget').getByText('graphStats').first().waitFor();
  });

  it('sent no request beyond 127.0.0.1 and logged no error', () => {
    expect(session.browser.foreignRequests).toEqual([]);
    expect(session.browser.pageErrors).toEqual([]);
  });
});
