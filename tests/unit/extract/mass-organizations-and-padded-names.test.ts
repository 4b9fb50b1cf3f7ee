import { describe, expect, it } from 'vitest';
import { readDraft } from './read-draft.ts';

// Sentences the team wrote, with made-up names, for the mass organizations the Central Secretariat leads beyond the
// eight people's organizations: each by its short name or its registered one, before the post of one of its leaders.
describe('the national mass organizations led by the Central Secretariat', () => {
  it('reads the writers’ association by its short name before a party post', () => {
    const { organizations, speaksFor } = readDraft('6月5日，中国作协党组书记赵宏图出席活动并讲话。');
    expect(organizations).toContain('中国作协');
    expect(speaksFor.map(([person, body]) => [person, body])).toContainEqual(['赵宏图', '中国作协党组']);
  });

  it('reads the Red Cross, the jurists and the trade promotion council with their leaders', () => {
    const { speaksFor } = readDraft('中国红十字会总会副会长钱立方、中国法学会副会长周正言和中国贸促会副会长吴启航出席。');
    expect(speaksFor).toEqual([
      ['钱立方', '中国红十字会总会', '副会长'],
      ['周正言', '中国法学会', '副会长'],
      ['吴启航', '中国贸促会', '副会长'],
    ]);
  });

  it('keeps a provincial writers’ association its province’s, not the national one', () => {
    const { organizations } = readDraft('省作协主席林望舒出席读书会。');
    expect(organizations).not.toContain('中国作协');
    expect(organizations).not.toContain('中国作家协会');
  });
});

// A press conference's roster pads a two-character name to the width of three (向 霆); its prose prints it whole.
describe('a name padded in a roster and printed whole in the prose', () => {
  it('is one person, named as the prose prints the name, who speaks for the roster’s body and says the quote', () => {
    const draft = readDraft(['发布人：', '罗 岚 宜宾市生态环境局副局长', '罗岚介绍，今年将开展近零碳园区试点，推动园区绿色转型。'].join('\n'));
    expect(draft.people).toEqual(['罗岚']);
    expect(draft.speaksFor).toContainEqual(['罗岚', '宜宾市生态环境局', '副局长']);
    expect(draft.related('SAID')).toContainEqual(['罗岚', '今年将开展近零碳园区试点，推动园区绿色转型']);
  });

  it('keeps a name printed only padded as printed', () => {
    expect(readDraft(['发布人：', '罗 岚 宜宾市生态环境局副局长'].join('\n')).people).toEqual(['罗 岚']);
  });
});
