import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import {
  COMMON_WATER_WORDS,
  RIVER_CLASSES,
  WATER_ENDINGS,
  WATER_GROUP_HEADS,
  WATER_LIST_TAILS,
  WATER_LONG_ENDINGS,
  WATER_VISIT_VERBS,
} from '../rules/region-areas.ts';
import { placeMention } from './place-mention.ts';

// How a water's name ends: a reservoir's two characters, or one of a river's or lake's.
const WATER_END = `(?:${WATER_LONG_ENDINGS.join('|')}|[${WATER_ENDINGS}])`;
const LISTED = new RegExp(`(\\p{Script=Han}{1,7}${WATER_END}(?:[、，]\\p{Script=Han}{1,3}${WATER_END})+)(?=${WATER_LIST_TAILS.join('|')})`, 'gu');
// Waters listed right after a site visit's verb (察看了甲河、乙河): two or more, each a name of two to five characters.
const VISITED = new RegExp(`(?:${WATER_VISIT_VERBS.join('|')})(\\p{Script=Han}{1,4}${WATER_END}(?:、\\p{Script=Han}{1,4}${WATER_END})+)`, 'gu');
const COMMON_WATERS = new Set(COMMON_WATER_WORDS);
// A class of rivers in a list (黄河、长江、内陆河流域) is the list's last kind of water, no one water's name.
const NOT_LISTED = new Set([...COMMON_WATER_WORDS, ...RIVER_CLASSES]);
// A member of a numbered group of waters, at the start of an item of the list after it (八大水系中，A河，B河水质优良).
const MEMBER = new RegExp(`^\\p{Script=Han}{1,5}${WATER_END}`, 'u');
const GROUP = new RegExp(`[一二三四五六七八九十]大\\p{Script=Han}{0,4}?(?:${WATER_GROUP_HEADS.join('|')})`, 'gu');
// Words before the first water of a list that are no part of its name: a verb, a preposition or the aspect mark after a
// verb (督导茅洲河, 查看了金鱼河).
const NOT_WATER_START = /^(?:督导|治理|整治|保护|推进|对|在|把|将|和|与|及|向|从|由|了)/u;

// Where the first water's name starts in the words before the first 、: two to four characters from a word's
// start, after the verbs and prepositions that lead the list (督导茅洲河).
function firstWaterStart(context: ExtractionContext, sentence: ExtractionContext['sentences'][number], at: number, item: string): number | undefined {
  const tokens = context.tokens[sentence.index]!;
  for (let lead = Math.max(0, item.length - 4); lead <= item.length - 2; lead += 1) {
    if (NOT_WATER_START.test(item.slice(lead))) continue;
    if (isTokenBoundary(tokens, sentenceSpan(context, sentence, at + lead, 0).start)) return lead;
  }
  return undefined;
}

/**
 * Waters the areas table lacks, by the structure that names them: rivers and lakes listed before 等流域 (督导
 * 茅洲河、练江等流域污染整治: each item ending in 河, 江, 湖…), rivers listed right after a site visit's verb (察看了甲河、
 * 乙河全线堤围), and numbered groups of waters (九大高原湖泊). Each is
 * flagged for review; `existing` are the places found before, and a short name inside a water's (衡水 of 衡水湖) is the
 * caller's to drop.
 */
export function findListedWaters(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  // A place's short name inside a water's name (衡水 of 衡水湖) gives way to the water.
  const taken = (start: number, end: number) =>
    [...existing, ...found].some((m) => m.start < end && start < m.end && !(m.short && m.start >= start && m.end <= end));
  for (const sentence of context.sentences) {
    const add = (at: number, name: string, level: RegionMention['level'], rule: string) => {
      const span = sentenceSpan(context, sentence, at, name.length);
      if (taken(span.start, span.end)) return;
      found.push(placeMention(span, sentence, name, { level, rule, confidence: 0.55, review: 'water not in the areas table' }));
    };
    for (const match of sentence.text.matchAll(LISTED)) {
      let at = match.index;
      match[1]!.split(/[、，]/u).forEach((item, position) => {
        const lead = position === 0 ? firstWaterStart(context, sentence, at, item) : 0;
        const name = lead === undefined ? '' : item.slice(lead);
        if (lead !== undefined && name.length >= 2 && !NOT_LISTED.has(name)) add(at + lead, name, 'landmark', 'region/listed-water');
        at += item.length + 1;
      });
    }
    for (const match of sentence.text.matchAll(VISITED)) {
      const items = match[1]!.split('、');
      if (items.some((item) => COMMON_WATERS.has(item))) continue;
      let at = match.index + match[0].length - match[1]!.length;
      for (const item of items) {
        add(at, item, 'landmark', 'region/visited-water');
        at += item.length + 1;
      }
    }
    for (const match of sentence.text.matchAll(GROUP)) {
      add(match.index, match[0], 'area', 'region/water-group');
      for (const member of groupMembers(sentence.text, match.index + match[0].length))
        add(member.at, member.name, 'landmark', 'region/water-group-member');
    }
  }
  return found;
}

// The waters listed after a numbered group (八大水系中，A河，B河水质优良，C河为轻度污染): each item of the rest of the
// sentence that starts with a water's name; items that start otherwise are skipped.
function groupMembers(text: string, from: number): Array<{ at: number; name: string }> {
  const lead = /^中?[，、：]/u.exec(text.slice(from));
  if (!lead) return [];
  const members: Array<{ at: number; name: string }> = [];
  let at = from + lead[0].length;
  for (const item of text.slice(at).split(/[，、]/u)) {
    const name = MEMBER.exec(item)?.[0];
    if (name && name.length >= 2) members.push({ at, name });
    at += item.length + 1;
  }
  return members;
}
