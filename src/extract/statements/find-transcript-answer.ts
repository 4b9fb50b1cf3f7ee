import type { PersonMention } from '../mention-types.ts';
import { ROMAN_LABEL } from '../people/find-bilingual-turns.ts';
import { DAY_PART_GREETINGS, GREETING_WORDS, REPORT_ADDRESSEES } from '../rules/speech-verbs.ts';
import { DEPUTY_AFTER_NAME, TITLES_AFTER_NAME } from '../rules/title-words.ts';
import type { Span } from '../text-index.ts';
import { type SpeechSentence, type SpeechState, takeSpeaker } from './speech-sentence.ts';
import { buildStatement } from './statement-parts.ts';

// Role words a transcript line may start with before the speaker's name.
const TRANSCRIPT_ROLES = ['主持人', '发布人', '发言人'];
// A greeting that opens a speech on a line of its own (各位记者朋友：, 同志们：). A speech at a ceremony greets several
// kinds of guest in one line, the kinds set apart by commas or enumeration commas (各位来宾，女士们、先生们、朋友们：),
// each of them an addressee of its own.
const ADDRESSEE = `[^，。；！？：]{0,14}(?:${GREETING_WORDS.join('|')})[^，。；！？：]{0,8}`;
const GREETING = new RegExp(`^\\s*(?:${ADDRESSEE}(?:[，、]${ADDRESSEE})*|[^，。；！？]{0,12}(?:${REPORT_ADDRESSEES.join('|')}))[：:]\\s*$`, 'u');
// The greeting of the hour on a line of its own after the form of address (大家上午好！, 上午好！): still the opening,
// not yet the speech.
const DAY_PART_LINE = new RegExp(`^\\s*(?:大家|你们)?(?:${DAY_PART_GREETINGS.join('|')})[！!。]?\\s*$`, 'u');
// The form of address and the greeting of the hour together on the turn's own line (刘某：新闻界的朋友们，大家上午好！):
// the opening of the speech, in the order the etiquette of address sets, and the speech goes on on the line after it.
const ADDRESS_AND_DAY_PART = new RegExp(
  `^\\s*${ADDRESSEE}(?:[，、]${ADDRESSEE})*[，]\\s*(?:大家|你们)?(?:${DAY_PART_GREETINGS.join('|')})[！!。]?\\s*$`,
  'u',
);
/** Whether a line is a greeting or a salutation that opens a speech (同志们：, 自治区人大常委会：). */
export function isGreetingLine(line: string): boolean {
  return GREETING.test(line);
}

// After the speaker's name: the post in brackets (杨福生（省人大常委会副主任）：) or a form of address after the name
// (某某代表：, 某某委员：, 某某局长：: a congress's and a delegation's open-day transcripts name deputies and members so),
// then the colon.
const AFTER_NAME = [...TITLES_AFTER_NAME, ...DEPUTY_AFTER_NAME].sort((a, b) => b.length - a.length).join('|');
const AFTER_SPEAKER = new RegExp(`^(?:${AFTER_NAME})?(?:（[^（）]*）)?[：:]`, 'u');
// A role and its colon heading the line, the speaker's posts and name after it and the turn after a space
// (主持人：省委宣传部新闻处处长某某 女士们、先生们…): the colon closes the role, so a space closes the name.
const ROLE_COLON = new RegExp(`^(?:${TRANSCRIPT_ROLES.join('|')})[：:][ \u3000]*`, 'u');
const SPACE_AFTER_SPEAKER = /^[ \u3000]+(?=\S)/u;
// A live transcript (图文直播) labels each turn in square brackets on a line of its own, the speaker's post and name
// or the name alone ([主持人某某], [环境保护部副部长某某], [某某]), a colon sometimes after the bracket; the bracket
// closes the speaker as the colon does.
const BRACKET_OPEN = /^\s*[[【［]/u;
const BRACKET_CLOSE = /^[\]】］][：:]?/u;
// The time a live transcript stamps at a turn's end ([2014-03-08 15:03]) is no part of what was said.
const TIME_STAMP = /[[【［]\d{4}-\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?[\]】］]\s*$/u;

/**
 * A transcript's answer: a line that starts with its speaker and a colon (罗静怡：…, 主持人梁思远：…, 杨福生（省人大
 * 常委会副主任）：…); the answer runs to the end of its line, over all its sentences. A line that holds only the
 * speaker (生态环境部副部长 赵英民：) heads the turn of the lines after it. Returns whether the line was a turn.
 */
