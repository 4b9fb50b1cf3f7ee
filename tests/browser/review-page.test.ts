import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gql } from 'graphql-tag';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateSeedFolders } from '../../src/seed/validate-seed.ts';
import { LABEL_STYLES } from '../../web/shared/label-styles.ts';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { useBrowserAndService } from '../support/start-browser.ts';
import { withDriver } from '../support/test-service.ts';
import { countPointerEvents, pointerEventCount, resetPointerEvents } from './support/pointer-events.ts';
import {
  type ExtractedDraft,
  enterToken,
  extractDirectly,
  extractPasted,
  loadKeepingFlagged,
  openDraft,
  selectWords,
} from './support/review-page.ts';

// A team-written bulletin of the fictional province 东岚省 (tests/fixtures/reports/README.md): its people and
// places are no other test's; the seed's themes and policies it names have it as one more source until the
// test removes it.
const report = await readFile(path.join(new URL(FIXTURE_REPORTS).pathname, 'donglan-2021-environment-bulletin', 'report.txt'), 'utf8');
const TOKEN = `review-page-${randomBytes(16).toString('hex')}`;
// Loading and removing a whole report is one transaction each; on a machine busy with other tests it may take
// longer than the service's default 5 s.
const session = useBrowserAndService({ ADMIN_TOKEN: TOKEN, NEO4J_TX_TIMEOUT_MS: '60000' });
let draft: ExtractedDraft;
let loadedId: string | undefined;
/** How many flagged records were left undecided when the draft was loaded, and how many decisions went with it. */
let undecided = 0;
let decisionsLoaded = 0;
/** The admin requests the service answered with 400: the loader refusing a draft with a problem. */
const refused: string[] = [];

/** A CSS colour as Chromium computes it: #4C8EDA → rgb(76, 142, 218). */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The first highlight that holds these words, and its colour as drawn. */
async function highlight(words: string) {
  // The first mark holding the words: where records overlap, it takes the innermost record's colour.
  const mark = session.browser.page.locator('#report-view mark', { hasText: words }).first();
  return {
    mark,
    background: await mark.evaluate((element) => getComputedStyle(element).backgroundColor),
  };
}

/** How many review decisions the graph keeps with a document. */
async function decisionCount(documentId: string): Promise<number> {
  const [row] = await withDriver((run) => run('MATCH (x:ReviewDecision {documentId: $id}) RETURN count(x) AS count', { id: documentId }));
  return Number(row?.count);
}

/** The ids of the entities a document names, sorted. */
async function entitiesOf(documentId: string): Promise<string[]> {
  const rows = await withDriver((run) => run('MATCH (n:Entity)-[:SOURCE]->(:Document {id: $id}) RETURN n.id AS id ORDER BY id', { id: documentId }));
  return rows.map((row) => String(row.id));
}

/** The documents of the graph with this report's text. */
async function copiesOfReport(): Promise<string[]> {
  const rows = await withDriver((run) => run('MATCH (d:Document) WHERE d.fullText = $text RETURN d.id AS id', { text: report }));
  return rows.map((row) => String(row.id));
}

/** Waits until the page has checked the draft with the loader's validation and says how it came out. */
async function checked(outcome: 'valid' | 'invalid') {
  await expect.poll(() => session.browser.page.locator('#counts').getAttribute('data-validity')).toBe(outcome);
}

const editor = () => session.browser.page.locator('#editor');
const records = () => session.browser.page.getByRole('listbox', { name: 'Records' });
const message = () => session.browser.page.locator('#message');
const status = () => session.browser.page.locator('#status');

/** Chooses the entity of this name (exactly) in the list, as a click does, and waits for it in the editor. */
async function chooseRecord(name: string) {
  await records()
    // An entity's entry reads “name Label …”; a relation's “from → to TYPE”.
    .getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?!→)`) })
    .click();
  await editor().locator('h2').getByText(name, { exact: true }).waitFor();
}

beforeAll(async () => {
  // A control that is not there fails in seconds, not after the test's whole minute.
  session.browser.page.setDefaultTimeout(10_000);
  session.browser.page.on('response', (response) => {
    if (response.status() === 400 && new URL(response.url()).pathname.startsWith('/admin/')) refused.push(response.url());
  });
  draft = await extractDirectly(session.api.url, TOKEN, report);
});

afterEach(async ({ task }) => {
  // What the page showed when a step failed, in test-results/screenshots.
  if (task.result?.state === 'fail') await session.browser.screenshot(`review-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

