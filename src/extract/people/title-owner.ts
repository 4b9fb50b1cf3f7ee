import type { OrganizationMention } from '../mention-types.ts';
import { PLACE_BODIES } from '../rules/body-system.ts';
import {
  BODY_DEMONSTRATIVES,
  COMMITTEE_POSTS,
  COMMITTEE_SLUGS,
  GOVERNMENT_HEAD_TITLE,
  GOVERNMENT_TITLES,
  HEADED_BODY_ENDINGS,
  NAME_CONJUNCTIONS,
  NON_GOVERNMENT_STATE_SLUGS,
  OCCUPATION_WORDS,
  PUBLIC_ROLE_WORDS,
  SHORT_BODY_KINDS,
  SHORT_BODY_PREPOSITIONS,
  SHORT_BODY_WORDS,
  TITLE_WORDS,
  type TitleWord,
  UNIT_MEMBER,
} from '../rules/title-words.ts';
import { congressOwner } from './congress-owner.ts';
import { genericBodyBefore } from './generic-body.ts';
import { CLAUSE_BREAK, FORMER, type PeopleSentence, type PeopleState } from './people-scan.ts';

const GOVERNMENT_TITLE_WORDS: ReadonlySet<string> = new Set(GOVERNMENT_TITLES);
const CONGRESS_SECRETARY_POSTS = ['秘书长', '副秘书长'];
const NON_GOVERNMENT_STATE_NAMES = PLACE_BODIES.filter((body) => NON_GOVERNMENT_STATE_SLUGS.includes(body.slug)).map((body) => body.name);
const TITLE_SET: ReadonlySet<string> = new Set(TITLE_WORDS.map((title) => title.word));
const TITLE_LONGEST = Math.max(...[...TITLE_SET].map((word) => word.length));
const UNIT_LINKER = UNIT_MEMBER.linker;
const HEAD_TITLE = new RegExp(`^副?([${HEADED_BODY_ENDINGS}])长$`, 'u');

/** Whose post a title is, by which rule, and where the words of the post start. */
export interface TitleOwner {
  body?: OrganizationMention;
  bodyStart: number;
  rule: string;
  confidence: number;
  review?: string;
  /** A body read by its ending before a role, kept only when a name follows (…委员会成员相关单位 names none). */
  unkept?: boolean;
}

/**
 * Who a title at `at` belongs to: the body right before it, a place's government (河北省副省长), a body found by its
 * ending (大气环境处处长), the body of the person named just before (罗静怡、总工程师贺文涛) or of the paragraph,
 * or nobody (a bare title: 副省长某某).
 */
