import { type ExtractionContext, groupBySentence } from '../extraction-context.ts';
import type { Mention } from '../mention-types.ts';
import type { FoundMentions } from '../resolve-entities.ts';
import { CAUSATIVE_END, GUIDING_FRAME_WORDS, IMPLEMENT_VERBS, PLACE_LIST_TAIL, SUBJECT_JOINERS, SUBJECT_PREFIX } from '../rules/policy-shapes.ts';
import { spanContains } from '../text-index.ts';

// A clause boundary: relations inside one clause or sentence do not cross these.
const SENTENCE_BREAK = /[。；！？]/u;

interface Implementer {
  mention: Mention;
  rule: string;
  evidenceStart: number;
}
export function implementersOf(context: ExtractionContext, policy: Mention, found: FoundMentions): Implementer[] {
  const text = context.index.readable;
  const sentence = context.sentences[policy.sentence]!;
  const unitOf = (point: number) => context.index.toUnit(point);
  const policyAt = unitOf(policy.start);
  if (!doingClauseBefore(context, policy, found)) return [];
  const here = placesAndBodiesOf(found, policy.sentence);
  const subjects: Mention[] = [...here.regions, ...here.organizations]
    .filter((mention) => mention.end <= policy.start)
    // A body inside a longer body (the place of a local body) is not the doer; the body is.
    .filter((mention) => !here.organizations.some((org) => org !== mention && spanContains(org, mention)))
    .sort((a, b) => a.start - b.start);
  const clauseStart = (at: number) => {
    let start = sentence.unitStart;
    for (let i = at - 1; i >= sentence.unitStart; i--) {
      if (/[，：；。！？“”]/u.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
    return start;
  };
  // The text before a subject in its clause, with the subjects before it replaced by Ⓢ.
  const prefixOf = (subject: Mention) => {
    const at = unitOf(subject.start);
    const from = clauseStart(at);
    let prefix = '';
    let cursor = from;
    for (const other of subjects) {
      const otherAt = unitOf(other.start);
      if (otherAt < from || otherAt >= at) continue;
      prefix += `${text.slice(cursor, otherAt)}Ⓢ`;
      cursor = unitOf(other.end);
    }
    return prefix + text.slice(cursor, at);
  };
  const isClauseSubject = (subject: Mention) => {
    const pieces = prefixOf(subject).split('Ⓢ');
    // 指导云屏制定…: the place or body guided is who does it.
    if (pieces.length === 1 && CAUSATIVE_END.test(pieces[0]!)) return true;
    return SUBJECT_PREFIX.test(pieces[0]!) && pieces.slice(1).every((joiner) => SUBJECT_JOINERS.test(joiner));
  };
  for (const subject of [...subjects].reverse()) {
    const between = text.slice(unitOf(subject.end), policyAt);
    if (SENTENCE_BREAK.test(between) || between.length > 60) break;
    if (!IMPLEMENT_VERBS.some((verb) => between.includes(verb)) && !hasOpenFrame(between)) continue;
    // 在X、Y等地开展…: the places carry it out.
    const prefix = prefixOf(subject);
    const place = /在((?:Ⓢ[、和及与]?)*)$/u.exec(prefix);
    const beforePlace = prefix.slice(0, place?.index ?? 0);
    const doerWords = beforePlace.slice(beforePlace.lastIndexOf('Ⓢ') + 1).replace(/^(?:我们|我省|我市|我厅|我局|我部)/u, '');
    // With a subject of its own before 在 (生态环境部…在北京签署), the place is only where it happened.
    if (place && beforePlace.includes('Ⓢ')) continue;
    if (place && subject.label === 'Region' && SUBJECT_PREFIX.test(doerWords)) {
      const tail = between.slice(0, between.search(new RegExp(IMPLEMENT_VERBS.join('|'), 'u')));
      if (!PLACE_LIST_TAIL.test(tail)) continue;
      const places = subjects.filter(
        (other) =>
          other.label === 'Region' &&
          other.start <= subject.start &&
          clauseStart(unitOf(other.start)) === clauseStart(unitOf(subject.start)) &&
          /在(?:Ⓢ[、和及与]?)*$/u.test(prefixOf(other)),
      );
      return places.map((mention) => ({ mention, rule: 'policy/implementer-place', evidenceStart: mention.start }));
    }
    if (!isClauseSubject(subject)) continue;
    // The subjects joined to it in its clause do it too; a place right before a body or a place names where it is.
    const joined = subjects.filter((other) => {
      if (other === subject || other.start > subject.start || other.start < subject.start - 60) return false;
      if (clauseStart(unitOf(other.start)) !== clauseStart(unitOf(subject.start)) || !isClauseSubject(other)) return false;
      const next = subjects.find((candidate) => candidate.start >= other.end);
      return next !== undefined && text.slice(unitOf(other.end), unitOf(next.start)) !== '';
    });
    return [subject, ...joined].map((mention, i) => ({
      mention,
      rule: i === 0 ? 'policy/implementer-verb' : 'policy/implementer-joined',
      evidenceStart: joined[0]?.start ?? subject.start,
    }));
  }
  return speakerBodyOf(context, policy, found);
}
const bySentenceCache = new WeakMap<FoundMentions, { regions: Map<number, Mention[]>; organizations: Map<number, Mention[]> }>();
function placesAndBodiesOf(found: FoundMentions, sentence: number): { regions: Mention[]; organizations: Mention[] } {
  let groups = bySentenceCache.get(found);
  if (!groups) {
    groups = { regions: groupBySentence<Mention>(found.regions), organizations: groupBySentence<Mention>(found.organizations) };
    bySentenceCache.set(found, groups);
  }
  return { regions: groups.regions.get(sentence) ?? [], organizations: groups.organizations.get(sentence) ?? [] };
}
function doingClauseBefore(context: ExtractionContext, policy: Mention, found: FoundMentions): boolean {
  const text = context.index.readable;
  const sentenceStart = context.sentences[policy.sentence]!.unitStart;
  const sentenceIndex = policy.sentence;
  const policyAt = context.index.toUnit(policy.start);
  const policyEnd = context.index.toUnit(policy.end);
  const hasVerb = (clause: string) => IMPLEMENT_VERBS.some((verb) => clause.includes(verb));
  const guided = () =>
    hasOpenFrame(text.slice(sentenceStart, policyAt)) && GUIDING_FRAME_WORDS.some((word) => text.startsWith(`为${word}`, policyEnd));
  let end = policyAt;
  for (let step = 0; step < 3; step++) {
    let start = end;
    while (start > sentenceStart && !/[，：；。！？]/u.test(text[start - 1]!)) start--;
    const clause = text.slice(start, end);
    if (hasVerb(clause)) return true;
    if (step === 0 && guided()) return true;
    // A clause of nothing but policies and list marks: the verb is in the clause before.
    let rest = clause;
    for (const other of found.policies) {
      if (other.sentence !== sentenceIndex) continue;
      const at = context.index.toUnit(other.start);
      if (at >= start && at < end) rest = rest.replace(text.slice(at, context.index.toUnit(other.end)), '');
    }
    if (!/^[、和及与“”\s]*$/u.test(rest) || start <= sentenceStart) return false;
    end = start - 1;
  }
  return false;
}
function hasOpenFrame(text: string): boolean {
  const last = text.lastIndexOf('以');
  return last >= 0 && !/[，；]/u.test(text.slice(last + 1));
}
function speakerBodyOf(context: ExtractionContext, policy: Mention, found: FoundMentions): Implementer[] {
  const text = context.index.readable;
  const statement = found.statements.find((candidate) => spanContains(candidate.textSpan, policy) && candidate.speaker);
  // The speaker's post is given where the text introduces them, often sentences before the quote.
  const body = statement && found.people.find((person) => person.name === statement.speaker!.name && person.posts.length > 0)?.posts[0]?.organization;
  if (!statement || !body) return [];
  const sentence = context.sentences[policy.sentence]!;
  const before = text.slice(Math.max(sentence.unitStart, context.index.toUnit(statement.textSpan.start)), context.index.toUnit(policy.start));
  const we = /(?:^|[，：；。“])(?:[^，：；。“]{0,12}?)(我们|我厅|我局|我部|我委)[^；。]*$/u.exec(before);
  if (!we || !SUBJECT_PREFIX.test(we[0].replace(/^[，：；。“]/u, '').split(we[1]!)[0]!)) return [];
  return [{ mention: body, rule: 'policy/speaker-body', evidenceStart: Math.min(statement.speaker!.start, statement.textSpan.start) }];
}
