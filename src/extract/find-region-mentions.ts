import { autonomousShortName, type Division } from './division-gazetteer.ts';
import { type ExtractionContext, groupBySentence, isTokenBoundary, sentenceSpan, tokenAt } from './extraction-context.ts';
import type { RegionMention } from './mention-types.ts';
import { dropNamedPhrases } from './regions/drop-named-phrases.ts';
import { dropTownStems } from './regions/drop-town-stems.ts';
import { findAreaBounds } from './regions/find-area-bounds.ts';
import { findCityCountyLists } from './regions/find-city-county-lists.ts';
import { findCountyStems } from './regions/find-county-stems.ts';
import { findEthnicTownships } from './regions/find-ethnic-townships.ts';
import { findKindLists } from './regions/find-kind-lists.ts';
import { findListSiblings } from './regions/find-list-siblings.ts';
import { findListedPlaces } from './regions/find-listed-places.ts';
import { findListedWaters } from './regions/find-listed-waters.ts';
import { findMonitoringSections } from './regions/find-monitoring-sections.ts';
import { findNamedAfter } from './regions/find-named-after.ts';
import { findPlaceKinds } from './regions/find-place-kinds.ts';
import { findPorts } from './regions/find-ports.ts';
import { findProvinceParts, findVisitedProvinces } from './regions/find-province-parts.ts';
import { findResponsibleSites } from './regions/find-responsible-sites.ts';
import { findRiversByCourse } from './regions/find-rivers-by-course.ts';
import { findStemsAfterParents } from './regions/find-stems-after-parents.ts';
import { findTownsAgain } from './regions/find-towns-again.ts';
import { findTownsVisited } from './regions/find-towns-visited.ts';
import { findWatersByFeature } from './regions/find-waters-by-feature.ts';
import { placeMention } from './regions/place-mention.ts';
import { AREA_AFTER_PLACE, NOT_IN_PLACE_NAME, ZONE_KINDS } from './rules/place-kinds.ts';
import {
  COMMON_NOUN_TAILS,
  COUNTRY,
  COUNTRY_DESIGNATIONS,
  COUNTRY_SCOPE_WORDS,
  DISCHARGE_VERBS,
  GENERAL_WATER_NOUNS,
  LEVEL_WORD_NOUNS,
  NAMED_AREAS,
  type NamedArea,
  NOT_COUNTRY_BEFORE,
  NOT_PLACE_NAMES,
  NOT_SCOPE_FIGURES,
  PROVINCE_ABBREVIATIONS,
  RIVER_CLASSES,
  RIVER_DIVISION_WORDS,
  RIVER_PART_WORDS,
  SPECIES_AFTER_REGION,
  UNKNOWN_PLACE_SUFFIXES,
  WATER_CHIEF_AFTER,
} from './rules/region-areas.ts';
import { SpanSet } from './span-set.ts';
import type { Span } from './text-index.ts';

// One name the finder looks for, with what it stands for.
type Candidate =
  | { name: string; type: 'area'; area: NamedArea }
  | { name: string; type: 'division'; divisions: readonly Division[] }
  | { name: string; type: 'short'; divisions: readonly Division[] };

// Characters after 省/市/县 that make it part of another word (市场, 省份, 县级): not the end of a place name.
const NOT_AFTER_LEVEL_WORD = new Set(Array.from('场民级份域区内外属辖会容貌值面际道'));
// A level word before 一级 is the level of the hierarchy (会议开至市一级, 延伸到县一级: down to the cities), as before 级.
const ONE_LEVEL = '一级';
const NOT_PLACE = new Set(NOT_PLACE_NAMES);
const COUNTRY_SCOPE = new Set(COUNTRY_SCOPE_WORDS);
const NOT_PLACE_ENDINGS = NOT_PLACE_NAMES.filter((word) => word.length > 1);
// Parts of speech jieba gives place names (ns, s), names it guesses (x) or mistakes places for (nr 石家庄, nrt 拉萨).
const PLACE_TAGS = new Set(['ns', 's', 'nr', 'nrt', 'nz', 'j', 'x', 'nt']);
// Prepositions of place right before a word: where something is held or where one goes (在, 到, 赴, 于).
const LOCATIVE_BEFORE = '在到赴于';
// Divisions whose names are also common words (城区 "the urban area", 郊区, 矿区): never read as places.
const COMMON_WORD_DIVISIONS = new Set(['城区', '郊区', '矿区', '新区', '市中区', '市辖区']);
// The endings of zones and of areas named after a place (高新区, 经济区): the part after the place is the zone's own name.
const ZONE_ENDING = new RegExp(`(?:${[...ZONE_KINDS, ...AREA_AFTER_PLACE].join('|')})$`, 'u');
// The directions that start the names of macro-regions (东北, 中部地区, 西南), and such a name: a direction and another,
// or a direction's 部 or 方 (西北, 中部地区, 北方), not an area whose own name starts with one (西咸新区).
const DIRECTIONS = /[东南西北中]/u;
const COMPASS_REGION = /^[东南西北中][东南西北部方]/u;
// Characters that start no place name: 由北屿市 is 由 + 北屿市.
const NOT_PLACE_START = new Set(Array.from('由在对从向把被将和与及据经至到于为是的让使给以自从比较'));

