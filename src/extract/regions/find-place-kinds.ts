import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import {
  GENERIC_PLACE_WORDS as GENERIC_WORDS,
  LAND_COVER_KINDS,
  LEVEL_PAIRS,
  NOT_IN_PLACE_NAME,
  NOT_NAME_VERBS,
  PLACE_KINDS,
  type PlaceKind,
  RESERVE_NAME_WORDS,
  RESULTATIVE_COMPLEMENT,
  SETTLEMENT_WORDS,
  SLOGAN_WORDS,
  VILLAGE_KINDS,
  ZONE_KINDS,
} from '../rules/place-kinds.ts';
import { COUNTRY } from '../rules/region-areas.ts';
import { SINGLE_SURNAMES } from '../rules/surnames.ts';
import type { Token } from '../tag-tokens.ts';
import { type PlacesFound, placeMention } from './place-mention.ts';

type Sentence = ExtractionContext['sentences'][number];

// Tags of the words a place's own name is made of, and of those that make it a proper name (not 功能性湿地).
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'x', 'j', 'n', 'ng', 's', 'nt']);
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'x', 'j']);
// Verbs, places of direction (境内, 周边), adverbs, pronouns, numbers: no word of a name after a division.
const NOT_NAME_TAGS = /^(v|f|s|d|p|c|u|r|m|q|a)/;
const NOT_IN_NAME = new Set(Array.from(NOT_IN_PLACE_NAME));
const GENERIC_PLACE_WORDS = new Set(GENERIC_WORDS);
const LEVEL_RANK: Partial<Record<RegionMention['level'], number>> = { province: 0, city: 1, county: 2, area: 3 };
const SHORT_RESERVE = '保护区';
const SLOGANS = new Set(SLOGAN_WORDS);
const RESERVE_WORDS = new Set(RESERVE_NAME_WORDS);
// The country before a kind (中国湿地, 全国湿地) names the kind across the country, no one site: it makes no name proper.
const COUNTRY_WORDS = new Set([COUNTRY.name, ...(COUNTRY.aliases ?? [])]);
// The level words of the places right above a village (镇, 乡, 街道).
const TOWN_END = /(镇|乡|街道)$/u;
const PROTECTED_AREA = /(自然保护区|国家公园)$/u;
// Parks of the protected-area system (国家湿地公园, 森林公园 …), which the State lists by official names too.
const PARK = /公园$/u;
// A division whose level word with 级 is a reserve's level (市级, 县级).
const LEVELLED_DIVISION = /[市县]$/u;
const LEVEL_MARK = '级';
const FULL_RESERVE = '自然保护区';
const RESERVE_LEVELS: readonly string[] = RESERVE_NAME_WORDS.filter((word) => word.endsWith(LEVEL_MARK));
// A town's name at the start of a site's (五马镇 + 采石场), and the kind it is found as (乡 stays after its division, as
// place-kinds.ts says: 西北乡水沟 may be a site's own name).
const TOWN_INSIDE = /^\p{Script=Han}{2,3}?镇/u;
const TOWN_KIND = PLACE_KINDS.find((kind) => kind.suffix === '镇')!;
// The longest name a place of these kinds has before its ending.
const MAX_NAME = 8;

/** A place of a kind the finder found: where it stands in the sentence and what it is. */
interface Found {
  at: number;
  length: number;
  kind: PlaceKind;
  /** The province its official name begins with (云南 of 云南轿子山国家级自然保护区): where it lies, printed inside its name. */
  province?: RegionMention;
}

/**
 * Places of the kinds of `PLACE_KINDS`: right after the division they lie in (大庆市龙凤湿地, 龙凤区铁东村, 康乐镇杨哥村,
 * each found place in turn a division for the next), and the kinds that name only places wherever their name is
 * made of proper nouns (贺兰山国家级自然保护区). Places found inside one (石家庄 of 石家庄汾河湿地公园) are returned in
 * `inside` for the caller to drop.
 */
