import { type ExtractionContext, groupBySentence, sentenceSpan } from './extraction-context.ts';
import { findAnchoredPeople, readsAsPlainWord } from './find-anchored-people.ts';
import type { OrganizationMention, PersonMention, PostMention, RegionMention } from './mention-types.ts';
import { readPersonName } from './read-person-name.ts';
import { ATTACHED_BODIES, GENERIC_BODY_ENDINGS } from './rules/organization-patterns.ts';
import { REPORTER_ROLES, REPORTER_TITLES } from './rules/reporter-roles.ts';
import { FORMER_MARKERS, TITLE_WORDS, type TitleWord } from './rules/title-words.ts';
import type { Sentence } from './split-sentences.ts';
import type { Span } from './text-index.ts';
import { WordTable } from './word-table.ts';

const TITLES = new WordTable(
  [...TITLE_WORDS].sort((a, b) => b.word.length - a.word.length),
  (title) => title.word,
);
const FORMER = new WordTable(FORMER_MARKERS, (marker) => marker);
const ROLES_BEFORE = REPORTER_ROLES.filter((role) => role.position === 'before').sort((a, b) => b.role.length - a.role.length);
const ROLES_AFTER = REPORTER_ROLES.filter((role) => role.position === 'after').sort((a, b) => b.role.length - a.role.length);
const GENERIC_ENDINGS = [...GENERIC_BODY_ENDINGS].sort((a, b) => b.ending.length - a.ending.length);
// Titles of a government's leaders: after a bare place (河北省副省长) they are posts of that place's government.
const GOVERNMENT_TITLES = new Set(['省长', '副省长', '市长', '副市长', '县长', '副县长', '区长', '副区长', '主席', '副主席', '秘书长', '副秘书长']);
// Punctuation and spaces that end a clause: a title right after one starts a new person of the same body.
const CLAUSE_BREAK = /[，、。；：！？\s（）()“”"]/u;

/** People and the bodies the person finder itself discovered (a 党组 from 党组书记, a body found by its ending). */
export interface PersonFindings {
  people: PersonMention[];
  organizations: OrganizationMention[];
}

/**
 * Finds people: `<organization><title>[、<title>]<name>` (the post's body is the organization before it, or
 * its 党组 for a party title), a title after a clause break that continues the body of the person before,
 * `<place><government title><name>`, a body found only by its ending before a title (大气环境处处长俞晨),
 * bylines (`<media>记者<name>、<name>…集体采访，<name>执笔`, `（记者 <name>）`), and then every later
 * occurrence of a name found so (李干杰指出).
 */
export function findPersonMentions(
  context: ExtractionContext,
  organizations: readonly OrganizationMention[],
  regions: readonly RegionMention[],
): PersonFindings {
  const people: PersonMention[] = [];
  const found: OrganizationMention[] = [];
  const knownNames = new Set<string>();
  for (const entity of context.known.byId.values()) if (entity.label === 'Person') knownNames.add(entity.name);
  let lastBody: { paragraph: number; body: OrganizationMention } | undefined;
  const organizationsBySentence = groupBySentence(organizations);
  const regionsBySentence = groupBySentence(regions);

  for (const sentence of context.sentences) {
    const text = sentence.text;
    const local = (from: number, length: number): Span => sentenceSpan(context, sentence, from, length);
    const toLocal = (point: number) => context.index.toUnit(point) - sentence.unitStart;
    // Bodies the finder discovers are added to `found`; those of this sentence are only ever of this sentence.
    const foundBefore = found.length;
    const peopleBefore = people.length;
    const sentenceBodies = () => [...(organizationsBySentence.get(sentence.index) ?? []), ...found.slice(foundBefore)];
    const sentenceRegions = regionsBySentence.get(sentence.index) ?? [];
    const bodiesEndingAt = new Map<number, OrganizationMention>();
    for (const org of sentenceBodies()) bodiesEndingAt.set(toLocal(org.end), org);
    const placesEndingAt = new Map<number, RegionMention>();
    for (const region of sentenceRegions) placesEndingAt.set(toLocal(region.end), region);
    let previousPerson: { end: number; body: OrganizationMention } | undefined;

    const bodySpans = sentenceBodies().map((org) => [toLocal(org.start), toLocal(org.end)] as const);
    for (let i = 0; i < text.length; ) {
      // A title word inside a body's name (党组书记 in a body named 生态环境部党组) is read after the body.
      const inside = bodySpans.find(([start, end]) => start < i && i < end);
      if (inside) {
        i = inside[1];
        continue;
      }
      const title = titleAt(text, i);
      if (!title) {
        i += 1;
        continue;
      }
      // Who the title belongs to: the body right before it, a place's government, a body found by its ending,
      // or the body of the person named just before (罗静怡、总工程师贺文涛).
      let body = bodiesEndingAt.get(i);
      let bodyStart = body ? toLocal(body.start) : i;
      let rule = 'person/org-title-name';
      let confidence = 0.95;
      let review: string | undefined;
      if (!body) {
        const place = placesEndingAt.get(i);
        if (place && GOVERNMENT_TITLES.has(title.word)) {
          body = [...organizations, ...found].find((org) => org.kind === 'government' && org.region?.name === place.name);
          bodyStart = toLocal(place.start);
          rule = 'person/place-title-name';
          confidence = 0.85;
          if (!body) review = `the government of ${place.name} is not named in the text`;
        }
      }
      if (!body && !review) {
        const host = [...bodySpans].filter(([, end]) => end <= i).sort((a, b) => b[1] - a[1])[0];
        const generic = genericBodyBefore(text, i, context, sentence, host ? host[1] : 0);
        const hostBody = host ? sentenceBodies().find((org) => toLocal(org.end) === host[1]) : undefined;
        if (generic && hostBody && toLocal(generic.start) === host![1])
          generic.parents.push({ mention: hostBody, evidence: { start: hostBody.start, end: generic.end } });
        if (generic) {
          body = generic;
          found.push(generic);
          bodyStart = toLocal(generic.start);
          rule = 'person/generic-body-title-name';
          confidence = 0.7;
        }
      }
      // A title after a clause break, or after 原 (由原厅长韩立军): a post of the body named before.
      const atClauseStart = i === 0 || CLAUSE_BREAK.test(text[i - 1]!) || FORMER.endsAt(text, i);
      if (!body && !review && atClauseStart) {
        if (previousPerson && text.slice(previousPerson.end, i).match(/^[、，\s]*$/u)) {
          body = previousPerson.body;
          rule = 'person/title-continues-body';
          confidence = 0.8;
        } else if (
          lastBody &&
          lastBody.paragraph === sentence.paragraph &&
          (!GOVERNMENT_TITLES.has(title.word) || lastBody.body.kind === 'government')
        ) {
          body = lastBody.body;
          rule = 'person/title-body-of-paragraph';
          confidence = 0.6;
          review = `organization taken from ${body.name} named before`;
        }
      }
      // A bare title (副省长某某, 市长某某): the person is named, the body is not.
      if (!body && !review) rule = 'person/title-name';
      // The titles: one, or several joined by 、 (党组书记、部长).
      const titles: Array<{ title: TitleWord; at: number }> = [{ title, at: i }];
      let cursor = i + title.word.length;
      for (;;) {
        const joined = text[cursor] === '、' ? titleAt(text, cursor + 1) : undefined;
        if (!joined) break;
        titles.push({ title: joined, at: cursor + 1 });
        cursor += 1 + joined.word.length;
      }
      const tokenHere = context.tokens[sentence.index]!.find((token) => token.start === local(cursor, 0).start);
      const nameLength = readPersonName(text, cursor, {
        knownNames,
        cutKnownWords: (piece) => context.tagger.cutKnownWords(piece),
        tokenAt: tokenHere ? { length: tokenHere.end - tokenHere.start, tag: tokenHere.tag } : undefined,
      });
      if (nameLength === undefined || (!body && readsAsPlainWord(context, sentence, cursor, nameLength))) {
        i = cursor;
        continue;
      }
      const name = text.slice(cursor, cursor + nameLength);
      const former = body?.former === true || FORMER.endsAt(text, bodyStart);
      const postEvidence = local(bodyStart, cursor + nameLength - bodyStart);
      // The person's introduction reaches back over the places and bodies written right before the body
      // (辽宁省 in 辽宁省大连市生态环境局局长张海冰, 生态环境部 before its bureau): a quote's speaker starts there.
      let introductionStart = bodyStart;
      for (let moved = true; moved; ) {
        moved = false;
        for (const before of [...sentenceRegions, ...sentenceBodies()]) {
          if (toLocal(before.end) === introductionStart && toLocal(before.start) < introductionStart) {
            introductionStart = toLocal(before.start);
            moved = true;
          }
        }
      }
      const introduction = local(introductionStart, cursor + nameLength - introductionStart);
      const posts: PostMention[] = [];
      for (const { title: held, at } of titles) {
        if (!body) break;
        let postBody = body;
        if (held.unit) {
          postBody = subBody(body, held, local(toLocal(body.start), at + held.unit.length - toLocal(body.start)), sentence);
          found.push(postBody);
        }
        posts.push({ title: held.word, titleEn: held.en, organization: postBody, former, evidence: postEvidence });
      }
      knownNames.add(name);
      const span = local(cursor, nameLength);
      people.push({
        ...span,
        label: 'Person',
        surface: name,
        sentence: sentence.index,
        name,
        posts,
        introduction,
        roles: [],
        unnamed: false,
        rule,
        confidence: !body ? 0.6 : confidence,
        review: review ?? (body ? undefined : `person after the title ${title.word} without an organization`),
      });
      if (body) {
        previousPerson = { end: cursor + nameLength, body };
        lastBody = { paragraph: sentence.paragraph, body };
      }
      i = cursor + nameLength;
    }
    people.push(...findByline(context, sentence, sentenceBodies(), knownNames));
    people.push(...findAnchoredPeople(context, sentence, people.slice(peopleBefore), knownNames));
  }
  for (const person of people) knownNames.add(person.name);
  people.push(...findNamesAgain(context, people, organizations));
  return { people: people.sort((a, b) => a.start - b.start), organizations: found };
}

function titleAt(text: string, at: number): TitleWord | undefined {
  return TITLES.at(text, at);
}

// The 党组 of a body, made from a party title (生态环境部党组书记 → 生态环境部党组).
function subBody(host: OrganizationMention, title: TitleWord, span: Span, sentence: Sentence): OrganizationMention {
  const attached = ATTACHED_BODIES.find((body) => body.suffix === title.unit)!;
  return {
    ...span,
    label: 'Organization',
    surface: `${host.surface}${attached.suffix}`,
    sentence: sentence.index,
    name: `${host.name}${attached.suffix}`,
    kind: attached.kind,
    nameEn: host.nameEn ? attached.en.replace('{org}', host.nameEn) : undefined,
    slug: `${host.tableId ? host.tableId.slice(host.tableId.indexOf(':') + 1) : (host.slug ?? 'organization')}-${attached.slug}`,
    parents: [{ mention: host, evidence: span }],
    former: host.former,
    rule: 'organization/party-title',
    confidence: 0.9,
  };
}

// A body that no table knows, found by its ending right before a title (大气环境处 + 处长).
function genericBodyBefore(
  text: string,
  titleAt: number,
  context: ExtractionContext,
  sentence: Sentence,
  notBefore: number,
): OrganizationMention | undefined {
  let start = titleAt;
  while (start > notBefore && !CLAUSE_BREAK.test(text[start - 1]!) && titleAt - start < 20) start -= 1;
  const name = text.slice(start, titleAt);
  if (name.length < 3 || !/^\p{Script=Han}+$/u.test(name)) return undefined;
  const ending = GENERIC_ENDINGS.find((candidate) => name.endsWith(candidate.ending));
  if (!ending) return undefined;
  // 记者 is a role, not a post: 东岚日报记者 is a byline.
  const span = sentenceSpan(context, sentence, start, name.length);
  return {
    ...span,
    label: 'Organization',
    surface: name,
    sentence: sentence.index,
    name,
    kind: ending.kind,
    parents: [],
    former: false,
    rule: 'organization/generic-body',
    confidence: 0.6,
    review: 'organization found only by its ending; check its name and English',
  };
}

// Bylines: roles before names (中国环境报记者郭薇、张春燕, 记者 方晓萌) and after them (…集体采访, 李玲玉执笔).
function findByline(
  context: ExtractionContext,
  sentence: Sentence,
  organizations: readonly OrganizationMention[],
  knownNames: Set<string>,
): PersonMention[] {
  const text = sentence.text;
  const people: PersonMention[] = [];
  const local = (from: number, length: number): Span => sentenceSpan(context, sentence, from, length);
  const read = (at: number) => readPersonName(text, at, { knownNames, cutKnownWords: (piece) => context.tagger.cutKnownWords(piece) });
  const mediaEndingAt = new Map<number, OrganizationMention>();
  for (const org of organizations) {
    if (org.sentence === sentence.index && org.kind === 'media') mediaEndingAt.set(context.index.toUnit(org.end) - sentence.unitStart, org);
  }
  for (const role of ROLES_BEFORE) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(role.role, from);
      if (at < 0) break;
      from = at + role.role.length;
      // A role word inside a longer one (本报记者 is fine, 记者朋友 is no byline) is checked by reading names after it.
      let cursor = at + role.role.length;
      while (text[cursor] === ' ' || text[cursor] === '\u3000') cursor += 1;
      const names: Array<{ at: number; length: number }> = [];
      for (;;) {
        const length = read(cursor);
        if (length === undefined) break;
        names.push({ at: cursor, length });
        cursor += length;
        if (
          text[cursor] === '、' ||
          (text[cursor] === ' ' && read(cursor + 1) !== undefined && !ROLES_BEFORE.some((r) => text.startsWith(r.role, cursor + 1)))
        )
          cursor += 1;
        else break;
      }
      if (names.length === 0) continue;
      // 记者吴可心：… is a question at a press conference, not a byline.
      const asking = /^[：:]/u.test(text.slice(cursor));
      const media = mediaEndingAt.get(at);
      const start = media ? context.index.toUnit(media.start) - sentence.unitStart : at;
      const after = ROLES_AFTER.find((candidate) => text.startsWith(candidate.role, cursor));
      names.forEach((entry, position) => {
        const name = text.slice(entry.at, entry.at + entry.length);
        const introduction = local(start, entry.at + entry.length - start);
        const roles: PersonMention['roles'] = [];
        if (asking) {
          // No role in the report's making.
        } else if (after) {
          const listStart = names[0]!.at;
          roles.push({
            role: after.role,
            roleEn: after.en,
            relation: after.relation,
            evidence: local(listStart, cursor + after.role.length - listStart),
          });
        } else {
          roles.push({ role: role.role, roleEn: role.en, relation: role.relation, evidence: local(at, entry.at + entry.length - at) });
        }
        const title = REPORTER_TITLES[role.role];
        people.push({
          ...local(entry.at, entry.length),
          label: 'Person',
          surface: name,
          sentence: sentence.index,
          name,
          posts: media && title ? [{ title: role.role, titleEn: title, organization: media, former: false, evidence: introduction }] : [],
          introduction,
          roles,
          unnamed: false,
          rule: 'person/byline',
          confidence: 0.9,
          review: position === 0 || media || !title ? undefined : undefined,
        });
        knownNames.add(name);
      });
    }
  }
  // A role after a name that no role before it covered: 李玲玉执笔.
  for (const role of ROLES_AFTER) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(role.role, from);
      if (at < 0) break;
      from = at + role.role.length;
      const candidates = [...knownNames].filter((name) => name.length <= at && text.startsWith(name, at - name.length));
      const name = candidates.sort((a, b) => b.length - a.length)[0];
      if (!name) continue;
      const nameAt = at - name.length;
      if (people.some((person) => person.start === local(nameAt, 0).start)) {
        // Already read as part of a list before a role: the list's role was recorded there.
        continue;
      }
      people.push({
        ...local(nameAt, name.length),
        label: 'Person',
        surface: name,
        sentence: sentence.index,
        name,
        posts: [],
        introduction: local(nameAt, name.length + role.role.length),
        roles: [{ role: role.role, roleEn: role.en, relation: role.relation, evidence: local(nameAt, name.length + role.role.length) }],
        unnamed: false,
        rule: 'person/byline',
        confidence: 0.9,
      });
    }
  }
  return people;
}

