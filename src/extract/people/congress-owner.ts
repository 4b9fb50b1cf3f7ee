import type { OrganizationMention } from '../mention-types.ts';
import { longestTableMatch, tableMention, tableNames } from '../organizations/table-names.ts';
import { NATIONAL_MEMBER_TITLES } from '../rules/title-words.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';

/**
 * The national congress or CPPCC of a deputy or member printed with it (全国人大代表某某, 全国政协委员某某): the
 * body's short name runs into the title (全国 + 人大代表), so the body finder leaves it to the title; the deputy's
 * body is the congress (Law on Deputies to the NPC and Local People's Congresses, art. 2), the member's the CPPCC.
 */
export function congressOwner(
  state: PeopleState,
  scan: PeopleSentence,
  at: number,
  title: string,
): { body: OrganizationMention; bodyStart: number; rule: string; confidence: number } | undefined {
  const prefix = NATIONAL_MEMBER_TITLES[title];
  if (prefix === undefined || !scan.text.startsWith(prefix, at - prefix.length)) return undefined;
  const start = at - prefix.length;
  const entry = longestTableMatch(tableNames(state.context), scan.text, start);
  if (!entry?.body) return undefined;
  const length = entry.name.length;
  const body = tableMention(entry, scan.local(start, length), scan.text.slice(start, start + length), scan.sentence.index, false);
  state.found.push(body);
  return { body, bodyStart: start, rule: 'person/congress-member', confidence: 0.85 };
}