export function findPlaceKinds(context: ExtractionContext, existing: readonly RegionMention[]): PlacesFound {
  const found: RegionMention[] = [];
  const inside = new Set<RegionMention>();
  // Official names that begin with their province, by the name printed without it.
  const official = new Map<string, string>();
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    const local = (point: number) => context.index.toUnit(point) - sentence.unitStart;
    const mentions = existing.filter((mention) => mention.sentence === sentence.index);
    const add = (place: Found, parent?: RegionMention) => {
      const span = sentenceSpan(context, sentence, place.at, place.length);
      if (found.some((other) => other.start < span.end && span.start < other.end)) return undefined;
      const name = sentence.text.slice(place.at, place.at + place.length);
      if (SLOGANS.has(name)) return undefined;
      for (const mention of mentions) if (mention !== place.province && mention.start >= span.start && mention.end <= span.end) inside.add(mention);
      const mention: RegionMention = placeMention(span, sentence, name, {
        level: place.kind.level,
        parentName: (parent ?? place.province)?.name,
        rule: parent ? 'region/place-after-division' : 'region/place-kind',
        confidence: 0.6,
        review: 'place not in the division dataset',
      });
      const own = place.province ? name.slice(local(place.province.end) - place.at) : '';
      if (!own.startsWith(LEVEL_MARK) && own.length > 0) official.set(own, name);
      found.push(mention);
      return mention;
    };
    // After a division: each place found is the division of the next (康乐镇 then 杨哥村).
    // Divisions and towns only: a named area (秦岭) is followed by its own sites' names (秦岭国家级自然保护区).
    const queue = mentions.filter((mention) => !mention.areaId && (LEVEL_RANK[mention.level] ?? 0) > 0);
    while (queue.length > 0) {
      const division = queue.shift()!;
      const after = local(division.end);
      const next = mentions.find((mention) => local(mention.start) === after);
      if (next && (LEVEL_RANK[next.level] ?? -1) > LEVEL_RANK[division.level]!) continue;
      // A zone named after its division (某某市 + 高新区) is one place: the division is inside its name.
      const zone = ZONE_KINDS.find((suffix) => division.level !== 'area' && sentence.text.startsWith(suffix, after));
      if (zone) {
        const at = local(division.start);
        const kind = PLACE_KINDS.find((candidate) => candidate.suffix === zone)!;
        add({ at, length: after - at + zone.length, kind }, division);
        continue;
      }
      // A reserve of the city's or county's level (景洪市级自然保护区: the Nature Reserve Regulations' 市级 and 县级) is
      // named by its division and level: one place, which lies in the division.
      const levelled = reserveOfLevel(sentence.text, after, division);
      if (levelled) {
        add({ at: local(division.start), length: after - local(division.start) + levelled.length, kind: levelled.kind, province: division });
        continue;
      }
      const place = villageAfterTown(sentence, tokens, after, context, division) ?? placeAfter(sentence, tokens, after, context);
      const mention = place && add(place, division);
      if (mention) queue.push(mention);
    }
    for (const place of placesAlone(sentence, tokens, context, mentions)) add(place);
  }
  nameByOfficialName(found, official);
  nameByLevelledName(found);
  return { found: found.filter((place) => !isShortReserveName(place, [...existing, ...found])), inside };
}

// A site whose official name begins with its province (云南轿子山国家级自然保护区, as the State Council's list of national
// reserves prints them) is one place; printed without the province (轿子山国家级自然保护区) it is that place again, by
// the official name.
function nameByOfficialName(found: readonly RegionMention[], official: ReadonlyMap<string, string>): void {
  for (const place of found) {
    const full = official.get(place.name);
    if (full !== undefined) place.name = full;
  }
}

// The level of a reserve right after its division (景洪市 + 级 + 自然保护区), with the reserve's ending.
function reserveOfLevel(text: string, after: number, division: RegionMention): { kind: PlaceKind; length: number } | undefined {
  if (!LEVELLED_DIVISION.test(division.name) || !text.startsWith(LEVEL_MARK, after)) return undefined;
  const kind = PLACE_KINDS.find((candidate) => PROTECTED_AREA.test(candidate.suffix) && text.startsWith(candidate.suffix, after + 1));
  return kind && { kind, length: LEVEL_MARK.length + kind.suffix.length };
}

