import type { ExtractionDoc } from './extraction-doc.ts';
import { SpanSet } from './span-set.ts';
import { spansOverlap } from './text-index.ts';

/**
 * Settles the overlaps between what different stages found, in one place; the pipeline calls it after every
 * stage, so each stage sees the document already settled. Each rule only removes, so running it again changes
 * nothing:
 * - a place inside a body's name (中国 in 中国环境报) or a person's name (朝阳 in 付朝阳) is no place, nor one named
 *   only inside the names of its own organs (太原市政协);
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
  // After the bodies took their places: a body whose place the text leaves out (省人大常委会) keeps it.
  doc.regions = dropOrganOnlyPlaces(doc);
  doc.themes = doc.themes.filter((theme) => !doc.policies.some((policy) => spansOverlap(policy, theme) && policy.name === theme.surface));
}

// The organs of a place's power: its party committee, people's congress, government and CPPCC.
const ORGAN_KINDS = new Set(['government', 'party-body']);

// A place named only inside the names of its own organs (太原市政协, 重庆市人民政府) stands for the organ, not for a
// place the report is about; a place named in a department's name (湖北省生态环境厅) or anywhere else stays.
function dropOrganOnlyPlaces(doc: ExtractionDoc): ExtractionDoc['regions'] {
  const organs = new SpanSet(doc.organizations.filter((org) => ORGAN_KINDS.has(org.kind) && org.region));
  const { index } = doc.context;
  // A place listed with others before a shared organ (济南、德州、威海市政府) is named as a place of the list.
  const ends = new Set(doc.regions.map((region) => region.end));
  const listed = (region: ExtractionDoc['regions'][number]) => index.readable[index.toUnit(region.start) - 1] === '、' && ends.has(region.start - 1);
  const elsewhere = new Set(
    doc.regions
      .filter((region) => region.rule !== 'region/home-place-word' && (!organs.contains(region) || listed(region)))
      .map((region) => region.name),
  );
  const inOrgans = new Set(doc.regions.filter((region) => organs.contains(region)).map((region) => region.name));
  return doc.regions.filter((region) => elsewhere.has(region.name) || !inOrgans.has(region.name));
}

// Rules whose body takes a place the body's name does not write (省委, 政府副县长, 经信委 listed after 省改委).
const PLACE_TAKEN = new Set(['organization/local-body-elided-place', 'organization/bare-body', 'organization/listed-body']);

function unplaceBodies(doc: ExtractionDoc): void {
  // Places the text names: as places, or printed in a body's own name (东岚省人大常委会).
  const named = new Set([
    ...doc.regions.map((region) => region.name),
    ...doc.organizations.flatMap((org) => (org.region && !PLACE_TAKEN.has(org.rule) ? [org.region.name] : [])),
  ]);
  for (const org of doc.organizations) {
    if (!org.region || !PLACE_TAKEN.has(org.rule) || named.has(org.region.name)) continue;
    org.review = `place left out; ${org.region.surface}, which the text seemed to name, is part of another name`;
    org.region = undefined;
    org.slug = undefined;
    org.confidence = 0.6;
  }
}
