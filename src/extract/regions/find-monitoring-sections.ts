import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { NOT_IN_PLACE_NAME, SECTION_QUALIFIERS, SECTION_RIVER_ENDINGS } from '../rules/place-kinds.ts';
import type { Token } from '../tag-tokens.ts';
import { placeMention } from './place-mention.ts';

// A section's name right before 断面, and the items of a list closed by a count of sections (甲、乙3个断面).
const SECTION = /(\p{Script=Han}{2,14})断面/gu;
const SECTION_LIST = /((?:\p{Script=Han}{2,14}、)+\p{Script=Han}{2,14})(?:\d+|[两三四五六七八九十]+)个\p{Script=Han}{0,4}断面/gu;
const DIVISION_LEVELS = new Set(['province', 'city', 'county']);
const NEXT_SECTION = /^、\p{Script=Han}{2,14}断面/u;
// Tags of the words of a section's own name: place names, proper nouns and words the segmenter does not know.
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'x', 'j', 'nrfg', 'l']);

/**
 * Monitoring sections of the surface-water network listed by the summons and bulletins (桑干河固定桥、御河利仁皂3个
 * 断面; 恢河梵王寺断面、潇河郝村断面): each is named by its river, then the site where it is sampled, so the name before
 * 断面 gives two places, the river (桑干河) and the site (固定桥); a name with no river before it is the site alone.
 * Qualifiers of the assessment (省考, 监测) and the division printed before (大同市) are cut off. A place another
 * finder read across the two (潇河郝村) is replaced; returns the places found and those replaced.
 */
export function findMonitoringSections(
  context: ExtractionContext,
  existing: readonly RegionMention[],
): { found: RegionMention[]; replaced: Set<RegionMention> } {
  const found: RegionMention[] = [];
  const replaced = new Set<RegionMention>();
  for (const sentence of context.sentences) {
    const names: { at: number; text: string }[] = [];
    // A section alone is left to the kind finder (某某国控断面); one of a list of sections (甲断面、乙断面) is read here.
    for (const match of sentence.text.matchAll(SECTION)) {
      const end = match.index + match[0].length;
      if (NEXT_SECTION.test(sentence.text.slice(end)) || sentence.text.slice(0, match.index).endsWith('断面、'))
        names.push({ at: match.index, text: match[1]! });
    }
    for (const match of sentence.text.matchAll(SECTION_LIST)) {
      let at = match.index;
      for (const item of match[1]!.split('、')) {
        names.push({ at, text: item });
        at += item.length + 1;
      }
    }
    for (const name of names) {
      const own = ownName(context, sentence, name.at, name.text, existing);
      if (!own) continue;
      const ownSpan = sentenceSpan(context, sentence, own.at, own.text.length);
      const words = context.tokens[sentence.index]!.filter((t) => t.start < ownSpan.end && t.end > ownSpan.start);
      const parts = splitRiver(own.text, ownSpan.start, words);
      // A site alone must read as a name; after its river the segmenter's common words (司徒/桥, 大白/登) are a site too.
      if (parts.length === 1 && !words.every((t) => NAME_TAGS.has(t.tag))) continue;
      if (Array.from(own.text).some((ch) => NOT_IN_PLACE_NAME.includes(ch) || /[0-9一二两三四五六七八九十]/u.test(ch))) continue;
      for (const part of parts) {
        const span = sentenceSpan(context, sentence, own.at + part.offset, part.text.length);
        if ([...existing, ...found].some((m) => m.start === span.start && m.end === span.end && !replaced.has(m))) continue;
        for (const m of existing) if (!m.code && m.start < span.end && span.start < m.end) replaced.add(m);
        found.push(
          placeMention(span, sentence, part.text, {
            level: 'landmark',
            rule: part.river ? 'region/section-river' : 'region/monitoring-section',
            confidence: 0.6,
            review: 'monitoring section or its river, not in the areas table',
          }),
        );
      }
    }
  }
  return { found, replaced };
}

// The section's own name: after the division printed before it and without the assessment's qualifiers.
function ownName(
  context: ExtractionContext,
  sentence: ExtractionContext['sentences'][number],
  at: number,
  text: string,
  existing: readonly RegionMention[],
): { at: number; text: string } | undefined {
  let start = 0;
  let end = text.length;
  for (const m of existing) {
    if (!DIVISION_LEVELS.has(m.level) || m.sentence !== sentence.index) continue;
    const mEnd = context.index.toUnit(m.end) - sentence.unitStart - at;
    if (mEnd > start && mEnd < end && context.index.toUnit(m.start) - sentence.unitStart - at <= start) start = mEnd;
  }
  // A division read by its short name leaves its level word (临溪 + 市).
  if (start > 0 && /[省市县区]/u.test(text[start] ?? '')) start += 1;
  for (let cut = true; cut; ) {
    cut = false;
    for (const word of SECTION_QUALIFIERS) {
      if (text.startsWith(word, start) && end - start > word.length) [start, cut] = [start + word.length, true];
      if (text.slice(start, end).endsWith(word) && end - start > word.length) [end, cut] = [end - word.length, true];
    }
  }
  const own = text.slice(start, end);
  if (own.length < 2 || SECTION_QUALIFIERS.includes(own)) return undefined;
  return { at: at + start, text: own };
}

// A river's name of two to four characters before a site of two or more (桑干河 + 固定桥); a water named otherwise (a
// river's source, 浊漳南源) before a town or village the segmenter reads as one word (王桥镇); else the site alone.
function splitRiver(name: string, start: number, words: readonly Token[]): { offset: number; text: string; river: boolean }[] {
  for (let length = 2; length <= 4 && name.length - length >= 2; length += 1) {
    if (!SECTION_RIVER_ENDINGS.includes(name[length - 1]!)) continue;
    return [
      { offset: 0, text: name.slice(0, length), river: true },
      { offset: length, text: name.slice(length), river: false },
    ];
  }
  const last = words.at(-1);
  const length = last ? last.start - start : 0;
  if (last && length >= 2 && last.end === start + name.length && /[镇乡村]$/u.test(last.word))
    return [
      { offset: 0, text: name.slice(0, length), river: true },
      { offset: length, text: name.slice(length), river: false },
    ];
  return [{ offset: 0, text: name, river: false }];
}
