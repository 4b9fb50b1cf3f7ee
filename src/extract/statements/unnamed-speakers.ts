import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { PersonMention } from '../mention-types.ts';
import { personMention } from '../people/person-mention.ts';
import { INDEFINITE_SPEAKERS, REFERRING_DETERMINERS, UNNAMED_SPEAKER_TITLES } from '../rules/title-words.ts';
import type { Sentence } from '../split-sentences.ts';
import { speechVerbEnd } from './speech-verb-end.ts';

const INDEFINITE = new RegExp(`(?<=^|[，。；：,;:\\s])有(?:一位|位|的)?(?:${INDEFINITE_SPEAKERS.join('|')})`, 'gu');
const REFERRED = new RegExp(`(?:${REFERRING_DETERMINERS.join('|')})(?:${UNNAMED_SPEAKER_TITLES.join('|')})`, 'gu');

/**
 * An unnamed official named again by a determiner (这位负责人说, 该负责人表示): the news refers back to the official it
 * introduced without a name (有关负责人表示), as 他 refers back to a named one. Each stands for `earlier`, the last
 * unnamed official who spoke in the report; only those before a speech verb are kept.
 */
export function referredOfficialsIn(context: ExtractionContext, sentence: Sentence, earlier: PersonMention | undefined): PersonMention[] {
  if (!earlier) return [];
  const found: PersonMention[] = [];
  for (const match of sentence.text.matchAll(REFERRED)) {
    if (speechVerbEnd(sentence.text, match.index + match[0].length) === undefined) continue;
    const span = sentenceSpan(context, sentence, match.index, match[0].length);
    found.push({
      ...earlier,
      ...span,
      surface: match[0],
      sentence: sentence.index,
      introduction: span,
      rule: 'person/referred-official',
      confidence: 0.65,
      review: `unnamed speaker named again by ${match[0]}, taken as ${earlier.name}`,
    });
  }
  return found;
}

/**
 * A speaker the news leaves indefinite (有政协委员表示, 有专家指出): 有 and a group at the start of a clause, before a
 * speech verb, as the press cites an unnamed member of a group. The speaker is unnamed: the statement keeps none.
 */
export function indefiniteSpeakersIn(context: ExtractionContext, sentence: Sentence): PersonMention[] {
  const found: PersonMention[] = [];
  for (const match of sentence.text.matchAll(INDEFINITE)) {
    if (speechVerbEnd(sentence.text, match.index + match[0].length) === undefined) continue;
    const span = sentenceSpan(context, sentence, match.index, match[0].length);
    found.push(
      personMention(span, sentence.index, match[0], {
        unnamed: true,
        rule: 'person/indefinite-speaker',
        confidence: 0.6,
        review: 'unnamed speaker: the report cites a member of a group',
      }),
    );
  }
  return found;
}

// An official named by the place whose government he serves and 有关负责人 (北京市有关负责人表示), at a clause's start.
const PLACE_OFFICIAL = /(?<=^|[，。；：,;:\s])([\p{Script=Han}]{2,12}?)(?:有关|相关)(?:主要)?负责人/gu;

/**
 * An unnamed official of a place (北京市有关负责人表示，…; 某省相关负责人介绍): the news names a government by its
 * division alone, as the Constitution (art. 105) makes the people's government the administrative organ of each
 * division, and reports the words of its official in charge without a name, as it does a body's (生态环境部有关负责人).
 * The place must be a division of GB/T 2260 by its full or short name, and a speech verb must follow.
 */
export function placeOfficialsIn(context: ExtractionContext, sentence: Sentence): PersonMention[] {
  const found: PersonMention[] = [];
  for (const match of sentence.text.matchAll(PLACE_OFFICIAL)) {
    const place = match[1]!;
    if (!context.gazetteer.byName.has(place) && !context.gazetteer.byShort.has(place)) continue;
    if (speechVerbEnd(sentence.text, match.index + match[0].length) === undefined) continue;
    const span = sentenceSpan(context, sentence, match.index, match[0].length);
    found.push(
      personMention(span, sentence.index, match[0], {
        unnamed: true,
        rule: 'person/place-official',
        confidence: 0.65,
        review: 'unnamed speaker: the report names only the place whose official spoke',
      }),
    );
  }
  return found;
}
