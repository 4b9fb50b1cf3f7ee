import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { type SpawnedService, spawnService } from '../support/spawn-service.ts';
import { useBrowserAndService } from '../support/start-browser.ts';
import { testConnection, withDriver } from '../support/test-service.ts';
import { enterToken, extractPasted, loadKeepingFlagged } from './support/review-page.ts';

// A team-written report of 安庆市 (tests/fixtures/reports/README.md) that no other test loads: what the graph resolves
// it against stays the same from its first draft to the second.
const report = await readFile(path.join(new URL(FIXTURE_REPORTS).pathname, 'anqing-2022-yangtze-protection', 'report.txt'), 'utf8');
const TOKEN = `review-reextract-${randomBytes(16).toString('hex')}`;
const session = useBrowserAndService({ ADMIN_TOKEN: TOKEN, NEO4J_TX_TIMEOUT_MS: '60000' });
// The same service with the extractor's theme table changed (tests/support/changed-rule-table.ts): a later extractor.
let later: SpawnedService;
let laterUrl: string;
let documentId: string;
let decisions = 0;
let entitiesBefore: string[] = [];

const page = () => session.browser.page;
const records = () => page().getByRole('listbox', { name: 'Records' });
const editor = () => page().locator('#editor');

/** Chooses the record of this name in the list and waits for it in the editor. */
async function chooseRecord(name: string) {
  await records()
    .getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?!→)`) })
    .click();
  await editor().locator('h2').getByText(name, { exact: true }).waitFor();
}

async function graphOf(id: string) {
  return withDriver(async (run) => {
    const [document] = await run(
      'MATCH (d:Document {id: $id}) RETURN d.id AS id, COUNT { (:ReviewDecision {documentId: $id}) } AS decisions, d.unreviewedCount AS unreviewed',
      { id },
    );
    const entities = await run(
      'MATCH (n:Entity)-[:SOURCE]->(:Document {id: $id}) RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn ORDER BY id',
      {
        id,
      },
    );
    const copies = await run('MATCH (d:Document) WHERE d.fullText = $text RETURN d.id AS id', { text: report });
    return { document, entities, copies: copies.map((row) => row.id) };
  });
}

beforeAll(async () => {
  page().setDefaultTimeout(15_000);
  const { uri, user, password } = testConnection();
  later = spawnService(
    {
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      ADMIN_TOKEN: TOKEN,
      PORT: '0',
      WORKERS: '1',
      SEED_ON_START: 'false',
      NEO4J_TX_TIMEOUT_MS: '60000',
    },
    ['--import', './tests/support/changed-rule-table.ts'],
  );
  const ready = await later.waitFor(/^ecokg ready: GraphQL at (http:\/\/127\.0\.0\.1:\d+)\/graphql$/, 120_000);
  laterUrl = /(http:\/\/127\.0\.0\.1:\d+)/.exec(ready)![1]!;
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await session.browser.screenshot(`review-reextract-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  if (documentId) {
    await fetch(`${session.api.url}/admin/documents/${encodeURIComponent(documentId)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
  }
  later?.child.kill('SIGTERM');
  await later?.exited;
});

describe('corrections that outlive a new extractor', () => {
  it('loads the report with an analyst’s corrections', async () => {
    await page().goto(`${session.api.url}/review`);
    await page().getByRole('textbox', { name: 'Your name, for the decision log' }).fill('王分析');
    await enterToken(page(), TOKEN);
    await extractPasted(page(), report);
    await page().locator('#counts[data-validity="valid"]').waitFor({ timeout: 60_000 });

    // A figure with no indicator is no figure; a statistic named from a headline gets a name; a party group's English
    // name is translated; a theme raised by 源头 alone is rejected.
    await chooseRecord('安庆市个');
    await editor().getByRole('button', { name: 'Reject (R)' }).click();
    await chooseRecord('安庆市守护一江碧水 长江干流安庆段水质连续');
    const name = editor().getByRole('textbox', { name: 'Name (as the text writes it) (required)' });
    await name.fill('长江干流安庆段水质类别');
    await name.blur();
    await editor().locator('h2').getByText('长江干流安庆段水质类别', { exact: true }).waitFor();
    await chooseRecord('安庆市生态环境局党组');
    const english = editor().getByRole('textbox', { name: 'English name (required)' });
    await english.fill('Leading Party Members’ Group of the Anqing Municipal Bureau of Ecology and Environment');
    await english.blur();
    await editor().getByRole('button', { name: 'Accept (A)' }).click();
    await chooseRecord('源头');
    await editor().getByRole('button', { name: 'Reject (R)' }).click();
    await page().locator('#counts[data-validity="valid"]').waitFor({ timeout: 60_000 });

    await loadKeepingFlagged(page());
    await page().locator('#loaded').getByRole('link', { name: 'Open the document in the explorer' }).waitFor({ timeout: 30_000 });
    documentId = (await page().locator('#loaded code').textContent()) ?? '';
    const loaded = await graphOf(documentId);
    decisions = Number(loaded.document?.decisions);
    expect(decisions).toBe(5);
    entitiesBefore = loaded.entities.map((row) => String(row.id));
    expect(entitiesBefore).not.toContain('theme:source-control');
    const [by] = await withDriver((run) => run('MATCH (x:ReviewDecision {documentId: $id}) RETURN collect(DISTINCT x.by) AS by', { id: documentId }));
    expect(by).toEqual({ by: ['王分析'] });
  });

  it('re-extracts it with a changed rule table on /review: the corrections are replayed, and the page shows what changed and what no longer applies', async () => {
    // The later service's review page, opened on the loaded report (the explorer's link to it has this address).
    await page().goto(`${laterUrl}/review?document=${encodeURIComponent(documentId)}`);
    await expect(page().locator('#status').textContent()).resolves.toBe(`Enter the admin token to open ${documentId} for review.`);
    await enterToken(page(), TOKEN);
    const redone = page().getByRole('region', { name: 'Re-extracted with the extractor as it is now' });
    await expect(redone.locator('p').first().textContent({ timeout: 30_000 })).resolves.toMatch(
      new RegExp(
        `^Against the loaded version: [1-9]\\d* added, 0 removed, 0 changed\\. ${decisions - 1} of ${decisions} earlier decisions replayed; 1 no longer applies\\. Loading replaces the loaded version\\.$`,
      ),
    );
    // Added: the theme of the new table's row, named by the report's words.
    await redone.getByRole('group').filter({ hasText: 'Added' }).getByText('Theme 一江碧水 (theme:one-river-of-clear-water)').waitFor();
    // No longer applies: the rejection of a theme the new table does not find any more.
    await redone.getByText(/^rejected 源头: The draft has no record “源头” \(Theme, theme\/keyword, \d+-\d+\)$/).waitFor();

    // The corrections are there: the figure rejected, the statistic renamed, the English name translated.
    await expect(
      records()
        .getByRole('option', { name: /^安庆市个 Statistic/ })
        .textContent(),
    ).resolves.toContain('rejected');
    await records()
      .getByRole('option', { name: /^长江干流安庆段水质类别 Statistic/ })
      .waitFor();
    await chooseRecord('安庆市生态环境局党组');
    await expect(editor().getByRole('textbox', { name: 'English name (required)' }).inputValue()).resolves.toBe(
      'Leading Party Members’ Group of the Anqing Municipal Bureau of Ecology and Environment',
    );
    await editor().getByText('Decision: accepted').waitFor();
    await session.browser.screenshot('review-reextract');
  });

  it('replaces the loaded version in one transaction: one document, its entities and the new theme, no -2 beside them, the log kept', async () => {
    await page().locator('#counts[data-validity="valid"]').waitFor({ timeout: 60_000 });
    await loadKeepingFlagged(page());
    await expect
      .poll(() => page().locator('#status').textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`^Replaced the loaded version of ${documentId}: `));
    const replaced = await graphOf(documentId);
    expect(replaced.copies).toEqual([documentId]);
    expect(replaced.document?.decisions).toBe(decisions);
    const ids = replaced.entities.map((row) => String(row.id));
    expect(ids).toEqual([...entitiesBefore, 'theme:one-river-of-clear-water'].sort());
    expect(replaced.entities).toContainEqual({
      id: expect.stringMatching(/^organization:/),
      name: '安庆市生态环境局党组',
      nameEn: 'Leading Party Members’ Group of the Anqing Municipal Bureau of Ecology and Environment',
    });
  });
});