/**
 * Finds places in every sentence, longest name first: named areas and the country's words, divisions of
 * the dataset by full name, provinces and cities by short name (安徽, 杭州) where the segmenter agrees it is
 * a word, and places the dataset does not know (东岚省, 临溪市), by a two- or three-character name before 省,
 * 市 or 县 at a word boundary. A place found so becomes known for the rest of the text by its short name too.
 */
export function findRegionMentions(context: ExtractionContext): RegionMention[] {
  const { mentions, unknownShort } = scanPlaceNames(context);
  mentions.push(...findUnknownBasins(context, mentions));
  const lakes = findLakesAndTowns(context, mentions);
  // A city read by its short name at the start of a lake's name (海口 of 海口湖) leaves for the lake.
  const lakeStarts = new Set(lakes.filter((lake) => lake.rule === 'region/lake').map((lake) => lake.start));
  replaceWithFound(mentions, lakes, new Set(mentions.filter((m) => m.short && m.level === 'city' && lakeStarts.has(m.start))));
  const waters = findListedWaters(context, mentions);
  mentions.push(...waters);
  for (const water of waters) {
    const inside = mentions.findIndex((m) => m.short && m !== water && water.start <= m.start && m.end <= water.end);
    if (inside >= 0) mentions.splice(inside, 1);
  }
  mentions.push(...findWatersByFeature(context, mentions));
  mentions.push(...findProvinceParts(context, mentions));
  mentions.push(...findVisitedProvinces(context, mentions));
  mentions.push(...findListedPlaces(context, mentions));
  if (unknownShort.size > 0) mentions.push(...findUnknownShortForms(context, unknownShort, mentions));
  mentions.push(...findStemsAfterParents(context, mentions));
  const counties = countyStems(mentions);
  if (counties.size > 0) mentions.push(...findUnknownShortForms(context, counties, mentions, COUNTY_SHORT));
  mentions.push(...findCountyStems(context, mentions));
  mentions.push(...findCityCountyLists(context, mentions));
  mentions.push(...findKindLists(context, mentions));
  const visited = findTownsVisited(context, mentions);
  replaceWithFound(mentions, visited.found, visited.inside);
  const kinds = findPlaceKinds(context, mentions);
  replaceWithFound(mentions, kinds.found, kinds.inside);
  const ports = findPorts(context, mentions);
  replaceWithFound(mentions, ports.found, ports.inside);
  const bounds = findAreaBounds(context, mentions);
  replaceWithFound(mentions, bounds.found, bounds.inside);
  const named = findNamedAfter(context, mentions);
  replaceWithFound(mentions, named.found, named.replaced);
  mentions.push(...findTownsAgain(context, mentions));
  mentions.push(...findRiversByCourse(context, mentions));
  const townships = findEthnicTownships(context, mentions);
  replaceWithFound(mentions, townships.found, townships.inside);
  mentions.push(...findListSiblings(context, mentions));
  // The sites of a list read whole replace the places read inside them (青州 stays, 长深 of 长深高速南侧 goes).
  const sites = findResponsibleSites(context, mentions);
  const insideSites = new Set(mentions.filter((m) => sites.some((site) => site.start <= m.start && m.end <= site.end)));
  replaceWithFound(mentions, sites, insideSites);
  const sections = findMonitoringSections(context, mentions);
  replaceWithFound(mentions, sections.found, sections.replaced);
  const zones = zonesByOwnName(context, mentions);
  if (zones.size > 0) mentions.push(...findUnknownShortForms(context, zones, mentions));
  return dropNamedPhrases(context, dropTownStems(mentions)).sort((a, b) => a.start - b.start);
}

