import { pinyin } from 'pinyin-pro';
import { COMPOUND_SURNAMES } from './rules/surnames.ts';

/**
 * Hanyu Pinyin and romanised English for new entities, from pinyin-pro: people as `Lǐ Gānjié` (surname
 * readings such as 曾 zēng and 单 shàn), places as one capitalised word for the name and one for the level
 * word (`Xiàmén Shì`), with an apostrophe where a syllable starting with a, o or e follows another
 * (Tiān'ānmén).
 */

// pinyin-pro reads a phrase's context for polyphones, which costs; the same names recur in report after report, so
// each answer is kept, up to a bound that a long-running server cannot outgrow.
const remembered = new Map<string, string>();
const REMEMBERED_MAX = 20_000;

function remember(key: string, compute: () => string): string {
  let value = remembered.get(key);
  if (value === undefined) {
    value = compute();
    if (remembered.size >= REMEMBERED_MAX) remembered.clear();
    remembered.set(key, value);
  }
  return value;
}

/** Pinyin of a person's name: surname, then the given name as one word. */
export function personPinyin(name: string): string {
  // A name padded with a space as some papers print it (李 海) reads as the name.
  const plain = name.replace(/\s+/gu, '');
  return remember(`person|${plain}`, () => readPersonPinyin(plain));
}

function readPersonPinyin(name: string): string {
  // A name whose parts a middle dot joins (a transliterated or minority name): each part one word, no surname.
  if (/[·•・]/u.test(name))
    return name
      .split(/[·•・]/u)
      .map((part) => joinWord(pinyin(part, { type: 'array' })))
      .join(' ');
  const surnameLength = COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length > 2 ? 2 : 1;
  // Surname readings apply to the surname only: in the given name 华 is huá, not the surname's huà.
  const surname = pinyin(name.slice(0, surnameLength), { type: 'array', mode: 'surname' });
  const given = pinyin(name.slice(surnameLength), { type: 'array' });
  return [joinWord(surname), joinWord(given)].filter(Boolean).join(' ');
}

/** Pinyin of a place: its name as one word and its level word as another (`Bózhōu Shì`); no level word for a short form. */
export function placePinyin(name: string, levelWord: string | undefined): string {
  return remember(`place|${levelWord ?? ''}|${name}`, () => readPlacePinyin(name, levelWord));
}

function readPlacePinyin(name: string, levelWord: string | undefined): string {
  const core = levelWord && name.endsWith(levelWord) ? name.slice(0, -levelWord.length) : name;
  const parts = [joinWord(pinyin(core, { type: 'array' }))];
  if (levelWord && name.endsWith(levelWord)) parts.push(joinWord(pinyin(levelWord, { type: 'array' })));
  return parts.join(' ');
}

/** Pinyin of any phrase, one capitalised word per character group, for names no rule translates. */
export function phrasePinyin(text: string): string {
  return remember(`phrase|${text}`, () => readPhrasePinyin(text));
}

function readPhrasePinyin(text: string): string {
  const syllables = pinyin(text.replace(/[^\p{Script=Han}]/gu, ''), { type: 'array' });
  return syllables.map((syllable) => capitalize(syllable)).join(' ');
}

/** The English form of a pinyin name: tone marks removed, lü and nü as Lyu and Nyu (`Lǚ Wényàn` → `Lyu Wenyan`). */
export function pinyinToEnglish(pinyinName: string): string {
  return pinyinName
    .replace(/([lnLN])[üǖǘǚǜ]/g, '$1yu')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/'/g, '');
}

/** A readable id slug from a pinyin name: `Lǐ Gānjié` → `li-ganjie`. */
export function pinyinSlug(pinyinName: string): string {
  return pinyinToEnglish(pinyinName)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A readable slug of any Chinese phrase, word by word (`2020年全国…` → `2020-nian-quan-guo…`), capped in length. */
export function phraseSlug(text: string, maxLength = 48): string {
  return remember(`slug|${maxLength}|${text}`, () => readPhraseSlug(text, maxLength));
}

function readPhraseSlug(text: string, maxLength: number): string {
  const slug = pinyin(text, { type: 'array', toneType: 'none', nonZh: 'consecutive' })
    .join('-')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}

function joinWord(syllables: string[]): string {
  if (syllables.length === 0) return '';
  const word = syllables.map((syllable, index) => (index > 0 && /^[aeoāáǎàēéěèōóǒò]/.test(syllable) ? `'${syllable}` : syllable)).join('');
  return capitalize(word);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
