import type { PersonMention, PostMention } from '../mention-types.ts';
import { readNameOfParts, readPersonName } from '../read-person-name.ts';
import {
  CHIEF_POST_WORDS,
  CHIEF_WATER_MAX,
  HELD_POST_VERBS,
  MEMBER_TITLE_AFTER_BODY,
  NAME_CONJUNCTIONS,
  POST_JOINERS,
  POST_NOTES,
  PUBLIC_ROLE_WORDS,
  SHORT_BODY_KINDS,
  TITLE_WORDS,
  TITLES_AFTER_NAME,
  type TitleWord,
  UNNAMED_OFFICIAL_TITLES,
} from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';
import { readsAsPlainWord } from './anchored-names.ts';
import { subBody } from './generic-body.ts';
import { FORMER, type PeopleSentence, type PeopleState } from './people-scan.ts';
import { findTitleOwner, type TitleOwner } from './title-owner.ts';

const UNNAMED = new Set(UNNAMED_OFFICIAL_TITLES);
const PUBLIC_ROLES = new Set(PUBLIC_ROLE_WORDS);
const POST_NOTE = new RegExp(`^[(（](?:${POST_NOTES.join('|')})[)）]`, 'u');
const TITLES = new WordTable(
  [...TITLE_WORDS].sort((a, b) => b.word.length - a.word.length),
  (title) => title.word,
);

/**
 * People after a title (`<organization><title>[、<title>]<name>`): the title's owner is settled by
 * find-title-owner; a party title gives the post to the body's 党组 (生态环境部党组书记).
 */
export function findTitledPeople(state: PeopleState, scan: PeopleSentence): void {
  const { text } = scan;
  for (let i = 0; i < text.length; ) {
    // A title word inside a body's name (党组书记 in a body named 生态环境部党组) is read after the body.
    const inside = scan.bodySpans.find(([start, end]) => start < i && i < end);
    if (inside) {
      i = inside[1];
      continue;
    }
    const title = TITLES.at(text, i) ?? memberTitleAt(scan, i);
    i = title ? readTitledPerson(state, scan, i, title) : i + 1;
  }
}

// Pads a typesetter leaves around a joiner (党组书记 、厅长) and the note on a post before it (一级调研员（市管）、).
const PAD = /^[ \u3000]{0,2}/u;

/**
 * The title joined to the post that ends at `after` (局长、副局长): after the post's note in brackets and the joiner,
 * either padded with spaces, unless a body starts after the joiner (局长、市河长办副主任: 市河长 of 市河长办).
 */
function joinedAfter(text: string, after: number, bodyAt: (point: number) => boolean): { title: TitleWord; at: number } | undefined {
  let at = after + (POST_NOTE.exec(text.slice(after))?.[0].length ?? 0);
  at += PAD.exec(text.slice(at))![0].length;
  if (!POST_JOINERS.includes(text[at] ?? '\u0000')) return undefined;
  const next = at + 1 + PAD.exec(text.slice(at + 1))![0].length;
  const title = bodyAt(next) ? undefined : TITLES.at(text, next);
  return title ? { title, at: next } : undefined;
}

// 委员 right after a body (省政协委员某某): a member's post there only.
function memberTitleAt(scan: PeopleSentence, at: number): TitleWord | undefined {
  const word = MEMBER_TITLE_AFTER_BODY.word;
  return scan.bodiesEndingAt.has(at) && scan.text.startsWith(word, at) && !scan.text.startsWith(`${word}会`, at)
    ? MEMBER_TITLE_AFTER_BODY
    : undefined;
}