// The places of the tables and the division dataset by name, sentence by sentence, longest name first, and the places
// the dataset does not hold read by their level word (matchUnknownPlace), with the short forms these may be named by.
function scanPlaceNames(context: ExtractionContext): { mentions: RegionMention[]; unknownShort: Map<string, RegionMention> } {
  const lookup = candidateLookup(context);
  const mentions: RegionMention[] = [];
  const unknownShort = new Map<string, RegionMention>();
  const fullNamesInText = new Set<string>();
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    const text = sentence.text;
    for (let i = 0; i < text.length; ) {
      const found = matchAt(lookup, text, i);
      if (found && found.type === 'area' && COUNTRY_SCOPE.has(found.name) && !figureFollows(text, i + found.name.length)) {
        i += found.name.length;
        continue;
      }
      // A region of the compass after another direction is part of a joined one (西部地区 of 中西部地区), and after a
      // province's abbreviation part of that province (西北 of 川西北).
      if (
        found &&
        found.type === 'area' &&
        COMPASS_REGION.test(found.name) &&
        (DIRECTIONS.test(text[i - 1] ?? '') || (text[i - 1] ?? '') in PROVINCE_ABBREVIATIONS)
      ) {
        i += found.name.length;
        continue;
      }
      const bay = found && bayNamedAfterDivision(context, sentence, found, i);
      if (bay) {
        mentions.push(bay);
        i += found!.name.length + BAY.length;
        continue;
      }
      if (found) {
        const span = sentenceSpan(context, sentence, i, found.name.length);
        const last = mentions.at(-1);
        const mention = toMention(found, span, sentence.index, tokens, fullNamesInText, {
          after: text.slice(i + found.name.length, i + found.name.length + 2),
          before: text[i - 1] ?? '',
          provinceBefore: last?.sentence === sentence.index && last.end === span.start && last.level === 'province' ? last.code : undefined,
          dateline: isDatelinePlace(text, i, found.name.length),
        });
        if (mention) {
          mentions.push(mention);
          if (!mention.short) fullNamesInText.add(mention.name);
          i += found.name.length;
          continue;
        }
      }
      const unknown = matchUnknownPlace(text, i, tokens, context, sentence);
      if (unknown) {
        mentions.push(unknown.mention);
        unknownShort.set(unknown.short, unknown.mention);
        i += unknown.length;
        continue;
      }
      i += 1;
    }
  }
  return { mentions, unknownShort };
}

// A finder's places replace the mentions it read inside them (朝阳 of 朝阳川镇): those leave the list, in its order, and
// the places found join it.
function replaceWithFound(mentions: RegionMention[], found: readonly RegionMention[], replaced: ReadonlySet<RegionMention>): void {
  if (replaced.size > 0) mentions.splice(0, mentions.length, ...mentions.filter((mention) => !replaced.has(mention)));
  mentions.push(...found);
}

// Zones named after their division once (鄂州市临空经济区, 某某高新区), by the name they go by afterwards without it
// (临空经济区, 高新区): the part after the division's full or short name, when it ends in a zone's or area's kind.
function zonesByOwnName(context: ExtractionContext, places: readonly RegionMention[]): Map<string, RegionMention> {
  const zones = new Map<string, RegionMention>();
  for (const place of places) {
    if (place.level !== 'area' || !ZONE_ENDING.test(place.name)) continue;
    for (let length = 2; length <= 4; length += 1) {
      const division = place.name.slice(0, length);
      const rest = place.name.slice(length);
      if (rest.length >= 3 && (context.gazetteer.byName.has(division) || context.gazetteer.byShort.has(division))) zones.set(rest, place);
    }
  }
  return zones;
}

// Whether the clause after a place word reports a figure (全国339个城市, 全国…比例为83.4%).
function figureFollows(text: string, at: number): boolean {
  if (COUNTRY_DESIGNATIONS.some((word) => text.startsWith(word, at))) return false;
  let clause = /^[^，。；！？]*/u.exec(text.slice(at))![0];
  for (const pattern of NOT_SCOPE_FIGURES) clause = clause.replace(pattern, '');
  return /\d|[一二两三四五六七八九十百千万]+[个家座条项批所]/u.test(clause);
}

// Names by their first two characters (as one number, so that no string is made at every character of the text),
// longest first, built once per gazetteer.
const lookupCache = new WeakMap<object, Map<number, Candidate[]>>();

function firstTwo(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + (at + 1 < text.length ? text.charCodeAt(at + 1) : 0xffff);
}

function candidateLookup(context: ExtractionContext): Map<number, Candidate[]> {
  const cached = lookupCache.get(context.gazetteer);
  if (cached) return cached;
  const lookup = new Map<number, Candidate[]>();
  const add = (candidate: Candidate) => {
    const key = firstTwo(candidate.name, 0);
    const list = lookup.get(key) ?? [];
    list.push(candidate);
    lookup.set(key, list);
  };
  for (const area of [COUNTRY, ...NAMED_AREAS]) for (const name of [area.name, ...(area.aliases ?? [])]) add({ name, type: 'area', area });
  for (const [name, divisions] of context.gazetteer.byName) if (!COMMON_WORD_DIVISIONS.has(name)) add({ name, type: 'division', divisions });
  for (const [name, divisions] of context.gazetteer.byShort) if (!context.gazetteer.byName.has(name)) add({ name, type: 'short', divisions });
  for (const list of lookup.values()) list.sort((a, b) => b.name.length - a.name.length);
  lookupCache.set(context.gazetteer, lookup);
  return lookup;
}

/**
 * A division named at a place of a sentence, without asking the segmenter whether it ends a word: the place of
 * a body whose name the segmenter took as one word (浙江日报). The caller says what must follow it.
 */