export function findTitleOwner(state: PeopleState, scan: PeopleSentence, at: number, title: TitleWord): TitleOwner {
  const body = scan.bodiesEndingAt.get(at);
  if (body) return { body, bodyStart: scan.toLocal(body.start), rule: 'person/org-title-name', confidence: 0.95 };
  // A person introduced by the unit they come from, joined by 的 (来自某某分公司的志愿者某某, 某某医院的医生某某): news
  // writing names a member of the public or an employee by their unit so, and the unit is the body they speak for.
  const unit = scan.text[at - 1] === UNIT_LINKER ? scan.bodiesEndingAt.get(at - 1) : undefined;
  if (unit) return { body: unit, bodyStart: scan.toLocal(unit.start), rule: 'person/unit-de-title-name', confidence: 0.8 };
  const place = scan.placesEndingAt.get(at);
  if (place && GOVERNMENT_TITLE_WORDS.has(title.word)) {
    const government = [...state.organizations, ...state.found].find((org) => org.kind === 'government' && org.region?.name === place.name);
    return {
      body: government,
      bodyStart: scan.toLocal(place.start),
      rule: 'person/place-title-name',
      confidence: 0.85,
      review: government ? undefined : `the government of ${place.name} is not named in the text`,
    };
  }
  const congress = congressOwner(state, scan, at, title.word);
  if (congress) return congress;
  const short = shortBodyOwner(state, scan, at);
  if (short) return short;
  const generic = genericOwner(state, scan, at, title);
  if (generic) return generic;
  const run = commaRunOwner(scan, at);
  if (run) return { body: run, bodyStart: scan.toLocal(run.start), rule: 'person/title-after-comma-run', confidence: 0.8 };
  // A title after a clause break, or after 原 (由原厅长韩立军): a post of the body named before; an occupation is no post.
  const atClauseStart = (at === 0 || CLAUSE_BREAK.test(scan.text[at - 1]!) || FORMER.endsAt(scan.text, at)) && !OCCUPATION_WORDS.includes(title.word);
  const previous = scan.previousPerson;
  // Two officials of one body joined by a conjunction share it (林场场长甲和党总支书记乙), as a list does; but a head of
  // government after a party secretary (市委书记甲、市长乙) heads the government, not the committee.
  const joined = previous !== undefined && previous.end === at - 1 && NAME_CONJUNCTIONS.includes(scan.text[at - 1]!);
  if (
    (atClauseStart || joined) &&
    previous &&
    !OCCUPATION_WORDS.includes(title.word) &&
    (!GOVERNMENT_HEAD_TITLE.test(title.word) || (previous.body !== undefined && isPeoplesGovernment(previous.body))) &&
    !headsOtherKind(title.word, previous.body) &&
    /^[、，\s]*$/u.test(scan.text.slice(previous.end, joined ? at - 1 : at))
  )
    return { body: previous.body, bodyStart: at, rule: 'person/title-continues-body', confidence: 0.8 };
  const last = state.lastBody;
  if (
    atClauseStart &&
    last &&
    last.paragraph === scan.sentence.paragraph &&
    !headsOtherKind(title.word, last.body) &&
    // A head of government (省长, 市长) heads a people's government, not a coordinating body he also leads.
    (!GOVERNMENT_HEAD_TITLE.test(title.word) ||
      (isPeoplesGovernment(last.body) && !SHORT_BODY_KINDS.some((kind) => last.body.name.endsWith(kind)))) &&
    (!GOVERNMENT_TITLE_WORDS.has(title.word) ||
      isPeoplesGovernment(last.body) ||
      ownsCommitteePost(last.body, title.word) ||
      ownsStatePost(last.body, title.word))
  )
    return {
      body: last.body,
      bodyStart: at,
      rule: 'person/title-body-of-paragraph',
      confidence: 0.6,
      review: `organization taken from ${last.body.name} named before`,
    };
  const headed = atClauseStart ? headedBodyOfParagraph(state, scan, at, title) : undefined;
  if (headed)
    return {
      body: headed,
      bodyStart: at,
      rule: 'person/head-title-body-of-paragraph',
      confidence: 0.6,
      review: `organization taken from ${headed.name} named before`,
    };
  return { bodyStart: at, rule: 'person/title-name', confidence: 0.95 };
}

/**
 * The body of a run of posts a comma breaks before its last one (区生态环境厅党组成员、副厅长，新闻发言人某某): a body's
 * spokesperson is one of its leaders who holds the post besides (the spokesperson system of the State Council
 * Information Office), and pages print that post after a comma. Before the comma, titles joined by 、 with no name
 * among them, back to the body they follow.
 */
function commaRunOwner(scan: PeopleSentence, at: number): OrganizationMention | undefined {
  if (!/[，,]/u.test(scan.text[at - 1] ?? '')) return undefined;
  let end = at - 1;
  for (let step = 0; step < 4; step += 1) {
    const length = Array.from({ length: Math.min(end, TITLE_LONGEST) - 1 }, (_, k) => Math.min(end, TITLE_LONGEST) - k).find((n) =>
      TITLE_SET.has(scan.text.slice(end - n, end)),
    );
    if (length === undefined) return undefined;
    end -= length;
    const body = scan.bodiesEndingAt.get(end);
    if (body) return body;
    if (scan.text[end - 1] !== '、') return undefined;
    end -= 1;
  }
  return undefined;
}

