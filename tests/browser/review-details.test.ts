import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { loadSeedDocuments } from '../../src/seed/load-seed.ts';
import { removeDocument } from '../../src/seed/remove-document.ts';
import { validateSeedFolders } from '../../src/seed/validate-seed.ts';
import { useBrowserAndService } from '../support/start-browser.ts';
import { createTestGateway } from '../support/test-service.ts';
import { enterToken, extractPasted, selectWords } from './support/review-page.ts';

// A short team-written report (test data: 青枫省, 岚溪市 and every person are fictional). The analyst adds entities from
// selected words as they would add what an extractor missed (the page does the same whatever the draft holds), and
// relates a place to the seed report's 并联审批, which the graph has and the extractor does not read as a policy.
const RUN = randomBytes(3).toString('hex');
const REPORT = `青枫省委召开全省生态环境保护大会（${RUN}）

青枫日报　2023年3月8日

3月7日，青枫省委召开全省生态环境保护大会。青枫省委书记周启航出席会议并讲话。
周启航指出，岚溪市近年推行并联审批，企业环评审批时间缩短一半；各地要学习城市大脑的做法，提高治理能力。
青枫省生态环境厅厅长陈立群介绍，2022年全省PM2.5平均浓度为31微克/立方米。
`;
const TOKEN = `review-details-${randomBytes(16).toString('hex')}`;
const session = useBrowserAndService({ ADMIN_TOKEN: TOKEN });
const page = () => session.browser.page;
const editor = () => page().locator('#editor');
const records = () => page().getByRole('listbox', { name: 'Records' });
const message = () => page().locator('#message');
const status = () => page().locator('#status');
let gateway: GraphGateway;
let namesakes: string[] = [];

/** Chooses the record of this name in the list and waits for it in the editor. */
async function chooseRecord(name: string) {
  await records()
    .getByRole('option', { name: new RegExp(`^${name} (?!→)`) })
    .click();
  await editor().locator('h2').getByText(name, { exact: true }).waitFor();
}

/**
 * Two small reports, each naming a 陈立群 of its own (two people of one name and one English name, as the graph may
 * hold): what tells their search hits apart is the words each report has about its own.
 */
async function loadNamesakes(): Promise<string[]> {
  const ids: string[] = [];
  for (const [slug, words] of [
    ['north', `北屿市委副书记陈立群调研大气污染防治工作（${RUN}）`],
    ['south', `南湾县县长陈立群主持召开河长制工作会议（${RUN}）`],
  ] as const) {
    const folder = await mkdtemp(path.join(tmpdir(), 'ecokg-namesake-'));
    const documentId = `document:namesake-${RUN}-${slug}`;
    const person = `person:chen-liqun-${RUN}-${slug}`;
    await writeFile(path.join(folder, 'report.txt'), `${words}\n`);
    await writeFile(
      path.join(folder, 'graph.json'),
      JSON.stringify({
        document: {
          id: documentId,
          name: words,
          nameEn: 'A namesake',
          textFile: 'report.txt',
          language: 'zh',
          publishedAt: '2023-01-05',
          evidence: words,
        },
        nodes: [
          {
            id: person,
            label: 'Person',
            name: '陈立群',
            nameEn: 'Chen Liqun',
            pinyin: 'Chén Lìqún',
            evidence: words.slice(0, words.indexOf('陈') + 3),
          },
        ],
        relationships: [],
      }),
    );
    await loadSeedDocuments(gateway, await validateSeedFolders([folder]));
    await rm(folder, { recursive: true, force: true });
    ids.push(documentId);
  }
  return ids;
}

