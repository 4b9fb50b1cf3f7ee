import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the shapes of county work conferences and inspection-rectification
// meetings: a lead-in line closed by the speaker, the verb and a colon with the speech in the paragraph below, and the
// county and township grades of the civil-service ranks printed as a post (县政府副县级干部某某).
describe('a lead-in line closed by the speaker, the verb and a colon', () => {
  it('gives the paragraph under 某某强调： to the speaker', () => {
    const draft = readDraft(
      '县委书记王晓川出席并讲话。就如何做好今年全县生态环境保护工作，王晓川强调：\n\n思想上不放松，要不断增强环保意识。\n\n力度上不减弱，要抓好反馈问题整改。',
    );
    expect(draft.saidBy('思想上不放松')).toEqual(['王晓川']);
  });

  it('reads over a short adverbial between the speaker and the verb', () => {
    const draft = readDraft('县长刘明远出席会议。刘明远在会上强调：\n一要提高认识，切实增强责任感。');
    expect(draft.saidBy('一要提高认识')).toEqual(['刘明远']);
  });

  it('takes nothing when the colon does not close the line', () => {
    const draft = readDraft('县长刘明远出席会议。刘明远强调：要提高认识。\n全县各乡镇参加会议。');
    expect(draft.saidBy('全县各乡镇')).toBeUndefined();
  });

  it('takes nothing when a clause stands between the speaker and the verb', () => {
    const draft = readDraft('县长刘明远出席会议，各乡镇负责同志汇报了工作，会议强调：\n全县各乡镇要抓好整改。');
    expect(draft.saidBy('全县各乡镇要抓好整改')).not.toEqual(['刘明远']);
  });
});

describe('the county and township grades of the civil-service ranks as a post', () => {
  it('reads 县政府副县级干部某某 as a person of the county government', () => {
    const draft = readDraft('县委副书记李小林，县政府副县级干部潘中章出席会议。');
    expect(draft.people).toContain('潘中章');
    expect(draft.speaksFor).toContainEqual(['潘中章', '县政府', '副县级干部']);
  });

  it('reads 正科级干部 before a name', () => {
    expect(readDraft('县生态环境局正科级干部周文海通报了整改情况。').people).toContain('周文海');
  });

  it('finds no person in a group of cadres of a grade', () => {
    expect(readDraft('全县副科级以上干部参加培训。').people).toEqual([]);
  });
});
