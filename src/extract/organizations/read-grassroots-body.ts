import type { RegionMention } from '../mention-types.ts';
import { GRASSROOTS_BODY_WORDS, GRASSROOTS_LEVEL_WORDS } from '../rules/body-system.ts';
import { ZONE_KINDS } from '../rules/place-kinds.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';
import { absorbPlaces, type OrganizationSentence, type OrganizationState, printedBody } from './organization-scan.ts';

const BODY_WORDS = new WordTable(GRASSROOTS_BODY_WORDS, (word) => word);
const TITLES = new WordTable(TITLE_WORDS, (title) => title.word);
// A township's or street's name ends in its level word; a zone's in its kind (某某经开区, 某某经济开发区).
const TOWN_END = new RegExp(`(?:${GRASSROOTS_LEVEL_WORDS.join('|')})$`, 'u');
const ZONE_END = new RegExp(`(?:${ZONE_KINDS.join('|')})$`, 'u');
// The bodies a zone has (its working committees and management committee), not a township's government or congress;
// a management committee is a zone's only.
const ZONE_BODIES = new Set(['党工委', '纪工委', '管委会', '管理委员会']);
const MANAGEMENT_COMMITTEES = new Set(['管委会', '管理委员会']);
// What may stand before a bare level word: the start of the sentence or of a clause.
const CLAUSE_START = /[，、。；：！？\s（(]/u;

/**
 * A body of a township, a street or a development zone (grassroots bodies in body-system.ts): after the place's name
 * the region finder read (南阳镇党委, with its county before it: 寿宁县南阳镇党委; 六枝经济开发区管委会), or after the
 * level word written alone at the start of a clause and right before a post (镇党委书记某某: the town of the report).
 * The place inside the name is absorbed. Returns where reading goes on.
 */
export function readGrassrootsBody(state: OrganizationState, scan: OrganizationSentence, at: number, former: boolean): number | undefined {
  const { text } = scan;
  const place: RegionMention | undefined = scan.regionAt.get(at);
  let nameEnd: number;
  if (place && (TOWN_END.test(place.name) || ZONE_END.test(place.name))) nameEnd = at + place.surface.length;
  else {
    const level = GRASSROOTS_LEVEL_WORDS.find((word) => text.startsWith(word, at));
    if (!level || (at > 0 && !CLAUSE_START.test(text[at - 1]!))) return undefined;
    nameEnd = at + level.length;
  }
  const zone = place !== undefined && ZONE_END.test(place.name);
  const word = BODY_WORDS.at(text, nameEnd, (candidate) => (zone ? ZONE_BODIES.has(candidate) : !MANAGEMENT_COMMITTEES.has(candidate)));
  if (!word) return undefined;
  // Written bare, the level word names the body only before a post (镇党委书记), not in a general mention (镇政府要…).
  if (!place && TITLES.at(text, nameEnd + word.length) === undefined) return undefined;
  // The county a township lies in, printed right before it (寿宁县 + 南阳镇党委), is part of the body's name.
  const county = place ? scan.regions.find((region) => scan.toLocal(region.end) === at && region.level === 'county') : undefined;
  const start = county ? scan.toLocal(county.start) : at;
  const length = nameEnd + word.length - start;
  const span = scan.span(start, length);
  state.organizations.push({
    ...printedBody(scan, start, length),
    kind: zone || word.endsWith('政府') || word === '办事处' ? 'government' : 'party-body',
    former,
    rule: 'organization/grassroots-body',
    confidence: place ? 0.8 : 0.6,
    review: place ? undefined : 'a township body written bare, without its town',
  });
  absorbPlaces(state, scan, span);
  return start + length;
}