// Every later occurrence of a name found with a post or in a byline (李干杰指出, 曹立平的话).
function findNamesAgain(
  context: ExtractionContext,
  people: readonly PersonMention[],
  organizations: readonly OrganizationMention[],
): PersonMention[] {
  const names = [...new Set(people.map((person) => person.name))].sort((a, b) => b.length - a.length);
  const taken: Span[] = [...people, ...organizations];
  const again: PersonMention[] = [];
  for (const sentence of context.sentences) {
    for (const name of names) {
      let from = 0;
      for (;;) {
        const at = sentence.text.indexOf(name, from);
        if (at < 0) break;
        from = at + name.length;
        const span = sentenceSpan(context, sentence, at, name.length);
        if (taken.some((other) => other.start < span.end && span.start < other.end)) continue;
        // A longer name that contains this one (李欣 in 李欣然) is someone else.
        if (/\p{Script=Han}/u.test(sentence.text[at + name.length] ?? '') && readsAsLongerName(sentence.text, at, name)) continue;
        taken.push(span);
        again.push({
          ...span,
          label: 'Person',
          surface: name,
          sentence: sentence.index,
          name,
          posts: [],
          introduction: span,
          roles: [],
          unnamed: false,
          rule: 'person/name-again',
          confidence: 0.9,
        });
      }
    }
  }
  return again;
}

function readsAsLongerName(text: string, at: number, name: string): boolean {
  if (name.length >= 3) return false;
  const next = text[at + name.length] ?? '';
  return (
    /\p{Script=Han}/u.test(next) &&
    !/[说表指强介谈提认坦透回答称通要建呼补总感等和与及在对向也还就则都又将是为于从以带率一同出参主列作代当难接分宣致讲发解调会看督现特再进明首最随的了时告部局厅长]/u.test(
      next,
    )
  );
}