export function divisionNameAt(context: ExtractionContext, sentence: ExtractionContext['sentences'][number], at: number): RegionMention | undefined {
  const tokens = context.tokens[sentence.index]!;
  const lookup = candidateLookup(context);
  const list = lookup.get(firstTwo(sentence.text, at)) ?? [];
  const found = list.find((candidate) => candidate.type !== 'area' && sentence.text.startsWith(candidate.name, at));
  if (!found || found.type === 'area') return undefined;
  const span = sentenceSpan(context, sentence, at, found.name.length);
  if (!isTokenBoundary(tokens, span.start)) return undefined;
  const division = pickDivision(found.divisions);
  return placeMention(span, sentence, found.name, {
    name: division.name,
    level: division.level,
    code: division.code,
    short: found.type === 'short',
    rule: found.type === 'short' ? 'region/division-short-name' : 'region/division-name',
    confidence: found.divisions.length > 1 ? 0.6 : 0.85,
  });
}

// A dateline opens a news report with the outlet, the place it files from and the date (中新网南宁2月21日电, 央广网银川
// 8月9日消息: the agencies' and broadcasters' 电头), so a city's short name between an outlet's last character or the
// line's start and such a date is the place, however the segmenter joins it to the outlet (网银 "online banking").
const DATELINE_DATE = /^\d{1,2}月\d{1,2}日(?:电|讯|消息)/u;
const DATELINE_OUTLET_ENDS = /[网社台报)）\s]/u;
function isDatelinePlace(text: string, at: number, length: number): boolean {
  return at <= 16 && DATELINE_DATE.test(text.slice(at + length)) && (at === 0 || DATELINE_OUTLET_ENDS.test(text[at - 1]!));
}

function matchAt(lookup: Map<number, Candidate[]>, text: string, at: number): Candidate | undefined {
  const list = lookup.get(firstTwo(text, at));
  return list?.find((candidate) => text.startsWith(candidate.name, at));
}

function toMention(
  found: Candidate,
  span: { start: number; end: number },
  sentence: number,
  tokens: ExtractionContext['tokens'][number],
  fullNamesInText: Set<string>,
  around: { after: string; before: string; provinceBefore?: string | undefined; dateline?: boolean },
): RegionMention | undefined {
  const { after, before } = around;
  if (found.type !== 'division' && SPECIES_AFTER_REGION.some((word) => after.startsWith(word))) return undefined;
  const base = { ...span, surface: found.name, sentence };
  if (found.type === 'area') {
    const area = found.area;
    // A short area name must be a word of its own: 海河 in 入海河流 is none.
    // A river's part may follow as one word (长江上游): its name still ends there.
    const endsWord = isTokenBoundary(tokens, span.end) || (area.level === 'river-basin' && RIVER_PART_WORDS.some((word) => after.startsWith(word)));
    if (found.name.length <= 2 && area.level !== 'country' && (!isTokenBoundary(tokens, span.start) || !endsWord)) return undefined;
    return {
      ...base,
      label: 'Region',
      name: area.name,
      level: area.level,
      areaId: area.id,
      short: found.name !== area.name,
      rule: area.level === 'country' ? 'region/country-word' : 'region/named-area',
      confidence: 0.95,
    };
  }
  // A province or city by its short name must be a word of its own: 安徽 in 去年安徽遇到, not 安康 in 祝福安康.
  const preferred = pickDivision(found.divisions);
  if (found.type === 'short' && !around.dateline) {
    if (!isTokenBoundary(tokens, span.start) || !isTokenBoundary(tokens, span.end)) return undefined;
    const token = tokenAt(tokens, span.start);
    const isPlaceWord = token !== undefined && token.word === found.name && PLACE_TAGS.has(token.tag);
    // The segmenter tags some cities' short names as common nouns (合肥, 银川); after a preposition of place (在合肥召开,
    // 赴银川) the word is the place all the same.
    const afterLocative = LOCATIVE_BEFORE.includes(before) && token?.word === found.name;
    // A city printed right after its own province (山东烟台, 海南三亚): the division system nests it there (GB/T 2260),
    // whatever the segmenter takes the word for (烟台/n, "a beacon tower").
    const afterItsProvince = around.provinceBefore !== undefined && found.divisions.some((d) => d.parentCode === around.provinceBefore);
    if (preferred.level === 'city' && !isPlaceWord && !afterLocative && !afterItsProvince && !fullNamesInText.has(preferred.name)) return undefined;
  }
  if (found.type === 'division' && (isCommonNounTail(found.name, before) || isLevelWordNoun(found.name, after, before))) return undefined;
  if (found.type === 'division' && isOneCharacterCountyInWord(found.name, after)) return undefined;
  const ambiguous = found.divisions.length > 1;
  return {
    ...base,
    label: 'Region',
    name: preferred.name,
    level: preferred.level,
    code: preferred.code,
    short: found.type === 'short',
    rule: found.type === 'short' ? 'region/division-short-name' : 'region/division-name',
    confidence: ambiguous ? 0.6 : found.type === 'short' ? 0.85 : 0.97,
    review: ambiguous ? `${found.divisions.length} divisions are named ${found.name}; took ${preferred.name} (${preferred.code})` : undefined,
  };
}

const BAY = '湾';

/**
 * A bay named after the city or county on its shore (海口湾, 三亚湾, 唐山湾): the coastal units of the ministry's 美丽海湾
 * and the bays of the national bay gazetteer (中国海湾志) take that division's short name and 湾, so a division's short
 * name with 湾 right after it names the bay, not the division (湾区, "bay area", is a region of cities: 大湾区).
 */
