// Some reposting sites print the pinyin of each character their script converter changed, in brackets right after it
// (生態(tài)環(huán)境部黨組書(shū)記): the glosses split every body, post and name in two. A gloss is one syllable with its
// tone mark (Hanyu Pinyin, GB/T 16159), in half- or full-width brackets, right after a Chinese character; a bracket
// of plain letters (PM2.5, COD) or of Chinese words is the text's own and stays.
const PINYIN_GLOSS = /(?<=\p{Script=Han})[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/gu;

/** The text without a converter's pinyin glosses, and for each of its code units (and its end) the unit it was printed at. */
export interface UnglossedText {
  text: string;
  printedUnit: Int32Array;
}

/** The text with its pinyin glosses left out, or undefined when it prints none. */
export function dropPinyinGlosses(printed: string): UnglossedText | undefined {
  const glosses = [...printed.matchAll(PINYIN_GLOSS)];
  if (glosses.length === 0) return undefined;
  const kept: string[] = [];
  const printedUnit: number[] = [];
  let from = 0;
  for (const gloss of [...glosses, { index: printed.length, 0: '' }]) {
    kept.push(printed.slice(from, gloss.index));
    for (let unit = from; unit < gloss.index; unit += 1) printedUnit.push(unit);
    from = gloss.index + gloss[0].length;
  }
  printedUnit.push(printed.length);
  return { text: kept.join(''), printedUnit: Int32Array.from(printedUnit) };
}