// A head's title names the kind of body headed (局长 a 局, 厅长 a 厅, 处长 a 处): at a clause's start, with no person's
// body before it, the last body of the paragraph named before with that ending (某某局召开会议。局长某某讲话). A
// meeting's release names the body that met in its lead and lists those present in its last paragraph by that body's
// posts alone (…会议还研究了其他事项。副厅长甲、乙出席会议): with none in the paragraph, the first such body of the report.
function headedBodyOfParagraph(state: PeopleState, scan: PeopleSentence, at: number, title: TitleWord): OrganizationMention | undefined {
  const ending = HEAD_TITLE.exec(title.word)?.[1];
  if (!ending) return undefined;
  const point = scan.local(at, 0).start;
  const paragraph = scan.sentence.paragraph;
  const before = [...state.organizations, ...state.found]
    .filter((org) => org.end <= point && org.name.endsWith(ending))
    .sort((a, b) => a.end - b.end);
  const inParagraph = before.filter((org) => state.context.sentences[org.sentence]?.paragraph === paragraph).at(-1);
  return inParagraph ?? (LEAD_HEADED_ENDINGS.includes(ending) ? before[0] : undefined);
}

// The kinds of body a release's lead names as the body that met: a ministry (部) and a provincial department (厅),
// each one of its kind in a report of its own meeting. A city's bureaus (局) are many in one report, so not these.
const LEAD_HEADED_ENDINGS = '部厅';

// Whether a head's title names a kind of body other than the body before it (副厅长 after a discipline group's
// leader): the title heads a body of its own kind, so it does not continue that body.
function headsOtherKind(title: string, body: OrganizationMention | undefined): boolean {
  const ending = HEAD_TITLE.exec(title)?.[1];
  return ending !== undefined && body !== undefined && !body.name.endsWith(ending);
}

// A body written by its last character alone at the start of a clause (厅党组成员、副厅长王喜云) or after a
// demonstrative anywhere (该局副局长某某): the last body named before whose name ends in that character. Its party
// group or committee is written so too before a secretary (厅党组书记某某: CPC Constitution, art. 50 sets up a party
// group in the leading body of a state organ), whose post is then held in that body.
function shortBodyOwner(state: PeopleState, scan: PeopleSentence, at: number): TitleOwner | undefined {
  const kind = kindBodyOwner(state, scan, at);
  if (kind) return kind;
  const party = SHORT_BODY_PARTY_GROUPS.find((suffix) => scan.text.slice(at - suffix.length, at) === suffix)?.length ?? 0;
  const wordAt = at - 1 - party;
  const word = scan.text[wordAt];
  // At a sentence's start nothing points (a string includes '' of an absent character).
  const pointed = wordAt > 0 && BODY_DEMONSTRATIVES.includes(scan.text[wordAt - 1]!);
  if (word === undefined || !SHORT_BODY_WORDS.includes(word) || !(pointed || opensClause(scan.text, wordAt))) return undefined;
  const point = scan.local(wordAt, 0).start;
  const body = [...state.organizations, ...state.found]
    .filter((org) => org.end <= point && org.name.endsWith(word))
    .sort((a, b) => a.end - b.end)
    .at(-1);
  if (!body) return undefined;
  const bodyStart = pointed ? wordAt - 1 : wordAt;
  return {
    body,
    bodyStart,
    rule: 'person/short-body-title-name',
    confidence: 0.75,
    review: `${scan.text.slice(bodyStart, at)} taken as ${body.name}, named before`,
  };
}

