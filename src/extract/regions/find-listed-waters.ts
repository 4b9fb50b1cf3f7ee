import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { WATER_ENDINGS, WATER_GROUP_HEADS, WATER_LIST_TAILS } from '../rules/region-areas.ts';

const LISTED = new RegExp(
  `(\\p{Script=Han}{1,7}[${WATER_ENDINGS}](?:、\\p{Script=Han}{1,3}[${WATER_ENDINGS}])+)(?=${WATER_LIST_TAILS.join('|')})`,
  'gu',
);
const GROUP = new RegExp(`[一二三四五六七八九十]大\\p{Script=Han}{0,4}?(?:${WATER_GROUP_HEADS.join('|')})`, 'gu');
// Words before the first water of a list that are no part of its name: a verb or preposition (督导茅洲河).
const NOT_WATER_START = /^(?:督导|治理|整治|保护|推进|对|在|把|将|和|与|及|向|从|由)/u;

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
 * 茅洲河、练江等流域污染整治: each item ending in 河, 江, 湖…), and numbered groups of waters (九大高原湖泊). Each is
 * flagged for review; `existing` are the places found before.
 */
export function findListedWaters(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  const taken = (start: number, end: number) => [...existing, ...found].some((m) => m.start < end && start < m.end);
  for (const sentence of context.sentences) {
    const add = (at: number, name: string, level: RegionMention['level'], rule: string) => {
      const span = sentenceSpan(context, sentence, at, name.length);
      if (taken(span.start, span.end)) return;
      found.push({
        ...span,
        label: 'Region',
        surface: name,
        sentence: sentence.index,
        name,
        level,
        short: false,
        rule,
        confidence: 0.55,
        review: 'water not in the areas table',
      });
    };
    for (const match of sentence.text.matchAll(LISTED)) {
      let at = match.index;
      match[1]!.split('、').forEach((item, position) => {
        const lead = position === 0 ? firstWaterStart(context, sentence, at, item) : 0;
        if (lead !== undefined && item.length - lead >= 2) add(at + lead, item.slice(lead), 'landmark', 'region/listed-water');
        at += item.length + 1;
      });
    }
    for (const match of sentence.text.matchAll(GROUP)) add(match.index, match[0], 'area', 'region/water-group');
  }
  return found;
}
