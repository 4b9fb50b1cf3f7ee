import type { OrganizationMention } from '../mention-types.ts';
import { ATTACHED_BODIES, CONGRESS_WORKING_COMMITTEE } from '../rules/organization-patterns.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import type { Span } from '../text-index.ts';

const ATTACHED = [...ATTACHED_BODIES].sort((a, b) => b.suffix.length - a.suffix.length);
// Titles that belong to a sub-body (党组书记): an attached body right before one of them is left to the person finder.
const UNIT_TITLES = TITLE_WORDS.filter((title) => title.unit !== undefined).map((title) => title.word);

/** A body attached to the one that ends at `at` (生态环境部 + 党组), unless a party title starts there. */
export function attachedBodyAt(text: string, at: number): (typeof ATTACHED_BODIES)[number] | undefined {
  const attached = ATTACHED.find((body) => text.startsWith(body.suffix, at));
  if (!attached) return undefined;
  // 党组书记 is a post of the 党组: the person finder makes the body from the title.
  if (UNIT_TITLES.some((title) => text.startsWith(title, at))) return undefined;
  return attached;
}

/** The attached body's mention, part of its host. */
export function attachedMention(
  attached: (typeof ATTACHED_BODIES)[number],
  host: OrganizationMention,
  whole: Span,
  sentence: number,
): OrganizationMention {
  return {
    ...whole,
    label: 'Organization',
    surface: `${host.surface}${attached.suffix}`,
    sentence,
    name: `${host.name}${attached.suffix}`,
    kind: attached.kind,
    nameEn: host.nameEn ? attached.en.replace('{org}', host.nameEn) : undefined,
    slug: `${hostSlug(host)}-${attached.slug}`,
    parents: [{ mention: host, evidence: whole }],
    former: host.former,
    rule: 'organization/attached-body',
    confidence: 0.9,
  };
}

/** The slug of a body's id, for the ids of bodies attached to it. */
export function hostSlug(host: OrganizationMention): string {
  if (host.tableId) return idSlug(host.tableId);
  return host.slug ?? 'organization';
}

/** The part of an id after its label (organization:mee → mee). */
export function idSlug(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/**
 * A working committee of the congress's standing committee `host`, written right after it (省人大常委会 + 法工委), as a
 * body of its own whose parent is the standing committee; undefined when the host is no standing committee or none
 * follows.
 */
export function congressCommitteeMention(
  text: string,
  at: number,
  host: OrganizationMention,
  whole: (length: number) => Span,
  sentence: number,
): OrganizationMention | undefined {
  // The host read with its place (slug) or printed without one (省人大常委会 in a report that names no province).
  if (host.slug !== 'peoples-congress-standing-committee' && !/(?:人大常委会|人民代表大会常务委员会)$/u.test(host.name)) return undefined;
  const committee = CONGRESS_WORKING_COMMITTEE.exec(text.slice(at))?.[0];
  if (!committee) return undefined;
  const span = whole(committee.length);
  return {
    ...span,
    label: 'Organization',
    surface: `${host.surface}${committee}`,
    sentence,
    name: `${host.name}${committee}`,
    kind: 'government',
    parents: [{ mention: host, evidence: span }],
    former: host.former,
    rule: 'organization/congress-working-committee',
    confidence: 0.8,
  };
}
