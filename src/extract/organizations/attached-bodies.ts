import type { OrganizationMention } from '../mention-types.ts';
import { ATTACHED_BODIES } from '../rules/organization-patterns.ts';
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
