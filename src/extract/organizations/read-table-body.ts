import {
  LOCAL_STATIONED_PREFIX,
  MINISTRY_UNITS,
  STATIONED_GROUP,
  STATIONED_GROUP_SUFFIXES,
  STATIONED_HOST_KINDS,
} from '../rules/organization-patterns.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import { attachedBodyAt, attachedMention, idSlug } from './attached-bodies.ts';
import { absorbPlaces, type OrganizationSentence, type OrganizationState, printedBody } from './organization-scan.ts';
import { longestTableMatch, MINISTRY, ministryUnitMention, tableMention, tableNames } from './table-names.ts';

const COUNTED = /(?:\d+|[两三四五六七八九十]+)个$/u;
// Titles long enough to be told from a body's last characters (人大代表, 政协委员, not 部长 after 生态环境部).
const LONG_TITLES = TITLE_WORDS.filter((title) => title.word.length >= 4);

// A head's post of a party committee's working body (统战部副部长) that starts where the body's own name ends in that
// body (中央统战部 + 副部长): the central working body is the body the post belongs to, not a title that eats it.
// The press's short form of the 2008–2018 ministry (环保部) is read as a body only where a post follows it (环保部部长周生贤):
// elsewhere the press kept writing it for the ministry after the 2018 reform (环保部督察交办问题 of 2023) and for the
// environment authorities at large, so that on its own it names no one body.
const SHORT_FORMS_BEFORE_POST = new Set(['环保部']);
const POSTS = new Set(TITLE_WORDS.map((title) => title.word));

function postFollows(text: string, at: number): boolean {
  for (let length = 2; length <= 6; length += 1) if (POSTS.has(text.slice(at, at + length))) return true;
  return false;
}

function titleRunsPast(text: string, at: number, length: number, title: (typeof LONG_TITLES)[number]): boolean {
  for (let inside = 1; inside < length; inside += 1) {
    if (!text.startsWith(title.word, at + inside) || inside + title.word.length <= length) continue;
    if (title.unit && inside + title.unit.length === length && text.startsWith(title.unit, at + inside)) continue;
    return true;
  }
  return false;
}

/**
 * A body of the tables or the known graph at `at` (生态环境部, 原环境保护部, 中国环境报), with a unit of the
 * ministry right after it (生态环境部 + 海洋生态环境司) and a body attached to it (…党组). Returns where reading
 * goes on, or undefined when no table name starts there.
 */
export function readTableBody(state: OrganizationState, scan: OrganizationSentence, at: number, former: boolean): number | undefined {
  const { text, span } = scan;
  const entry = longestTableMatch(tableNames(state.context), text, at);
  if (!entry) return undefined;
  if (SHORT_FORMS_BEFORE_POST.has(entry.name) && !postFollows(text, at + entry.name.length)) return undefined;
  // Counted (3个中央生态环境保护督察组), a body's name stands for several bodies of that kind, not for one.
  if (COUNTED.test(text.slice(Math.max(0, at - 6), at))) return at + entry.name.length;
  // A title that starts inside the name and runs past it (全国 + 人大代表) is read by the person finder instead.
  if (LONG_TITLES.some((title) => titleRunsPast(text, at, entry.name.length, title))) return undefined;
  const whole = span(at, entry.name.length);
  const mention = tableMention(entry, whole, text.slice(at, at + entry.name.length), scan.sentence.index, former);
  state.organizations.push(mention);
  absorbPlaces(state, scan, whole);
  let next = at + entry.name.length;
  const unit = entry.body?.id === MINISTRY.id ? MINISTRY_UNITS.find((candidate) => text.startsWith(candidate.name, next)) : undefined;
  if (unit) {
    const unitSpan = span(next, unit.name.length);
    const parents = [{ mention, evidence: span(at, next - at + unit.name.length) }];
    state.organizations.push(ministryUnitMention(unit, unitSpan, unit.name, scan.sentence.index, { former, parents, confidence: 0.97 }));
    absorbPlaces(state, scan, unitSpan);
    next += unit.name.length;
  }
  const attached = attachedBodyAt(text, next);
  if (attached) {
    state.organizations.push(attachedMention(attached, mention, span(at, next - at + attached.suffix.length), scan.sentence.index));
    next += attached.suffix.length;
  }
  return next;
}

