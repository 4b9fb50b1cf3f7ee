import { type ExtractionContext, isTokenBoundary, sentenceSpan, tokenAt } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { NOT_IN_PLACE_NAME, WATER_WORK_KINDS } from '../rules/place-kinds.ts';
import { type Span, spansOverlap } from '../text-index.ts';
import { countyNamedByStem, placeMention } from './place-mention.ts';

// A list of short items joined by 、, and an item that is a township, a village or both (高楼镇高尧村, 陈门村).
const LIST = /(?:\p{Script=Han}{2,10}、)+\p{Script=Han}{2,10}/gu;
const SETTLEMENT = /^(?:(\p{Script=Han}{2,3}?[镇乡])(?=\p{Script=Han}{2,3}(?:村|社区)$))?(\p{Script=Han}{2,3}?(?:镇|乡|村|社区))$/u;
const NOT_IN_NAME = new Set(Array.from(`${NOT_IN_PLACE_NAME}省市县区`));
// An item that is a water work by its site's name (某某泵站, 某某坝塘: place-kinds.ts): its kind ends it, so the last item
// of a list is one too, with nothing after it.
const WATER_WORK = new RegExp(`^\\p{Script=Han}{2,4}?(?:${WATER_WORK_KINDS.join('|')})$`, 'u');
const LOCAL_LEVELS = new Set(['county', 'area']);
// A department of a county or district written by its level word alone (县水务局, 区农业农村局, 县发改委): a list holding
// one is of the county's units, which report and sign at its meetings beside its townships (县水务局、某某镇), so a
// township written in full among them is a place of that county. The first item may hold the words before the list.
const COUNTY_UNIT_ITEM = /[县区]\p{Script=Han}{1,8}?(?:局|委|办)$/u;
const COUNTY_UNIT = /[县区]\p{Script=Han}{1,8}?(?:局|委|办)、/u;

/**
 * The other items of a list one of whose items is a place (来到甲镇乙村、丙镇丁村、戊村等地; 宁远、蓝山、江华交界):
 * a list names things of one kind, so an item written as a township or a village of the NBS codes (…镇, …乡, …村,
 * …社区, or a township then its village) is one, and an item that is the stem of a county of the same prefecture
 * (GB/T 2260: the first four digits of the code) as a county in the list is that county. Items another finder read
 * are left to it; the first item, which may hold the words before the list, is read only when it is a place already.
 */
export function findListSiblings(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  for (const sentence of context.sentences) {
    const mentions = existing.filter((m) => m.sentence === sentence.index && LOCAL_LEVELS.has(m.level));
    const cities = existing.filter((m) => m.sentence === sentence.index && m.level === 'city' && m.code);
    if (mentions.length === 0 && cities.length === 0 && !COUNTY_UNIT.test(sentence.text)) continue;
    const tokens = context.tokens[sentence.index]!;
    const unit = (point: number) => context.index.toUnit(point) - sentence.unitStart;
    for (const match of sentence.text.matchAll(LIST)) {
      const items: ListItem[] = [];
      let at = match.index;
      for (const text of match[0].split('、')) {
        items.push({ at, text });
        at += text.length + 1;
      }
      const within = (m: RegionMention) => unit(m.start) >= match.index && unit(m.end) <= match.index + match[0].length;
      const inList = mentions.filter(within);
      // A list of a province's cities (三亚、儋州、万宁、文昌) names beside them the county-level cities and counties the
      // province governs directly (省直辖县级行政单位, GB/T 2260: prefecture digits 90), which belong to no city.
      const direct = new Set(cities.filter(within).map((m) => `${m.code!.slice(0, 2)}90`));
      if (inList.length === 0 && direct.size > 0) {
        items.forEach((item, i) => {
          const list: ListScope = { context, sentence, tokens, existing, prefectures: direct, index: i, count: items.length };
          found.push(...readCountyStem(list, item));
        });
        continue;
      }
      if (inList.length === 0 && !items.some((item) => COUNTY_UNIT_ITEM.test(item.text))) continue;
      const prefectures = new Set(inList.filter((m) => m.level === 'county' && m.code).map((m) => m.code!.slice(0, 4)));
      items.forEach((item, i) => {
        const list: ListScope = { context, sentence, tokens, existing, prefectures, index: i, count: items.length };
        found.push(...(readSettlement(list, item) ?? readWaterWork(list, item) ?? readCountyStem(list, item)));
      });
    }
  }
  return found;
}

type Sentence = ExtractionContext['sentences'][number];
interface ListItem {
  at: number;
  text: string;
}
// One list of a sentence as its items are read: where it stands, the places found before, the prefectures of its
// counties, and which item of how many is read.
interface ListScope {
  context: ExtractionContext;
  sentence: Sentence;
  tokens: ExtractionContext['tokens'][number];
  existing: readonly RegionMention[];
  prefectures: ReadonlySet<string>;
  index: number;
  count: number;
}

