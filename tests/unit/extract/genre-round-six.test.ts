import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

const read = readDraft;

describe('posts printed after the name (round six)', () => {
  it('reads heads of institutes, academicians, professors and researchers named before their post', () => {
    const { people } = read('东岚大学周明远院士、省环科院钱立新研究员和孙晓东教授出席座谈会。');
    expect(people).toEqual(expect.arrayContaining(['周明远', '钱立新', '孙晓东']));
  });

  it('gives the speech after a post printed after the name to that person', () => {
    const { people, said } = read('东岚省环保厅召开部署会。何立平总工程师强调，各地要提高认识，抓好落实。');
    expect(people).toContain('何立平');
    expect(said).toEqual([['何立平', '各地要提高认']]);
  });

  it('reads the university before an academician named with his post after the name as his body', () => {
    const { speaksForPairs: speaksFor } = readDraft('出席论坛的有东岚大学周明远院士、西川大学吴立群副校长。');
    expect(speaksFor).toEqual(
      expect.arrayContaining([
        ['周明远', '东岚大学'],
        ['吴立群', '西川大学'],
      ]),
    );
  });

  it('reads each name of a list whose last name carries the post they share', () => {
    const { people } = read('研促会秘书长朱立、杨晓丽、王春明、周桂芳副秘书长参加会议。');
    expect(people).toEqual(expect.arrayContaining(['朱立', '杨晓丽', '王春明', '周桂芳']));
    expect(read('生态环境、自然资源局长出席会议。').people).toEqual([]);
  });

  it('reads a director-general and a township head named before their post', () => {
    const { people } = read('会议由郑国华司长主持。吴建军镇长介绍了河道整治情况。');
    expect(people).toEqual(expect.arrayContaining(['郑国华', '吴建军']));
  });

  it('reads a township head after the township’s party committee in a run of posts', () => {
    const { people } = read('4月2日，东岚镇党委副书记、镇长林秀英带队巡河。');
    expect(people).toContain('林秀英');
  });
});

describe('roster lines of minutes (round six)', () => {
  it('reads each line of an attendance list as a person, padded names as printed, and no line that names no post', () => {
    const text = '东岚县水利局会议纪要\n参会人员：\n钱永康 党组书记、局长\n孙 涛 党组成员、执法大队大队长\n李淑芬 办公室主任\n会议室 三楼东侧';
    const { people } = read(text);
    expect(people).toEqual(expect.arrayContaining(['钱永康', '孙 涛', '李淑芬']));
    expect(people).not.toContain('会议室');
  });
});

describe('towns named alone (round six)', () => {
  it('reads a town named alone as a place, and a town after its county as two places', () => {
    expect(read('9月2日，龙泉镇召开人居环境整治推进会。').places).toContain('龙泉镇');
    const { places } = read('调研组来到东岚省清河县龙泉镇，查看河道整治情况。');
    expect(places).toEqual(expect.arrayContaining(['清河县', '龙泉镇']));
    expect(places).not.toContain('清河县龙泉镇');
  });

  it('reads no township in the words for rural areas or for all the towns', () => {
    expect(read('要持续推进美丽乡村建设和城乡环境整治。').places).toEqual([]);
    expect(read('各乡镇(街道)主要负责人参加会议。').places).toEqual([]);
  });
});

describe('bodies of science and society (round six)', () => {
  it('reads a learned society and a key laboratory named before a post as bodies', () => {
    const { bodies, people } = read('东岚省环境科学学会秘书长许文博、城市水环境国家重点实验室主任韩立冬出席会议。');
    expect(bodies).toEqual(expect.arrayContaining(['东岚省环境科学学会', '城市水环境国家重点实验室']));
    expect(people).toEqual(expect.arrayContaining(['许文博', '韩立冬']));
  });
});

describe('transcript turns named by body and name (round six)', () => {
  it('reads the host of a press conference named after his body on a turn line, and gives him the speech below', () => {
    const text =
      '东岚省人民政府新闻办公室张晓岚:\n女士们、先生们,上午好!欢迎大家出席新闻发布会。\n东岚省生态环境厅副厅长、新闻发言人刘建:\n新闻界的朋友们,大家上午好!今年全省空气质量持续改善。';
    const { people, said } = read(text);
    expect(people).toEqual(expect.arrayContaining(['张晓岚', '刘建']));
    expect(said).toEqual(expect.arrayContaining([['张晓岚', '女士们、先生']]));
  });
});
