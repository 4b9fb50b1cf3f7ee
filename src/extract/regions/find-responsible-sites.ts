import type { ExtractionContext } from '../extraction-context.ts';
import { sentenceSpan } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import { PLACE_RESPONSIBILITY_ROLES } from '../rules/responsibility-roles.ts';
import { placeMention } from './place-mention.ts';

// An item of a list of sites: after the list's opening bracket or mark, the site's name, then the bracket naming who
// answers for it (〔某某桥（挂包领导：某某）、某某电站（挂包领导：某某）〕).
const SITE = new RegExp(
  `(?<=^|[〔【\\[、，,：:；;\\n])(\\p{Script=Han}[\\p{Script=Han}\\d]{1,11})（(?:${PLACE_RESPONSIBILITY_ROLES.join('|')})[：:][ \\u3000]*\\p{Script=Han}{2,4}）`,
  'gu',
);
// The endings of bodies, which a leader may also be assigned to: such an item is a body, not a place.
const BODY_ENDING = /[局办委厅部处科院所会队室组]$|中心$|公司$/u;

/**
 * Sites named in a list with the person who answers for each (a month's list of water sections, of problem sites, of
 * reaches): the role in the bracket after the item (挂包领导, 河长) says the item is a place, however plain its name
 * (七一电站, 武昌村下游桥, 坑口). Read as landmarks; items the finders before read stay as they are.
 */
export function findResponsibleSites(context: ExtractionContext, existing: readonly RegionMention[]): RegionMention[] {
  const found: RegionMention[] = [];
  for (const sentence of context.sentences) {
    for (const match of sentence.text.matchAll(SITE)) {
      const name = match[1]!;
      if (BODY_ENDING.test(name)) continue;
      const span = sentenceSpan(context, sentence, match.index, name.length);
      if (existing.some((m) => m.start === span.start && m.end === span.end)) continue;
      found.push(
        placeMention(span, sentence, name, {
          level: 'landmark',
          rule: 'region/responsible-site',
          confidence: 0.65,
          review: 'site of a list, named before the person answerable for it',
        }),
      );
    }
  }
  return found;
}
