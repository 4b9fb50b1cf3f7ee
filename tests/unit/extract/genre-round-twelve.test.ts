import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = (text: string) => {
  const draft = readDraft(text);
  return { ...draft, said: draft.saidBy };
};

describe('speech of interviews, spaced punctuation and disclosures (round twelve)', () => {
  it('reads a speaker after a comma followed by a space, as text typed with Western spacing prints it', () => {
    const { said, people } = read('座談會開始時, 王建國說, 很高興與大家見面, 交流保護經驗。');
    expect(people).toContain('王建國');
    expect(said('很高興與大家見面')).toEqual(['王建國']);
  });

  it('reads 披露 as reporting an official’s words', () => {
    const { said } = read('省林业局新闻发言人高志远在例行发布会上披露，全省新增了两处省级湿地公园。');
    expect(said('全省新增了两处省级湿地公园')).toEqual(['高志远']);
  });

  it('reads the turns of a printed interview: the magazine’s questions and the interviewee named by his turns', () => {
    const text = [
      '本刊记者近日专访了市生态环境局局长。',
      '《绿野》：今年全市的空气质量有什么变化？',
      '邹明远：优良天数比去年多了，重污染天气明显减少。',
      '《绿野》：下一步还有哪些打算？',
      '邹明远：我们要把工业炉窑治理作为重点，继续推进。',
    ].join('\n');
    const { said, people, statements } = read(text);
    expect(people).toContain('邹明远');
    expect(said('优良天数比去年多了')).toEqual(['邹明远']);
    expect(said('我们要把工业炉窑治理作为重点')).toEqual(['邹明远']);
    expect(statements.some((statement) => statement.startsWith('今年全市的空气质量有什么变化'))).toBe(true);
    expect(said('今年全市的空气质量有什么变化')).toEqual([]);
  });

  it('reads a journalist’s turns by role (记者：) as questions said by no one, and the answers as the interviewee’s', () => {
    const text = [
      '记者：这条河的污染是怎么造成的？',
      '钱立群：主要是沿岸餐饮店直排污水，我们已经立案查处。',
      '记者：下一步怎么办？',
      '钱立群：接下来要把截污管网铺到每一家。',
    ].join('\n');
    const { said, statements } = read(text);
    expect(said('主要是沿岸餐饮店直排污水')).toEqual(['钱立群']);
    expect(said('接下来要把截污管网铺到每一家')).toEqual(['钱立群']);
    expect(statements.some((statement) => statement.startsWith('这条河的污染是怎么造成的'))).toBe(true);
    expect(said('这条河的污染是怎么造成的')).toEqual([]);
  });

  it('carries the speaker over 并 and a topic phrase to the verb (并就下一步工作强调，…)', () => {
    const { said } = read('省水利厅副厅长方振华通报了检查结果，并就下一步整改工作强调，各县要在月底前完成清淤。');
    expect(said('各县要在月底前完成清淤')).toEqual(['方振华']);
  });

  it('reads a visitor’s three-character name before 来 (某某来我市调研) and gives him the speech after it', () => {
    const { people, said } = read('省委副书记孙明奇来我市调研，强调要守住生态保护红线。');
    expect(people).toEqual(['孙明奇']);
    expect(said('要守住生态保护红线')).toEqual(['孙明奇']);
  });

  it('carries a speech to the sentence’s subject, not to the reporter of the lead’s byline', () => {
    const { said } = read('本报讯(记者林晓报道)6日,副省长周海奇来我市调研,强调要守住生态保护红线。');
    expect(said('要守住生态保护红线')).toEqual(['周海奇']);
  });

  it('gives 她 after a visit to the visitor, not to the host named in 在…陪同下', () => {
    const { said } = read('3日，省长何丽萍在市委书记宋建平的陪同下考察了城区水系。她强调，要加快补齐污水管网短板。');
    expect(said('要加快补齐污水管网短板')).toEqual(['何丽萍']);
  });

  it('makes no interviewee of a line that opens with a colon only once', () => {
    const { people } = read('会议纪要\n汪洋湖：水质稳定达到三类。');
    expect(people).not.toContain('汪洋湖');
  });
});

describe('places of the river chief system and of the whole country (round twelve)', () => {
  it('reads no lake out of a lake chief’s post (镇级湖长, 河长升湖长)', () => {
    const { places, people } = read('河长升湖长 护水再出发\n镇级湖长陈立新每周沿湖巡查一次。');
    expect(places).toEqual([]);
    expect(people).toContain('陈立新');
  });

  it('still reads a lake named at the start of a clause', () => {
    const { places } = read('清源湖、白鹭湖完成清淤，湖长每月巡湖。');
    expect(places).toEqual(expect.arrayContaining(['清源湖', '白鹭湖']));
  });

  it('makes no place of 我国 whose clause counts only a date or an ordinal', () => {
    expect(read('我国将在2030年年底前全面建立林长制。').places).toEqual([]);
    expect(read('今年我国将设立第二批国家公园。').places).toEqual([]);
  });

  it('keeps 我国 as the country where its clause counts something, a place the report implies (it names none)', () => {
    const { places, impliedPlaces } = read('我国新增了8处国际重要湿地。');
    expect(places).toEqual([]);
    expect(impliedPlaces).toEqual(['我国']);
  });

  it('reads a river by its tributary or main stream (某某江支流, 某某河干流), not the verb before it', () => {
    expect(read('几家企业的废水直排龙川江支流。').places).toEqual(['龙川江']);
    expect(read('沿线企业的废水排入龙溪河支流。').places).toEqual(['龙溪河']);
  });

  it('makes no second place of a main stream when the report names its basin (某江流域 … 某江干流)', () => {
    expect(read('沱溪江流域水质持续改善。沱溪江干流水质总体为优。').places).toEqual(['沱溪江流域']);
  });
});

describe('places of reserves, monitoring sections and counties by their stem (round twelve)', () => {
  it('reads a reserve whose name holds its type and level (某某湿地自然保护区, 某某省级湿地自然保护区) as one place', () => {
    const { places } = read('名录新增了黄河三角洲湿地自然保护区和白马湖省级湿地自然保护区。');
    expect(places).toEqual(['黄河三角洲湿地自然保护区', '白马湖省级湿地自然保护区']);
  });

  it('reads no reserve out of a type alone after a division (某市湿地自然保护区), nor a wetland out of the country’s wetlands', () => {
    expect(read('天津市湿地自然保护区规划已经获批。').places).toEqual(['天津市']);
    expect(read('今天请大家参观中国湿地科普摄影展。').places).not.toContain('参观中国湿地');
    expect(read('今天请大家参观中国湿地科普摄影展。').places).not.toContain('中国湿地');
  });

  it('reads a national monitoring section by its river and village (某河某村国控断面)', () => {
    expect(read('沙河李庄国控断面水质稳定达标。').places).toEqual(['沙河李庄国控断面']);
  });

  it('reads a county by its stem right after its province or city when a list mark follows', () => {
    const { places } = read('生态环境部约谈了四川省遂宁、重庆市石柱等地政府。');
    expect(places).toEqual(expect.arrayContaining(['遂宁', '石柱']));
  });

  it('reads no county out of a word after a province (广西资源循环利用)', () => {
    expect(read('不断提升广西资源循环利用水平。').places).toEqual(['广西']);
  });
});
