import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { type LoadedFixtures, loadFixtureReports } from '../support/fixture-reports.ts';
import { useBrowserAndService } from '../support/start-browser.ts';
import { createTestGateway } from '../support/test-service.ts';

// The two team-written 东岚 reports one year apart (tests/fixtures/reports/README.md), loaded beside the seed report:
// 周启航 is 副厅长 of 东岚省生态环境厅 in the 2021 report (where he attends the “六五环境日”新闻通气会) and 厅长, and
// 党组书记 of 省生态环境厅党组, in the 2022 one; 陆文博 is 局长 of 临溪市生态环境局 in 2021 and 副厅长 in 2022, when
// the report says he was 局长 there last year (a former post).
const session = useBrowserAndService();
let gateway: GraphGateway;
let fixtures: LoadedFixtures;

beforeAll(async () => {
  gateway = await createTestGateway();
  fixtures = await loadFixtureReports(gateway, ['donglan-2021-environment-bulletin', 'donglan-2022-environment-bulletin']);
});

afterAll(async () => {
  await fixtures.remove();
  await gateway.close();
});

const REPORT_2021 = /东岚省发布2020年生态环境状况公报/;
const REPORT_2022 = /去年我省PM2.5平均浓度降至34微克/;
const page = () => session.browser.page;
const details = () => page().locator('#details');
const filter = () => page().locator('#scope');
const zhou = () => fixtures.id('person:zhou-qihang');
const briefing = () => fixtures.id('event:donglan-2021-world-environment-day-briefing');
const partyGroup = () => fixtures.id('organization:donglan-department-of-ecology-and-environment-party-group');

/** The ids of the nodes the list beside the drawing holds. */
async function listed(): Promise<string[]> {
  return page()
    .getByRole('listbox', { name: /Drawn nodes/ })
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset.id ?? ''));
}

/** The titles of the SPEAKS_FOR relations the details list for the selected person, e.g. ["副厅长"]. */
async function titlesListed(): Promise<string[]> {
  const names = await details().locator('.relations button').allTextContents();
  return names.flatMap((name) => /SPEAKS_FOR \((.+)\)/.exec(name)?.[1] ?? []).sort();
}

/** The dates under the excerpts the details quote. */
function quotedDates(): Promise<string[]> {
  return details().locator('.evidence-list .evidence figcaption time').allTextContents();
}

/** Opens the filter's disclosure unless it is open. */
async function openFilter(): Promise<void> {
  if (!(await filter().evaluate((disclosure) => (disclosure as HTMLDetailsElement).open))) await filter().locator('summary').click();
}

/** Waits until the status line says the drawing is of `scope` (the words describeScope gives it). */
async function waitForDrawingFrom(scope: string): Promise<void> {
  const status = page().locator('#graph-status');
  await expect.poll(() => status.textContent()).toMatch(new RegExp(`^\\d+ nodes?, \\d+ relations?${scope}\\.`));
}

/** Waits until the explorer has drawn 周启航 (his node selected in the list) and quoted his mentions. */
async function waitForZhou(): Promise<void> {
  await page()
    .getByRole('listbox', { name: /Drawn nodes/ })
    .getByRole('option', { name: /周启航/, selected: true })
    .waitFor();
  await details().locator('h2', { hasText: '周启航' }).waitFor();
  await details().locator('.evidence-list > :not(.muted)').first().waitFor();
}