// A reserve named without its level (西双版纳自然保护区) where the report names it with it too (西双版纳国家级自然保护区)
// is that reserve again: the Nature Reserve Regulations' level stands inside the official name only.
function nameByLevelledName(found: readonly RegionMention[]): void {
  for (const place of found) {
    if (!place.name.endsWith(FULL_RESERVE) || RESERVE_LEVELS.some((level) => place.name.endsWith(`${level}${FULL_RESERVE}`))) continue;
    const stem = place.name.slice(0, -FULL_RESERVE.length);
    const levelled = found.find((other) => RESERVE_LEVELS.some((level) => other.name === `${stem}${level}${FULL_RESERVE}`));
    if (levelled) place.name = levelled.name;
  }
}

// A reserve named short (贺兰山保护区) where the report names it in full too (贺兰山国家级自然保护区, 贺兰山国家公园) is that
// reserve again, not another place.
function isShortReserveName(place: RegionMention, all: readonly RegionMention[]): boolean {
  if (!place.name.endsWith(SHORT_RESERVE) || place.name.endsWith(`自然${SHORT_RESERVE}`)) return false;
  const stem = place.name.slice(0, -SHORT_RESERVE.length);
  return all.some(
    (other) => other !== place && other.name.length > place.name.length && other.name.startsWith(stem) && PROTECTED_AREA.test(other.name),
  );
}

// The first ending of a kind in the words right after a division, its longest form, with a name of two or more
// characters before it that holds no function word and a proper noun or a place.
function placeAfter(sentence: Sentence, tokens: readonly Token[], after: number, context: ExtractionContext): Found | undefined {
  const text = sentence.text;
  let end = after;
  while (end < text.length && end - after < MAX_NAME + 6 && /\p{Script=Han}/u.test(text[end]!) && !NOT_IN_NAME.has(text[end]!)) end += 1;
  // The first ending of several characters (汾河川国家湿地公园, not 汾河), else the first of one (何家沟入江口).
  const first = (long: boolean) => {
    for (let at = after + 2; at < end && at - after <= MAX_NAME; at += 1) {
      const kind = PLACE_KINDS.find((candidate) => candidate.suffix.length > 1 === long && text.startsWith(candidate.suffix, at));
      if (kind && at + kind.suffix.length <= end && !beginsCommonNoun(context, sentence, tokens, at, kind)) return { at, kind };
    }
    return undefined;
  };
  // A long ending further on whose name fails (马颊河马西 + 扬水站) leaves the short one before it (马颊 + 河).
  for (const ending of [first(true), first(false)]) {
    if (!ending) continue;
    const from = sentenceSpan(context, sentence, after, 0).start;
    const to = sentenceSpan(context, sentence, ending.at, 0).start;
    if (!isTokenBoundary(tokens, from)) return undefined;
    const words = tokens.filter((token) => token.end > from && token.start < to);
    const settlement = SINGLE_SURNAMES.has(text[after]!) && SETTLEMENT_WORDS.includes(text[after + 1]!) && !text.startsWith('国家', after);
    // A protected area's own name may hold a character the segmenter takes for a classifier (随县 + 封/q + 江口 +
    // 国家湿地公园): after its division, that alone does not end the name.
    const notName = (token: Token) =>
      (NOT_NAME_TAGS.test(token.tag) && !(ending.kind.alone && token.end - token.start === 1 && token.tag === 'q')) || isVerbBeforeKind(token.word);
    if (!(settlement || words.some((token) => PROPER_TAGS.has(token.tag))) || words.some(notName)) continue;
    return { at: after, length: ending.at - after + ending.kind.suffix.length, kind: ending.kind };
  }
  return undefined;
}

// An ending of one character that begins a common noun of the segmenter's dictionary (河 of 河流, 河道) is that noun,
// not the end of a name (南浔区重点中小河流, 嘉定区黑臭河道): a river's own name is a word that ends in 河 (汾河). A piece
// the segmenter does not know (沟入/x of 何家沟入江口) ends the name all the same.
function beginsCommonNoun(context: ExtractionContext, sentence: Sentence, tokens: readonly Token[], at: number, kind: PlaceKind): boolean {
  if (kind.suffix.length !== 1) return false;
  const point = sentenceSpan(context, sentence, at, 0).start;
  return tokens.some((token) => token.start === point && token.end > point + 1 && COMMON_NOUN_TAGS.has(token.tag));
}
const COMMON_NOUN_TAGS = new Set(['n', 'vn', 'ng']);

