import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for classes of the genre that every level's reports share.
describe('the state’s leaders, by the posts the Constitution names', () => {
  it('reads the Premier and a Vice Chairman of the NPC Standing Committee before their names, with their bodies', () => {
    const { people, speaksForPairs } = readDraft('国务院总理李正华、全国人大常委会副委员长丁仲林出席会议并讲话。');
    expect(people).toEqual(expect.arrayContaining(['李正华', '丁仲林']));
    expect(speaksForPairs).toEqual(
      expect.arrayContaining([
        ['李正华', '国务院'],
        ['丁仲林', '全国人大常委会'],
      ]),
    );
  });

  it('takes no body or common word before such a post for a name', () => {
    expect(readDraft('国务院副总理刘国华出席。').people).toEqual(['刘国华']);
    expect(readDraft('国家主席李明华会见了代表团。').people).toEqual(['李明华']);
    expect(readDraft('国务委员王建军出席。').people).toEqual(['王建军']);
  });
});

describe('given names with characters that also join words', () => {
  it('reads names that open with 向 or 和 and names that end with 月', () => {
    const { people } = readDraft('副省长李向阳、张和平，省政协副主席郑秋月出席会议。');
    expect(people).toEqual(expect.arrayContaining(['李向阳', '张和平', '郑秋月']));
  });

  it('reads names that end with 来 whole, and still ends a visitor’s name before 来我市', () => {
    expect(readDraft('副市长王福来出席会议。').people).toEqual(['王福来']);
    expect(readDraft('记者 李喜来').people).toEqual(['李喜来']);
    expect(readDraft('省委书记孙明奇来我市调研。').people).toEqual(['孙明奇']);
  });

  it('does not read 向 or 和 after a name as part of it', () => {
    expect(readDraft('局长王伟向记者介绍了有关情况。').people).toEqual(['王伟']);
    expect(readDraft('副市长王伟和副市长李强出席活动。').people).toEqual(expect.arrayContaining(['王伟', '李强']));
    expect(readDraft('副市长王伟和副市长李强出席活动。').people).not.toContain('王伟和');
  });
});

describe('a head’s title that names the kind of body headed', () => {
  it('gives a bare 局长 or 部长 at a clause’s start the body of the paragraph with that ending', () => {
    const { speaksFor } = readDraft('东岚市生态环境局召开全市生态环境工作会议。局长张德胜讲话，副局长王强主持。');
    expect(speaksFor).toEqual([
      ['张德胜', '东岚市生态环境局', '局长'],
      ['王强', '东岚市生态环境局', '副局长'],
    ]);
  });

  it('gives no body of another kind (a bureau’s name before 部长), nor one of an earlier paragraph', () => {
    expect(readDraft('东岚市生态环境局召开会议。部长黄明远出席。').speaksFor).toEqual([]);
    expect(readDraft('东岚市生态环境局召开会议。\n局长张德胜出席。').speaksFor).toEqual([]);
  });
});

describe('the commissions of a party committee', () => {
  it('reads a committee’s ecological and environmental protection commission and its office, with the office’s head', () => {
    const { organizations, speaksForPairs } = readDraft('湖北省委生态环境保护委员会办公室主任王强主持会议，省委全面深化改革委员会有关负责同志参加。');
    expect(organizations).toEqual(expect.arrayContaining(['湖北省委生态环境保护委员会办公室', '省委全面深化改革委员会']));
    expect(speaksForPairs).toContainEqual(['王强', '湖北省委生态环境保护委员会办公室']);
  });
});

describe('leading groups named after the campaign they coordinate', () => {
  it('reads the battle’s, the inspection rectification’s and the river chief system’s leading groups and offices', () => {
    const { organizations, speaksForPairs } = readDraft(
      '东岚省污染防治攻坚战领导小组办公室召开会议。临溪县生态环境保护督察整改工作领导小组办公室主任王强、东岚市河长制工作领导小组有关负责同志参加。',
    );
    expect(organizations).toEqual(
      expect.arrayContaining(['东岚省污染防治攻坚战领导小组办公室', '临溪县生态环境保护督察整改工作领导小组办公室', '东岚市河长制工作领导小组']),
    );
    expect(speaksForPairs).toContainEqual(['王强', '临溪县生态环境保护督察整改工作领导小组办公室']);
  });
});

describe('bodies no table knows, before a chair’s post', () => {
  it('starts the body after the 由 of the meeting’s chair', () => {
    const { organizations, speaksForPairs } = readDraft('记者招待会由党的二十大新闻中心副主任胡凯红主持。');
    expect(organizations).toEqual(['党的二十大新闻中心']);
    expect(speaksForPairs).toEqual([['胡凯红', '党的二十大新闻中心']]);
  });
});

describe('credits and lists of officials', () => {
  it('reads text and photos credited to one hand (文/图, 图/文) as written by them', () => {
    const { people, related } = readDraft('全市生态环境工作会议召开\n会议总结了去年工作。\n文/图 刘晓燕');
    expect(people).toEqual(['刘晓燕']);
    expect(related('WROTE').map(([person]) => person)).toEqual(['刘晓燕']);
    expect(readDraft('会议总结了去年工作。\n图/文：陈思远').people).toEqual(['陈思远']);
  });

  it('reads no name out of a label a role word opens (作者单位, 作者简介), and still reads an asking reporter', () => {
    expect(readDraft('（作者单位：省生态环境厅）').people).toEqual([]);
    expect(readDraft('作者简介：王芳，省环境科学研究院研究员。').people).not.toContain('简介');
    expect(readDraft('记者吴可心：请问今年有哪些新举措？').people).toEqual(['吴可心']);
  });

  it('reads the names after the officials in charge as a group, to the end of the sentence', () => {
    const { people } = readDraft('参加会议的还有省直有关部门负责同志王平、李强。');
    expect(people).toEqual(['王平', '李强']);
    expect(readDraft('参加会议的还有市领导赵文海、钱明。').people).toEqual(['赵文海', '钱明']);
  });
});
