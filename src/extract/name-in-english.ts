import { phrasePinyin, pinyinToEnglish, placePinyin } from './name-in-pinyin.ts';
import { DIVISION_SUFFIXES, ENGLISH_PLACE_NAMES } from './rules/region-areas.ts';
import { WordTable } from './word-table.ts';

/** A place's name split into its core and its level word (东岚省 → 东岚 + 省), by the suffix table. */
export function splitPlaceName(name: string): { core: string; levelWord?: string; levelEn?: string } {
  for (const { suffix, en } of DIVISION_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 1) return { core: name.slice(0, -suffix.length), levelWord: suffix, levelEn: en };
  }
  return { core: name };
}

/** The English core of a place (陕西 → Shaanxi, 厦门 → Xiamen). */
export function placeCoreEnglish(core: string): string {
  return ENGLISH_PLACE_NAMES[core] ?? pinyinToEnglish(placePinyin(core, undefined));
}

/**
 * The English name of a division: provinces carry their level (Fujian Province, Tianjin Municipality,
 * Guangxi Zhuang Autonomous Region), cities are their name alone (Xiamen), counties and districts carry theirs.
 */
export function placeEnglish(name: string, level: string, municipality: boolean): string {
  const { core, levelEn } = splitPlaceName(name);
  const english = placeCoreEnglish(core);
  if (level === 'province') return municipality ? `${english} Municipality` : levelEn ? `${english} ${levelEn}` : english;
  if (level === 'city') return levelEn && levelEn !== 'City' ? `${english} ${levelEn}` : english;
  return levelEn ? `${english} ${levelEn}` : english;
}

/**
 * English by a glossary: known words are replaced, longest first, and what is left is given in pinyin;
 * `complete` says whether the glossary covered every Chinese character.
 */
export function translateWithGlossary(text: string, glossary: readonly (readonly [string, string])[]): { english: string; complete: boolean } {
  const sorted = glossaryTable(glossary);
  const parts: string[] = [];
  let complete = true;
  let rest = '';
  const flush = () => {
    if (rest.length === 0) return;
    const latin = rest.replace(/[\p{Script=Han}]+/gu, (han) => ` ${phrasePinyin(han)} `).replace(/[^\p{Script=Latin}\d.%+\-/ ]+/gu, ' ');
    if (/\p{Script=Han}/u.test(rest)) complete = false;
    parts.push(latin.trim());
    rest = '';
  };
  for (let i = 0; i < text.length; ) {
    const entry = sorted.at(text, i);
    if (entry) {
      flush();
      parts.push(entry[1]);
      i += entry[0].length;
    } else {
      rest += text[i];
      i += 1;
    }
  }
  flush();
  return { english: parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim(), complete };
}

const glossaryTables = new WeakMap<object, WordTable<readonly [string, string]>>();

// A glossary's words by where they start, longest first, built once per glossary.
function glossaryTable(glossary: readonly (readonly [string, string])[]): WordTable<readonly [string, string]> {
  let table = glossaryTables.get(glossary);
  if (!table) {
    table = new WordTable(
      [...glossary].sort((a, b) => b[0].length - a[0].length),
      ([chinese]) => chinese,
    );
    glossaryTables.set(glossary, table);
  }
  return table;
}