describe('reviewing a pasted report at /review and loading it', () => {
  afterAll(async () => {
    // The loaded document goes again, so the graph is as the other tests (and the keyboard walk below) expect it.
    if (loadedId) {
      const response = await fetch(`${session.api.url}/admin/documents/${encodeURIComponent(loadedId)}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(200);
    }
  });

  it('asks for the admin token, then extracts the pasted text and highlights every entity in its label’s colour', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.url}/review`);
    await expect(page.title()).resolves.toBe('ecokg · review a report');
    await enterToken(page, TOKEN);
    await extractPasted(page, report);
    // The draft as extracted is one the loader accepts.
    await checked('valid');

    // People blue, organizations red, regions cyan: the explorer's colours (web/shared/label-styles.ts).
    await expect(highlight('韩立军').then((found) => found.background)).resolves.toBe(rgb(LABEL_STYLES.Person.color));
    await expect(highlight('东岚省生态环境厅').then((found) => found.background)).resolves.toBe(rgb(LABEL_STYLES.Organization.color));
    await expect(highlight('北屿市').then((found) => found.background)).resolves.toBe(rgb(LABEL_STYLES.Region.color));
    const legend = page.getByRole('list', { name: 'Colours by label' });
    await legend.getByText('Person', { exact: true }).waitFor();

    // Every entity of the draft is listed, those the extractor flagged first, with their count.
    const flagged = [draft.graph.document, ...draft.graph.nodes, ...draft.graph.relationships].filter((record) => record.review).length;
    expect(flagged).toBeGreaterThan(10);
    await records()
      .getByRole('group', { name: `To review (${flagged}, 0 decided)` })
      .waitFor();
    await expect(records().getByRole('option').count()).resolves.toBe(1 + draft.graph.nodes.length + draft.graph.relationships.length);
    await expect(page.locator('#counts').textContent()).resolves.toContain(
      `${draft.graph.nodes.length} entities, ${draft.graph.relationships.length} relations; ${flagged} to review`,
    );
  });

  it('shows a highlight’s record when it is clicked: its name, id, confidence and the rule that found it', async () => {
    const person = draft.graph.nodes.find((node) => node.name === '韩立军')!;
    await (await highlight('韩立军')).mark.click();
    await editor().locator('h2', { hasText: '韩立军' }).waitFor();
    await editor().getByText(person.id, { exact: true }).waitFor();
    const notes = editor().locator('dl.notes');
    await expect(notes.textContent()).resolves.toContain(`Confidence${Math.round((person.confidence as number) * 100)}%`);
    await expect(notes.textContent()).resolves.toContain(`Rule${String(person.rule)}`);
    await expect(editor().locator('.evidence blockquote').textContent()).resolves.toBe(person.evidence);
  });

  it('rejects a record the extractor got wrong: it is marked rejected and counts as decided', async () => {
    // “东岚省全省” is no statistic: the extractor took 在全省11个 (of the cities' ranking) for a figure of its own.
    const wrong = draft.graph.nodes.find((node) => node.label === 'Statistic' && node.name === '东岚省全省')!;
    expect(wrong.review).toBeTruthy();
    await chooseRecord('东岚省全省');
    await editor().getByRole('button', { name: 'Reject (R)' }).click();
    await editor().getByText('Decision: rejected').waitFor();
    await records()
      .getByRole('group', { name: /^To review \(\d+, 1 decided\)$/ })
      .waitFor();
    await expect(
      records()
        .getByRole('option', { name: /^东岚省全省 Statistic/ })
        .textContent(),
    ).resolves.toContain('rejected');
    await expect(status().textContent()).resolves.toBe('Rejected 东岚省全省.');
  });

  it('renames a statistic the extractor named from two mentions of its city', async () => {
    // Its figure is right (省会临溪市为41微克/立方米); its name, 临溪市省会临溪市, is not.
    await chooseRecord('临溪市省会临溪市');
    const name = editor().getByRole('textbox', { name: 'Name (as the text writes it) (required)' });
    await name.fill('2020年临溪市PM2.5平均浓度');
    await name.blur();
    await editor().locator('h2').getByText('2020年临溪市PM2.5平均浓度', { exact: true }).waitFor();
    await expect(status().textContent()).resolves.toBe('Changed name of 临溪市省会临溪市.');
    await records()
      .getByRole('option', { name: /^2020年临溪市PM2.5平均浓度 Statistic/ })
      .waitFor();
    await checked('valid');
  });

  it('points a record’s evidence at words selected in the text, counted in code points', async () => {
    const { page } = session.browser;
    // The number of cities stands on 全省11个设区市, not on 全省11个 alone.
    await chooseRecord('东岚省全省11个');
    await selectWords(page, '全省11个设区市');
    await editor().getByRole('button', { name: 'Use the selected words as evidence' }).click();
    await expect(editor().locator('.evidence blockquote').textContent()).resolves.toBe('全省11个设区市');
    const start = [...report.slice(0, report.indexOf('全省11个设区市'))].length;
    await expect(editor().locator('.evidence figcaption').textContent()).resolves.toBe(`Characters ${start}–${start + 8} (code points)`);
    await checked('valid');
  });

  it('shows the loader’s problem beside the record when a required field is emptied, loads nothing, and Ctrl+Z undoes it', async () => {
    const { page } = session.browser;
    await chooseRecord('蓝天、碧水、净土三大保卫战');
    const english = editor().getByRole('textbox', { name: 'English name (required)' });
    await english.fill('');
    await english.blur();
    await checked('invalid');
    const problems = editor().getByRole('region', { name: 'Problems the loader finds' });
    await expect(problems.textContent()).resolves.toContain('nameEn');
    await records()
      .getByRole('option', { name: /^蓝天、碧水、净土三大保卫战 Policy.*\d+ problems?/ })
      .waitFor();
    // The loader also finds the relations that pointed at the policy dangling, and names them beside theirs.
    await page.getByRole('button', { name: 'Load into graph' }).click();
    await expect.poll(() => message().textContent()).toMatch(/^\d+ problems? remains? in \d+ records? \(marked in the list\); nothing was loaded\.$/);

    await page.locator('#report-view').focus();
    await page.keyboard.press('Control+z');
    await checked('valid');
    await expect(problems.count()).resolves.toBe(0);
    await expect(editor().getByRole('textbox', { name: 'English name (required)' }).inputValue()).resolves.not.toBe('');
  });

  it('adds the policy the extractor missed, 区域限批, from words selected in the text', async () => {
    const { page } = session.browser;
    await selectWords(page, '区域限批');
    await page.getByRole('button', { name: 'Add entity from the selected words' }).click();
    const form = editor().getByRole('form', { name: 'New entity' });
    await expect(form.getByRole('textbox', { name: 'Words as the text writes them' }).inputValue()).resolves.toBe('区域限批');
    await form.getByRole('combobox', { name: 'Label' }).selectOption('Policy');
    await form.getByRole('textbox', { name: 'English name (required)' }).fill('Regional suspension of project approvals');
    await form.getByRole('combobox', { name: 'Kind (required)' }).selectOption('mechanism');
    const id = form.getByRole('textbox', { name: 'Id (kind:slug)' });
    await id.fill('policy:regional-approval-restriction');
    await expect(id.inputValue()).resolves.toBe('policy:regional-approval-restriction');
    await form.getByRole('button', { name: 'Add entity' }).click();

    await editor().locator('h2', { hasText: '区域限批' }).waitFor();
    await editor().getByText('Decision: accepted (added by hand)').waitFor();
    // Its evidence is the words selected, at their offset in code points.
    const start = [...report.slice(0, report.indexOf('区域限批'))].length;
    await expect(editor().locator('.evidence figcaption').textContent()).resolves.toBe(`Characters ${start}–${start + 4} (code points)`);
    const added = await highlight('区域限批');
    expect(added.background).toBe(rgb(LABEL_STYLES.Policy.color));
    await checked('valid');
    // docs/review.png is this screenshot (test-results/screenshots/review.png), copied by hand as the others are.
    await page.evaluate(() => {
      document.getSelection()?.removeAllRanges();
      window.scrollTo(0, 0);
    });
    await session.browser.screenshot('review');
  });

  it('downloads the reviewed draft as graph.json and report.txt: a folder the loader takes as it is', async () => {
    const { page } = session.browser;
    const folder = await mkdtemp(path.join(tmpdir(), 'ecokg-review-download-'));
    try {
      for (const file of ['graph.json', 'report.txt']) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${file}` }).click()]);
        expect(download.suggestedFilename()).toBe(file);
        await download.saveAs(path.join(folder, file));
      }
      await expect(readFile(path.join(folder, 'report.txt'), 'utf8')).resolves.toBe(report);
      // As `npm run seed -- --check` validates a folder; nothing is written.
      const [prepared] = await validateSeedFolders([folder]);
      expect(prepared!.document.id).toBe(draft.graph.document.id);
      const ids = prepared!.nodes.map((node) => node.id);
      expect(ids).toContain('policy:regional-approval-restriction');
      expect(ids).not.toContain(draft.graph.nodes.find((node) => node.name === '东岚省全省')!.id);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('loads nothing while records flagged for review are undecided: it says how many, and goes to the next one', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: 'Load into graph' }).click();
    const guard = page.getByRole('group', { name: /records? flagged for review (is|are) still undecided/ });
    await guard.waitFor();
    undecided = Number(/^(\d+) records? flagged/.exec((await guard.locator('p').textContent()) ?? '')?.[1]);
    expect(undecided).toBeGreaterThan(5);
    await expect(message().textContent()).resolves.toBe(`Nothing was loaded: ${undecided} records flagged for review are still undecided.`);
    // The way on: the next record nobody decided, in the list and the editor.
    await guard.getByRole('button', { name: 'Go to the next one (N)' }).click();
    await expect(records().locator('[role="option"]:focus').getAttribute('aria-selected')).resolves.toBe('true');
    // It is one of those to review.
    await expect(
      records()
        .locator('[role="option"]:focus')
        .evaluate((entry) => entry.closest('[role="group"]')?.getAttribute('aria-labelledby')),
    ).resolves.toBe('group-review');
    await editor().getByText('Decision: open').waitFor();
    const { data } = await session.api.graphql<{ document: unknown }>(gql`query ($id: ID!) { document(id: $id) { id } }`, {
      id: draft.graph.document.id,
    });
    expect(data).toEqual({ document: null });
  });

  it('loads them kept flagged when the reviewer chooses to, with the decisions, and links to the document in the explorer', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: 'Load and keep them flagged' }).click();
    const loaded = page.locator('#loaded');
    await loaded.getByRole('link', { name: 'Open the document in the explorer' }).waitFor({ timeout: 60_000 });
    loadedId = (await loaded.locator('code').textContent()) ?? undefined;
    expect(loadedId).toBe(draft.graph.document.id);
    await expect(message().textContent()).resolves.toBe('');
    await expect(status().textContent()).resolves.toMatch(
      new RegExp(`^Loaded ${loadedId}: \\d+ nodes and \\d+ relationships, with \\d+ decisions; ${undecided} records kept flagged for review\\.$`),
    );

    // The graph holds what the reviewer decided: the rejected statistic left out, the renamed policy, the added one,
    // and the records nobody decided, flagged still, for the API to list.
    const rejected = draft.graph.nodes.find((node) => node.name === '东岚省全省')!;
    const renamed = draft.graph.nodes.find((node) => node.name === '临溪市省会临溪市')!;
    const { data } = await session.api.graphql<{
      document: { id: string; publishedAt: string; unreviewedCount: number } | null;
      rejected: unknown;
      renamed: { name: string } | null;
      added: { name: string; nameEn: string } | null;
    }>(
      gql`
        query ($document: ID!, $rejected: ID!, $renamed: ID!) {
          document(id: $document) { id publishedAt unreviewedCount }
          rejected: entity(id: $rejected) { id }
          renamed: entity(id: $renamed) { name }
          added: entity(id: "policy:regional-approval-restriction") { name nameEn }
        }
      `,
      { document: loadedId, rejected: rejected.id, renamed: renamed.id },
    );
    expect(data).toEqual({
      document: { id: draft.graph.document.id, publishedAt: '2021-06-04', unreviewedCount: undecided },
      rejected: null,
      renamed: { name: '2020年临溪市PM2.5平均浓度' },
      added: { name: '区域限批', nameEn: 'Regional suspension of project approvals' },
    });
    decisionsLoaded = await decisionCount(draft.graph.document.id);
    expect(decisionsLoaded).toBeGreaterThanOrEqual(4);
  });

  it('opens the explorer on the new document, where the added policy is found with its evidence', async () => {
    const { page } = session.browser;
    await page.locator('#loaded').getByRole('link', { name: 'Open the document in the explorer' }).click();
    await page.waitForURL(`${session.api.url}/explore?id=${loadedId}`);
    const details = page.locator('#details');
    await details.locator('h2', { hasText: '东岚省发布2020年生态环境状况公报' }).waitFor();
    const drawn = page.getByRole('listbox', { name: /Drawn nodes/ });
    await drawn.getByRole('option', { name: '区域限批 Policy Regional' }).click();
    await details.locator('h2', { hasText: '区域限批' }).waitFor();
    await expect(details.locator('.name-en').textContent()).resolves.toBe('Regional suspension of project approvals');
    const excerpt = await details.locator('.evidence blockquote').first().textContent();
    expect(excerpt).toBe('区域限批');
    expect(report).toContain(excerpt);
  });

  it('keeps the draft across a reload, the token not: it asks for it again', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.url}/review`);
    await records()
      .getByRole('option', { name: /区域限批/ })
      .waitFor();
    await page.getByRole('textbox', { name: 'Admin token' }).waitFor();
    await expect(status().textContent()).resolves.toBe('Your draft is back as you left it. Enter the admin token to check or load it.');
    await expect(page.evaluate(() => JSON.stringify(localStorage))).resolves.not.toContain(TOKEN);
    // Discarding asks first, then empties the page and the storage.
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    await page.getByRole('textbox', { name: 'Paste the report’s text' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Paste the report’s text' }).inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => localStorage.getItem('ecokg.review'))).resolves.toBeNull();
  });

  it('offers the loaded version when the same report is pasted again, with every earlier decision replayed on a new draft', async () => {
    const { page } = session.browser;
    await enterToken(page, TOKEN);
    await extractPasted(page, report);
    const offer = page.getByRole('region', { name: 'This report is in the graph already' });
    await expect(offer.locator('p').textContent()).resolves.toBe(
      `It was loaded as ${loadedId} (“${String(draft.graph.document.name)}”, 2021-06-04), with the same id and the same text, and keeps ${decisionsLoaded} review decisions. Loading this draft as it is would make a second copy, so it will not load until you choose.`,
    );
    // Loading it as it is would be a second copy: the page refuses and points at the offer.
    await page.getByRole('button', { name: 'Load into graph' }).click();
    await expect.poll(() => message().textContent()).toMatch(/this report is in the graph already|still undecided/);

    await offer.getByRole('button', { name: 'Open the loaded version for review' }).click();
    const redone = page.getByRole('region', { name: 'Re-extracted with the extractor as it is now' });
    await expect(redone.locator('p').first().textContent({ timeout: 60_000 })).resolves.toBe(
      `Against the loaded version: 0 added, 0 removed, 0 changed. ${decisionsLoaded} of ${decisionsLoaded} earlier decisions replayed. Loading replaces the loaded version.`,
    );
    await expect(offer.isHidden()).resolves.toBe(true);
    // The corrections are back: the statistic rejected, the other renamed, the policy added.
    await expect(
      records()
        .getByRole('option', { name: /^东岚省全省 Statistic/ })
        .textContent(),
    ).resolves.toContain('rejected');
    await records()
      .getByRole('option', { name: /^2020年临溪市PM2.5平均浓度 Statistic/ })
      .waitFor();
    await expect(
      records()
        .getByRole('option', { name: /^区域限批 Policy/ })
        .textContent(),
    ).resolves.toContain('accepted');
  });

  it('replaces the loaded version in one transaction: one document, the same entities, no -2 beside them, the decisions kept', async () => {
    const { page } = session.browser;
    const before = await entitiesOf(loadedId!);
    await checked('valid');
    await loadKeepingFlagged(page);
    await expect.poll(() => status().textContent()).toMatch(new RegExp(`^Replaced the loaded version of ${loadedId}: `));
    await expect(copiesOfReport()).resolves.toEqual([loadedId]);
    await expect(entitiesOf(loadedId!)).resolves.toEqual(before);
    await expect(decisionCount(loadedId!)).resolves.toBe(decisionsLoaded);
  });
});

/** The record list's entry that has the keyboard focus: its name (the first line) and whether it is selected. */
function focusedRecord() {
  return session.browser.page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element?.getAttribute('role') !== 'option' || !element.closest('#record-list')) return null;
    return { name: element.querySelector('.record-name')?.textContent ?? '', selected: element.getAttribute('aria-selected') === 'true' };
  });
}

