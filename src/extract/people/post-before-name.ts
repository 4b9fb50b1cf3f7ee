import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { OrganizationMention, PostMention } from '../mention-types.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import type { Sentence } from '../split-sentences.ts';

const TITLE_EN = new Map(TITLE_WORDS.map((title) => [title.word, title.en]));
// What may stand between a body and a name whose title follows it (市委特别是陈敏尔书记, 生态环境部李干杰部长).
const BETWEEN = /(?:特别是|尤其是)?$/u;

/**
 * The post a title written after a name gives (陈敏尔书记) when a body stands right before the name, or before it
 * and 特别是 (全面落实市委特别是陈敏尔书记…): the title is a post of that body.
 */
export function postBeforeName(
  context: ExtractionContext,
  sentence: Sentence,
  bodies: readonly OrganizationMention[],
  where: { nameAt: number; nameEnd: number; title: string },
): PostMention | undefined {
  const titleEn = TITLE_EN.get(where.title);
  if (!titleEn) return undefined;
  const bodyEnd = where.nameAt - BETWEEN.exec(sentence.text.slice(0, where.nameAt))![0].length;
  const point = sentenceSpan(context, sentence, bodyEnd, 0).start;
  const body = bodies.find((org) => org.end === point);
  if (!body) return undefined;
  const evidence = { start: body.start, end: sentenceSpan(context, sentence, where.nameEnd + where.title.length, 0).start };
  return { title: where.title, titleEn, organization: body, former: false, evidence };
}