function bayNamedAfterDivision(
  context: ExtractionContext,
  sentence: ExtractionContext['sentences'][number],
  found: Candidate,
  at: number,
): RegionMention | undefined {
  if (found.type !== 'short' || !found.divisions.some((d) => d.level === 'city' || d.level === 'county')) return undefined;
  const end = at + found.name.length;
  if (sentence.text[end] !== BAY || sentence.text[end + 1] === '区') return undefined;
  const span = sentenceSpan(context, sentence, at, found.name.length + BAY.length);
  if (!isTokenBoundary(context.tokens[sentence.index]!, span.start)) return undefined;
  return placeMention(span, sentence, found.name + BAY, { level: 'landmark', rule: 'region/bay-named-after-division', confidence: 0.7 });
}

// A division's name that ends in a common noun, cut out of a longer word (范县 of 示范县, 海城市 of 沿海城市): another
// character of a word stands before it, no level word or function word.
function isCommonNounTail(name: string, before: string): boolean {
  return (
    COMMON_NOUN_TAILS.some((tail) => name.endsWith(tail)) &&
    /\p{Script=Han}/u.test(before) &&
    !NOT_PLACE_START.has(before) &&
    !/[省州盟市区县旗]/u.test(before)
  );
}

// A division's name whose level word begins a common noun, cut out of a longer word (南区 of 陕南区域).
function isLevelWordNoun(name: string, after: string, before: string): boolean {
  return /\p{Script=Han}/u.test(before) && !NOT_PLACE_START.has(before) && LEVEL_WORD_NOUNS.some((noun) => `${name.at(-1)}${after}`.startsWith(noun));
}