export function findTranscriptAnswer(speech: SpeechSentence, state: SpeechState): boolean {
  const { sentence, text, local, toLocal } = speech;
  if (!(startsLine(speech) || afterFlattenedBreak(speech)) || state.statements.some((s) => s.sentence === sentence.index)) return false;
  const roleColon = ROLE_COLON.exec(text)?.[0];
  const opening = roleColon ?? TRANSCRIPT_ROLES.find((role) => text.startsWith(role)) ?? '';
  const bracketed = BRACKET_OPEN.test(text);
  const close = (after: string) =>
    AFTER_SPEAKER.exec(after)?.[0] ??
    (bracketed ? BRACKET_CLOSE.exec(after)?.[0] : undefined) ??
    (roleColon ? SPACE_AFTER_SPEAKER.exec(after)?.[0] : undefined);
  // The speaker's posts may head the line, padded with spaces (省委宣传部副部长  省政府新闻办主任  张某：).
  const speaker = speech.speakers.find(
    (person) =>
      (toLocal(person.introduction.start) === opening.length || /^[^，。；：！？]*$/u.test(text.slice(0, toLocal(person.start)))) &&
      close(text.slice(toLocal(person.end))) !== undefined,
  );
  if (!speaker && roleColon) return findUnnamedTurn(speech, state, roleColon);
  if (!speaker || speaker.roles.length > 0 || /记者/u.test(text.slice(0, toLocal(speaker.start)))) return false;
  const from = toLocal(speaker.end) + close(text.slice(toLocal(speaker.end)))!.length;
  if (text.slice(from).trim() === '' || GREETING.test(text.slice(from))) {
    state.pendingTurn = { speaker, heading: local(0, from) };
    return true;
  }
  const to = lineEnd(speech);
  // A line that holds only the opening of the speech: the opening is the turn's first words, and the line after it
  // goes on with the same turn.
  if (ADDRESS_AND_DAY_PART.test(readableLine(speech, to).slice(from))) {
    pushTurn(speech, state, { speaker, from, to, attribution: local(0, from), evidenceStart: local(0, 0).start });
    state.pendingTurn = { speaker, heading: local(0, from) };
    return true;
  }
  if (to - from < 6) return false;
  pushTurn(speech, state, { speaker, from, to, attribution: local(0, from), evidenceStart: local(0, 0).start });
  return true;
}

/**
 * A turn headed by the role alone (主持人：各位记者朋友们，大家下午好！…): a bureau's own transcript of its routine press
 * conference names its host by the role and no name. The turn runs to its line's end, as a named one does; the
 * statement keeps no speaker, since the role is no person, and says whose turn it is.
 */
function findUnnamedTurn(speech: SpeechSentence, state: SpeechState, roleColon: string): boolean {
  const to = lineEnd(speech);
  // The role alone on its line (主持人：), a greeting perhaps after it: it heads the turn of the lines after it, as a
  // speaker's name alone does.
  const rest = speech.text.slice(roleColon.length, to);
  if (rest.trim() === '' || GREETING.test(rest)) {
    state.pendingTurn = { role: roleColon.replace(/[：:\s]/gu, ''), heading: speech.local(0, to) };
    return true;
  }
  if (to - roleColon.length < 6) return false;
  const role = roleColon.replace(/[：:\s]/gu, '');
  return pushRoleTurn(speech, state, {
    role,
    from: roleColon.length,
    to,
    attribution: speech.local(0, roleColon.length),
    evidence: speech.local(0, to),
  });
}

/** A turn of a role the transcript does not name (主持人): a quote with no speaker, its role in the attribution. */
function pushRoleTurn(
  speech: SpeechSentence,
  state: SpeechState,
  turn: { role: string; from: number; to: number; attribution: Span; evidence: Span },
): boolean {
  state.statements.push(
    buildStatement(speech, {
      kind: 'quote',
      textFrom: turn.from,
      textTo: turn.to,
      evidence: turn.evidence,
      attribution: turn.attribution,
      rule: 'statement/unnamed-role-turn',
      confidence: 0.7,
      review: `turn of the ${turn.role}, whom the transcript does not name`,
    }),
  );
  return true;
}

