import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { buildReportDocx, buildScannedPdf } from '../support/report-documents.ts';
import { buildProvincialPage, splitPlainReport } from '../support/report-pages.ts';
import { startBrowser, type TestBrowser } from '../support/start-browser.ts';
import { startTestService, type TestService } from '../support/test-service.ts';
import { enterToken } from './support/review-page.ts';

// Team-written reports (tests/fixtures/reports/README.md); this test only extracts them, it loads nothing.
const fixture = (name: string) => readFile(path.join(new URL(FIXTURE_REPORTS).pathname, name, 'report.txt'), 'utf8');
const TOKEN = `review-files-${randomBytes(16).toString('hex')}`;
let browser: TestBrowser;
let api: TestService;

beforeAll(async () => {
  browser = await startBrowser();
  browser.page.setDefaultTimeout(20_000);
  api = await startTestService({ ADMIN_TOKEN: TOKEN });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await browser.screenshot(`review-files-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const queueItems = (page: Page) => page.getByRole('list', { name: 'Files to review' }).getByRole('listitem');
const fileInput = (page: Page) => page.getByLabel('Or open report files: text, web pages, PDF, Word .docx (at most 5 MB each), or drop them here');

describe('the review page opens reports as users have them', () => {
  it('queues several files, drafts each on the service, opens the first and says what each came from', async () => {
    const { page } = browser;
    await page.goto(`${api.url}/review`);
    await page.evaluate(() => localStorage.removeItem('ecokg.review'));
    await page.reload();
    await enterToken(page, TOKEN);
    const jiachuan = await fixture('jiachuan-2021-press-conference');
    const page1 = iconv.encode(
      buildProvincialPage(splitPlainReport(jiachuan), { date: '2021-07-20', time: '10:15', source: '嘉川日报', author: '记者 殷子涵', url: '' }).html,
      'gbk',
    );
    const workReport = await buildReportDocx(await fixture('mee-2021-monitoring-work-report'));
    await fileInput(page).setInputFiles([
      { name: '嘉川发布会.html', mimeType: 'text/html', buffer: page1 },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: await buildScannedPdf(2) },
      {
        name: 'work-report.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: workReport,
      },
    ]);

    // The first draft opens by itself, saying its format and encoding; its text is the page's article.
    await page.locator('#report-view mark').first().waitFor();
    await expect
      .poll(() => page.locator('#draft-title').textContent())
      .toBe('Reviewing 嘉川省政府新闻办举行2021年上半年全省生态环境质量状况新闻发布会 (2021-07-20), from 嘉川发布会.html, a web page in GB18030.');
    await expect(page.locator('#report-view').textContent()).resolves.toBe(jiachuan);
    await expect.poll(() => queueItems(page).count()).toBe(3);
    await expect.poll(() => queueItems(page).nth(2).textContent()).toMatch(/work-report\.docx\s*drafted from work-report\.docx, a Word \.docx/);
    await expect(queueItems(page).nth(1).textContent()).resolves.toContain(
      'scan.pdf is a scan (pictures of pages, no text to read): run text recognition (OCR) on it first.',
    );
    await expect(queueItems(page).nth(0).textContent()).resolves.toContain('opened (嘉川发布会.html, a web page in GB18030)');

    // The next draft waits until this one is loaded or discarded.
    const review = queueItems(page).nth(2).getByRole('button', { name: 'Review' });
    await expect(review.isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    await review.click();
    await expect
      .poll(() => page.locator('#draft-title').textContent())
      .toMatch(/^Reviewing 深化监测改革 .*\(2021-03-18\), from work-report\.docx, a Word \.docx\.$/);
  });

  it('takes a file dropped on the report section like one opened with the picker', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    const donglan = await fixture('donglan-2021-environment-bulletin');
    // What a drag from the desktop delivers: a DataTransfer holding the file, dropped on the section.
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'donglan.txt', { type: 'text/plain' }));
      const target = document.getElementById('source')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, donglan);
    await expect
      .poll(() => page.locator('#draft-title').textContent())
      .toMatch(/^Reviewing 东岚省发布2020年生态环境状况公报 .*, from donglan\.txt, a text file\.$/);
    await expect(page.locator('#report-view').textContent()).resolves.toBe(donglan);
    await expect(queueItems(page).count()).resolves.toBe(4);
  });
});
