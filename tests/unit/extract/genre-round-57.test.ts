import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of ministry and department meeting releases and of
// the teams bodies send out: the secretary of a ministry's offices' party committee last in a deputy's run of posts,
// the full-time deputy of a CPPCC special committee, a department head named by the post after the name in the
// department's own paragraph, and a team named by the body that sends it.
describe("the secretary of a ministry's offices' party committee in a run of posts", () => {
  it('keeps the run on its name and files the deputy with the ministry', () => {
    const draft = readDraft('7月2日,生态环境部召开会议。生态环境部党组成员、副部长、机关党委书记钱立农出席会议并讲话。');
    expect(draft.people).toContain('钱立农');
    expect(draft.speaksFor).toContainEqual(['钱立农', '生态环境部', '副部长']);
  });

  it('reads the post when it follows the deputy post alone', () => {
    const draft = readDraft('7月2日,生态环境部召开会议。生态环境部副部长、机关党委书记钱立农出席会议。');
    expect(draft.speaksFor).toContainEqual(['钱立农', '生态环境部', '副部长']);
  });
});

describe("a CPPCC special committee's full-time deputy", () => {
  it('files the 驻会副主任 with the committee after its chair', () => {
    const draft = readDraft('省政协人口资源环境委员会来东岭调研。省政协人资环委主任孙卫国、驻会副主任周丽芳参加。');
    expect(draft.speaksFor).toContainEqual(['孙卫国', '省政协人资环委', '主任']);
    expect(draft.speaksFor).toContainEqual(['周丽芳', '省政协人资环委', '驻会副主任']);
  });

  it('reads the post printed right after the committee', () => {
    const draft = readDraft('省政协人资环委驻会副主任周丽芳参加调研。');
    expect(draft.speaksFor).toContainEqual(['周丽芳', '省政协人资环委', '驻会副主任']);
  });
});

describe("a department head named by the post after the name in the department's own paragraph", () => {
  it('files the 副厅长 with the department the paragraph named', () => {
    const draft = readDraft('7月21日,省生态环境厅组织全体干部学习。王建军副厅长领学了督察反馈。王建军指出,要认真学习。');
    expect(draft.speaksFor).toContainEqual(['王建军', '省生态环境厅', '副厅长']);
  });

  it('gives no department when the paragraph names none of that kind', () => {
    const draft = readDraft('7月21日,东岭市人民政府组织全体干部学习。王建军副厅长领学了督察反馈。');
    expect(draft.speaksForPairs.filter(([person]) => person === '王建军')).toEqual([]);
  });
});

describe('a team named by the body that sends it', () => {
  it('reads a party committee, a government, a congress and a CPPCC body with their teams', () => {
    expect(readDraft('市委督查组来东湖区开展突出环境问题整改情况督查。').bodies).toContain('市委督查组');
    expect(readDraft('省政府督导组到东湖区督导。').bodies).toContain('省政府督导组');
    expect(readDraft('市人大常委会调研组来东湖区调研。').bodies).toContain('市人大常委会调研组');
    expect(readDraft('东岭市委督查组来东湖区开展督查。').bodies).toContain('东岭市委督查组');
  });

  it('keeps a party group with a post after it to the person finder', () => {
    const draft = readDraft('省生态环境厅党组书记、厅长李文华主持会议。');
    expect(draft.bodies).not.toContain('省生态环境厅党组书记');
    expect(draft.speaksFor).toContainEqual(['李文华', '省生态环境厅', '厅长']);
  });
});
