import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../../src/extract/extract-report.ts';
import { loadKnownGraphFromSeed } from '../../src/extract/known-graph.ts';
import { draftReport, type ReportDraft } from '../../src/ingest/draft-report.ts';
import { readReportInput, readReportText } from '../../src/ingest/read-report-input.ts';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { countEvidence, findMisplacedEvidence } from '../support/check-evidence.ts';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { buildReportDocx, buildReportPdf } from '../support/report-documents.ts';
import { buildMinistryPage, buildNewspaperPage, buildProvincialPage, type PageFacts, splitPlainReport } from '../support/report-pages.ts';

let extractor: Extractor;

beforeAll(async () => {
  extractor = createExtractor({ known: await loadKnownGraphFromSeed(SEED_ROOT) });
});

const plainOf = (name: string) => readFile(new URL(`${name}/report.txt`, FIXTURE_REPORTS), 'utf8');
const withoutOrigin = (draft: ReportDraft) => ({ ...draft.graph, document: { ...draft.graph.document, origin: undefined } });

/** The draft of a report's plain text, given the facts a page states (as a user would pass --title, --date …). */
function plainDraft(text: string, facts: Partial<PageFacts> & { title?: string } = {}): ReportDraft {
  return draftReport(extractor, readReportText(text, 'report.txt'), {
    title: facts.title,
    date: facts.date,
    url: facts.url,
    publisher: facts.source,
  });
}

describe('a report’s draft is the same from every format as from its plain text', () => {
  const facts: PageFacts = {
    date: '2021-07-20',
    time: '09:30',
    source: '中国环境报',
    author: '记者 殷子涵',
    url: 'https://www.example.gov.cn/a/1.shtml',
  };
  // The provincial site's page states no URL of its own.
  const pages: Array<[string, string, typeof buildMinistryPage, 'utf-8' | 'gbk', string | undefined]> = [
    ['a ministry’s page', 'mee-2021-weekly-digest', buildMinistryPage, 'utf-8', facts.url],
    ['a newspaper’s page', 'donglan-2021-environment-bulletin', buildNewspaperPage, 'utf-8', facts.url],
    ['a provincial department’s page in GBK', 'jiachuan-2021-press-conference', buildProvincialPage, 'gbk', undefined],
  ];
  for (const [what, name, build, encoding, url] of pages) {
    it(`${what}: same records, same evidence, the page's facts as the document's`, async () => {
      const plain = await plainOf(name);
      const report = splitPlainReport(plain);
      const html = build(report, facts).html;
      const input = await readReportInput({ bytes: encoding === 'gbk' ? iconv.encode(html, 'gbk') : Buffer.from(html), name: `${name}.html` });
      const fromPage = draftReport(extractor, input);
      const fromText = plainDraft(plain, { ...facts, url, title: report.title });
      expect(fromPage.text).toBe(plain);
      expect(withoutOrigin(fromPage)).toEqual(withoutOrigin(fromText));
      expect(fromPage.graph.document).toMatchObject({ name: report.title, publishedAt: '2021-07-20', publisher: '中国环境报' });
      expect(fromPage.graph.document.url).toBe(url);
      expect(fromPage.graph.document.origin).toMatchObject({
        file: `${name}.html`,
        format: 'html',
        encoding: encoding === 'gbk' ? 'gb18030' : 'utf-8',
      });
      expect(fromPage.graph.nodes.length).toBeGreaterThan(10);
      expect(findMisplacedEvidence(fromPage.graph, fromPage.text)).toEqual([]);
    });
  }

  it('a PDF: same records, same evidence', async () => {
    const plain = await plainOf('donglan-2022-environment-bulletin');
    const pdf = await buildReportPdf(splitPlainReport(plain), { header: '东岚日报　2022年6月2日' });
    const fromPdf = draftReport(extractor, await readReportInput({ bytes: pdf, name: 'bulletin.pdf' }));
    expect(fromPdf.text).toBe(plain);
    expect(withoutOrigin(fromPdf)).toEqual(withoutOrigin(plainDraft(plain)));
    expect(fromPdf.graph.nodes.map((node) => node.name)).toContain('周启航');
    expect(findMisplacedEvidence(fromPdf.graph, fromPdf.text)).toEqual([]);
    expect(countEvidence(fromPdf.graph)).toBeGreaterThan(20);
  });

  it('a Word .docx: same records, same evidence', async () => {
    const plain = await plainOf('mee-2021-monitoring-work-report');
    const fromDocx = draftReport(extractor, await readReportInput({ bytes: await buildReportDocx(plain), name: 'work-report.docx' }));
    expect(fromDocx.text).toBe(plain);
    expect(withoutOrigin(fromDocx)).toEqual(withoutOrigin(plainDraft(plain)));
    expect(fromDocx.graph.nodes.map((node) => node.name)).toContain('孟庆远');
    expect(findMisplacedEvidence(fromDocx.graph, fromDocx.text)).toEqual([]);
  });

  it('lets the user override what a page states', async () => {
    const plain = await plainOf('mee-2021-weekly-digest');
    const input = await readReportInput({ bytes: Buffer.from(buildMinistryPage(splitPlainReport(plain), facts).html), name: 'digest.html' });
    const draft = draftReport(extractor, input, { date: '2021-06-14', publisher: '生态环境部' });
    expect(draft.graph.document).toMatchObject({ publishedAt: '2021-06-14', publisher: '生态环境部', url: facts.url });
    expect(draft.graph.document.origin).toMatchObject({ facts: { date: '2021-07-20', source: '中国环境报' } });
  });
});
