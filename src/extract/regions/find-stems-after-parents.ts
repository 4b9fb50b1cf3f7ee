import { autonomousShortName, type Division, type Gazetteer } from '../division-gazetteer.ts';
import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { AFTER_COUNTY_STEM, COUNTY_STEM_SUFFIXES } from '../rules/region-areas.ts';
import { placeMention } from './place-mention.ts';

const stemsCache = new WeakMap<Gazetteer, Map<string, Map<string, Division>>>();

// The county-level divisions under each province and city, by stem (重庆市 → 石柱 → 石柱土家族自治县), built once.
export function stemsByParent(gazetteer: Gazetteer): Map<string, Map<string, Division>> {
  const cached = stemsCache.get(gazetteer);
  if (cached) return cached;
  const byParent = new Map<string, Map<string, Division>>();
  for (const division of gazetteer.byCode.values()) {
    if (division.level !== 'county') continue;
    const written = autonomousShortName(division.name) ?? division.name;
    const suffix = COUNTY_STEM_SUFFIXES.find((ending) => written.endsWith(ending));
    const stem = suffix ? written.slice(0, -suffix.length) : undefined;
    if (!stem || stem.length < 2) continue;
    for (let code = division.parentCode; code; code = gazetteer.byCode.get(code)?.parentCode) {
      const stems = byParent.get(code) ?? new Map<string, Division>();
      if (!stems.has(stem)) stems.set(stem, division);
      byParent.set(code, stems);
    }
  }
  stemsCache.set(gazetteer, byParent);
  return byParent;
}

/**
 * A county or district printed by its stem right after its province or city (重庆市石柱, 四川遂宁, 安徽池州 then 重庆南川):
 * GB/T 2260 puts it under that division, and the news names a place by the chain of its divisions, the lower one
 * without its level word. Only a stem of two or more characters that ends a word of its own and is followed by no more
 * of a name (a mark, or 和, 及, 等 closing a list) is read.
 */
export function findStemsAfterParents(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  const stems = stemsByParent(context.gazetteer);
  for (const parent of existing) {
    if (!parent.code || (parent.level !== 'province' && parent.level !== 'city')) continue;
    const children = stems.get(parent.code);
    const sentence = context.sentences[parent.sentence]!;
    const after = context.index.toUnit(parent.end) - sentence.unitStart;
    if (!children || existing.some((other) => other.start === parent.end)) continue;
    for (const length of [3, 2]) {
      const county = children.get(sentence.text.slice(after, after + length));
      const span = sentenceSpan(context, sentence, after, length);
      const next = sentence.text[after + length] ?? '';
      if (!county || !isTokenBoundary(context.tokens[sentence.index]!, span.end)) continue;
      if (/\p{Script=Han}/u.test(next) && !AFTER_COUNTY_STEM.includes(next)) continue;
      found.push(
        placeMention(span, sentence, sentence.text.slice(after, after + length), {
          name: county.name,
          level: 'county',
          code: county.code,
          short: true,
          parentName: parent.name,
          rule: 'region/county-stem-after-parent',
          confidence: 0.7,
          review: `county by its stem after ${parent.name}`,
        }),
      );
      break;
    }
  }
  return found;
}
