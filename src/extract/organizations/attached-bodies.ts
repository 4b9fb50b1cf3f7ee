import type { OrganizationMention } from '../mention-types.ts';
import { ATTACHED_BODIES, CONGRESS_WORKING_COMMITTEE, SPECIAL_COMMITTEE_SHORT_NAMES } from '../rules/organization-patterns.ts';
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

// The short names of special committees, longest first (民宗侨外委 before 外事委 cannot clash, but 农业农村委 before 农委).
const SPECIAL_COMMITTEES = [...SPECIAL_COMMITTEE_SHORT_NAMES].sort((a, b) => b.length - a.length);
const FULL_NAME_GOES_ON = /[员員]/u;

/**
 * A committee of a congress or CPPCC body `host`, written right after it: a working committee of a standing committee
 * (省人大常委会 + 法工委), or a special committee of a congress or a CPPCC committee by its short name (省人大 + 环资委,
 * 省政协 + 人资环委); a body of its own whose parent is the host. Undefined when the host is none of these or no
 * committee follows.
 */
export function congressCommitteeMention(
  text: string,
  at: number,
  host: OrganizationMention,
  whole: (length: number) => Span,
  sentence: number,
): OrganizationMention | undefined {
  const [committee, rule] = committeeAfter(text, at, host) ?? [];
  if (!committee || !rule) return undefined;
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
    rule,
    confidence: 0.8,
  };
}

function committeeAfter(text: string, at: number, host: OrganizationMention): [string | undefined, string] | undefined {
  // The host read with its place (slug) or printed without one (省人大常委会 in a report that names no province).
  if (host.slug === 'peoples-congress-standing-committee' || /(?:人大常委会|人民代表大会常务委员会)$/u.test(host.name))
    return [CONGRESS_WORKING_COMMITTEE.exec(text.slice(at))?.[0], 'organization/congress-working-committee'];
  if (host.slug === 'peoples-congress' || host.slug === 'cppcc-committee' || /(?:人大|政协)$/u.test(host.name))
    // A short name is no prefix of the full one (法制委 of 法制委员会, 法制委員會), which the body readers take whole.
    return [
      SPECIAL_COMMITTEES.find((name) => text.startsWith(name, at) && !FULL_NAME_GOES_ON.test(text[at + name.length] ?? '')),
      'organization/special-committee',
    ];
  return undefined;
}
