import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../../src/extract/text-index.ts';
import { readDraft } from './read-draft.ts';

// Written for this test in the shape of a provincial work conference's report, printed in traditional characters
// as pages converted site-wide print mainland reports.
const TRADITIONAL = [
  '全省生態環境保護工作會議召開',
  '本報訊（記者王曉明）1月10日，全省生態環境保護工作會議在省城召開。省生態環境廳黨組書記、廳長張建國出席會議並講話。他指出，要深入打好污染防治攻堅戰，持續改善生態環境質量。副廳長李紅梅主持會議。',
].join('\n');

const read = (text: string) => readDraft(text, { title: '全省生態環境保護工作會議召開', date: '2021-01-10' });

describe('a report printed in traditional characters', () => {
  it('is read in simplified characters, with the same length, so offsets still point into the text as printed', () => {
    const index = new TextIndex(TRADITIONAL);
    expect(index.inTraditionalScript).toBe(true);
    expect(index.readable.length).toBe(TRADITIONAL.length);
    expect(index.readable).toContain('省生态环境厅党组书记、厅长张建国出席会议并讲话');
    expect(index.text).toBe(TRADITIONAL);
  });

  it('gives its people, bodies and speech with their names as printed', () => {
    const { people, bodies, related } = read(TRADITIONAL);
    expect(people.sort()).toEqual(['張建國', '李紅梅', '王曉明'].sort());
    expect(bodies).toContain('省生態環境廳');
    expect(related('SPEAKS_FOR')).toContainEqual(['李紅梅', '省生態環境廳']);
    expect(related('SAID')).toContainEqual(['張建國', '要深入打好污染防治攻堅戰，持續改善生態環境質量']);
  });

  it('leaves a report in simplified characters as it is, though a few of its characters have traditional readings', () => {
    const simplified = '著名生态学家王乾坤在会上发言。乾隆年间修建的堤坝至今完好。';
    const index = new TextIndex(simplified);
    expect(index.inTraditionalScript).toBe(false);
    expect(index.readable).toBe(simplified);
  });
});
