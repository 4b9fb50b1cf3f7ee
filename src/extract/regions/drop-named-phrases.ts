import type { ExtractionContext } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { NOT_COUNTRY_AFTER, NOT_COUNTRY_BEFORE } from '../rules/region-areas.ts';

// A quoted slogan is short (“美丽中国我先行”, “建设中国最美丽省份”); a longer quotation is speech, whose places count.
const SLOGAN_LENGTH = 16;

/**
 * Leaves out the places that only stand inside another name: a place named only inside a document's title (《…青藏
 * 高原生态保护法》 names a law, not a place of the report), and the country inside a doctrine or initiative (美丽中国,
 * 中国特色社会主义) or a quoted slogan.
 */
export function dropNamedPhrases(context: ExtractionContext, mentions: readonly RegionMention[]): RegionMention[] {
  const inTitle = (mention: RegionMention) => {
    const sentence = context.sentences[mention.sentence]!;
    const at = context.index.toUnit(mention.start) - sentence.unitStart;
    return enclosedBy(sentence.text, at, context.index.toUnit(mention.end) - sentence.unitStart, '《', '》', sentence.text.length);
  };
  // A place the report names outside titles too keeps its mentions inside them (a statement still mentions it).
  const namedOutside = new Set(mentions.filter((mention) => !inTitle(mention)).map((mention) => mention.name));
  return mentions.filter((mention) => {
    const sentence = context.sentences[mention.sentence]!;
    const at = context.index.toUnit(mention.start) - sentence.unitStart;
    const end = context.index.toUnit(mention.end) - sentence.unitStart;
    const text = sentence.text;
    if (!namedOutside.has(mention.name) && inTitle(mention)) return false;
    if (mention.level !== 'country' || mention.surface !== '中国') return true;
    if (NOT_COUNTRY_BEFORE.some((word) => text.startsWith(word, at - word.length))) return false;
    if (NOT_COUNTRY_AFTER.some((word) => text.startsWith(word, end))) return false;
    return !enclosedBy(text, at, end, '“', '”', SLOGAN_LENGTH);
  });
}

// Whether [at, end) stands between an opening mark and its closing mark no more than `within` characters apart.
function enclosedBy(text: string, at: number, end: number, open: string, close: string, within: number): boolean {
  const opened = text.lastIndexOf(open, at);
  if (opened < 0 || text.lastIndexOf(close, at) > opened) return false;
  const closed = text.indexOf(close, end);
  return closed >= 0 && closed - opened <= within;
}
