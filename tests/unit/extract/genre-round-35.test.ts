import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for shapes of the two sessions' and government work reports' news:
// the interview passages named after who walks them, the report's words with 说, and the outlets of a byline line.
describe('the interview passages of a session (部长通道, 代表通道, 委员通道, 厅长通道)', () => {
  it('reads no person 通道 after the title that names the passage', () => {
    const { people, speaksFor } = readDraft('生态环境部部长方明远首次亮相部长通道。');
    expect(people).toEqual(['方明远']);
    expect(speaksFor).toEqual([['方明远', '生态环境部', '部长']]);
    expect(readDraft('省两会首场厅长通道举行，委员通道同日开放。').people).toEqual([]);
  });

  it('still reads a name after a title when it is no passage', () => {
    expect(readDraft('副部长通建华出席会议。').people).toEqual(['通建华']);
  });
});

describe('a delivered report’s words with 说 (政府工作报告说，…)', () => {
  it('gives the report’s words to the head of government who delivered it', () => {
    const { saidBy } = readDraft('国务院总理贾文哲代表国务院，向大会作政府工作报告。政府工作报告说，森林覆盖率达到24%。');
    expect(saidBy('森林覆盖率达到')).toEqual(['贾文哲']);
  });

  it('leaves a report’s 说 alone when no one is said to deliver it', () => {
    expect(readDraft('报告说，森林覆盖率达到24%。').saidBy('森林覆盖率达到')).toBeUndefined();
  });
});

describe('the outlets of a byline line', () => {
  it('reads an outlet whose name opens with a one-character adjective at the start of the line', () => {
    const { bodies, speaksFor } = readDraft('作者：新京报记者 柯文远 石秀兰\n\n会议召开。');
    expect(bodies).toEqual(['新京报']);
    expect(speaksFor).toEqual([
      ['柯文远', '新京报', '记者'],
      ['石秀兰', '新京报', '记者'],
    ]);
  });

  it('reads a paper and its news app joined by a dash, and the reporter set apart by a space', () => {
    const { bodies, speaksFor } = readDraft('海城晚报—云帆新闻记者 邵明轩\n\n会议召开。');
    expect(bodies).toEqual(['海城晚报', '云帆新闻']);
    expect(speaksFor).toEqual([['邵明轩', '云帆新闻', '记者']]);
  });

  it('does not take an adjective inside a sentence for part of the outlet', () => {
    expect(readDraft('会上，好多媒体记者到场。').bodies).toEqual([]);
    expect(readDraft('本报讯（全媒体记者程立安）会议召开。').bodies).toEqual([]);
  });
});
