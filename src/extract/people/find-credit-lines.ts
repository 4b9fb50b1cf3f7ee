import type { PersonMention } from '../mention-types.ts';
import { CREDIT_MARKS, CREDIT_ROLES, type ReporterRole, UNMARKED_CREDIT_ROLES } from '../rules/reporter-roles.ts';
import { COMMON_SURNAMES, COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../rules/surnames.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

const ROLES = [...CREDIT_ROLES].sort((a, b) => b.role.length - a.role.length);
// A role may be padded to the width of the others (三 审, 文 字), and so may a two-character name (陈 健): by a
// full-width space or by half-width ones, two or more of which make up a character's width (杨   赟).
const PAD = '[ \\u3000]?';
const PADDED_NAME = /^(\p{Script=Han})[ \u3000]{1,4}(\p{Script=Han}{1,2})$/u;
// A credit stands on a line of its own or alone in brackets at the end of the piece (（文：甲、乙、丙）, （责编： 某某）),
// its names run together or listed with 、.
const CREDIT = new RegExp(
  `(?<=^|\\s|（)(${ROLES.map((role) => Array.from(role.role).join(PAD)).join('|')})[ \\u3000]*[${CREDIT_MARKS}][ \\u3000]*(\\p{Script=Han}{2,16}(?:、\\p{Script=Han}{2,4})*|\\p{Script=Han}[ \\u3000]{1,4}\\p{Script=Han}{1,2})(?=\\s|$|）)`,
  'gu',
);
// A review credit alone on its line with no mark before the name (二审某某).
const UNMARKED_CREDIT = new RegExp(`(?<=^|\\n)(${UNMARKED_CREDIT_ROLES.join('|')})(\\p{Script=Han}{2,3})(?=[ \\u3000]*(?:\\n|$))`, 'gu');
// Characters no given name of a credit holds: function words and the words of a sentence.
const NOT_IN_GIVEN_NAME = /[的了在和是说与及对向也还就都将把被从以于上下年月日省市县区局厅部司处科组委会党请问]/u;
// A surname outside the common list costs this much, so that 范凯高东光陈晓东 splits 范凯、高东光、陈晓东.
const RARE_SURNAME_COST = 300;

/**
 * Credits on a line of their own: a role, a bar or colon, and names, run together or alone (航拍丨范凯高东光陈晓东,
 * 总监制:苏越 直播统筹:李梦丽); several may share the line; a review credit may have no mark (二审某某). Names run together are split where every piece starts
 * with a surname, the commoner surnames winning. Names the sentence already has are skipped.
 */
export function findCreditLines(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text, local } = scan;
  const people: PersonMention[] = [];
  for (const match of [...text.matchAll(CREDIT), ...text.matchAll(UNMARKED_CREDIT)]) {
    const role = ROLES.find((candidate) => candidate.role === match[1]!.replace(/[ \u3000]/gu, ''))!;
    const namesAt = match.index + match[0].length - match[2]!.length;
    let at = namesAt;
    for (const run of match[2]!.split('、')) {
      for (const name of creditNames(run)) {
        const span = local(at, name.length);
        if (![...already, ...people].some((person) => person.start === span.start))
          people.push(creditPerson(state, scan, role, match.index, span, name));
        at += name.length;
      }
      at = at + 1 + (run.length - creditNames(run).join('').length);
    }
  }
  return people;
}

function creditPerson(
  state: PeopleState,
  scan: PeopleSentence,
  role: ReporterRole,
  roleAt: number,
  span: { start: number; end: number },
  name: string,
): PersonMention {
  const evidence = { start: scan.local(roleAt, 0).start, end: span.end };
  state.knownNames.add(name);
  return personMention(span, scan.sentence.index, name, {
    roles: [{ role: role.role, roleEn: role.en, relation: role.relation, evidence }],
    introduction: evidence,
    rule: 'person/credit',
    confidence: 0.85,
  });
}

// The names of a credit: one padded name as printed (陈 健), else the names run together, split.
function creditNames(run: string): string[] {
  const padded = PADDED_NAME.exec(run);
  if (padded) return SINGLE_SURNAMES.has(padded[1]!) ? [run] : [];
  return splitRunTogetherNames(run) ?? [];
}

/** Splits names printed together (史伟王鹏飞) into names of two or three characters each starting with a surname. */
export function splitRunTogetherNames(run: string): string[] | undefined {
  const best: Array<{ cost: number; names: string[] } | undefined> = [{ cost: 0, names: [] }];
  for (let end = 1; end <= run.length; end += 1) {
    for (const length of [2, 3, 4]) {
      const start = end - length;
      const before = start >= 0 ? best[start] : undefined;
      if (!before) continue;
      const cost = nameCost(run.slice(start, end));
      if (cost === undefined) continue;
      const total = before.cost + cost;
      if (!best[end] || total < best[end]!.cost) best[end] = { cost: total, names: [...before.names, run.slice(start, end)] };
    }
  }
  return best[run.length]?.names;
}

// What a piece costs as a name: its surname's rank, or undefined when it is no name.
function nameCost(piece: string): number | undefined {
  const compound = COMPOUND_SURNAMES.has(piece.slice(0, 2));
  const given = piece.slice(compound ? 2 : 1);
  if (given.length < 1 || given.length > 2 || NOT_IN_GIVEN_NAME.test(given)) return undefined;
  if (compound) return 50;
  const rank = COMMON_SURNAMES.indexOf(piece[0]!);
  if (rank >= 0) return rank;
  return SINGLE_SURNAMES.has(piece[0]!) ? RARE_SURNAME_COST : undefined;
}
