import type { OrganizationMention, RegionMention } from '../mention-types.ts';
import { DEMOCRATIC_PARTIES, DEMOCRATIC_PARTY_COMMITTEES, YOUTH_LEAGUE } from '../rules/body-system.ts';
import { WordTable } from '../word-table.ts';
import type { OrganizationSentence, OrganizationState } from './organization-scan.ts';

const PARTY_NAMES = new WordTable(
  DEMOCRATIC_PARTIES.flatMap((party) => party.names.map((name) => ({ name, party }))).sort((a, b) => b.name.length - a.name.length),
  (entry) => entry.name,
);
// Characters after 委 that make it part of another word (委托, 委员): then no committee ends there.
const NOT_AFTER_COMMITTEE = /^[托员屈婉身任派]/u;

/**
 * A democratic party's committee: its central committee (民盟中央) or a local one, the party's name, a place and
 * 委 or 委员会 (致公党昆明市委, 九三学社河北省委) or its level alone (民盟省委), read before the place's own bodies so that 昆明市委 is not taken for
 * the CPC's committee. Returns where reading goes on.
 */
export function readDemocraticPartyBody(state: OrganizationState, scan: OrganizationSentence, at: number): number | undefined {
  const { text } = scan;
  const party = PARTY_NAMES.at(text, at);
  if (!party) return undefined;
  const after = at + party.name.length;
  const central = DEMOCRATIC_PARTY_COMMITTEES.central.find((word) => text.startsWith(word, after));
  const region = central ? undefined : scan.regionAt.get(after);
  // A report about the place's own bodies names the party's committee there by its level alone (九三学社省委,
  // 民进市委会), as it writes 省委 for the place's party committee.
  const level = central || region ? undefined : DEMOCRATIC_PARTY_COMMITTEES.levels.find((word) => text.startsWith(word, after));
  const placeEnd = region ? after + region.surface.length : after + (level?.length ?? 0);
  const local = region || level ? DEMOCRATIC_PARTY_COMMITTEES.local.find((word) => text.startsWith(word, placeEnd)) : undefined;
  const end = central ? after + central.length : local ? placeEnd + local.length : undefined;
  if (end === undefined || (local === '委' && NOT_AFTER_COMMITTEE.test(text.slice(end)))) return undefined;
  addCommittee(state, scan, {
    at,
    end,
    region,
    kind: 'party-body',
    slug: central ? 'democratic-party-central-committee' : 'democratic-party-committee',
    rule: 'organization/democratic-party-committee',
  });
  return end;
}

const LEAGUE_NAMES = [...YOUTH_LEAGUE.names].sort((a, b) => b.length - a.length);

/**
 * A Youth League committee named by the League and its place (共青团云南省委, 共青团昭通市委委员会), read before the
 * place's own bodies so that 云南省委 is not taken for the party committee. Returns where reading goes on.
 */
export function readYouthLeagueBody(state: OrganizationState, scan: OrganizationSentence, at: number): number | undefined {
  const { text } = scan;
  const league = LEAGUE_NAMES.find((name) => text.startsWith(name, at));
  const region = league ? scan.regionAt.get(at + league.length) : undefined;
  if (!league || !region) return undefined;
  const placeEnd = at + league.length + region.surface.length;
  const local = YOUTH_LEAGUE.local.find((word) => text.startsWith(word, placeEnd));
  if (!local || (local === '委' && NOT_AFTER_COMMITTEE.test(text.slice(placeEnd + 1)))) return undefined;
  const end = placeEnd + local.length;
  addCommittee(state, scan, { at, end, region, kind: 'other', slug: 'youth-league-committee', rule: 'organization/youth-league-committee' });
  return end;
}

// A committee read by its name as printed, from `at` to `end`, with its place when the name holds one.
function addCommittee(
  state: OrganizationState,
  scan: OrganizationSentence,
  committee: { at: number; end: number; region: RegionMention | undefined; kind: OrganizationMention['kind']; slug: string; rule: string },
): void {
  const { at, end } = committee;
  const surface = scan.text.slice(at, end);
  state.organizations.push({
    ...scan.span(at, end - at),
    label: 'Organization',
    surface,
    sentence: scan.sentence.index,
    name: surface,
    kind: committee.kind,
    slug: committee.slug,
    region: committee.region,
    parents: [],
    former: false,
    rule: committee.rule,
    confidence: 0.9,
  });
}
