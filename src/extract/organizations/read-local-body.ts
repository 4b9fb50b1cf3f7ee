import { divisionNameAt } from '../find-region-mentions.ts';
import { BRANCH_AREA_ENDINGS } from '../rules/organization-patterns.ts';
import { attachedBodyAt, attachedMention, congressCommitteeMention } from './attached-bodies.ts';
import { localBodyMention, suffixAt } from './local-body-suffix.ts';
import { absorbPlaces, type OrganizationSentence, type OrganizationState } from './organization-scan.ts';

const ZONE_BRANCH = new RegExp(`^\\p{Script=Han}{2,10}?(?:${BRANCH_AREA_ENDINGS.join('|')})分局`, 'u');

/**
 * A place and a body suffix (湖北省 + 生态环境厅, 宿松县 + 分局), with a county's branch of the bureau named in
 * full after it (安庆市生态环境局宿松县分局) or a zone's (某市生态环境局某某旅游度假区分局), and a body attached to it
 * (…党组). Returns where reading goes on.
 */
export function readLocalBody(state: OrganizationState, scan: OrganizationSentence, at: number, former: boolean): number | undefined {
  const { text, span } = scan;
  // The place the region finder read, or a division the segmenter joined to the body's name (浙江日报).
  const region = scan.regionAt.get(at) ?? (scan.placeEndsAt(at) ? undefined : divisionNameAt(state.context, scan.sentence, at));
  const regionEnd = region ? at + region.surface.length : at;
  const suffix = region ? suffixAt(text, regionEnd, region) : undefined;
  if (!region || !suffix) return undefined;
  const length = regionEnd - at + suffix.suffix.length;
  const sentence = scan.sentence.index;
  const mention = localBodyMention(region, suffix, { span: span(at, length), surface: text.slice(at, at + length), sentence, former });
  state.organizations.push(mention);
  let next = at + length;
  const committee = congressCommitteeMention(text, next, mention, (more) => span(at, length + more), sentence);
  if (committee) {
    state.organizations.push(committee);
    return next + committee.surface.length - mention.surface.length;
  }
  const county = scan.regionAt.get(next);
  if (county && text.startsWith('分局', next + county.surface.length)) {
    const branchLength = next + county.surface.length + 2 - at;
    const branchSpan = span(at, branchLength);
    state.organizations.push({
      ...branchSpan,
      label: 'Organization',
      surface: text.slice(at, at + branchLength),
      sentence,
      name: text.slice(at, at + branchLength),
      kind: 'municipal-bureau',
      slug: 'branch',
      region: county,
      parents: [{ mention, evidence: branchSpan }],
      former,
      rule: 'organization/county-branch',
      confidence: 0.85,
    });
    next = at + branchLength;
  } else if (ZONE_BRANCH.test(text.slice(next))) {
    const branchLength = next - at + ZONE_BRANCH.exec(text.slice(next))![0].length;
    const branchSpan = span(at, branchLength);
    const name = text.slice(at, at + branchLength);
    const parents = [{ mention, evidence: branchSpan }];
    state.organizations.push({
      ...branchSpan,
      label: 'Organization',
      surface: name,
      sentence,
      name,
      kind: 'municipal-bureau',
      parents,
      former,
      rule: 'organization/zone-branch',
      confidence: 0.8,
    });
    absorbPlaces(state, scan, span(regionEnd, at + branchLength - regionEnd));
    next = at + branchLength;
  }
  const attached = attachedBodyAt(text, next);
  if (attached) {
    state.organizations.push(attachedMention(attached, mention, span(at, length + attached.suffix.length), sentence));
    next += attached.suffix.length;
  }
  return next;
}