// A village right after its town (羊木镇 + 关口村): the NBS codes put villages under towns, so a name of two or three
// characters and 村 there is a village whatever the segmenter tags its name, and a site after it another place.
function villageAfterTown(
  sentence: Sentence,
  tokens: readonly Token[],
  after: number,
  context: ExtractionContext,
  town: RegionMention,
): Found | undefined {
  if (!TOWN_END.test(town.name)) return undefined;
  const text = sentence.text;
  for (let at = after + 2; at <= after + 3; at += 1) {
    const kind = PLACE_KINDS.find((candidate) => VILLAGE_KINDS.includes(candidate.suffix) && text.startsWith(candidate.suffix, at));
    if (!kind) continue;
    const name = text.slice(after, at);
    const words = tokens.filter(
      (token) => token.end > sentenceSpan(context, sentence, after, 0).start && token.start < sentenceSpan(context, sentence, at, 0).start,
    );
    if (
      !/^\p{Script=Han}+$/u.test(name) ||
      Array.from(name).some((ch) => NOT_IN_NAME.has(ch)) ||
      words.some((token) => NOT_NAME_TAGS.test(token.tag))
    )
      return undefined;
    return { at: after, length: at - after + kind.suffix.length, kind };
  }
  return undefined;
}

// The kinds that name only places, where their name before them is made of proper nouns; a province before it
// (甘肃祁连山国家级自然保护区) is where it lies, not part of its name.
function placesAlone(sentence: Sentence, tokens: readonly Token[], context: ExtractionContext, mentions: readonly RegionMention[]): Found[] {
  const places: Found[] = [];
  const text = sentence.text;
  for (let at = 2; at < text.length; at += 1) {
    const kind = PLACE_KINDS.find((candidate) => candidate.alone && text.startsWith(candidate.suffix, at));
    if (!kind || LEVEL_PAIRS.some((pair) => text.startsWith(pair, at))) continue;
    // An ending with another kind's right after it is inside the longer name (某某湿地 + 自然保护区, 某某湿地自然保护区).
    if (PLACE_KINDS.some((next) => next.alone && text.startsWith(next.suffix, at + kind.suffix.length))) continue;
    const point = sentenceSpan(context, sentence, at, 0).start;
    // A town the segmenter knows is one word with its ending (龙泉镇/ns): that word is the place.
    const town = kind.afterItsDivision ? tokens.find((token) => token.start < point && token.end === point + kind.suffix.length) : undefined;
    const townName = town ? text.slice(at - (point - town.start), at) : '';
    if (town?.tag === 'ns' && townName.length > 1 && !Array.from(townName).some((ch) => NOT_IN_NAME.has(ch))) {
      places.push({ at: at - (point - town.start), length: town.end - town.start, kind });
      continue;
    }
    if (!isTokenBoundary(tokens, point)) continue;
    const words = tokensBetween(context, sentence, tokens, 0, at) ?? [];
    const reserve = PROTECTED_AREA.test(kind.suffix) || kind.suffix === SHORT_RESERVE;
    let start = at;
    for (let i = words.length - 1; i >= 0; i -= 1) {
      const word = words[i]!;
      const numeral = /^[一二三四五六七八九十百千]+$/u.test(word.word);
      const nameWord = (NAME_TAGS.has(word.tag) && !isVerbBeforeKind(word.word)) || numeral || (reserve && RESERVE_WORDS.has(word.word));
      if (!nameWord || !/^\p{Script=Han}+$/u.test(word.word) || Array.from(word.word).some((ch) => NOT_IN_NAME.has(ch))) break;
      if (at - (start - word.word.length) > MAX_NAME) break;
      start -= word.word.length;
      if (numeral) break;
    }
    const own = tokensBetween(context, sentence, tokens, start, at) ?? [];
    // A province by its short name before a site begins its official name (甘肃祁连山国家级自然保护区, as the State
    // Council's lists of national reserves and parks print them): one place, which lies in the province. By its full
    // name (北京市万芳亭公园) it is only where the site lies.
    // (Right before a name of full length, the province still begins it: 上海 + 长江口中华鲟湿地 + 自然保护区.)
    const unitOf = (point: number) => context.index.toUnit(point) - sentence.unitStart;
    const province = mentions.find((m) => m.level === 'province' && (unitOf(m.start) === start || (m.short && unitOf(m.end) === start)));
    const nameStart = province ? unitOf(province.start) : start;
    if (province) start = unitOf(province.end);
    for (const division of kind.afterItsDivision ? mentions : []) {
      const end = context.index.toUnit(division.end) - sentence.unitStart;
      if (division.level !== 'area' && end > start && end <= at) start = end;
    }
    // A site printed after its township (五马镇采石场, 草堂镇久轩石料厂): the township is a place of its own, the site's name
    // what follows it (the NBS codes put sites' villages and works under their town).
    const siteTown = kind.level === 'landmark' ? townInside(text, start, at) : undefined;
    if (siteTown !== undefined) {
      places.push({ at: start, length: siteTown - start, kind: TOWN_KIND });
      start = siteTown;
    }
    const proper = own.filter((token) => PROPER_TAGS.has(token.tag) && !GENERIC_PLACE_WORDS.has(token.word) && !COUNTRY_WORDS.has(token.word));
    // A reserve's type or level alone names no reserve (天津市 + 湿地自然保护区: the city's wetland reserves).
    const typeOnly = reserve && (tokensBetween(context, sentence, tokens, start, at) ?? []).every((token) => RESERVE_WORDS.has(token.word));
    if (at - start < 2 || proper.length === 0 || typeOnly || isDivisionCover(context, sentence, mentions, kind, start, at)) continue;
    // So do the catalogue's zones (天津南港工业区, 天津滨海高新技术产业开发区): the catalogue prints each with its place first.
    if (province?.short && (reserve || PARK.test(kind.suffix) || ZONE_KINDS.includes(kind.suffix)))
      places.push({ at: nameStart, length: at - nameStart + kind.suffix.length, kind, province });
    else places.push({ at: start, length: at - start + kind.suffix.length, kind });
    at += kind.suffix.length - 1;
  }
  return places;
}

