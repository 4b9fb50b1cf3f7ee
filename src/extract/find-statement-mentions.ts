import { type ExtractionContext, sentenceSpan } from './extraction-context.ts';
import type { EventMention, OrganizationMention, PersonMention, StatementMention } from './mention-types.ts';
import { readPersonName } from './read-person-name.ts';
import { MEETING_SPEAKERS, MEETING_VERBS, SPEECH_ADVERBS, SPEECH_TIME_CLAUSE_MAX, SPEECH_VERBS } from './rules/speech-verbs.ts';
import type { Sentence } from './split-sentences.ts';
import type { Span } from './text-index.ts';

const VERBS = [...SPEECH_VERBS].sort((a, b) => b.length - a.length);
// A meeting as the subject of a speech verb at the start of a clause: 会议要求，… 会上透露：….
// Role words a transcript line may start with before the speaker's name.
const TRANSCRIPT_ROLES = ['主持人', '发布人', '发言人'];
const MEETING_SPEECH = new RegExp(`(^|[，。；】])(${MEETING_SPEAKERS.join('|')})(${MEETING_VERBS.join('|')})[，：:]`, 'gu');
const ADVERBS = [...SPEECH_ADVERBS].sort((a, b) => b.length - a.length);
// Words for an official the report does not name (生态环境部有关负责人表示).
const UNNAMED = /^(有关|相关)?(主要)?(负责人|新闻发言人|发言人)/u;
// The shortest quote that can be a statement rather than a quoted term (“城市大脑”, “放管服”).
const MIN_QUOTE = 8;

/** Statements and the speakers the statement finder itself had to make (unnamed officials, bare names). */
export interface StatementFindings {
  statements: StatementMention[];
  people: PersonMention[];
}

/**
 * Finds what people said: a quote followed by its speaker (“…”生态环境部…局长曹立平说), a speaker and verb
 * followed by a quote (曹立平说，“…”), reported speech after a speaker and verb and a comma or colon (李干杰指出，
 * …), an unnamed official of a body as the speaker (生态环境部有关负责人表示), and a quote standing alone in a
 * paragraph whose speaker was named before it.
 */