// A county whose name is one character and its level word (代县, 和县) followed by 长 or another level word is that
// level's word in a title or a pair of levels (代县长 "acting county head", 部门和县区 "departments and counties").
function isOneCharacterCountyInWord(name: string, after: string): boolean {
  return name.length === 2 && /[县区]$/u.test(name) && (/^[长区市县乡级]/u.test(after) || LEVELS_IN_BRACKETS.test(after));
}
// The levels of a list in brackets after the county level (县（市、区）: "the counties, cities and districts").
const LEVELS_IN_BRACKETS = /^[（(][市区]/u;

// Of several divisions with one name, the higher level first (吉林 the province before 吉林市), then the lower code.
function pickDivision(divisions: readonly Division[]): Division {
  const rank = { province: 0, city: 1, county: 2 } as const;
  return [...divisions].sort((a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code))[0]!;
}

// How many characters the name of a place the dataset does not know has before its level word.
const NAME_LENGTHS = [2, 3] as const;
const CITY_NOUN = '城市';

function matchUnknownPlace(
  text: string,
  at: number,
  tokens: ExtractionContext['tokens'][number],
  context: ExtractionContext,
  sentence: ExtractionContext['sentences'][number],
): { mention: RegionMention; short: string; length: number } | undefined {
  for (const { suffix, level } of UNKNOWN_PLACE_SUFFIXES) {
    for (const nameLength of NAME_LENGTHS) {
      const suffixAt = at + nameLength;
      // Compared by code unit: this runs at every character of the text.
      if (suffix.length !== 1 || text.charCodeAt(suffixAt) !== suffix.charCodeAt(0)) continue;
      const short = text.slice(at, suffixAt);
      if (NOT_PLACE_START.has(short[0]!)) continue;
      // 城市 is the noun "city": every city whose name ends in 城 is in the division data (晋城市, 韩城市), so an unknown
      // one is a kind of city (文明城市, 大城市, 海绵城市).
      if (text.startsWith(CITY_NOUN, suffixAt - 1)) continue;
      if (!/^\p{Script=Han}+$/u.test(short) || NOT_PLACE.has(short) || NOT_PLACE_ENDINGS.some((word) => short.endsWith(word))) continue;
      // A level word or a body's word inside is the end of another name (住房城乡建设部 + 省…).
      if (/[省市县区部局厅委办]/.test(short)) continue;
      // 国 before 省 is a pair of levels (国省控断面, 国省道: the sections and roads the state and the province control,
      // the tiers of the monitoring network and of the road classes), not a province whose name ends in 国.
      if (suffix === '省' && short.endsWith('国')) continue;
      // A function word is no part of a place's name (赵立东及县政府办: 东及 is no county).
      if (Array.from(short).some((ch) => NOT_IN_PLACE_NAME.includes(ch))) continue;
      if (NOT_AFTER_LEVEL_WORD.has(text[suffixAt + 1] ?? '') || text.startsWith(ONE_LEVEL, suffixAt + 1)) continue;
      const span = sentenceSpan(context, sentence, at, nameLength + 1);
      // The name starts a word, or follows a function word the segmenter may have joined to it (由北屿市).
      if (!isTokenBoundary(tokens, span.start) && !NOT_PLACE_START.has(text[at - 1] ?? '')) continue;
      // The level word must start a word or end the place's word (临溪市), not sit inside another (企业上市).
      const levelToken = tokenAt(tokens, span.end - 1);
      if (levelToken && levelToken.start !== span.end - 1 && levelToken.start !== span.start) continue;
      // Words the segmenter knows as something else are no place (工作 + 省, 生态县 are not places).
      const first = tokenAt(tokens, span.start);
      if (first && !PLACE_TAGS.has(first.tag)) continue;
      if (/[一二三四五六七八九十两]/u.test(short)) continue;
      const name = `${short}${suffix}`;
      if (context.gazetteer.byName.has(name)) continue;
      return {
        short,
        length: nameLength + 1,
        mention: placeMention(span, sentence, name, {
          level,
          rule: 'region/unknown-place',
          confidence: 0.6,
          review: 'place not in the division dataset',
        }),
      };
    }
  }
  return undefined;
}

// How a short form found by `findUnknownShortForms` is written down, and the words the segmenter may make of it.
interface ShortForms {
  rule: string;
  confidence: number;
  review?: string;
  tags: ReadonlySet<string>;
}
const UNKNOWN_SHORT: ShortForms = {
  rule: 'region/unknown-place-short-name',
  confidence: 0.55,
  review: 'place not in the division dataset',
  tags: PLACE_TAGS,
};
// A county's stem is often a given name to the segmenter (宁远/nrfg).
const COUNTY_SHORT: ShortForms = { rule: 'region/county-short-name', confidence: 0.6, tags: new Set([...PLACE_TAGS, 'nrfg']) };

// A county the report prints in full (宁远县, also inside a body's name: 宁远县委) is named by its stem alone
// elsewhere (宁远召开…): the news names a county once in full, then short, as it does a province or city; an
// autonomous county by the place before its peoples' names (玉屏侗族自治县 → 玉屏), as its short form 玉屏县 is made.
function countyStems(mentions: readonly RegionMention[]): Map<string, RegionMention> {
  const stems = new Map<string, RegionMention>();
  for (const mention of mentions) {
    if (mention.level !== 'county' || mention.short) continue;
    const full = autonomousShortName(mention.name) ?? mention.name;
    if (/^\p{Script=Han}{2,3}县$/u.test(full)) stems.set(full.slice(0, -1), mention);
  }
  return stems;
}

// Once 鹤阳市 is found, 鹤阳 alone is the same place wherever it stands as a word of its own.
function findUnknownShortForms(
  context: ExtractionContext,
  places: Map<string, RegionMention>,
  existing: RegionMention[],
  forms: ShortForms = UNKNOWN_SHORT,
): RegionMention[] {
  const mentions: RegionMention[] = [];
  const taken = (start: number, end: number) => existing.some((m) => m.start < end && start < m.end);
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    for (const [short, place] of places) {
      let from = 0;
      for (;;) {
        const at = sentence.text.indexOf(short, from);
        if (at < 0) break;
        from = at + short.length;
        const span = sentenceSpan(context, sentence, at, short.length);
        if (taken(span.start, span.end) || !isTokenBoundary(tokens, span.start)) continue;
        const token = tokenAt(tokens, span.start);
        if (token && !forms.tags.has(token.tag) && token.word.length >= short.length) continue;
        const next = sentence.text[at + short.length] ?? '';
        if (/[省市县]/.test(next)) continue;
        mentions.push(
          placeMention(span, sentence, short, {
            name: place.name,
            level: place.level,
            short: true,
            code: place.code,
            rule: forms.rule,
            confidence: forms.confidence,
            review: forms.review,
          }),
        );
      }
    }
  }
  return mentions;
}

// A river's name before its basin or one of its parts (岚江流域, 玉溪河段, 圭江支流).
const RIVER_PART = new RegExp(`(\\p{Script=Han}{1,3}[江河湖溪川水])(流域|${RIVER_DIVISION_WORDS.join('|')})`, 'gu');

