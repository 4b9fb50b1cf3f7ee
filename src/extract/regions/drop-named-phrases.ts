import type { ExtractionContext } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { DOCUMENT_KIND_WORDS } from '../rules/document-shapes.ts';
import { EVENT_HEADS } from '../rules/event-shapes.ts';
import { GENERIC_BODY_ENDINGS, MEDIA_ENDINGS } from '../rules/organization-patterns.ts';
import { COUNTRY_NAME_HEADS, NOT_COUNTRY_AFTER, NOT_COUNTRY_BEFORE } from '../rules/region-areas.ts';
import type { Token } from '../tag-tokens.ts';

// The heads a name that 中国 starts ends with: a body's, an outlet's, an event's or a document's (中国…集团, 中国…公报).
const NAME_HEADS = [
  ...GENERIC_BODY_ENDINGS.map((entry) => entry.ending),
  ...MEDIA_ENDINGS,
  ...EVENT_HEADS.map((entry) => entry.head),
  ...DOCUMENT_KIND_WORDS.flatMap((entry) => entry.words),
  ...COUNTRY_NAME_HEADS,
].filter((head) => head.length >= 2);

// Parts of speech of the words inside such a name (nouns, place names, adjectives, abbreviations).
const NAME_PART_TAGS = new Set(['n', 'ns', 'nz', 'nt', 'nrt', 'vn', 'an', 'a', 'b', 'l', 'j']);
// How many words after 中国 a name may run before its head.
const NAME_WORDS = 4;

// A quoted slogan is short (“美丽中国我先行”, “建设中国最美丽省份”); a longer quotation is speech, whose places count.
const SLOGAN_LENGTH = 16;

/**
 * Leaves out the places that only stand inside another name: a place named only inside a document's title (《…青藏
 * 高原生态保护法》 names a law, not a place of the report), and the country inside a doctrine or initiative (美丽中国,
 * 中国特色社会主义) or a quoted slogan.
 */
export function dropNamedPhrases(context: ExtractionContext, mentions: readonly RegionMention[]): RegionMention[] {
  const where = (mention: RegionMention) => {
    const sentence = context.sentences[mention.sentence]!;
    const at = context.index.toUnit(mention.start) - sentence.unitStart;
    return { text: sentence.text, at, end: context.index.toUnit(mention.end) - sentence.unitStart };
  };
  const inTitle = (mention: RegionMention) => {
    const { text, at, end } = where(mention);
    return enclosedBy(text, at, end, '《', '》', text.length);
  };
  const places = mentions.filter(
    (mention) => mention.level !== 'country' || mention.surface !== '中国' || isCountry(context, mention, where(mention)),
  );
  const inName = (mention: RegionMention) => inTitle(mention) || inQuotedName(where(mention));
  // A place the report names outside titles and quoted names too keeps its mentions inside them (a statement still
  // mentions it).
  const namedOutside = new Set(places.filter((mention) => !inName(mention)).map((mention) => mention.name));
  return places.filter((mention) => namedOutside.has(mention.name) || !inName(mention));
}

// Whether the place stands inside the quoted name of a project, campaign or slogan (“一泓清水入黄河”工程, 推进“美丽某省”):
// official writing marks such names with quotation marks (GB/T 15834-2011, 4.3.3: words of special meaning), and a
// place inside one is a word of the name, as inside a title. The quote must be short, hold more than the place, and be
// no list (“甲、乙”) nor a sentence (a quotation with a comma is speech, whose places count).
function inQuotedName({ text, at, end }: { text: string; at: number; end: number }): boolean {
  if (!enclosedBy(text, at, end, '“', '”', SLOGAN_LENGTH)) return false;
  const opened = text.lastIndexOf('“', at);
  const quoted = text.slice(opened + 1, text.indexOf('”', end));
  return quoted.length > end - at && !/[、,，;；:：。]/u.test(quoted);
}

// Whether 中国 stands for the country here, not inside a doctrine, an initiative, a slogan or a name it starts.
function isCountry(context: ExtractionContext, mention: RegionMention, { text, at, end }: { text: string; at: number; end: number }): boolean {
  if (NOT_COUNTRY_BEFORE.some((word) => text.startsWith(word, at - word.length))) return false;
  if (NOT_COUNTRY_AFTER.some((word) => text.startsWith(word, end))) return false;
  if (startsName(context.tokens[mention.sentence]!, mention.end)) return false;
  return !enclosedBy(text, at, end, '“', '”', SLOGAN_LENGTH);
}

// Whether 中国 ending at `end` is the first word of a name: a body's name the segmenter holds as one word (中国青年报,
// tagged nt), or a run of nouns ending in the two-character head of a body, an event or a document (中国国际友好大会,
// 中国环境状况公报). One-character heads (中国 + 网) are left to the body finders, which take the place into the body.
function startsName(tokens: readonly Token[], end: number): boolean {
  const word = tokens.find((token) => token.start < end && end < token.end);
  if (word?.tag === 'nt') return true;
  const next = tokens.findIndex((token) => token.start === end);
  if (next < 0) return false;
  for (const token of tokens.slice(next, next + NAME_WORDS)) {
    if (!NAME_PART_TAGS.has(token.tag)) return false;
    if (NAME_HEADS.some((head) => token.word.endsWith(head))) return true;
  }
  return false;
}

// Whether [at, end) stands between an opening mark and its closing mark no more than `within` characters apart.
function enclosedBy(text: string, at: number, end: number, open: string, close: string, within: number): boolean {
  const opened = text.lastIndexOf(open, at);
  if (opened < 0 || text.lastIndexOf(close, at) > opened) return false;
  const closed = text.indexOf(close, end);
  return closed >= 0 && closed - opened <= within;
}