// Reads the titles from `at` and the name after them; returns where reading goes on.
function readTitledPerson(state: PeopleState, scan: PeopleSentence, at: number, title: TitleWord): number {
  const { context } = state;
  const { text, local, sentence } = scan;
  const owner = findTitleOwner(state, scan, at, title);
  // A post printed after a name is that person's (贾某组长通报…): it opens no second name. After 为 ("is": 左三为副市长
  // 某某, a caption) the title may open the name after it, which the reading below settles.
  if (!owner.body && AFTER_NAME.at(text, at)?.word === title.word && nameEndsAt(state, scan, at) && text[at - 1] !== '为')
    return at + title.word.length;
  const titles: Array<{ title: TitleWord; at: number }> = [{ title, at }];

  let cursor = at + title.word.length;
  // A title after 、 is another post of the same body, unless a body starts there (局长、市河长办副主任: 市河长 of 市河长办).
  // A coordinating body named again by its kind (、领导小组组长) starts a body too.
  const bodyAt = (point: number) =>
    scan.bodySpans.some(([start]) => start === point) || SHORT_BODY_KINDS.some((kind) => text.startsWith(kind, point));
  for (let joined = joinedAfter(text, cursor, bodyAt); joined; joined = joinedAfter(text, cursor, bodyAt)) {
    titles.push(joined);
    cursor = joined.at + joined.title.word.length;
  }
  // Posts of a body held with the posts of another body after 、 (市委宣传部副部长、市政府新闻办主任某某): the person
  // named after the second run holds both (the Civil Servant Law's concurrent posts, 兼任).
  const comma = cursor + PAD.exec(text.slice(cursor))![0].length;
  if (owner.body && text[comma] === '、') {
    const chain = scan.postsBefore?.nextBodyAt === owner.bodyStart ? scan.postsBefore.runs : [];
    const nextBodyAt = comma + 1 + PAD.exec(text.slice(comma + 1))![0].length;
    scan.postsBefore = { nextBodyAt, runs: [...chain, { owner, titles }] };
    return comma;
  }
  // A name set apart from its title by spaces, as transcripts lay out their speakers (副部长 赵英民：).
  const spaces = /^[ \u3000]{1,2}(?=\p{Script=Han})/u.exec(text.slice(cursor))?.[0].length ?? 0;
  cursor += spaces;
  // A note on the post in brackets before the name (副所长(主持工作)某某) belongs to the post.
  cursor += POST_NOTE.exec(text.slice(cursor))?.[0].length ?? 0;
  // A name another rule read there already (安东尼奥·古特雷斯 after 秘书长) takes the post.
  const named = state.people.find((person) => person.sentence === sentence.index && person.start === local(cursor, 0).start);
  if (named) {
    named.posts.push(
      ...postsHeldBefore(state, scan, owner, scan.toLocal(named.end)),
      ...postsOf(state, scan, owner, titles, { start: local(owner.bodyStart, 0).start, end: named.end }),
    );
    return scan.toLocal(named.end);
  }
  // A post held in a clause of time (在担任某省委书记时莅临…): 担任 before the post and 时 after it close the clause, as
  // the news tells what a leader did in an earlier post; 时 there is no surname.
  if (text[cursor] === '时' && HELD_POST_VERBS.some((verb) => text.slice(0, owner.body ? owner.bodyStart : at).endsWith(verb))) return cursor;
  const tokenHere = context.tokens[sentence.index]!.find((token) => token.start === local(cursor, 0).start);
  const nameLength = readPersonName(text, cursor, {
    knownNames: state.knownNames,
    cutKnownWords: (piece) => context.tagger.cutKnownWords(piece),
    tokenAt: tokenHere ? { length: tokenHere.end - tokenHere.start, tag: tokenHere.tag } : undefined,
  });
  if (nameLength === undefined || (!owner.body && readsAsPlainWord(context, sentence, cursor, nameLength))) return cursor;
  if (joinsNextName(state, scan, cursor)) return cursor;
  // 和, 同, 与, 及 join words far more often than they are surnames (河长和节水监督员): a name starting with one after a
  // title must be a word the segmenter reads as a name.
  if (NAME_CONJUNCTIONS.includes(text[cursor]!) && !(tokenHere && tokenHere.end - tokenHere.start === nameLength && /^nr/u.test(tokenHere.tag)))
    return cursor;
  // After an unnamed official's title (负责人全程陪同) a name is one the segmenter reads as a name, not a common noun, or
  // one built of a Tibetan or Mongolian name's elements (巡护员扎西多吉), which the segmenter cuts as words.
  if (UNNAMED.has(titles.at(-1)!.title.word) && !/^(nr|x)/u.test(tokenHere?.tag ?? 'x') && readNameOfParts(text, cursor) !== nameLength)
    return cursor;
  // After an event role (公益大使) a common noun the segmenter knows whole is the group the role names (大使行列).
  if (PUBLIC_ROLES.has(titles.at(-1)!.title.word) && tokenHere?.tag === 'n' && tokenHere.end - tokenHere.start === nameLength) return cursor;
  const name = text.slice(cursor, cursor + nameLength);
  if (owner.unkept && owner.body) state.found.push(owner.body);
  const introductionStart = introductionStartOf(scan, owner.bodyStart);
  state.knownNames.add(name);
  state.people.push({
    ...local(cursor, nameLength),
    label: 'Person',
    surface: name,
    sentence: sentence.index,
    name,
    posts: [
      ...postsHeldBefore(state, scan, owner, cursor + nameLength, titles.at(-1)!.title),
      ...postsOf(state, scan, owner, titles, local(owner.bodyStart, cursor + nameLength - owner.bodyStart)),
    ],
    introduction: local(introductionStart, cursor + nameLength - introductionStart),
    roles: [],
    unnamed: false,
    rule: owner.rule,
    confidence: owner.body ? owner.confidence : 0.6,
    review: owner.review ?? (owner.body ? undefined : `person after the title ${title.word} without an organization`),
  } satisfies PersonMention);
  if (owner.body) {
    scan.previousPerson = { end: cursor + nameLength, body: owner.body };
    state.lastBody = { paragraph: sentence.paragraph, body: owner.body };
  }
  return cursor + nameLength;
}

const AFTER_NAME = new WordTable(
  TITLES_AFTER_NAME.map((word) => ({ word })).sort((a, b) => b.word.length - a.word.length),
  (title) => title.word,
);

