import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences written by the team in the shapes of prefecture and inspection news.
describe('posts the genre prints after a name as a form of address', () => {
  it('reads the speaker addressed by name and 常委, 专员 or 会长, and what they say', () => {
    const standing = readDraft('州委常委钱明远出席会议。钱明远常委在讲话中强调：要提高政治站位，强化责任担当。');
    expect(standing.said).toEqual([['钱明远', '要提高政治站']]);
    const commissioner = readDraft('调研组由生态环境保护监察专员孙立华带队。孙立华专员介绍，此行重在察看问题整改情况。');
    expect(commissioner.said).toEqual([['孙立华', '此行重在察看']]);
    expect(readDraft('协会会长周建平主持会议。周建平会长指出，协会要服务好会员企业。').said).toEqual([['周建平', '协会要服务好']]);
  });

  it('takes no place before the office of a commissioner (驻某地专员办), nor a body before 常委会, for a person', () => {
    expect(readDraft('国家林草局驻武汉专员办组成检查组赴湖北省开展检查。').people).toEqual([]);
    expect(readDraft('会议由青川县委常委会研究决定。').people).toEqual([]);
  });
});

describe('guests and the names of Tibetan officials of Kham and Amdo', () => {
  it('reads a name before 应邀 (应 is also a surname)', () => {
    expect(readDraft('市人民政府副市长王明华应邀出席。').people).toEqual(['王明华']);
  });

  it('reads Tibetan names in the transcriptions of Kham and Amdo, with no surname', () => {
    const { people, speaksFor } = readDraft('甘孜州人民政府副州长四郎泽仁、海南州人民政府副州长索南才仁应邀出席。');
    expect(people).toEqual(['四郎泽仁', '索南才仁']);
    expect(speaksFor).toEqual([
      ['四郎泽仁', '甘孜州人民政府', '副州长'],
      ['索南才仁', '海南州人民政府', '副州长'],
    ]);
  });
});

describe('demands and hopes announced before a colon', () => {
  it('gives the demands after 提出了殷切期望： or 并提出工作要求： to the subject of the sentence', () => {
    const hopes = readDraft('市生态环境局局长王立新对大会的召开表示祝贺，对协会今后的工作提出了殷切期望：一是要坚持绿色发展。');
    expect(hopes.said).toEqual([['王立新', '一是要坚持绿']]);
    const demands = readDraft('副市长赵海涛肯定了治水成效，并提出工作要求：一要提高认识，二要落实责任。');
    expect(demands.said).toEqual([['赵海涛', '一要提高认识']]);
  });

  it('reads 指出了 with its object as a deed, not the start of a speech', () => {
    const { said } = readDraft('局长赵海涛指出了存在的不足，并提出要求：一要提高认识，二要落实责任。');
    expect(said).toEqual([['赵海涛', '一要提高认识']]);
  });

  it('takes no demand before a comma for speech (the clause after it is another statement)', () => {
    expect(readDraft('局长赵海涛对下一步工作提出了具体要求，副局长钱立出席会议。').said).toEqual([]);
  });
});

describe('posts before and after a name, and what is no name before a post', () => {
  it('reads a province’s inspection commissioner before the name, and a deputy director after it', () => {
    const commissioner = readDraft('针对水质相对较差的情况，东岚省生态环境保护监察专员顾立群介绍，省生态环境厅已会同有关部门开展治理。');
    expect(commissioner.said).toEqual([['顾立群', '省生态环境厅']]);
    expect(readDraft('王立华副所长介绍了研究所的基本情况，表示将积极支持合作项目。').said).toEqual([['王立华', '将积极支持合']]);
  });

  it('takes neither a body before a post with a note in brackets nor a province before 省长江 for a person', () => {
    expect(readDraft('研究所副所长（主持工作）殷立华出席签约仪式。').people).toEqual(['殷立华']);
    expect(readDraft('近两年来，安徽省长江、淮河水质持续改善。').people).toEqual([]);
  });
});

describe('a pronoun that spoke carries its person on', () => {
  it('gives a later paragraph’s 他 to the person an earlier pronoun stood for', () => {
    const text = [
      '全国人大代表、东岚市生态环境局局长刘建明接受了记者采访。',
      '他还表示，“现阶段是治理污染的最佳时机。”',
      '谈到公众的环保意识，他谈到，这几年公众的意识发生了很大的改变。',
    ].join('\n');
    expect(readDraft(text).said).toEqual([
      ['刘建明', '现阶段是治理'],
      ['刘建明', '这几年公众的'],
    ]);
  });
});

describe('a named meeting and a plenary session speak as a meeting', () => {
  it('reads what a named meeting or a plenary session stresses, with no person for its speaker', () => {
    const named = readDraft('中央经济工作会议强调，“协同推进降碳减污扩绿增长”。');
    expect(named.said).toEqual([[undefined, '“协同推进降']]);
    expect(readDraft('省委全会指出，要加快推动绿色低碳发展。').said).toEqual([[undefined, '要加快推动绿']]);
  });

  it('leaves to the body the speech of a meeting it holds (省政府召开常务会议强调)', () => {
    const { said } = readDraft('省政府副省长李明远召开常务会议强调，要压实各方责任。');
    expect(said).not.toContainEqual([undefined, '要压实各方责']);
  });
});