export function findStatementMentions(
  context: ExtractionContext,
  people: readonly PersonMention[],
  organizations: readonly OrganizationMention[],
  events: readonly EventMention[] = [],
): StatementFindings {
  const statements: StatementMention[] = [];
  const made: PersonMention[] = [];
  let lastSpeaker: { paragraph: number; person: PersonMention } | undefined;
  for (const sentence of context.sentences) {
    const text = sentence.text;
    const local = (from: number, length: number): Span => sentenceSpan(context, sentence, from, length);
    const toLocal = (point: number) => context.index.toUnit(point) - sentence.unitStart;
    // Speakers the text names, pronouns for them, and unnamed officials of bodies (生态环境部有关负责人).
    const unnamed = organizations
      .filter((org) => org.sentence === sentence.index)
      .map((org) => unnamedOfficialAt(context, sentence, organizations, toLocal(org.start)))
      .filter((person): person is PersonMention => person !== undefined);
    const inSentence = [...people.filter((person) => person.sentence === sentence.index), ...pronounsIn(context, sentence, people), ...unnamed];
    const used = (person: PersonMention) => {
      if (person.rule === 'person/pronoun' && !made.includes(person)) made.push(person);
      return person;
    };
    // A speaker at a place: a person introduced there, or an unnamed official of a body there, or a bare name.
    const speakerAt = (at: number): PersonMention | undefined => {
      const person = inSentence.find((p) => toLocal(p.introduction.start) === at) ?? inSentence.find((p) => toLocal(p.start) === at);
      if (person) return person;
      const bare = bareNameAt(context, sentence, at);
      if (bare) made.push(bare);
      return bare;
    };
    const quoted: Array<[number, number]> = [];

    for (const quote of text.matchAll(/“([^“”]*)”/gu)) {
      const open = quote.index;
      const close = open + quote[0].length;
      const inner = quote[1]!;
      if (inner.length < MIN_QUOTE) continue;
      quoted.push([open, close]);
      // The speaker before the quote: 曹立平说，“…”.
      const before = speakerEndingBefore(text, open, inSentence, toLocal);
      if (before) {
        statements.push(
          statement(context, sentence, {
            kind: 'quote',
            textFrom: open + 1,
            textTo: close - 1,
            evidence: local(toLocal(before.person.start), close - toLocal(before.person.start)),
            attribution: local(toLocal(before.person.start), before.verbEnd - toLocal(before.person.start)),
            speaker: used(before.person),
            rule: before.colonOnly ? 'statement/speaker-colon-quote' : 'statement/speaker-then-quote',
            confidence: before.colonOnly ? 0.75 : 0.95,
            review: before.person.review,
          }),
        );
        lastSpeaker = { paragraph: sentence.paragraph, person: before.person };
        continue;
      }
      // The speaker after the quote: “…”生态环境部生态环境执法局局长曹立平说.
      const speakerStart = text[close] === '，' || text[close] === ',' ? close + 1 : close;
      const after = speakerAt(speakerStart);
      if (after) {
        const personEnd = toLocal(after.end);
        const verbEnd = speechVerbEnd(text, personEnd);
        const attributionEnd = verbEnd ?? personEnd;
        statements.push(
          statement(context, sentence, {
            kind: 'quote',
            textFrom: open + 1,
            textTo: close - 1,
            evidence: local(open, attributionEnd - open),
            attribution: local(speakerStart, attributionEnd - speakerStart),
            speaker: used(after),
            rule: verbEnd ? 'statement/quote-then-speaker' : 'statement/quote-then-person',
            confidence: verbEnd ? 0.95 : 0.75,
            review: verbEnd ? after.review : 'no speech verb after the speaker',
          }),
        );
        lastSpeaker = { paragraph: sentence.paragraph, person: after };
        continue;
      }
      // A quote alone in its sentence, in a paragraph whose speaker was named before.
      const standsAlone = open <= 1 && /[。！？]$/u.test(inner);
      if (standsAlone && lastSpeaker && sentence.paragraph - lastSpeaker.paragraph <= 1) {
        statements.push(
          statement(context, sentence, {
            kind: 'quote',
            textFrom: open + 1,
            textTo: close - 1,
            evidence: local(open, close - open),
            attribution: local(open, close - open),
            speaker: lastSpeaker.person,
            rule: 'statement/quote-of-earlier-speaker',
            confidence: 0.6,
            review: 'speaker taken from an earlier sentence',
          }),
        );
      }
    }

    // A transcript's answer: a line that starts with its speaker and a colon (罗静怡：…).
    const lineStart = sentence.unitStart === 0 || context.index.readable[sentence.unitStart - 1] === '\n';
    if (lineStart && statements.every((s) => s.sentence !== sentence.index)) {
      // The speaker opens the line, after a role word at most (主持人梁思远：).
      const opening = TRANSCRIPT_ROLES.find((role) => text.startsWith(role)) ?? '';
      const speaker = inSentence.find(
        (person) => toLocal(person.introduction.start) === opening.length && /^[：:]/u.test(text.slice(toLocal(person.end))),
      );
      if (speaker && !speaker.roles.length && !/记者/u.test(text.slice(0, toLocal(speaker.start)))) {
        const from = toLocal(speaker.end) + 1;
        // The answer runs to the end of its line, over all its sentences.
        const full = context.index.readable;
        const lineEnd = full.indexOf('\n', sentence.unitStart);
        const lineText = full.slice(sentence.unitStart, lineEnd < 0 ? full.length : lineEnd);
        let to = lineText.length;
        while (to > from && /[\s]/u.test(lineText[to - 1]!)) to -= 1;
        if (to - from >= 6) {
          statements.push(
            statement(context, sentence, {
              kind: 'quote',
              textFrom: from,
              textTo: to,
              evidence: local(0, to),
              attribution: local(0, from),
              speaker: used(speaker),
              rule: 'statement/transcript-answer',
              confidence: 0.85,
              review: speaker.review,
            }),
          );
          lastSpeaker = { paragraph: sentence.paragraph, person: speaker };
          continue;
        }
      }
    }

    // What a meeting says (会议要求，…): no speaker, made at the meeting of its paragraph.
    for (const m of text.matchAll(MEETING_SPEECH)) {
      const from = m.index + m[0].length;
      let to = text.length;
      while (to > from && /[。！？；\s]/u.test(text[to - 1]!)) to -= 1;
      if (to - from < 6) continue;
      const start = m.index + m[0].length - m[2]!.length - m[3]!.length - 1;
      const meeting = [...events]
        .filter(
          (event) =>
            event.start <= context.index.toPoint(sentence.unitStart + start) && context.sentences[event.sentence]!.paragraph === sentence.paragraph,
        )
        .sort((a, b) => b.start - a.start)[0];
      statements.push(
        statement(context, sentence, {
          kind: 'paraphrase',
          textFrom: from,
          textTo: to,
          evidence: local(start, to - start),
          attribution: local(start, from - 1 - start),
          madeAt: meeting,
          rule: 'statement/meeting-speech',
          confidence: meeting ? 0.75 : 0.6,
          review: 'said by a meeting: no speaker',
        }),
      );
    }

    // Reported speech: 李干杰指出，…; 周启航介绍，….
    const candidates = [...new Set([...inSentence, ...made.filter((person) => person.sentence === sentence.index)])];
    for (const person of candidates) {
      const personEnd = toLocal(person.end);
      if (quoted.some(([a, b]) => personEnd > a && personEnd <= b)) continue;
      const verbEnd = speechVerbEnd(text, personEnd);
      if (verbEnd === undefined || !/[，：:,]/u.test(text[verbEnd] ?? '')) continue;
      const from = verbEnd + 1;
      // A quote right after the comma is the statement itself, unless it is a short term (“十四五”时期).
      if (text[from] === '“' && !/^“[^”]{1,7}”/u.test(text.slice(from))) continue;
      let to = text.length;
      while (to > from && /[。！？\s]/u.test(text[to - 1]!)) to -= 1;
      // Reported speech that runs into a quote stops before it.
      const quoteAt = text.indexOf('“', from);
      if (quoteAt >= 0 && quoteAt - from > 0 && text.slice(quoteAt).length > MIN_QUOTE + 2 && /”[^”]*(说|表示)/u.test(text.slice(quoteAt)))
        to = Math.min(to, quoteAt);
      while (to > from && /[，。；\s]/u.test(text[to - 1]!)) to -= 1;
      if (to - from < 6) continue;
      if (statements.some((s) => s.sentence === sentence.index && toLocal(s.textSpan.start) <= from && from < toLocal(s.textSpan.end))) continue;
      const start = toLocal(person.start);
      statements.push(
        statement(context, sentence, {
          kind: 'paraphrase',
          textFrom: from,
          textTo: to,
          evidence: local(start, to - start),
          attribution: local(start, verbEnd - start),
          speaker: used(person),
          rule: 'statement/reported-speech',
          confidence: person.rule === 'person/pronoun' ? 0.7 : 0.85,
          review: person.review,
        }),
      );
      lastSpeaker = { paragraph: sentence.paragraph, person };
    }
  }
  return { statements: statements.sort((a, b) => a.start - b.start), people: made };
}