/** The lines after a heading that holds only the speaker: the speaker's turn, up to its own line's end. */
export function findTurnAfterHeading(speech: SpeechSentence, state: SpeechState): boolean {
  const turn = state.pendingTurn;
  if (!turn || !startsLine(speech)) return false;
  // A greeting line (各位记者朋友：, then 大家上午好！) opens the turn; the speech is the line after it.
  const to = lineEnd(speech);
  if (GREETING.test(speech.text) || DAY_PART_LINE.test(readableLine(speech, to))) return true;
  // A bilingual transcript prints the label again in pinyin under the Chinese one (寿某某： then Shou Moumou:): still
  // the heading, the turn is the line after it.
  if (ROMAN_LABEL.test(readableLine(speech, to))) return true;
  state.pendingTurn = undefined;
  if (to < 6 || /摄$/u.test(speech.text)) return false;
  if (!turn.speaker) {
    const evidence = { start: turn.heading.start, end: speech.local(to, 0).start };
    return pushRoleTurn(speech, state, { role: turn.role ?? '', from: 0, to, attribution: turn.heading, evidence });
  }
  pushTurn(speech, state, { speaker: turn.speaker, from: 0, to, attribution: turn.heading, evidenceStart: turn.heading.start });
  return true;
}

function pushTurn(
  speech: SpeechSentence,
  state: SpeechState,
  turn: { speaker: PersonMention; from: number; to: number; attribution: Span; evidenceStart: number },
): void {
  const evidence = { start: turn.evidenceStart, end: speech.local(turn.to, 0).start };
  state.statements.push(
    buildStatement(speech, {
      kind: 'quote',
      textFrom: turn.from,
      textTo: turn.to,
      evidence,
      attribution: turn.attribution,
      speaker: takeSpeaker(state, turn.speaker),
      rule: 'statement/transcript-answer',
      confidence: 0.85,
      review: turn.speaker.review,
    }),
  );
  state.lastSpeaker = { paragraph: speech.sentence.paragraph, person: turn.speaker };
}

// A transcript prints each turn as a paragraph of its own; a page that flattened the paragraphs leaves a space where
// the break was, after the sentence that closed the turn before (…主持。 张某：各位媒体朋友们…).
const FLATTENED_BREAK = /[。！？!?][ \u3000]+$/u;
/** Whether the sentence follows a closed sentence and a space: a paragraph break the page flattened. */
function afterFlattenedBreak(speech: SpeechSentence): boolean {
  const { unitStart } = speech.sentence;
  const lead = /^[ \u3000]*/u.exec(speech.text)![0].length;
  return FLATTENED_BREAK.test(speech.context.index.readable.slice(Math.max(0, unitStart - 8), unitStart + lead));
}

// What may stand on a line before its first sentence: spaces, and marks a page prints for characters its encoding
// lost (a non-breaking space or a bullet saved as ?, or U+FFFD: ??刘某：…), at which the sentence splitter ends a
// sentence, so the line's words start a sentence of their own that still starts the line.
const LINE_LEAD = /^\s*(?:[?？\ufffd]+[ \u3000\u00a0]*)?$/u;

/** Whether the sentence starts a line of the text, marks of lost characters before it left aside. */
export function startsLine(speech: SpeechSentence): boolean {
  const { unitStart } = speech.sentence;
  const before = speech.context.index.readable.slice(Math.max(0, unitStart - 8), unitStart);
  // The line's lead: from the last line break in the 8 characters before, or from the text's start.
  const breakAt = before.lastIndexOf('\n');
  const lead = breakAt >= 0 ? before.slice(breakAt + 1) : unitStart <= 8 ? before : undefined;
  return lead !== undefined && LINE_LEAD.test(lead);
}

// The end of the sentence's line, in code units of the sentence, without trailing spaces.
/** Where the sentence's line ends, in code units of the sentence, trailing spaces left out. */
// The sentence's line up to `to`, in the text with its punctuation read in either width.
function readableLine(speech: SpeechSentence, to: number): string {
  const { unitStart } = speech.sentence;
  return speech.context.index.readable.slice(unitStart, unitStart + to);
}

export function lineEnd(speech: SpeechSentence): number {
  const full = speech.context.index.readable;
  const end = full.indexOf('\n', speech.sentence.unitStart);
  const line = full.slice(speech.sentence.unitStart, end < 0 ? full.length : end).replace(TIME_STAMP, '');
  return line.trimEnd().length;
}
