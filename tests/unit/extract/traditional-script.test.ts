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
    expect(index.readsAsPrinted).toBe(false);
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
    expect(index.readsAsPrinted).toBe(true);
    expect(index.readable).toBe(simplified);
  });
});

// Written for this test in the shape of a page whose script converter prints the pinyin of each character it changed
// right after it, as some reposting sites do.
const GLOSSED = [
  '全省生態(tài)環(huán)境保護工作會(huì)議召開(kāi)',
  '本報訊（記者王曉明）1月10日，省生態(tài)環(huán)境廳黨組書(shū)記、廳長(cháng)張建國出席會(huì)議並講話(huà)。他指出(chū)，要深入打好污染防治攻堅戰，PM2.5(細顆粒物)濃度持續下降。',
].join('\n');

describe("a report with a converter's pinyin glosses", () => {
  it('is read without its glosses, and every span cuts the text as printed, the glosses inside a name kept', () => {
    const index = new TextIndex(GLOSSED);
    expect(index.readsAsPrinted).toBe(false);
    expect(index.readable).toContain('省生态环境厅党组书记、厅长张建国出席会议并讲话。他指出，');
    expect(index.readable).toContain('PM2.5（细颗粒物）');
    const at = index.readable.indexOf('生态环境厅');
    const span = index.spanOfUnits(at, at + '生态环境厅'.length);
    expect(index.slice(span)).toBe('生態(tài)環(huán)境廳');
    expect(index.printedStart(span)).toBe(GLOSSED.indexOf('生態(tài)環(huán)境廳'));
    expect(index.printedAt('生態(tài)環(huán)境廳', index.printedStart(span))).toBe(true);
    const title = index.spanOfPrintedUnits(0, GLOSSED.indexOf('\n'));
    expect(index.slice(title)).toBe('全省生態(tài)環(huán)境保護工作會(huì)議召開(kāi)');
  });

  it('gives its people, bodies and speech as printed, the posts no longer split by a gloss', () => {
    const { people, bodies, related } = read(GLOSSED);
    expect(people.sort()).toEqual(['張建國', '王曉明'].sort());
    expect(bodies).toContain('省生態(tài)環(huán)境廳');
    expect(related('SPEAKS_FOR')).toContainEqual(['張建國', '省生態(tài)環(huán)境廳']);
    expect(related('SAID').map(([speaker]) => speaker)).toContain('張建國');
  });

  it("keeps a bracket of plain letters or of Chinese words, which is the text's own", () => {
    const text = '化学需氧量(COD)和细颗粒物（PM2.5）浓度下降，王(wang)说。';
    const index = new TextIndex(text);
    expect(index.readsAsPrinted).toBe(true);
    expect(index.readable).toBe('化学需氧量（COD）和细颗粒物（PM2.5）浓度下降，王（wang）说。');
  });
});