interface StatementParts {
  kind: 'quote' | 'paraphrase';
  textFrom: number;
  textTo: number;
  evidence: Span;
  attribution: Span;
  speaker?: PersonMention;
  madeAt?: EventMention;
  rule: string;
  confidence: number;
  review?: string;
}

function statement(context: ExtractionContext, sentence: Sentence, parts: StatementParts): StatementMention {
  const textSpan = sentenceSpan(context, sentence, parts.textFrom, parts.textTo - parts.textFrom);
  // An unnamed official (有关负责人) is no person of the graph: the statement keeps no speaker and says who spoke.
  if (parts.speaker?.unnamed) {
    parts = {
      ...parts,
      speaker: undefined,
      review: `said by an unnamed official: ${parts.speaker.name}`,
      confidence: Math.min(parts.confidence, 0.7),
    };
  }
  return {
    ...parts.evidence,
    label: 'Statement',
    surface: sentence.text.slice(parts.textFrom, parts.textTo),
    sentence: sentence.index,
    kind: parts.kind,
    textSpan,
    evidence: parts.evidence,
    speaker: parts.speaker,
    madeAt: parts.madeAt,
    attribution: parts.attribution,
    rule: parts.rule,
    confidence: parts.confidence,
    review: parts.review,
  };
}

/** Where the speech verb after a speaker ends, skipping adverbs (当场) and a time clause (在总结…时), if one follows. */
export function speechVerbEnd(text: string, at: number): number | undefined {
  let cursor = at;
  for (let guard = 0; guard < 4; guard += 1) {
    const adverb = ADVERBS.find((word) => text.startsWith(word, cursor));
    if (adverb) {
      cursor += adverb.length;
      continue;
    }
    if (text[cursor] === '在') {
      const clause = new RegExp(`^在[^，。“”：]{1,${SPEECH_TIME_CLAUSE_MAX}}?[时中上]`, 'u').exec(text.slice(cursor));
      if (
        clause &&
        VERBS.some(
          (verb) =>
            text.startsWith(verb, cursor + clause[0].length) || ADVERBS.some((adverb) => text.startsWith(adverb + verb, cursor + clause[0].length)),
        )
      ) {
        cursor += clause[0].length;
        continue;
      }
    }
    break;
  }
  const verb = VERBS.find((word) => text.startsWith(word, cursor));
  return verb ? cursor + verb.length : undefined;
}