const overlapsAny = (mentions: readonly RegionMention[], span: Span) => mentions.some((m) => spansOverlap(m, span));
const SIBLING_NOTES = { rule: 'region/list-sibling', confidence: 0.6, review: 'place named beside another in a list' } as const;

// An item inside the list written as a township, a village or both (高楼镇高尧村): its parts another finder did not
// read. Undefined when the item is no settlement.
function readSettlement(list: ListScope, item: ListItem): RegionMention[] | undefined {
  const { context, sentence } = list;
  const settlement = list.index > 0 && list.index < list.count - 1 ? SETTLEMENT.exec(item.text) : null;
  const first = tokenAt(list.tokens, sentenceSpan(context, sentence, item.at, 0).start);
  // A verb starts no settlement's name (清理村 is no village).
  if (!settlement || /^v/u.test(first?.tag ?? '') || Array.from(settlement[0]).some((ch) => NOT_IN_NAME.has(ch))) return undefined;
  const found: RegionMention[] = [];
  let offset = 0;
  for (const part of [settlement[1], settlement[2]].filter((p): p is string => p !== undefined)) {
    const span = sentenceSpan(context, sentence, item.at + offset, part.length);
    offset += part.length;
    // A part another finder read (青坪镇 of 青坪镇杏花村) is left to it.
    if (!overlapsAny(list.existing, span)) found.push(placeMention(span, sentence, part, { level: 'area', ...SIBLING_NOTES }));
  }
  return found;
}

// A water work beside a place in a list (康美湿地、前卫泵站、捧寨坝塘): a list of sites names sites, whatever the
// segmenter tags a character of the site's name as (捧/v); a verb of two characters or more starts an action on
// works (新建泵站, 改造水闸), no name. Undefined when the item is no water work.
function readWaterWork(list: ListScope, item: ListItem): RegionMention[] | undefined {
  const { context, sentence } = list;
  const first = tokenAt(list.tokens, sentenceSpan(context, sentence, item.at, 0).start);
  const verb = first && /^v/u.test(first.tag) && first.end - first.start > 1;
  if (list.index === 0 || verb || !WATER_WORK.test(item.text) || Array.from(item.text).some((ch) => NOT_IN_NAME.has(ch))) return undefined;
  const span = sentenceSpan(context, sentence, item.at, item.text.length);
  return overlapsAny(list.existing, span) ? [] : [placeMention(span, sentence, item.text, { level: 'landmark', ...SIBLING_NOTES })];
}

// An item that is the stem of a county of the same prefecture as a county in the list. The first item may hold the
// words before the list, the last those after it: the county stem ends the first and starts the last
// (源于宁远、蓝山、江华交界).
function readCountyStem(list: ListScope, item: ListItem): RegionMention[] {
  const { context, sentence } = list;
  if (list.prefectures.size === 0) return [];
  const cuts = [{ at: 0, length: item.text.length }];
  for (const length of [3, 2]) {
    if (list.index === 0) cuts.push({ at: item.text.length - length, length });
    if (list.index === list.count - 1) cuts.push({ at: 0, length });
  }
  for (const cut of cuts) {
    if (cut.at < 0 || cut.length > item.text.length) continue;
    const span = sentenceSpan(context, sentence, item.at + cut.at, cut.length);
    if (!isTokenBoundary(list.tokens, span.start) || !isTokenBoundary(list.tokens, span.end) || overlapsAny(list.existing, span)) continue;
    const stem = item.text.slice(cut.at, cut.at + cut.length);
    const county = countyByStem(context, stem, list.prefectures);
    if (county)
      return [
        placeMention(span, sentence, stem, {
          ...countyNamedByStem(county),
          rule: 'region/list-sibling',
          confidence: 0.6,
        }),
      ];
  }
  return [];
}

// The county of the given prefectures whose name is the stem and 县 (宁远 → 宁远县), or whose autonomous short form is.
function countyByStem(context: ExtractionContext, stem: string, prefectures: ReadonlySet<string>) {
  if (stem.length > 3) return undefined;
  // A county-level city of the province's own (万宁 → 万宁市) is named by its stem as a county is.
  const directCities = [...prefectures].some((prefecture) => prefecture.endsWith('90')) ? (context.gazetteer.byName.get(`${stem}市`) ?? []) : [];
  const divisions = [...(context.gazetteer.byName.get(`${stem}县`) ?? []), ...(context.gazetteer.byShort.get(stem) ?? []), ...directCities];
  return divisions.find((division) => division.level === 'county' && prefectures.has(division.code.slice(0, 4)));
}
