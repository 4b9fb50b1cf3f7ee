import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = (text: string) => {
  const draft = readDraft(text);
  return { ...draft, said: draft.saidBy };
};

describe('a delivered report’s words given to who delivered it (round eighteen)', () => {
  it('gives 报告提出 to the mayor who delivered the government work report in the paragraph before', () => {
    const { said } = read(
      '2月1日上午，滨江市十届人大四次会议开幕。市长罗明远作政府工作报告。\n报告提出，过去一年，全市新建污水管网300公里，空气质量持续改善。',
    );
    expect(said('过去一年，全市新建污水管网')).toEqual(['罗明远']);
  });

  it('gives 报告指出 to a governor who delivered the report on behalf of the government', () => {
    const { said } = read('省长周海代表省政府作工作报告。报告指出，要持续深入打好蓝天保卫战。');
    expect(said('要持续深入打好蓝天保卫战')).toEqual(['周海']);
  });

  it('leaves a report that no one in the text delivered without a speaker', () => {
    const { statements } = read('党的二十大报告指出，要推动绿色发展。');
    expect(statements).toEqual([]);
  });
});

describe('quotes answered at once and after a clause of what prompted them (round eighteen)', () => {
  it('reads 随即 between a speaker and the speech verb as 随后 is read', () => {
    const { said } = read('滨江市生态环境局局长罗明远出席发布会。看到记者们没有反应过来，罗明远随即解释道，所谓加法就是发展绿色产业。');
    expect(said('所谓加法就是发展绿色产业')).toEqual(['罗明远']);
  });

  it('gives a quote to the speaker after a clause of what prompted the answer (看到…，)', () => {
    const { said } = read(
      '滨江市生态环境局局长罗明远出席发布会。“作为生态环境部门，我们的主要工作就是做好加减法。”看到记者们一时没有反应过来，罗明远随即解释道，所谓做加法就是做“绿色加法”。',
    );
    expect(said('作为生态环境部门')).toEqual(['罗明远']);
    expect(said('所谓做加法就是')).toEqual(['罗明远']);
  });

  it('gives no speaker to a quote followed by a clause of circumstance and no speech verb', () => {
    const { statements } = read('“这条红线是一把标尺，一个规则，用来确定怎么做。”看到大家点头，会议转入下一项议程。');
    expect(statements).toEqual([]);
  });
});

describe('who speaks for whom: schools and a leader’s party (round eighteen)', () => {
  it('reads a secondary school named by its place before a post as the body its head speaks for', () => {
    const { speaksFor } = read('东岚市第二中学校长何长青致辞。');
    expect(speaksFor).toContainEqual(['何长青', '东岚市第二中学', '校长']);
  });

  it('ends the body of the next person at 率: the leader and the body he brings are apart', () => {
    const { organizations, speaksFor } = read('7月8日，省林业厅副厅长高远明率省野生动物保护站站长陈永明调研湿地保护工作。');
    expect(organizations).toContain('省野生动物保护站');
    expect(organizations.some((name) => name.includes('高远明'))).toBe(false);
    expect(speaksFor).toContainEqual(['陈永明', '省野生动物保护站', '站长']);
  });
});

describe('second look: examples given as speech (round eighteen)', () => {
  it('reads 举例道 and 举例说 as speech verbs', () => {
    const quoted = read('滨江市生态环境局局长罗明远出席。他举例道，“根据监测结果，今年烟花爆竹的燃放是历年来最少的。”');
    expect(quoted.said('根据监测结果')).toEqual(['罗明远']);
    const reported = read('滨江市生态环境局局长罗明远出席。他举例说，今年烟花爆竹的燃放是历年来最少的。');
    expect(reported.said('今年烟花爆竹的燃放')).toEqual(['罗明远']);
  });
});
