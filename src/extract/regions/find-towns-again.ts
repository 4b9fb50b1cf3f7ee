import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { GRASSROOTS_LEVEL_WORDS } from '../rules/body-system.ts';
import { placeMention } from './place-mention.ts';

const TOWN_END = new RegExp(`(?:${GRASSROOTS_LEVEL_WORDS.join('|')})$`, 'u');

/**
 * A township or street found once (西潭镇 before its 党委, where its name reads as a place) is the same place wherever the
 * report prints its full name again (西潭镇及时组织…, where the segmenter joins it to the next word): a report names its
 * own township over and over, and a full name with its level word is no common word.
 */
export function findTownsAgain(context: ExtractionContext, mentions: readonly RegionMention[]): RegionMention[] {
  const towns = new Map<string, RegionMention>();
  for (const mention of mentions)
    if (mention.level === 'area' && TOWN_END.test(mention.name) && mention.name.length >= 3) towns.set(mention.name, mention);
  if (towns.size === 0) return [];
  const found: RegionMention[] = [];
  const taken = (start: number, end: number) => [...mentions, ...found].some((m) => m.start < end && start < m.end);
  for (const sentence of context.sentences)
    for (const [name, first] of towns)
      for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + name.length)) {
        const span = sentenceSpan(context, sentence, at, name.length);
        if (taken(span.start, span.end)) continue;
        found.push(placeMention(span, sentence, name, { level: 'area', rule: 'region/town-again', confidence: first.confidence }));
      }
  return found;
}
