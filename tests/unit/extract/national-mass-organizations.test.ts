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
