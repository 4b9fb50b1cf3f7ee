import type { PersonMention } from '../mention-types.ts';
import { SINGLE_SURNAMES } from '../rules/surnames.ts';
import { TEAM_LEADER_FORMULA } from '../rules/title-words.ts';
import { NOT_IN_GIVEN_NAME } from './find-roster-lines.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// 以, one name or several joined by 、, then 任 or 为 and a team leader's post (TEAM_LEADER_FORMULA). A name is a surname
// and one or two characters; the run holds no other mark, so a sentence's clause (以…为重点) never matches.
const NAME = '\\p{Script=Han}{2,3}';
const FORMULA = new RegExp(
  `${TEAM_LEADER_FORMULA.opens}(${NAME}(?:、${NAME}){0,15})(?:${TEAM_LEADER_FORMULA.verbs.join('|')})(?:${TEAM_LEADER_FORMULA.posts.join('|')})的`,
  'gu',
);

/**
 * The leaders of teams named by the dispatch formula (以朱某某、黄某某任组长的8个督察组): each name of the run is a person.
 * The team is named after them by its kind and count only, so no body is given; every item must read as a name (a
 * surname of the table and no character a given name lacks), or none is taken.
 */
export function findTeamLeaders(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const people: PersonMention[] = [];
  for (const match of scan.text.matchAll(FORMULA)) {
    const names = match[1]!.split('、');
    if (!names.every((name) => SINGLE_SURNAMES.has(name[0]!) && !NOT_IN_GIVEN_NAME.test(name.slice(1)))) continue;
    let at = match.index + TEAM_LEADER_FORMULA.opens.length;
    for (const name of names) {
      const start = at;
      at += name.length + 1;
      // A name another finder read already (a titled leader in the run) is kept as it read it.
      if (already.some((found) => scan.toLocal(found.start) < start + name.length && start < scan.toLocal(found.end))) continue;
      const span = scan.local(start, name.length);
      state.knownNames.add(name);
      people.push(
        personMention(span, scan.sentence.index, name, {
          rule: 'person/team-leader',
          confidence: 0.7,
          review: 'leader of a team named by the dispatch formula (以…任组长): no body, the team is not named',
        }),
      );
    }
  }
  return people;
}