describe('reviewing from the keyboard alone', () => {
  beforeAll(async () => {
    // The walk below must cause no pointer event.
    await countPointerEvents(session.browser.page);
  });

  it('moves with ↑ ↓, accepts with A, goes to the next record to review with N, rejects with R, undoes with Ctrl+Z, goes back with P', async () => {
    const { page } = session.browser;
    await openDraft(page, session.api.url, TOKEN, report);
    // From here on the keyboard alone: the clicks that entered the token and ran the extraction do not count.
    await resetPointerEvents(page);
    // Records flagged for review come first, in the draft's order: the document, then 东岚省, then 临溪市.
    const flagged = draft.graph.nodes.filter((node) => node.review).map((node) => String(node.name));
    expect(flagged.slice(0, 2)).toEqual(['东岚省', '临溪市']);
    // After the extraction the focus is on the first record to review, the document.
    const title = String(draft.graph.document.name);
    await expect(focusedRecord()).resolves.toEqual({ name: title.length > 40 ? `${title.slice(0, 40)}…` : title, selected: true });

    await page.keyboard.press('ArrowDown');
    await expect(focusedRecord()).resolves.toEqual({ name: '东岚省', selected: true });
    await editor().locator('h2', { hasText: '东岚省' }).waitFor();
    await page.keyboard.press('a');
    await editor().getByText('Decision: accepted').waitFor();
    await expect(status().textContent()).resolves.toBe('Accepted 东岚省.');

    await page.keyboard.press('n');
    await expect(focusedRecord()).resolves.toEqual({ name: '临溪市', selected: true });
    await page.keyboard.press('r');
    await editor().getByText('Decision: rejected').waitFor();
    await expect(focusedRecord()).resolves.toEqual({ name: '临溪市', selected: true });
    await records()
      .getByRole('group', { name: /^To review \(\d+, 2 decided\)$/ })
      .waitFor();

    await page.keyboard.press('Control+z');
    await editor().getByText('Decision: open').waitFor();
    await records()
      .getByRole('group', { name: /^To review \(\d+, 1 decided\)$/ })
      .waitFor();
    // Back past 东岚省, decided, to the document, still open.
    await page.keyboard.press('p');
    await editor()
      .locator('h2', { hasText: title.slice(0, 10) })
      .waitFor();

    // Typing in a field is typing: the keys act on records only outside the fields.
    const name = editor().getByRole('textbox', { name: 'Name (as the text writes it) (required)' });
    await name.focus();
    await page.keyboard.press('r');
    await expect(editor().getByText('Decision: open').count()).resolves.toBe(1);
    await expect(pointerEventCount(page)).resolves.toBe('0');
    await page.evaluate(() => localStorage.removeItem('ecokg.review'));
  });

  it('sent no request beyond 127.0.0.1 and logged no error but the loader’s refusals of the invalid draft', () => {
    expect(session.browser.foreignRequests).toEqual([]);
    // Chromium logs every 400 answer; the check of the draft with its emptied field was one.
    expect(refused.length).toBeGreaterThan(0);
    expect(session.browser.pageErrors).toEqual(refused.map(() => 'Failed to load resource: the server responded with a status of 400 (Bad Request)'));
  });
});