function speakerEndingBefore(
  text: string,
  open: number,
  people: readonly PersonMention[],
  toLocal: (point: number) => number,
): { person: PersonMention; verbEnd: number; colonOnly: boolean } | undefined {
  const colon = /[：:，,]$/u.test(text.slice(0, open)) ? open - 1 : open;
  for (const person of people) {
    const verbEnd = speechVerbEnd(text, toLocal(person.end));
    if (verbEnd !== undefined && verbEnd === colon) return { person, verbEnd, colonOnly: false };
  }
  // A speaker, a few words and a colon before the quote: 他感触颇深：“…”.
  if (/[：:]$/u.test(text.slice(0, open))) {
    for (const person of people) {
      const between = text.slice(toLocal(person.end), open - 1);
      if (between.length <= 8 && !/[，。“”；]/u.test(between)) return { person, verbEnd: open - 1, colonOnly: true };
    }
  }
  return undefined;
}

/**
 * 他 and 她 as speakers: each stands for the last person named before it in its paragraph or the one before
 * (此前他作为副厅长…他表示，…). Only those that attribute a statement are kept.
 */
function pronounsIn(context: ExtractionContext, sentence: Sentence, people: readonly PersonMention[]): PersonMention[] {
  const pronouns: PersonMention[] = [];
  for (const match of sentence.text.matchAll(/[他她](?![们人的])/gu)) {
    if (/[其吉]/u.test(sentence.text[match.index - 1] ?? '')) continue;
    const span = sentenceSpan(context, sentence, match.index, 1);
    const referent = [...people]
      .filter((person) => !person.unnamed && person.start < span.start && sentence.paragraph - context.sentences[person.sentence]!.paragraph <= 1)
      .sort((a, b) => b.start - a.start)[0];
    if (!referent) continue;
    pronouns.push({
      ...span,
      label: 'Person',
      surface: match[0],
      sentence: sentence.index,
      name: referent.name,
      posts: [],
      introduction: span,
      roles: [],
      unnamed: false,
      rule: 'person/pronoun',
      confidence: 0.7,
      review: `speaker is a pronoun, taken as ${referent.name}`,
    });
  }
  return pronouns;
}

function unnamedOfficialAt(
  context: ExtractionContext,
  sentence: Sentence,
  organizations: readonly OrganizationMention[],
  at: number,
): PersonMention | undefined {
  const body = organizations.find((org) => org.sentence === sentence.index && context.index.toUnit(org.start) - sentence.unitStart === at);
  if (!body) return undefined;
  const bodyEnd = context.index.toUnit(body.end) - sentence.unitStart;
  const word = UNNAMED.exec(sentence.text.slice(bodyEnd));
  if (!word || speechVerbEnd(sentence.text, bodyEnd + word[0].length) === undefined) return undefined;
  const span = sentenceSpan(context, sentence, at, bodyEnd + word[0].length - at);
  const name = sentence.text.slice(at, bodyEnd + word[0].length);
  const title = word[3]!;
  return {
    ...span,
    label: 'Person',
    surface: name,
    sentence: sentence.index,
    name,
    posts: [{ title, titleEn: title === '负责人' ? 'Official in charge' : 'Spokesperson', organization: body, former: false, evidence: span }],
    introduction: span,
    roles: [],
    unnamed: true,
    rule: 'person/unnamed-official',
    confidence: 0.7,
    review: 'unnamed speaker: the report does not give the name',
  };
}

function bareNameAt(context: ExtractionContext, sentence: Sentence, at: number): PersonMention | undefined {
  const length = readPersonName(sentence.text, at, { knownNames: new Set(), cutKnownWords: (piece) => context.tagger.cutKnownWords(piece) });
  if (length === undefined || speechVerbEnd(sentence.text, at + length) === undefined) return undefined;
  const span = sentenceSpan(context, sentence, at, length);
  const name = sentence.text.slice(at, at + length);
  return {
    ...span,
    label: 'Person',
    surface: name,
    sentence: sentence.index,
    name,
    posts: [],
    introduction: span,
    roles: [],
    unnamed: false,
    rule: 'person/speaker-name',
    confidence: 0.6,
    review: 'person without an organization',
  };
}
