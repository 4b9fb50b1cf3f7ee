import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../web/explore/explorer-api.ts';
import { describeScope, EVERY_REPORT, isScoped, keepsEvidence, readScope, scopeParams } from '../../web/explore/report-scope.ts';

// Two of the team-written test reports (tests/fixtures/reports), as the explorer lists them.
const REPORTS = [
  {
    id: 'document:donglan-daily-2022-environment-bulletin',
    name: '去年我省PM2.5平均浓度降至34微克/立方米',
    nameEn: null,
    publishedAt: '2022-06-02',
    publisher: '东岚日报',
  },
  {
    id: 'document:donglan-daily-2021-environment-bulletin',
    name: '东岚省发布2020年生态环境状况公报',
    nameEn: null,
    publishedAt: '2021-06-04',
    publisher: '东岚日报',
  },
];

const mention = (id: string, publishedAt: string): Evidence => ({ excerpt: '周启航', start: 0, end: 3, document: { id, name: '', publishedAt } });

describe('the explorer’s report filter in the address', () => {
  it('reads a period and chosen reports, and writes them back in the same order', () => {
    const scope = readScope(new URLSearchParams('id=person:zhou-qihang&from=2021-01-01&doc=document:a&doc=document:b&doc=document:a'));
    expect(scope).toEqual({ from: '2021-01-01', to: null, documents: ['document:a', 'document:b'] });
    expect(scopeParams(scope)).toEqual([
      ['from', '2021-01-01'],
      ['doc', 'document:a'],
      ['doc', 'document:b'],
    ]);
  });

  it('ignores what cannot be a date or a document id, so a hand-edited address still shows something', () => {
    expect(readScope(new URLSearchParams('from=last-year&to=2022-13&doc=person:li-ganjie'))).toEqual(EVERY_REPORT);
    expect(isScoped(EVERY_REPORT)).toBe(false);
  });
});

describe('what the filter keeps and how it is named', () => {
  it('keeps a mention when its report is chosen and falls in the period', () => {
    const scope = { from: '2022-01-01', to: null, documents: [] };
    expect(keepsEvidence(scope, mention(REPORTS[0]!.id, '2022-06-02'))).toBe(true);
    expect(keepsEvidence(scope, mention(REPORTS[1]!.id, '2021-06-04'))).toBe(false);
    const chosen = { from: null, to: null, documents: [REPORTS[1]!.id] };
    expect(keepsEvidence(chosen, mention(REPORTS[1]!.id, '2021-06-04'))).toBe(true);
    expect(keepsEvidence(chosen, mention(REPORTS[0]!.id, '2022-06-02'))).toBe(false);
  });

  it('names the scope in words that follow “relations from”', () => {
    expect(describeScope(EVERY_REPORT, REPORTS)).toBe('every report');
    expect(describeScope({ from: null, to: null, documents: [REPORTS[1]!.id] }, REPORTS)).toBe('the report of 2021-06-04');
    expect(describeScope({ from: null, to: null, documents: ['document:unlisted'] }, REPORTS)).toBe('1 chosen report');
    expect(describeScope({ from: '2022-01-01', to: null, documents: [] }, REPORTS)).toBe('reports published from 2022-01-01');
    expect(describeScope({ from: '2021-01-01', to: '2021-12-31', documents: REPORTS.map((report) => report.id) }, REPORTS)).toBe(
      '2 chosen reports, published 2021-01-01 to 2021-12-31',
    );
  });
});