// A verb the segmenter does not know before a kind (获批, 讲好): no word of the name.
function isVerbBeforeKind(word: string): boolean {
  return NOT_NAME_VERBS.includes(word) || (word.length === 2 && word.endsWith(RESULTATIVE_COMPLEMENT));
}

// Where a township's name ends inside a site's name before its kind (五马镇 of 五马镇采石场), with two or more characters
// of the town's own name before its level word.
function townInside(text: string, from: number, to: number): number | undefined {
  const match = TOWN_INSIDE.exec(text.slice(from, to));
  return match ? from + match[0].length : undefined;
}

// A land cover of a division (肃南草原): the name before the kind is a division's, printed whole.
function isDivisionCover(
  context: ExtractionContext,
  sentence: Sentence,
  mentions: readonly RegionMention[],
  kind: PlaceKind,
  from: number,
  to: number,
) {
  if (!LAND_COVER_KINDS.includes(kind.suffix)) return false;
  const local = (point: number) => context.index.toUnit(point) - sentence.unitStart;
  return mentions.some((mention) => !mention.areaId && local(mention.start) === from && local(mention.end) === to);
}

// The tokens that cover [from, to) of the sentence exactly, or undefined when a token crosses either end.
function tokensBetween(context: ExtractionContext, sentence: Sentence, tokens: readonly Token[], from: number, to: number): Token[] | undefined {
  const start = sentenceSpan(context, sentence, from, 0).start;
  const end = sentenceSpan(context, sentence, to, 0).start;
  if (!isTokenBoundary(tokens, start) || !isTokenBoundary(tokens, end)) return undefined;
  return tokens.filter((token) => token.start >= start && token.end <= end);
}
