import type { ExtractionDoc } from './extraction-doc.ts';
import { SpanSet } from './span-set.ts';
import { spansOverlap } from './text-index.ts';

/**
 * Settles the overlaps between what different stages found, in one place; the pipeline calls it after every
 * stage, so each stage sees the document already settled. Each rule only removes, so running it again changes
 * nothing:
 * - a place inside a body's name (中国 in 中国环境报) or a person's name (朝阳 in 付朝阳) is no place;
 * - a policy inside a person's name, or inside a body's name that runs past it, is no policy;
 * - a figure whose number stands inside a policy's or a body's name (十四五, 第二轮) is no figure;
 * - a theme word that is the whole name of a policy found there is that policy, not a theme;
 * - a body whose place was left out (市政府) and taken from a place that turned out to be part of a name (朝阳 of
 *   尚朝阳) keeps no place.
 */
export function settleOverlaps(doc: ExtractionDoc): void {
  const people = new SpanSet(doc.people);
  const organizations = new SpanSet(doc.organizations);
  if (doc.absorbedRegions.size > 0) doc.regions = doc.regions.filter((region) => !doc.absorbedRegions.has(region));
  doc.regions = doc.regions.filter((region) => !people.overlaps(region));
  doc.policies = doc.policies.filter((policy) => !people.contains(policy) && !organizations.runsPast(policy));
  const policies = new SpanSet(doc.policies);
  doc.statistics = doc.statistics.filter((statistic) => !policies.overlaps(statistic.valueSpan) && !organizations.overlaps(statistic.valueSpan));
  unplaceBodies(doc);
  doc.themes = doc.themes.filter((theme) => !doc.policies.some((policy) => spansOverlap(policy, theme) && policy.name === theme.surface));
}

// Rules whose body takes a place the body's name does not write (省委, 政府副县长, 经信委 listed after 省改委).
const PLACE_TAKEN = new Set(['organization/local-body-elided-place', 'organization/bare-body', 'organization/listed-body']);

function unplaceBodies(doc: ExtractionDoc): void {
  const named = new Set(doc.regions.map((region) => region.name));
  for (const org of doc.organizations) {
    if (!org.region || !PLACE_TAKEN.has(org.rule) || named.has(org.region.name)) continue;
    org.review = `place left out; ${org.region.surface}, which the text seemed to name, is part of another name`;
    org.region = undefined;
    org.slug = undefined;
    org.confidence = 0.6;
  }
}
