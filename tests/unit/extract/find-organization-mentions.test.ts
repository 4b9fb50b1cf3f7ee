import { describe, expect, it } from 'vitest';
import { findOrganizationMentions } from '../../../src/extract/find-organization-mentions.ts';
import { findRegionMentions } from '../../../src/extract/find-region-mentions.ts';
import { contextFor } from '../../support/extraction-context.ts';

function organizationsOf(text: string) {
  const context = contextFor(text);
  const regions = findRegionMentions(context);
  return { ...findOrganizationMentions(context, regions), regions };
}

describe('findOrganizationMentions', () => {
  it('finds national bodies from the table and drops the place inside their names', () => {
    const { organizations, absorbed, regions } = organizationsOf('中国环境报记者报道，党中央、国务院高度重视。');
    expect(organizations.map((o) => [o.name, o.tableId, o.kind])).toEqual([
      ['中国环境报', 'organization:china-environment-news', 'media'],
      ['党中央', 'organization:cpc-central-committee', 'party-body'],
      ['国务院', 'organization:state-council', 'government'],
    ]);
    // The segmenter holds 中国环境报 as a body's name, so 中国 is no place before the bodies are read; else the body takes it.
    expect(regions.filter((region) => !absorbed.has(region)).map((region) => region.surface)).not.toContain('中国');
  });

  it('makes a local body of a place and a suffix, with the place it serves', () => {
    const { organizations } = organizationsOf('辽宁省大连市生态环境局局长张海冰难掩兴奋。');
    expect(organizations).toHaveLength(1);
    expect(organizations[0]).toMatchObject({ name: '大连市生态环境局', kind: 'municipal-bureau', rule: 'organization/local-body' });
    expect(organizations[0]!.region?.name).toBe('大连市');
  });

  it('finds a unit of the ministry after the ministry, as part of it', () => {
    const { organizations } = organizationsOf('生态环境部海洋生态环境司副司长霍传林说。');
    const unit = organizations.find((o) => o.name === '海洋生态环境司')!;
    expect(unit.tableId).toBe('organization:mee-department-of-marine-ecology-and-environment');
    expect(unit.parents[0]!.mention?.name).toBe('生态环境部');
  });

  it('finds the stationed discipline group with its two central parents', () => {
    const { organizations } = organizationsOf('中央纪委国家监委驻生态环境部纪检监察组组长陈春江说。');
    expect(organizations[0]).toMatchObject({ name: '中央纪委国家监委驻生态环境部纪检监察组', kind: 'oversight-body' });
    expect(organizations[0]!.parents.map((p) => p.tableId)).toEqual([
      'organization:central-commission-for-discipline-inspection',
      'organization:national-supervisory-commission',
    ]);
  });

  it("reads 省生态环境厅 with the place left out as the report's own province, and says so", () => {
    const { organizations } = organizationsOf('东岚省发布公报。东岚省生态环境厅召开会议。省生态环境厅副厅长周启航通报情况。');
    const elided = organizations.find((o) => o.surface === '省生态环境厅')!;
    expect(elided.region?.name).toBe('东岚省');
    expect(elided.review).toBe("place left out; took the report's province 东岚省");
  });

  it('marks a former body', () => {
    const { organizations } = organizationsOf('原环境保护部总工程师万本太涉嫌严重违纪违法。');
    expect(organizations[0]).toMatchObject({ name: '环境保护部', former: true });
  });

  it('does not read 生态环境部门 as the ministry', () => {
    expect(organizationsOf('生态环境部门的机构设置也在优化。').organizations).toEqual([]);
  });
});
