import { type ExtractionContext, groupBySentence } from './extraction-context.ts';
import type { OrganizationMention, PersonMention, RegionMention } from './mention-types.ts';
import { findAnchoredPeople } from './people/find-anchored-people.ts';
import { findBilingualTurnNames } from './people/find-bilingual-turns.ts';
import { findBracketBylines, findPhotoCreditBrackets } from './people/find-bracket-bylines.ts';
import { findBylines, findRolesAfterNames } from './people/find-bylines.ts';
import { findCaptionNames } from './people/find-caption-names.ts';
import { findCreditLines } from './people/find-credit-lines.ts';
import { findDottedNames } from './people/find-dotted-names.ts';
import { findNamesAgain } from './people/find-names-again.ts';
import { findParenthesizedPosts } from './people/find-parenthesized-posts.ts';
import { findResponsibleBrackets } from './people/find-responsible-brackets.ts';
import { findRosterItems } from './people/find-roster-items.ts';
import { findInterviewTurnNames, findRosterLines, findTurnLines } from './people/find-roster-lines.ts';
import { findSignatureLines } from './people/find-signature-lines.ts';
import { findSurnameTitles } from './people/find-surname-titles.ts';
import { findTeamLeaders } from './people/find-team-leaders.ts';
import { findTitledPeople } from './people/find-titled-people.ts';
import { findUnitMembers } from './people/find-unit-members.ts';
import { genericBodyBefore } from './people/generic-body.ts';
import { type PeopleState, scanSentence } from './people/people-scan.ts';
import { readSimplified } from './read-script.ts';
import type { Sentence } from './split-sentences.ts';

/** People and the bodies the person finder itself discovered (a 党组 from 党组书记, a body found by its ending). */
export interface PersonFindings {
  people: PersonMention[];
  organizations: OrganizationMention[];
}

/**
 * Finds people, sentence by sentence, with the rules of `people/`: after a title and the body it belongs to
 * (find-titled-people, find-title-owner) or in brackets after the name (find-parenthesized-posts), names with a middle dot (find-dotted-names), in bylines (find-bylines), on roster lines (find-roster-lines), in attendance lists (find-roster-items), as the leaders of teams sent out (find-team-leaders), by their unit and 的 in award lists (find-unit-members), from other anchors: a title after the name
 * or a list of names (find-anchored-people); then every later occurrence of a name found so (find-names-again).
 */
export function findPersonMentions(
  context: ExtractionContext,
  organizations: readonly OrganizationMention[],
  regions: readonly RegionMention[],
): PersonFindings {
  const state: PeopleState = { context, organizations, found: [], people: [], knownNames: new Set() };
  for (const entity of context.known.byId.values()) if (entity.label === 'Person') state.knownNames.add(entity.name);
  const bodiesBySentence = groupBySentence(organizations);
  const regionsBySentence = groupBySentence(regions);
  for (const sentence of context.sentences) {
    const scan = scanSentence(state, sentence, {
      bodies: bodiesBySentence.get(sentence.index) ?? [],
      regions: regionsBySentence.get(sentence.index) ?? [],
    });
    const peopleBefore = state.people.length;
    const earlier = new Set(state.people.map((person) => person.name));
    state.people.push(...findDottedNames(state, scan));
    findTitledPeople(state, scan);
    state.people.push(...findParenthesizedPosts(state, scan));
    const bylines = findBylines(state, scan);
    state.people.push(...bylines, ...findRolesAfterNames(state, scan, bylines));
    state.people.push(...findCreditLines(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findBracketBylines(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findPhotoCreditBrackets(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findResponsibleBrackets(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findRosterLines(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findTurnLines(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findSignatureLines(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findRosterItems(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findTeamLeaders(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findCaptionNames(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findUnitMembers(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findInterviewTurnNames(state, scan, state.people.slice(peopleBefore)));
    state.people.push(...findBilingualTurnNames(state, scan, state.people.slice(peopleBefore)));
    state.people.push(
      ...findAnchoredPeople(
        context,
        sentence,
        state.people.slice(peopleBefore),
        { known: state.knownNames, earlier },
        {
          named: scan.bodies(),
          genericBefore: (nameAt) => keepGenericBody(state, genericBodyBefore(context, scan, nameAt, 0)),
          ofParagraph: (ending) => lastBodyOfParagraph(context, organizations, sentence, ending),
        },
      ),
    );
  }
  for (const person of state.people) state.knownNames.add(person.name);
  const again = findNamesAgain(context, state.people, organizations);
  const people = [...state.people, ...again, ...findSurnameTitles(context, state.people, [...state.people, ...again, ...organizations])];
  return { people: people.sort((a, b) => a.start - b.start), organizations: state.found };
}

// A body read by its ending before a name is kept once, however many names it stands before.
function keepGenericBody(state: PeopleState, body: OrganizationMention | undefined): OrganizationMention | undefined {
  if (!body) return undefined;
  const kept = state.found.find((org) => org.start === body.start && org.end === body.end);
  if (kept) return kept;
  state.found.push(body);
  return body;
}

// The last body named in the sentence's paragraph before it, or earlier in the sentence, whose name ends in `ending`.
function lastBodyOfParagraph(
  context: ExtractionContext,
  organizations: readonly OrganizationMention[],
  sentence: Sentence,
  ending: string,
): OrganizationMention | undefined {
  return (
    organizations
      // A name printed in traditional script (鄂北專員辦) is compared as the finders read it.
      .filter(
        (org) =>
          readSimplified(org.name).endsWith(ending) &&
          context.sentences[org.sentence]!.paragraph === sentence.paragraph &&
          org.sentence <= sentence.index,
      )
      .sort((a, b) => a.start - b.start)
      .at(-1)
  );
}
