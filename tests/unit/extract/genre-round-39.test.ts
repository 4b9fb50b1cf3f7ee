import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of provincial and municipal eco-environment work
// conferences: leaders listed without posts, a series closed by 和, the central inspection teams as the press prints
// them, departments and a county's units in lists, plans named by their count of articles, a caption's photo credit,
// waters named by the task done on them and a verb's complement before a campaign's name.
describe('a roster of leaders whose last name is joined by 和', () => {
  it('reads every name of a list closed by 和 before 出席', () => {
    const { people } = readDraft('省委书记刘国华讲话。王明远、周安顺、徐大成、李毅和石时态出席会议。');
    expect(people).toEqual(['刘国华', '王明远', '周安顺', '徐大成', '李毅', '石时态']);
  });

  it('takes the name after 和 only when a word of attendance closes the list', () => {
    const { people, bodies } = readDraft('县领导陈立、王明和市生态环境局负责同志参加。');
    expect(people).toEqual(['陈立', '王明']);
    expect(bodies).toEqual(['市生态环境局']);
  });

  it('reads no place inside a listed name (周安顺 is no 安顺)', () => {
    expect(readDraft('王明远、周安顺和徐大成出席会议。').places).toEqual([]);
  });
});

describe('the central inspection teams as the press prints them', () => {
  it('reads a numbered team written 督查组 for 督察组', () => {
    expect(readDraft('贯彻落实中央第三环境保护督查组反馈意见整改工作。').bodies).toEqual(['中央第三环境保护督查组']);
    expect(readDraft('中央环保督查组进驻我省。').bodies).toEqual(['中央环保督查组']);
  });

  it('takes no team of a name the central teams never had', () => {
    expect(readDraft('对中央保护督查组反馈问题抓紧整改。').bodies).toEqual([]);
  });
});

describe('departments and a county’s units in lists', () => {
  it('reads a forestry and grassland bureau by its short form at the end of a list of departments', () => {
    const { bodies } = readDraft('会议听取了省发改委、财政厅、水利厅、林草局有关情况汇报。');
    expect(bodies).toEqual(['省发改委', '财政厅', '水利厅', '林草局']);
  });

  it('reads a county’s comprehensive law-enforcement bureau and a company that spoke at the meeting', () => {
    const { bodies, places } = readDraft('县综合行政执法局、青石镇、东湖水泥公司在会上分别作交流发言。');
    expect(bodies).toEqual(['县综合行政执法局', '东湖水泥公司']);
    expect(places).toEqual(['青石镇']);
  });

  it('reads a township listed between a county’s bureaus as a place', () => {
    expect(readDraft('区住建局、清风镇、明月乡、区水务局作表态发言。').places).toEqual(['清风镇', '明月乡']);
  });

  it('takes no settlement word from a list of plain things', () => {
    expect(readDraft('要求做好垃圾清运、村容整治、污水处理等工作。').places).toEqual([]);
  });
});

describe('plans named by their count of articles', () => {
  it('reads each quoted name of a plan of ten articles', () => {
    expect(readDraft('严格落实国家“大气十条”“水十条”“土十条”等要求。').policies).toEqual(['大气十条', '水十条', '土十条']);
  });

  it('takes no quoted count of lines or red lines for a plan', () => {
    expect(readDraft('坚守“三条红线”。').policies).toEqual([]);
  });
});

describe('a photo credit in brackets at the end of a caption', () => {
  it('reads the photographer after 图 and a colon, and two after 摄影', () => {
    expect(readDraft('县委书记孔令辉出席会议并讲话(图:叶上荣)').people).toEqual(['孔令辉', '叶上荣']);
    expect(readDraft('会议现场(摄影:叶上荣 王小明)').people).toEqual(['叶上荣', '王小明']);
  });

  it('takes no outlet or stock picture of a credit for a person', () => {
    expect(readDraft('会议现场(图:资料图)').people).toEqual([]);
  });
});

describe('waters named by the task done on them', () => {
  it('reads a river before 环境治理 and one closed by 等水域', () => {
    expect(readDraft('持续做好青溪河环境治理的修复。').places).toEqual(['青溪河']);
    expect(readDraft('加强白沙河等水域沿岸的环境治理力度。').places).toEqual(['白沙河']);
  });

  it('takes no common word for rivers before the task for a river', () => {
    expect(readDraft('推进小河环境整治。').places).toEqual([]);
  });
});

describe('a verb’s complement before a campaign’s name', () => {
  it('leaves 好 of 打好 out of the campaign', () => {
    expect(readDraft('要突出重点,深入打好空气质量对标攻坚战。').policies).toEqual(['空气质量对标攻坚战']);
  });
});

describe('a title padded with spaces inside its book-title marks', () => {
  it('reads a padded newspaper as no policy and a padded plan by its name alone', () => {
    expect(readDraft('《 东方日报 》( 2019年10月30日 11 版)').policies).toEqual([]);
    expect(readDraft('印发《 青湖综合治理攻坚战行动计划 》。').policies).toEqual(['青湖综合治理攻坚战行动计划']);
  });
});
