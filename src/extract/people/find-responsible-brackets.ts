import type { PersonMention } from '../mention-types.ts';
import { RESPONSIBILITY_ROLES } from '../rules/responsibility-roles.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../rules/surnames.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// The bracket, the role, a colon and the name alone up to the closing bracket: （挂包领导：某某）.
const RESPONSIBLE = new RegExp(`（(${RESPONSIBILITY_ROLES.join('|')})[：:][ \\u3000]*(\\p{Script=Han}{2,4})）`, 'gu');
// Characters no given name holds: function words and the words of a sentence or a body (和 may: 蔡和意).
const NOT_IN_GIVEN_NAME = /[的了在是说与及对向也还就都将把被从以于上下年月日省市县区局厅部司处科组委会党办]/u;

/**
 * The person answerable for a site, in brackets after it in a list of sites (某某电站（挂包领导：某某）): the role that
 * heads the bracket says the name after the colon is a person's, even when the name is also a place's (黄山) or holds
 * one (吴忠 of 吴忠某). The name must start with a surname; the role is kept as the person's role.
 */
export function findResponsibleBrackets(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const { text, local } = scan;
  const people: PersonMention[] = [];
  for (const match of text.matchAll(RESPONSIBLE)) {
    const name = match[2]!;
    const surname = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : SINGLE_SURNAMES.has(name[0]!) ? 1 : 0;
    if (surname === 0 || name.length - surname > 2 || NOT_IN_GIVEN_NAME.test(name.slice(surname))) continue;
    const nameAt = match.index + match[0].length - 1 - name.length;
    const span = local(nameAt, name.length);
    if ([...already, ...people].some((person) => person.start === span.start)) continue;
    const evidence = local(match.index, match[0].length);
    state.knownNames.add(name);
    people.push(
      personMention(span, scan.sentence.index, name, {
        introduction: evidence,
        rule: 'person/responsible-bracket',
        confidence: 0.75,
        review: `answerable for a site as its ${match[1]!}: no body or post`,
      }),
    );
  }
  return people;
}
