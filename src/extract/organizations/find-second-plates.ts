import type { ExtractionContext } from '../extraction-context.ts';
import type { OrganizationMention } from '../mention-types.ts';
import { SECOND_PLATE_ENDINGS } from '../rules/organization-patterns.ts';

const SECOND_PLATE_RULE = 'organization/second-plate';
const SECOND_PLATE = new RegExp(`^[（(](\\p{Script=Han}{2,14}?(?:${SECOND_PLATE_ENDINGS.join('|')}))[）)]`, 'u');

/**
 * A body's second nameplate in brackets after its name (国家林业和草原局（国家公园管理局）, 生态环境部（国家核安全局）):
 * the institutional reforms have one organ carry the plates of two (一个机构两块牌子, 加挂牌子: the 2018 Plan for
 * Deepening the Reform of Party and State Institutions), and reports print the second in brackets after the first.
 * The bracketed name is a body of its own, of the same kind, under the first; a post after the brackets stays the
 * first body's. A short form's definition (以下简称…) is read by find-short-forms, not here.
 */
/** Whether a body was read as another's second nameplate: a post after its brackets is the first body's. */
export function firstPlateOf(org: OrganizationMention): OrganizationMention | undefined {
  return org.rule === SECOND_PLATE_RULE ? org.parents[0]?.mention : undefined;
}

export function findSecondPlates(context: ExtractionContext, organizations: OrganizationMention[]): void {
  const { readable } = context.index;
  for (const body of [...organizations]) {
    const bodyEnd = context.index.toUnit(body.end);
    const match = SECOND_PLATE.exec(readable.slice(bodyEnd, bodyEnd + 20));
    if (!match || match[1] === body.name) continue;
    const { start, end } = context.index.spanOfUnits(bodyEnd + 1, bodyEnd + 1 + match[1]!.length);
    if (organizations.some((org) => org.start < end && start < org.end)) continue;
    organizations.push({
      start,
      end,
      label: 'Organization',
      surface: match[1]!,
      sentence: body.sentence,
      name: match[1]!,
      kind: body.kind,
      parents: [{ tableId: body.tableId, mention: body, evidence: { start: body.start, end } }],
      former: false,
      rule: SECOND_PLATE_RULE,
      confidence: 0.7,
      review: `${match[1]} is the second nameplate of ${body.name}, printed in brackets after it`,
    });
  }
}