/** The stationed discipline group, which names its host in the middle: 中央纪委国家监委驻生态环境部纪检监察组. */
export function readStationedGroup(state: OrganizationState, scan: OrganizationSentence, at: number): number | undefined {
  const { text } = scan;
  if (!text.startsWith(STATIONED_GROUP.prefix, at)) return readLocalStationedGroup(state, scan, at);
  const end = text.indexOf(STATIONED_GROUP.suffix, at + STATIONED_GROUP.prefix.length);
  if (end <= 0 || end - at >= 40) return undefined;
  const length = end + STATIONED_GROUP.suffix.length - at;
  const whole = scan.span(at, length);
  const hostName = text.slice(at + STATIONED_GROUP.prefix.length, end);
  const host = tableNames(state.context).entries.find((entry) => entry.name === hostName);
  const hostEn = host?.body?.nameEn ?? host?.unit?.nameEn;
  state.organizations.push({
    ...printedBody(scan, at, length),
    kind: STATIONED_GROUP.kind,
    nameEn: hostEn ? STATIONED_GROUP.en.replace('{org}', hostEn) : undefined,
    slug: host?.body ? `ccdi-nsc-discipline-inspection-group-at-${idSlug(host.body.id)}` : undefined,
    parents: STATIONED_GROUP.parents.map((tableId) => ({ tableId, evidence: whole })),
    rule: 'organization/stationed-group',
    confidence: hostEn ? 0.95 : 0.7,
    review: hostEn ? undefined : 'host body of the discipline group not in the tables',
  });
  absorbPlaces(state, scan, whole);
  return at + length;
}

/**
 * A local commission's stationed group (省纪委监委驻省生态环境厅纪检监察组), or one written by its host's kind alone in
 * the host's release (驻厅纪检监察组组长某某): the group is a body of its own, which its leader speaks for.
 */
function readLocalStationedGroup(state: OrganizationState, scan: OrganizationSentence, at: number): number | undefined {
  const { text } = scan;
  const local = LOCAL_STATIONED_PREFIX.exec(text.slice(at, at + 8))?.[0];
  const hostStart = local ? at + local.length : text[at] === '驻' && STATIONED_HOST_KINDS.includes(text[at + 1] ?? '') ? at + 1 : -1;
  if (hostStart < 0) return undefined;
  const ends = STATIONED_GROUP_SUFFIXES.map((suffix) => [text.indexOf(suffix, hostStart), suffix.length] as const).filter(([end]) => end > hostStart);
  const [end, suffixLength] = ends.sort((a, b) => a[0] - b[0])[0] ?? [-1, 0];
  // The short form names its host by one character right before the suffix; the local form by a body's name.
  if (end < 0 || (local ? end - hostStart < 2 || end - hostStart > 20 : end !== hostStart + 1)) return undefined;
  const length = end + suffixLength - at;
  const whole = scan.span(at, length);
  // The short form after the full name (…驻生态环境部纪检监察组 …, then 驻部纪检监察组负责同志) is that group again.
  const named = local
    ? undefined
    : state.organizations.find(
        (org) =>
          org.kind === STATIONED_GROUP.kind &&
          org.name.endsWith(`${text[hostStart]}${text.slice(end, end + suffixLength)}`) &&
          org.name.length > length,
      );
  if (named) {
    state.organizations.push({
      ...named,
      ...whole,
      surface: text.slice(at, at + length),
      sentence: scan.sentence.index,
      rule: 'organization/local-stationed-group',
    });
    return at + length;
  }
  state.organizations.push({
    ...printedBody(scan, at, length),
    kind: STATIONED_GROUP.kind,
    rule: 'organization/local-stationed-group',
    confidence: local ? 0.85 : 0.75,
  });
  absorbPlaces(state, scan, whole);
  return at + length;
}