// A river basin the areas table does not hold (岚江流域): a river's name of two to four characters before 流域; and a
// river named by a section, its main stream or a tributary (玉溪河段, 圭江支流: the river chief system's sections, the
// Water Law's 干流 and 支流), the river without the part.
function findUnknownBasins(context: ExtractionContext, existing: RegionMention[]): RegionMention[] {
  const basins: RegionMention[] = [];
  for (const sentence of context.sentences) {
    const tokens = context.tokens[sentence.index]!;
    for (const match of sentence.text.matchAll(RIVER_PART)) {
      const section = match[2] !== '流域';
      // Waters in general (江河流域) or a class of rivers (内陆河流域) before the part name no one river or basin.
      if ([...GENERAL_WATER_NOUNS, ...RIVER_CLASSES].some((word) => match[1]!.endsWith(word))) continue;
      // A section is said of a river (某某河段, 某某江段); 临溪段 of 岚江临溪段 is a section named by its place.
      if (section && !/[江河]$/u.test(match[1]!)) continue;
      // Before 支流 or 干流 a verb of discharge often precedes the river (直排圭江支流): the river starts after it.
      const stream = section && match[2] !== '段';
      for (let start = match.index; start < match.index + match[1]!.length - 1; start += 1) {
        const end = match.index + (section ? match[1]!.length : match[0].length);
        const span = sentenceSpan(context, sentence, start, end - start);
        if (!isTokenBoundary(tokens, span.start) || NOT_PLACE_START.has(sentence.text[start]!)) continue;
        // A verb of going or looking before the river (深入某河流域, 查看某河流域) starts no river's name.
        if (/^v/u.test(tokenAt(tokens, span.start)?.tag ?? '')) continue;
        if (stream && DISCHARGE_VERBS.some((verb) => sentence.text.startsWith(verb, start))) continue;
        if (existing.some((m) => m.start < span.end && span.start < m.end)) break;
        // A river's section (某某河段, the river chief system's 河段) names the river when its name is a proper noun.
        if (section && !isProperStem(tokens, span.start, span.end - 1)) break;
        const name = sentence.text.slice(start, end);
        // A report that names the river's basin (岚江流域) speaks of its main stream as part of that place.
        if (stream && context.index.readable.includes(`${name}流域`)) break;
        basins.push(
          placeMention(span, sentence, name, {
            level: section ? 'landmark' : 'river-basin',
            rule: section ? 'region/river-section' : 'region/unknown-basin',
            confidence: 0.6,
            review: section ? 'river not in the areas table' : 'river basin not in the areas table',
          }),
        );
        break;
      }
    }
  }
  return basins;
}

// The words before a water's ending are proper nouns or names the segmenter does not know (玉丰 of 玉丰河), no
// common noun (城区 of 城区河段).
function isProperStem(tokens: ExtractionContext['tokens'][number], start: number, end: number): boolean {
  const words = tokens.filter((token) => token.start < end && token.end > start);
  return words.length > 0 && words.every((token) => PLACE_TAGS.has(token.tag) && token.tag !== 'nt');
}

// A one-character verb the segmenter joins to 湖 (治湖, 巡湖, 管湖: govern, patrol, manage the lake) makes a phrase of the
// river and lake chiefs' work (科学治湖, 走河巡湖, 依法管湖), not a lake's name: a lake's own word before 湖 is a noun or
// a name (太白 + 湖, 抚仙湖, 异 + 龙湖).
function isVerbOfLake(context: ExtractionContext, sentenceIndex: number, span: Span): boolean {
  const last = context.tokens[sentenceIndex]!.find((token) => token.end === span.end);
  if (!last || last.start <= span.start || last.end - last.start !== 2) return false;
  return LAKE_VERB_TAGS.has(context.tagger.tagAlone(last.word.slice(0, 1)));
}
const LAKE_VERB_TAGS = new Set(['v', 'vg', 'vn', 'zg']);

// Lakes (菜子湖、武昌湖) where a list or clause starts, and towns right after their county (宿松县复兴镇): places
// the dataset does not list. A lake is a landmark, a town an area, both flagged.
// A lake whose name starts with a city's short name (海口湖, a lake, not 海口 the city): the city read by its short name
// only, at the lake's start, and the lake's whole name printed again elsewhere in the report, as a lake's name is.
function cityShortOpensLake(context: ExtractionContext, existing: readonly RegionMention[], span: Span, name: string): boolean {
  const inside = existing.filter((m) => m.start < span.end && span.start < m.end);
  const [city] = inside;
  if (inside.length !== 1 || !city!.short || city!.level !== 'city' || city!.start !== span.start) return false;
  const text = context.index.readable;
  return text.indexOf(name) !== text.lastIndexOf(name);
}

/**
 * The provinces of the Tibetan plateau's lakes (Tibet 54, Qinghai 63): their lakes keep the Tibetan word for a lake,
 * mtsho, transliterated 错 or 措 after the name (纳木错, 羊卓雍错, 玛旁雍错, 巴松措), as the national rules for
 * transliterating minority-language place names (地名管理条例, 少数民族语地名汉字译写) write it.
 */
const PLATEAU_PROVINCES = ['54', '63'];
const PLATEAU_LAKE = /(?<=^|[，。、；：“（和与及在至赴到而])((?:(?![和与及在至赴到而])\p{Script=Han}){2,4})([错措])(?![施误过了])/gu;

// Lakes named by the Tibetan word for a lake, in a report that names a place of the plateau: 错 after a verb or
// negation (不错, 出错, 纠错) and 举措 ("a measure") are no lake.
function plateauLakes(
  context: ExtractionContext,
  sentence: ExtractionContext['sentences'][number],
  taken: (start: number, end: number) => boolean,
): RegionMention[] {
  const lakes: RegionMention[] = [];
  for (const match of sentence.text.matchAll(PLATEAU_LAKE)) {
    if (/[的了和与及在是将对把被从向一二三四五六七八九十不没出差纠认过有做弄搞犯写打说举全各]/u.test(match[1]!)) continue;
    const span = sentenceSpan(context, sentence, match.index, match[0].length);
    if (taken(span.start, span.end)) continue;
    // A lake's name is a transliteration, no verb or adverb of a sentence (要坚持多措并举 is none).
    const words = context.tokens[sentence.index]!.filter((token) => token.start < span.end - 1 && token.end > span.start);
    if (words.some((token) => /^(v|vd|d|ad|a|m|r|p|c|t|q)$/.test(token.tag))) continue;
    lakes.push(placeMention(span, sentence, match[0], { level: 'landmark', rule: 'region/plateau-lake', confidence: 0.6 }));
  }
  return lakes;
}