// Whether a name ends right before `at`: read by its surname (or the segmenter's tag) from where a word starts, and
// not one word of another kind (同时副组长: 同时 is a conjunction, not 同 + 时).
function nameEndsAt(state: PeopleState, scan: PeopleSentence, at: number): boolean {
  const tokens = state.context.tokens[scan.sentence.index]!;
  return [3, 2].some((length) => {
    const start = scan.local(at - length, 0).start;
    const token = tokens.find((candidate) => candidate.start === start);
    if (at - length < 0 || !token || (token.end - token.start === length && !/^(nr|x$)/u.test(token.tag))) return false;
    const read = readPersonName(scan.text, at - length, {
      knownNames: state.knownNames,
      cutKnownWords: (piece) => state.context.tagger.cutKnownWords(piece),
      tokenAt: { length: token.end - token.start, tag: token.tag },
    });
    return read === length;
  });
}

// Whether the name read at `at` starts with a conjunction that joins the name after it, itself followed by its post
// (总书记和王某书记: 和 + 王某书记, not 和王).
function joinsNextName(state: PeopleState, scan: PeopleSentence, at: number): boolean {
  const { text } = scan;
  if (!NAME_CONJUNCTIONS.includes(text[at]!)) return false;
  const length = readPersonName(text, at + 1, { knownNames: state.knownNames, cutKnownWords: (piece) => state.context.tagger.cutKnownWords(piece) });
  return length !== undefined && AFTER_NAME.at(text, at + 1 + length) !== undefined;
}

// The introduction reaches back over the places and bodies written right before the body (辽宁省 in
// 辽宁省大连市生态环境局局长张海冰, 生态环境部 before its bureau): a quote's speaker starts there.
function introductionStartOf(scan: PeopleSentence, bodyStart: number): number {
  let start = bodyStart;
  for (let moved = true; moved; ) {
    moved = false;
    for (const before of [...scan.regions, ...scan.bodies()]) {
      if (scan.toLocal(before.end) === start && scan.toLocal(before.start) < start) {
        start = scan.toLocal(before.start);
        moved = true;
      }
    }
  }
  return start;
}

// The posts of the run before this person's body, when it ended at that body (see postsBefore).
// A chief's post of a named water may end the chain instead of a body (市委副书记、龙江干流市级河长某某): the river chief
// system gives the post to the leader, who still speaks for the body named first.
function postsHeldBefore(state: PeopleState, scan: PeopleSentence, owner: TitleOwner, nameEnd: number, title?: TitleWord): PostMention[] {
  const before = scan.postsBefore;
  const water = before ? scan.text.slice(before.nextBodyAt, owner.bodyStart) : '';
  const chief =
    !owner.body &&
    title !== undefined &&
    CHIEF_POST_WORDS.some((post) => title.word.endsWith(post)) &&
    new RegExp(`^\\p{Script=Han}{1,${CHIEF_WATER_MAX}}$`, 'u').test(water);
  if (!before || (before.nextBodyAt !== owner.bodyStart && !chief)) return [];
  scan.postsBefore = undefined;
  return before.runs.flatMap(({ owner: held, titles }) => {
    const run = { ...owner, body: held.body, bodyStart: held.bodyStart };
    return held.body ? postsOf(state, scan, run, titles, scan.local(run.bodyStart, nameEnd - run.bodyStart)) : [];
  });
}

function postsOf(
  state: PeopleState,
  scan: PeopleSentence,
  owner: TitleOwner,
  titles: ReadonlyArray<{ title: TitleWord; at: number }>,
  evidence: PostMention['evidence'],
): PostMention[] {
  const body = owner.body;
  if (!body) return [];
  const former = body.former === true || FORMER.endsAt(scan.text, owner.bodyStart);
  // A party post gives its body's 党组 or branch where the body or its short word is printed before it (厅党组成员); a
  // post continuing a body named earlier (林场场长某某和党总支书记某某) is the body's own, as a reader files it.
  const printedBefore = owner.bodyStart < titles[0]!.at;
  // With the body's own post in the run (厅党组书记、厅长某某), that post is the one the short word's body holds.
  const shortWord = scan.toLocal(body.start) < owner.bodyStart;
  const ownPost = titles.some(({ title }) => !title.unit);
  const held = shortWord && ownPost ? titles.filter(({ title }) => !title.unit) : titles;
  return held.map(({ title, at }) => {
    // A body that is itself the unit (综合办公室 of 综合 + 办公室主任) holds the post.
    // A body written here by its short word (厅党组书记 after 省生态环境厅 named before) holds the post itself, as the
    // gold's readers file it: its party group's full name is printed nowhere, so no node could carry it.
    if (!title.unit || !printedBefore || body.name.endsWith(title.unit) || shortWord)
      return { title: title.word, titleEn: title.en, organization: body, former, evidence };
    const bodyStart = scan.toLocal(body.start);
    const unit = subBody(body, title, scan.local(bodyStart, at + title.unit.length - bodyStart), scan.sentence.index);
    state.found.push(unit);
    return { title: title.word, titleEn: title.en, organization: unit, former, evidence };
  });
}