describe('the explorer’s report filter', () => {
  it('draws 周启航 from both 东岚 reports when no filter is set', async () => {
    await page().goto(`${session.api.url}/explore?id=${zhou()}`);
    await waitForZhou();
    await expect(filter().locator('summary').textContent()).resolves.toBe('Reports drawn: every report');
    await expect.poll(listed).toEqual(expect.arrayContaining([briefing(), partyGroup()]));
    await expect.poll(titlesListed).toEqual(['党组书记', '副厅长', '厅长']);
    await expect(quotedDates()).resolves.toEqual(['2021-06-04', '2022-06-02']);
  });

  it('draws and quotes only the 2021 report once it is ticked: 副厅长, the briefing, no party group', async () => {
    // From the keyboard: open the filter, tick the report with Space, apply with Enter on the button.
    await filter().locator('summary').focus();
    await page().keyboard.press('Enter');
    const report2021 = filter().getByRole('checkbox', { name: REPORT_2021 });
    await report2021.focus();
    await page().keyboard.press('Space');
    await expect(report2021.isChecked()).resolves.toBe(true);
    await filter().getByRole('button', { name: 'Apply' }).focus();
    await page().keyboard.press('Enter');

    await page().waitForURL(`${session.api.url}/explore?id=${zhou()}&doc=${fixtures.documentIds[0]}`);
    await waitForDrawingFrom(' from the report of 2021-06-04');
    await waitForZhou();
    expect(await listed()).toContain(briefing());
    expect(await listed()).not.toContain(partyGroup());
    await expect.poll(titlesListed).toEqual(['副厅长']);
    await expect(quotedDates()).resolves.toEqual(['2021-06-04']);
    await expect(details().locator('.evidence-list blockquote').textContent()).resolves.toContain('副厅长周启航');
    await details().getByText('1 other report mentions it.').waitFor();
    await expect(filter().locator('summary').textContent()).resolves.toBe('Reports drawn: the report of 2021-06-04');
  });

  it('keeps the filter in the address: a reload shows the same report ticked and the same drawing', async () => {
    await page().reload();
    await waitForDrawingFrom(' from the report of 2021-06-04');
    await waitForZhou();
    await openFilter();
    await expect(filter().getByRole('checkbox', { name: REPORT_2021 }).isChecked()).resolves.toBe(true);
    await expect(filter().getByRole('checkbox', { name: REPORT_2022 }).isChecked()).resolves.toBe(false);
    expect(await listed()).toContain(briefing());
    expect(await listed()).not.toContain(partyGroup());
  });

  it('draws only what reports of a period state: from 2022-01-01 he is 厅长 and 党组书记, and the briefing is gone', async () => {
    await openFilter();
    await filter().getByRole('checkbox', { name: REPORT_2021 }).uncheck();
    await filter().getByLabel('From').fill('2022-01-01');
    // Enter in a date field applies the filter, as in any form.
    await filter().getByLabel('From').press('Enter');

    await page().waitForURL(`${session.api.url}/explore?id=${zhou()}&from=2022-01-01`);
    await waitForDrawingFrom(' from reports published from 2022-01-01');
    await waitForZhou();
    expect(await listed()).toContain(partyGroup());
    expect(await listed()).not.toContain(briefing());
    await expect.poll(titlesListed).toEqual(['党组书记', '厅长']);
    await expect(quotedDates()).resolves.toEqual(['2022-06-02']);
    await expect(details().locator('.evidence-list blockquote').textContent()).resolves.toContain('厅长周启航');
  });

  it('refuses a period that ends before it starts, in the form, and changes nothing', async () => {
    await filter().getByLabel('to', { exact: true }).fill('2021-12-31');
    await filter().getByRole('button', { name: 'Apply' }).click();
    await filter().getByRole('alert').getByText('The period ends (2021-12-31) before it starts (2022-01-01).').waitFor();
    await expect(filter().getByLabel('From').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(page().url()).toBe(`${session.api.url}/explore?id=${zhou()}&from=2022-01-01`);
  });

  it('goes back to every report with one button', async () => {
    await filter().getByRole('button', { name: 'Every report' }).click();
    await page().waitForURL(`${session.api.url}/explore?id=${zhou()}`);
    await waitForDrawingFrom('');
    await waitForZhou();
    expect(await listed()).toEqual(expect.arrayContaining([briefing(), partyGroup()]));
    await expect(filter().getByLabel('From').inputValue()).resolves.toBe('');
    await expect(page().locator('#scope-error').isHidden()).resolves.toBe(true);
  });

  it('keeps what the reader expanded when a filter is applied: the expanded node is drawn again from the chosen report', async () => {
    const department = fixtures.id('organization:donglan-department-of-ecology-and-environment');
    const hanLijun = fixtures.id('person:han-lijun');
    // 韩立军 is no neighbour of 周启航's: he joins the drawing when the department he heads is expanded.
    expect(await listed()).not.toContain(hanLijun);
    await page()
      .getByRole('listbox', { name: /Drawn nodes/ })
      .getByRole('option', { name: /^东岚省生态环境厅 Organization/ })
      .click();
    await expect.poll(listed).toContain(hanLijun);

    await openFilter();
    await filter().getByRole('checkbox', { name: REPORT_2021 }).check();
    await filter().getByRole('button', { name: 'Apply' }).click();
    await waitForDrawingFrom(' from the report of 2021-06-04');
    // The department is expanded again from the 2021 report, where 韩立军 is its 厅长: the drawing is the one the
    // reader built, filtered, not 周启航 alone.
    await expect.poll(listed).toEqual(expect.arrayContaining([zhou(), department, hanLijun]));
    await expect(page().locator('#graph-status').textContent()).resolves.not.toMatch(/^1 nodes/);
    await filter().getByRole('button', { name: 'Every report' }).click();
    await waitForDrawingFrom('');
  });
});

/** The posts of the timeline as text: [dates, title, organization, former?] per post. */
async function timeline(): Promise<string[][]> {
  await details().locator('.positions').waitFor();
  return details()
    .locator('.positions > li')
    .evaluateAll((posts) =>
      posts.map((post) => [
        [...post.querySelectorAll('.position-when time')].map((time) => time.getAttribute('datetime')).join(' – '),
        post.querySelector('.position-title')?.textContent ?? '',
        post.querySelector('.position-post [lang="zh-Hans"]:not(.position-title)')?.textContent ?? '',
        post.querySelector('.former-mark') ? 'former' : '',
      ]),
    );
}

describe('a person’s positions over time in the details', () => {
  it('shows 周启航 as 副厅长 in the 2021 report and 厅长 in the 2022 one, with their dates', async () => {
    await page().goto(`${session.api.url}/explore?id=${zhou()}`);
    await waitForZhou();
    await details().getByRole('heading', { name: 'Positions over time' }).waitFor();
    await expect(timeline()).resolves.toEqual([
      ['2021-06-04', '副厅长', '东岚省生态环境厅', ''],
      ['2022-06-02', '厅长', '东岚省生态环境厅', ''],
      ['2022-06-02', '党组书记', '省生态环境厅党组', ''],
    ]);
  });

  it('opens a post’s report from the keyboard to read the words that state it', async () => {
    const post = details().locator('.positions > li').first();
    const source = post.locator('summary');
    await expect(source.textContent()).resolves.toMatch(/^2021-06-04 东岚省发布2020年生态环境状况公报/);
    await source.focus();
    await page().keyboard.press('Enter');
    await expect(post.locator('blockquote').textContent()).resolves.toBe('省生态环境厅党组书记、厅长韩立军出席并讲话，副厅长周启航');
    await expect(post.locator('figcaption').textContent()).resolves.toMatch(/2021-06-04, characters \d+–\d+$/);
  });

  it('takes one to the organization of a post: its node is selected', async () => {
    await details()
      .locator('.positions > li')
      .first()
      .getByRole('button', { name: /东岚省生态环境厅/ })
      .click();
    await details().locator('h2', { hasText: '东岚省生态环境厅' }).waitFor();
    await expect(details().getByRole('heading', { name: 'Positions over time' }).count()).resolves.toBe(0);
  });

  it('marks 陆文博’s post at 临溪市生态环境局 as former, seen from 2021-06-04 to 2022-06-02', async () => {
    await page().goto(`${session.api.url}/explore?id=${fixtures.id('person:lu-wenbo')}`);
    await details().locator('h2', { hasText: '陆文博' }).waitFor();
    await expect(timeline()).resolves.toEqual([
      ['2021-06-04 – 2022-06-02', '局长', '临溪市生态环境局', 'former'],
      ['2022-06-02', '副厅长', '东岚省生态环境厅', ''],
    ]);
    await expect(details().locator('.positions > li').first().getByText('former post').isVisible()).resolves.toBe(true);
  });

  it('keeps every post under a filter, and says which ones the chosen reports do not name', async () => {
    await page().goto(`${session.api.url}/explore?id=${zhou()}&doc=${fixtures.documentIds[0]}`);
    await waitForZhou();
    await details().locator('.positions').waitFor();
    const unnamed = await details()
      .locator('.positions > li', { hasText: 'Not named by the chosen reports.' })
      .locator('.position-title')
      .allTextContents();
    expect(unnamed).toEqual(['厅长', '党组书记']);
  });

  it('sent no request beyond 127.0.0.1 and logged no error', () => {
    expect(session.browser.foreignRequests).toEqual([]);
    expect(session.browser.pageErrors).toEqual([]);
  });
});
