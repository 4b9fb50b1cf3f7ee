import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names and places, for shapes of the provincial work conference reported as
// news (round 49): a page's header labels marked with slashes, layouts and strategies named by a quoted slogan, the
// chief systems and the red line named as systems, and the generic pairs of the documents that name no policy.
describe('a page header whose labels are marked with slashes', () => {
  it('reads no label as the name of an empty author field, and still reads the reporter', () => {
    const draft = readDraft('全省工作会议召开\n\n来源/ 某某网 作者/ 时间/2023-03-01 09:10:11\n\n某某网3月1日讯（记者 罗小川）2月28日，会议召开。');
    expect(draft.people).toEqual(['罗小川']);
  });

  it('still reads an author after a slash when a name follows', () => {
    expect(readDraft('作者/ 韩立平\n\n会议在省城召开。').people).toEqual(['韩立平']);
  });
});

describe('layouts and strategies named by a quoted slogan', () => {
  it('reads a quoted slogan with what it lays out and 格局 as one name', () => {
    expect(readDraft('全省上下以构建“两廊四区”区域发展格局为牵引，推动高质量发展。').policies).toContain('“两廊四区”区域发展格局');
  });

  it('reads a layout quoted whole without its quotes', () => {
    expect(readDraft('副省长郑立新强调，要着力构建“大环保格局”。').policies).toContain('大环保格局');
  });

  it('keeps a quoted slogan with the words before a head word (“…”发展战略)', () => {
    expect(readDraft('深入实施“两带一区”发展战略，推动生态环境质量持续改善。').policies).toContain('“两带一区”发展战略');
  });

  it('reads no unquoted layout, nor one whose words hold 的', () => {
    expect(readDraft('加快构建新发展格局，推动高质量发展。').policies).toEqual([]);
    expect(readDraft('践行“两山”理念下的发展格局。').policies.some((name) => name.endsWith('格局'))).toBe(false);
  });
});

describe('the chief systems named without a head word of their own', () => {
  it('reads the bay chief system beside a campaign', () => {
    const draft = readDraft('要深入实施湾长制，持续打好碧水保卫战。');
    expect(draft.policies).toEqual(expect.arrayContaining(['湾长制', '碧水保卫战']));
  });
});

describe('generic pairs before a head word', () => {
  it('reads no policy in 体制机制, 政策机制 or a 民生工程', () => {
    const draft = readDraft('环境保护是重大民生工程，要完善政策机制，加快完善生态补偿的体制机制。');
    expect(draft.policies).toEqual([]);
  });

  it('keeps a plan named after a quoted national name under its own head', () => {
    expect(readDraft('研究“十四五”生态环境监测规划编制等事项。').policies).toContain('生态环境监测规划');
  });
});