beforeAll(async () => {
  page().setDefaultTimeout(15_000);
  gateway = await createTestGateway();
  namesakes = await loadNamesakes();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await session.browser.screenshot(`review-details-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  for (const documentId of namesakes) await removeDocument(gateway, documentId);
  await gateway.close();
});

describe('the review page’s messages', () => {
  it('takes away “There is no text to extract” as soon as text is pasted', async () => {
    await page().goto(`${session.api.url}/review`);
    await page().evaluate(() => localStorage.removeItem('ecokg.review'));
    await page().reload();
    await enterToken(page(), TOKEN);
    await page().getByRole('button', { name: 'Run extraction' }).click();
    await expect(message().textContent()).resolves.toBe('There is no text to extract: paste the report’s text or open its .txt file.');
    await page().getByRole('textbox', { name: 'Paste the report’s text' }).fill('青枫省');
    await expect(message().textContent()).resolves.toBe('');
  });

  it('extracts a text that states no date, and before it loads asks in its own words for the date, at the document’s date field', async () => {
    // The report without its dateline: no date to read, so the draft carries a placeholder the loader refuses.
    await extractPasted(page(), REPORT.replace('青枫日报　2023年3月8日\n', '').replace('3月7日，', ''));
    await expect(status().textContent()).resolves.toMatch(/^Extracted \d+ entities/);
    await page().getByRole('button', { name: 'Load into graph' }).click();
    await expect
      .poll(() => message().textContent())
      .toBe('The report prints no date of publication, so its draft carries a placeholder: set “Published on” of the document, then load.');
    await expect(page().evaluate(() => document.activeElement?.id)).resolves.toBe('edit-document-publishedAt');
    // The date the reviewer sets confirms it: the loader's check passes (nothing is loaded: the draft is discarded).
    await page().locator('#edit-document-publishedAt').fill('2023-03-08');
    await page().locator('#edit-document-publishedAt').blur();
    await page().locator('#counts[data-validity="valid"]').waitFor({ timeout: 60_000 });
    await page().getByRole('button', { name: 'Discard draft' }).click();
    await page().getByRole('button', { name: 'Discard', exact: true }).click();
    await page().getByRole('textbox', { name: 'Paste the report’s text' }).waitFor();
  });

  it('does not stay “Extracting…” when the service refuses the token', async () => {
    await page().getByRole('button', { name: 'Forget it' }).click();
    await enterToken(page(), `${TOKEN}-wrong`);
    await page().getByRole('textbox', { name: 'Paste the report’s text' }).fill(REPORT);
    await page().getByRole('button', { name: 'Run extraction' }).click();
    await expect.poll(() => message().textContent()).toMatch(/^The service refused the admin token\./);
    await expect(status().textContent()).resolves.toBe('The extraction did not run: see the message above.');
  });
});

describe('adding what the extractor missed', () => {
  it('guesses Organization for a provincial party committee, and a label changed drops the guesses made for the other', async () => {
    await enterToken(page(), TOKEN);
    await page().locator('#report-date').fill('');
    await extractPasted(page(), REPORT);
    await page().locator('#counts[data-validity="valid"]').waitFor({ timeout: 60_000 });
    await selectWords(page(), '青枫省委', 1);
    await page().getByRole('button', { name: 'Add entity from the selected words' }).click();
    const form = editor().getByRole('form', { name: 'New entity' });
    const label = form.getByRole('combobox', { name: 'Label' });
    const english = form.getByRole('textbox', { name: 'English name (required)' });
    const id = form.getByRole('textbox', { name: 'Id (kind:slug)' });
    await expect(label.inputValue()).resolves.toBe('Organization');
    await expect(form.getByRole('combobox', { name: 'Kind (required)' }).inputValue()).resolves.toBe('party-body');
    await expect.poll(() => english.inputValue()).toBe('Qingfeng Provincial Party Committee');
    await expect.poll(() => id.inputValue()).toBe('organization:qing-feng-party-committee');

    // As a person it gets a person's pinyin, English name and id; back as an organization, none of them stay.
    await label.selectOption('Person');
    await expect.poll(() => id.inputValue()).toMatch(/^person:/);
    const asPerson = await english.inputValue();
    await label.selectOption('Organization');
    await expect.poll(() => id.inputValue()).toBe('organization:qing-feng-party-committee');
    await expect(form.getByRole('textbox', { name: 'English name (required)' }).inputValue()).resolves.not.toBe(asPerson);
    await form.getByRole('button', { name: 'Add entity' }).click();
    await editor().getByText('Decision: accepted (added by hand)').waitFor();
  });

  it('keeps the words selected in the text while the relation form is filled in, and the relation stands on them', async () => {
    // 周启航, added by hand: a person by his name's shape.
    await selectWords(page(), '周启航');
    await page().getByRole('button', { name: 'Add entity from the selected words' }).click();
    const form = editor().getByRole('form', { name: 'New entity' });
    await expect(form.getByRole('combobox', { name: 'Label' }).inputValue()).resolves.toBe('Person');
    await form.getByRole('button', { name: 'Add entity' }).click();
    await editor().locator('h2').getByText('周启航', { exact: true }).waitFor();

    const words = '青枫省委书记周启航';
    await selectWords(page(), words);
    const adding = editor().getByRole('region', { name: 'Add a relation' });
    await adding.getByRole('combobox', { name: 'Relation' }).selectOption({ label: 'this → SPEAKS_FOR' });
    await adding.getByRole('combobox', { name: 'Other end' }).selectOption({ label: '青枫省委 (Organization)' });
    await adding.getByRole('textbox', { name: 'Title (required)' }).fill('书记');
    await adding.getByRole('textbox', { name: 'Title (required)' }).blur();
    // The form says which words the relation will stand on: still the ones selected, though the focus left the text.
    await expect(adding.locator('.relation-evidence').textContent()).resolves.toMatch(
      new RegExp(`^Its evidence: “${words}”, the words selected in the text`),
    );
    await adding.getByRole('button', { name: 'Add relation' }).click();
    await editor().getByText('Decision: accepted (added by hand)').waitFor();
    await expect(editor().locator('h2').textContent()).resolves.toBe('周启航 → 青枫省委');
    await expect(editor().locator('.evidence blockquote').textContent()).resolves.toBe(words);
  });

  it('ends a relation at an entity the graph has and the draft does not: it joins the draft on the words that name it', async () => {
    await chooseRecord('岚溪市');
    const adding = editor().getByRole('region', { name: 'Add a relation' });
    await adding.getByRole('combobox', { name: 'Relation' }).selectOption({ label: 'this → IMPLEMENTS' });
    await adding.getByRole('searchbox', { name: 'Or an entity of the graph the draft does not have' }).fill('并联审批');
    await adding.getByRole('button', { name: 'Search' }).click();
    await adding.getByRole('button', { name: /^Relate to 并联审批 .*policy:/ }).click();
    await expect(editor().locator('h2').textContent()).resolves.toBe('岚溪市 → 并联审批');
    await expect(status().textContent()).resolves.toBe('Added IMPLEMENTS between 岚溪市 and 并联审批 of the graph.');
    const policy = records().getByRole('option', { name: /^并联审批 Policy/ });
    await policy.click();
    await editor().locator('h2').getByText('并联审批', { exact: true }).waitFor();
    await expect(editor().locator('.evidence blockquote').textContent()).resolves.toBe('并联审批');
    await expect(editor().locator('header code').textContent()).resolves.toMatch(/^policy:/);
    await page().locator('#counts[data-validity="valid"]').waitFor({ timeout: 60_000 });
  });

  it('tells apart two entities of the graph with one name: each hit quotes the report that names it', async () => {
    await chooseRecord('陈立群');
    const link = editor().getByRole('region', { name: 'Link to an entity of the graph' });
    await link.getByRole('searchbox', { name: 'Find a Person the graph already has' }).fill('陈立群');
    await link.getByRole('button', { name: 'Search' }).click();
    const hits = link.getByRole('button', { name: /^Link to 陈立群/ });
    await expect.poll(() => hits.count()).toBeGreaterThanOrEqual(2);
    const names = await hits.evaluateAll((buttons) => buttons.map((button) => button.textContent ?? ''));
    const north = names.find((name) => name.includes(`-${RUN}-north`))!;
    const south = names.find((name) => name.includes(`-${RUN}-south`))!;
    expect(north).toContain('北屿市委副书记陈立群');
    expect(south).toContain('南湾县县长陈立群');
    // Not only the ids differ.
    expect(north.replace(/person:\S+/, '')).not.toBe(south.replace(/person:\S+/, ''));
  });
});
