import type { OrganizationMention, PersonMention } from '../mention-types.ts';
import { ROSTER_HEADINGS } from '../rules/organization-patterns.ts';
import { SINGLE_SURNAMES } from '../rules/surnames.ts';
import { NOT_IN_GIVEN_NAME } from './find-roster-lines.ts';
import { genericBodyBefore } from './generic-body.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

const HEADINGS = [...ROSTER_HEADINGS].sort((a, b) => b.heading.length - a.heading.length);
const HEADING = new RegExp(`(${HEADINGS.map((entry) => entry.heading).join('|')})[：:]`, 'gu');

/**
 * The people of a minutes' attendance list (列席：市生态环境局某某、市财政局某某；): each item a body and a name of two or
 * three characters with no post between. The body is one found already or one read by its ending (市发改局, 市供电公司),
 * and the person speaks for it with the heading (列席) in place of the post the list does not print; an item that is a
 * body alone (市水务公司) names no one. An item that is a name alone (出席：甲、乙、丙, or separated by spaces as web
 * pages print such lists) is a person with no body.
 */
export function findRosterItems(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const people: PersonMention[] = [];
  for (const heading of scan.text.matchAll(HEADING)) {
    const listStart = heading.index + heading[0].length;
    const role = HEADINGS.find((entry) => entry.heading === heading[1])!;
    const listEnd = scan.text.slice(listStart).search(/[；;。]|$/u) + listStart;
    for (const item of scan.text.slice(listStart, listEnd).matchAll(ITEM)) {
      const at = listStart + item.index;
      const person = readBareName(state, scan, at, item[0]) ?? readItem(state, scan, { at, item: item[0], role });
      if (person && !already.some((found) => found.start < person.end && person.start < found.end)) people.push(person);
    }
  }
  return people;
}

// One item of the list: what stands between the marks or spaces that separate items.
const ITEM = /[^、\s\u3000]+/gu;

// An item that is a name alone, a surname and one or two characters no body's or sentence's word holds.
function readBareName(state: PeopleState, scan: PeopleSentence, at: number, item: string): PersonMention | undefined {
  if (item.length < 2 || item.length > 3 || !SINGLE_SURNAMES.has(item[0]!) || NOT_IN_GIVEN_NAME.test(item.slice(1))) return undefined;
  if (!/^\p{Script=Han}+$/u.test(item)) return undefined;
  state.knownNames.add(item);
  return personMention(scan.local(at, item.length), scan.sentence.index, item, {
    rule: 'person/roster-name',
    confidence: 0.65,
    review: 'person of an attendance list, named alone: no body or post',
  });
}

// One item of the list: the longest reading whose part before the name is a body.
function readItem(
  state: PeopleState,
  scan: PeopleSentence,
  { at: itemStart, item, role }: { at: number; item: string; role: (typeof HEADINGS)[number] },
): PersonMention | undefined {
  for (const length of [3, 2]) {
    const nameAt = itemStart + item.length - length;
    const name = item.slice(-length);
    if (item.length - length < 2 || !SINGLE_SURNAMES.has(name[0]!) || NOT_IN_GIVEN_NAME.test(name.slice(1))) continue;
    const body = bodyBefore(state, scan, itemStart, nameAt);
    if (!body) continue;
    const span = scan.local(nameAt, length);
    const evidence = { start: body.start, end: span.end };
    state.knownNames.add(name);
    return personMention(span, scan.sentence.index, name, {
      rule: 'person/roster-item',
      confidence: 0.7,
      introduction: evidence,
      posts: [{ title: role.heading, titleEn: role.en, organization: body, former: false, evidence }],
      review: 'person of an attendance list, named after a body with no post',
    });
  }
  return undefined;
}

// The body that fills the item up to the name: one found already, else one read by its ending, kept once.
function bodyBefore(state: PeopleState, scan: PeopleSentence, itemStart: number, nameAt: number): OrganizationMention | undefined {
  const found = scan.bodiesEndingAt.get(nameAt);
  if (found) return scan.toLocal(found.start) >= itemStart ? found : undefined;
  const generic = genericBodyBefore(state.context, scan, nameAt, itemStart);
  if (!generic || scan.toLocal(generic.start) !== itemStart) return undefined;
  const kept = state.found.find((org) => org.start === generic.start && org.end === generic.end);
  if (kept) return kept;
  state.found.push(generic);
  return generic;
}
