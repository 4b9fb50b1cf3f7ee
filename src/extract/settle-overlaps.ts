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
 * - a theme word that is the whole name of a policy found there is that policy, not a theme.
 */
export function settleOverlaps(doc: ExtractionDoc): void {
  const people = new SpanSet(doc.people);
  const organizations = new SpanSet(doc.organizations);
  if (doc.absorbedRegions.size > 0) doc.regions = doc.regions.filter((region) => !doc.absorbedRegions.has(region));
  doc.regions = doc.regions.filter((region) => !people.overlaps(region));
  doc.policies = doc.policies.filter((policy) => !people.contains(policy) && !organizations.runsPast(policy));
  const policies = new SpanSet(doc.policies);
  doc.statistics = doc.statistics.filter((statistic) => !policies.overlaps(statistic.valueSpan) && !organizations.overlaps(statistic.valueSpan));
  doc.themes = doc.themes.filter((theme) => !doc.policies.some((policy) => spansOverlap(policy, theme) && policy.name === theme.surface));
}