function findLakesAndTowns(context: ExtractionContext, existing: RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  const existingSpans = new SpanSet(existing);
  const taken = (start: number, end: number) => existingSpans.overlaps({ start, end }) || found.some((m) => m.start < end && start < m.end);
  const countiesBySentence = groupBySentence(existing.filter((m) => m.level === 'county'));
  const onPlateau = existing.some((m) => m.code !== undefined && PLATEAU_PROVINCES.includes(m.code.slice(0, 2)));
  for (const sentence of context.sentences) {
    const text = sentence.text;
    // A lake's part after 湖 (湖面, 湖边, 湖岸 "the shore": 湿地湖岸修复) or a level word ends no lake's name there.
    for (const match of text.matchAll(/(?<=^|[，。、；：“（和与及在至赴到])(\p{Script=Han}{2,3})(湖群|湖)(?![县区市镇乡流域泊水面边岸区内口库])/gu)) {
      if (text.startsWith(WATER_CHIEF_AFTER, match.index + match[0].length)) continue;
      // (湖库, the lakes and reservoirs of the surface-water assessment, 省控湖库, is excluded above: no lake.)
      const name = match[0];
      if (/[的了和与及在是将对把被从向一二三四五六七八九十入出环沿全本该各]/u.test(match[1]!)) continue;
      // 美丽 + a kind of place names an initiative of the 20th Congress report (美丽河湖, 美丽海湾), not a lake.
      if (NOT_COUNTRY_BEFORE.some((word) => match[1]!.startsWith(word))) continue;
      // …河湖 is the pair "rivers and lakes" of the river and lake chief system (样板河湖, 幸福河湖), not a lake.
      if (match[1]!.endsWith('河') && match[2] === '湖') continue;
      const span = sentenceSpan(context, sentence, match.index, name.length);
      if (taken(span.start, span.end) && !cityShortOpensLake(context, existing, span, name)) continue;
      // A lake's name is nouns: 天天巡湖 (every day patrol the lake) is no lake.
      const words = context.tokens[sentence.index]!.filter((token) => token.start >= span.start && token.end <= span.end - 1);
      if (words.some((token) => /^(v|vd|d|ad|a|m|r|p|c|t|q)$/.test(token.tag))) continue;
      if (isVerbOfLake(context, sentence.index, span)) continue;
      found.push(
        placeMention(span, sentence, name, { level: 'landmark', rule: 'region/lake', confidence: 0.5, review: 'lake not in the areas table' }),
      );
    }
    if (onPlateau) found.push(...plateauLakes(context, sentence, taken));
    for (const county of countiesBySentence.get(sentence.index) ?? []) {
      const after = context.index.toUnit(county.end) - sentence.unitStart;
      const town = /^(\p{Script=Han}{2,3}?)(镇|乡)(?!\p{Script=Han}{0,1}[政府长])/u.exec(text.slice(after));
      if (!town || /[的了和与及在是将对各全多其所部]/u.test(town[1]!)) continue;
      const span = sentenceSpan(context, sentence, after, town[0].length);
      if (taken(span.start, span.end)) continue;
      found.push(
        placeMention(span, sentence, town[0], {
          level: 'area',
          parentName: county.name,
          rule: 'region/town-after-county',
          confidence: 0.6,
          review: 'town not in the division dataset',
        }),
      );
    }
  }
  return found;
}

/**
 * 全省, 我省 and 本省 (全市, 我市, 本市) stand for the report's own province (city): the first one its opening
 * paragraphs name, when the report names it again. They are mentions of that place, never names of it. A stage of
 * its own after the people, so that a place that was part of a name (朝阳 of 尚朝阳) is not taken.
 */
export function findHomePlaceWords(context: ExtractionContext, mentions: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  for (const [level, words] of [
    ['province', /[全我本]省(?![长委级份会内外])/gu],
    ['city', /[全我本]市(?![长委级场民区内外])/gu],
  ] as const) {
    const opening = mentions.find((m) => m.level === level && context.sentences[m.sentence]!.paragraph <= 3);
    if (!opening || mentions.filter((m) => m.name === opening.name).length < 2) continue;
    for (const sentence of context.sentences) {
      for (const match of sentence.text.matchAll(words)) {
        found.push(
          placeMention(sentenceSpan(context, sentence, match.index, match[0].length), sentence, match[0], {
            name: opening.name,
            level: opening.level,
            code: opening.code,
            short: true,
            rule: 'region/home-place-word',
            confidence: 0.6,
          }),
        );
      }
    }
  }
  return found;
}