// A coordinating body named again by its kind alone (、领导小组组长某某), when it opens a clause: the last body named
// before whose name ends with that kind.
function kindBodyOwner(state: PeopleState, scan: PeopleSentence, at: number): TitleOwner | undefined {
  const kind = SHORT_BODY_KINDS.find((word) => scan.text.slice(at - word.length, at) === word);
  if (!kind || !opensClause(scan.text, at - kind.length)) return undefined;
  const point = scan.local(at - kind.length, 0).start;
  const body = [...state.organizations, ...state.found]
    .filter((org) => org.end <= point && org.name.endsWith(kind) && org.name.length > kind.length)
    .sort((a, b) => a.end - b.end)
    .at(-1);
  if (!body) return undefined;
  const bodyStart = at - kind.length;
  return { body, bodyStart, rule: 'person/kind-body-title-name', confidence: 0.75, review: `${kind} taken as ${body.name}, named before` };
}

// The party bodies a state organ's kind is written with before a secretary's post (厅党组, 局党委).
const SHORT_BODY_PARTY_GROUPS = ['党组', '党委'];

// A body no table knows, found by its ending before the title; part of a body written right before it.
function genericOwner(state: PeopleState, scan: PeopleSentence, at: number, title: TitleWord): TitleOwner | undefined {
  const host = [...scan.bodySpans].filter(([, end]) => end <= at).sort((a, b) => b[1] - a[1])[0];
  const generic = genericBodyBefore(state.context, scan, at, host ? host[1] : 0);
  if (!generic) return undefined;
  const hostBody = host ? scan.bodies().find((org) => scan.toLocal(org.end) === host[1]) : undefined;
  if (hostBody && scan.toLocal(generic.start) === host![1])
    generic.parents.push({ mention: hostBody, evidence: { start: hostBody.start, end: generic.end } });
  // Before a role that names people who hold no post (成员, 志愿者) the body is kept only when a name follows.
  const unkept = PUBLIC_ROLE_WORDS.includes(title.word);
  if (!unkept) state.found.push(generic);
  return { body: generic, bodyStart: scan.toLocal(generic.start), rule: 'person/generic-body-title-name', confidence: 0.7, unkept };
}

// Whether the short body at `at` opens a clause, alone or after a preposition (受厅党组书记…委托).
function opensClause(text: string, at: number): boolean {
  const breakAt = (point: number) => point < 0 || CLAUSE_BREAK.test(text[point]!);
  return breakAt(at - 1) || (SHORT_BODY_PREPOSITIONS.includes(text[at - 1]!) && breakAt(at - 2));
}

// Whether a body named before is a committee of a democratic party or a mass organization, whose own posts include the
// chairs and secretaries-general a government also has (民革某省委会专职副主委某某主持会议，秘书长某某参加会议).
// Whether a body of the government kind is a people's government, not a congress, CPPCC, court or procuratorate.
// A body read without its slug (市人大常委会 with no place) is known by the ending of its name.
function isPeoplesGovernment(body: OrganizationMention): boolean {
  if (body.kind !== 'government' || NON_GOVERNMENT_STATE_SLUGS.includes(body.slug ?? '')) return false;
  return !NON_GOVERNMENT_STATE_NAMES.some((name) => body.name.endsWith(name));
}

// A post of a congress standing committee or a CPPCC committee that GOVERNMENT_TITLES holds too: the CPPCC's chair,
// vice chairs and secretary-general (CPPCC Charter, art. 44), and the standing committee's secretary-general (Organic
// Law of the Local People's Congresses and Governments: 主任、副主任若干人、秘书长、委员若干人).
function ownsStatePost(body: OrganizationMention, title: string): boolean {
  const cppcc = body.slug === 'cppcc-committee' || body.name.endsWith('政协');
  const congress = body.slug === 'peoples-congress-standing-committee' || /人大常委会$|人民代表大会常务委员会$/u.test(body.name);
  return (cppcc && COMMITTEE_POSTS.includes(title)) || (congress && CONGRESS_SECRETARY_POSTS.includes(title));
}

function ownsCommitteePost(body: OrganizationMention, title: string): boolean {
  return COMMITTEE_POSTS.includes(title) && COMMITTEE_SLUGS.includes(body.slug ?? '');
}
