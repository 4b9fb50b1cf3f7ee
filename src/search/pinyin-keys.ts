/**
 * Pinyin as people type it: without tone marks or tone numbers, lower-case, with or without spaces.
 * Names are stored with tone marks (`Lǐ Gānjié`); these helpers make the keys the full-text index holds
 * (`li ganjie`, `liganjie`) and bring a typed query to the same form.
 */

/** Removes tone marks and lower-cases, collapsing spaces: `Lǐ  Gānjié` gives `li ganjie`. */
export function stripTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The search keys of a pinyin name: the toneless words and the same run together, each also with `v`
 * for `ü`, the way keyboards type it (`Lǚ Wényàn` gives `lu wenyan`, `luwenyan`, `lv wenyan`, `lvwenyan`).
 */
export function toPinyinKeys(pinyin: string): string[] {
  const spellings = new Set([pinyin, pinyin.replace(/ü/gi, 'v').replace(/[ǖǘǚǜ]/g, 'v')]);
  const keys = new Set<string>();
  for (const spelling of spellings) {
    const spaced = stripTones(spelling).replace(/[-']/g, ' ');
    keys.add(spaced);
    keys.add(spaced.replace(/ /g, ''));
  }
  return [...keys];
}
