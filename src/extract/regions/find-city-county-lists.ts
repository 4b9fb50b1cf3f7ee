import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { stemsByParent } from './find-stems-after-parents.ts';
import { countyNamedByStem, placeMention } from './place-mention.ts';

// What may stand before an item that opens a line of a list: the start of the sentence, a line break or a semicolon.
const ITEM_OPENS = /^$|[\n；;]$/u;

/**
 * The counties of a city the report names, printed by their stems (三元, 永安, 大田) as the items of the city's own
 * list: a municipal bulletin, ranking or task list goes county by county, and the division system (GB/T 2260) says
 * which counties the city has. Read only where the words around can only be a list of places: two or more stems of
 * the city's counties in a row set apart by 、 (核查甲、乙、丙进度滞后), or one stem that opens a line and is
 * followed by its count (甲1个〔…〕). A stem that is no county of a city the report names is left alone.
 */
export function findCityCountyLists(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const cities = new Map(existing.flatMap((city) => (city.level === 'city' && city.code ? [[city.code, city.name] as const] : [])));
  const children = new Map<string, { name: string; code: string; parent: string }>();
  for (const [code, parent] of cities) {
    for (const [stem, county] of stemsByParent(context.gazetteer).get(code) ?? [])
      children.set(stem, { name: county.name, code: county.code, parent });
  }
  // A city's county-level cities too (永安市 of 三明市), which the stems after a parent leave out.
  for (const division of context.gazetteer.byCode.values()) {
    const parent = division.parentCode ? cities.get(division.parentCode) : undefined;
    if (!parent || division.level !== 'county' || !/^\p{Script=Han}{2,3}市$/u.test(division.name)) continue;
    children.set(division.name.slice(0, -1), { name: division.name, code: division.code, parent });
  }
  if (children.size === 0) return [];
  const found: RegionMention[] = [];
  const taken = (start: number, end: number) => [...existing, ...found].some((m) => m.start < end && start < m.end);
  const stemAt = (text: string, at: number) => [3, 2].map((length) => text.slice(at, at + length)).find((stem) => children.has(stem));
  for (const sentence of context.sentences) {
    const { text } = sentence;
    const tokens = context.tokens[sentence.index]!;
    for (let at = 0; at < text.length; at += 1) {
      const first = stemAt(text, at);
      if (!first || !isTokenBoundary(tokens, sentenceSpan(context, sentence, at, 0).start)) continue;
      const items = [{ stem: first, at }];
      while (text[items.at(-1)!.at + items.at(-1)!.stem.length] === '、') {
        const next = items.at(-1)!.at + items.at(-1)!.stem.length + 1;
        const stem = stemAt(text, next);
        if (!stem) break;
        items.push({ stem, at: next });
      }
      const opensLine = ITEM_OPENS.test(text.slice(Math.max(0, at - 1), at)) && /^\d/u.test(text.slice(at + first.length));
      if (items.length < 2 && !opensLine) continue;
      for (const { stem, at: itemAt } of items) {
        const span = sentenceSpan(context, sentence, itemAt, stem.length);
        if (taken(span.start, span.end)) continue;
        const county = children.get(stem)!;
        found.push(
          placeMention(span, sentence, stem, {
            ...countyNamedByStem(county),
            parentName: county.parent,
            rule: 'region/city-county-list',
            confidence: 0.7,
            review: `county of ${county.parent} by its stem in a list`,
          }),
        );
      }
      at = items.at(-1)!.at + items.at(-1)!.stem.length - 1;
    }
  }
  return found;
}
