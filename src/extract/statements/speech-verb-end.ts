import type { PersonMention } from '../mention-types.ts';
import {
  ANSWERED_QUESTION,
  ATTENDANCE_BEFORE_SPEECH,
  LIGHT_VERBS,
  QUESTION_CLAUSE_MAX,
  QUOTED_TERM_IN_CLAUSE_MAX,
  SPEAKER_CLAUSE_MAX,
  SPEECH_ADVERBS,
  SPEECH_CLAUSE_LOCALIZERS,
  SPEECH_OCCASION_KIND_MAX,
  SPEECH_OCCASION_LEADS,
  SPEECH_OCCASION_NOUNS,
  SPEECH_PHRASE_MAX,
  SPEECH_PHRASE_PREPOSITIONS,
  SPEECH_PLACE_MAX,
  SPEECH_TIME_CLAUSE_MAX,
  SPEECH_TOPIC_VERBS,
  SPEECH_VERBS,
  SPEECH_VISIT_PLACE_MAX,
  SPEECH_VISIT_VERBS,
  WORDS_STARTING_WITH_SPEECH_VERBS,
} from '../rules/speech-verbs.ts';
import { DAY_AFTER_NAME } from '../rules/surnames.ts';
import { DEPUTY_AFTER_NAME, LIST_CLOSERS_BEFORE_TITLE, SPEAKER_GROUPS_AFTER_LIST, TITLES_AFTER_NAME } from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';

const VERBS = new WordTable(
  [...SPEECH_VERBS].sort((a, b) => b.length - a.length),
  (verb) => verb,
);
const ADVERBS = new WordTable(
  [...SPEECH_ADVERBS].sort((a, b) => b.length - a.length),
  (adverb) => adverb,
);
const TITLES_AFTER = new WordTable(
  [...TITLES_AFTER_NAME, ...DEPUTY_AFTER_NAME].sort((a, b) => b.length - a.length),
  (title) => title,
);
const GROUPS = new WordTable(
  [...SPEAKER_GROUPS_AFTER_LIST].sort((a, b) => b.length - a.length),
  (group) => group,
);
const PREPOSITIONS = new WordTable(
  [...SPEECH_PHRASE_PREPOSITIONS].sort((a, b) => b.length - a.length),
  (word) => word,
);
const VERBS_BY_END = [...SPEECH_VERBS];
const NOT_SPEECH = new WordTable([...WORDS_STARTING_WITH_SPEECH_VERBS], (word) => word);
// The longest run of a body and posts printed before a name (全国政协委员, 省生态环境厅党组书记、厅长).
const POST_RUN_MAX = 20;
// A term in quotation marks may stand inside (在“十三五”建设成就新闻发布会上表示: plans and events are named in marks).
const TIME_CLAUSE = new RegExp(`^在(?:[^，。“”：]|“[^，。“”：]{1,${QUOTED_TERM_IN_CLAUSE_MAX}}”){1,${SPEECH_TIME_CLAUSE_MAX}}`, 'u');
const MANNER = /^\p{Script=Han}{1,6}?地/u;
const OCCASION = new RegExp(
  `^(?:${SPEECH_OCCASION_LEADS.join('|')})\\p{Script=Han}{0,${SPEECH_OCCASION_KIND_MAX}}?(?:${SPEECH_OCCASION_NOUNS.join('|')})[时中]`,
  'u',
);
// A visit's place, a comma and the act of visiting, closed by 时 (在锦州某公园，考察当地…情况时): one clause of occasion.
const VISIT_CLAUSE = new RegExp(
  `^在[^，。“”：]{1,${SPEECH_VISIT_PLACE_MAX}}，(?:${SPEECH_VISIT_VERBS.join('|')})[^，。“”：]{0,${SPEECH_TIME_CLAUSE_MAX}}?时`,
  'u',
);
// The date of a relative day glossed in brackets after it (某某昨天(3号)回应…时说): a radio's or paper's lead tells the
// reader which day 昨天 was.
const DAY_GLOSS = /^[(（][0-9０-９]{1,2}[日号][)）]/u;
// The question answered, retold with its commas and closed by 时 (介绍…将采取哪些举措，进一步…时): ANSWERED_QUESTION.
const QUESTION_CLAUSE = new RegExp(`^(?:${ANSWERED_QUESTION.verbs.join('|')})[^。；：“”！]{1,${QUESTION_CLAUSE_MAX}}?时`, 'u');
const ASKS = new RegExp(ANSWERED_QUESTION.asks.join('|'), 'u');
const TOPIC_CLAUSE = new RegExp(`^(?:${SPEECH_TOPIC_VERBS.join('|')})[^，。“”：]{1,${SPEECH_TIME_CLAUSE_MAX}}`, 'u');
// The localizers that may close such a clause (接受采访时, 接受媒体提问前, 回答提问后): SPEECH_CLAUSE_LOCALIZERS.
const TOPIC_CLAUSE_END = new RegExp(`[${SPEECH_CLAUSE_LOCALIZERS.join('')}]`, 'gu');

/**
 * Where the speech verb after a speaker ends, skipping a title written after the name (王仲田厅长强调, 某某等委员说), adverbs
 * (当场, 多次) and a time or topic clause (在总结…时, 在讲话中, 谈到…时), if one follows.
 */
export function speechVerbEnd(text: string, at: number): number | undefined {
  // 等 before the title closes a list of speakers (某某等委员评价说).
  const closer = LIST_CLOSERS_BEFORE_TITLE.find(
    (word) => text.startsWith(word, at) && (TITLES_AFTER.at(text, at + word.length) || GROUPS.at(text, at + word.length)),
  );
  let cursor = at + (closer?.length ?? 0);
  cursor += TITLES_AFTER.at(text, cursor)?.length ?? (closer ? (GROUPS.at(text, cursor)?.length ?? 0) : 0);
  for (let guard = 0; guard < 4; guard += 1) {
    const adverb =
      ADVERBS.at(text, cursor) ??
      DAY_AFTER_NAME.exec(text.slice(cursor))?.[0] ??
      DAY_GLOSS.exec(text.slice(cursor))?.[0] ??
      mannerBeforeVerb(text, cursor) ??
      attendanceBeforeVerb(text, cursor);
    if (adverb) {
      cursor += adverb.length;
      continue;
    }
    // The speech's occasion told by delivering it (作主题讲话时), when a speech verb follows.
    const occasion = OCCASION.exec(text.slice(cursor))?.[0];
    if (occasion && (VERBS.at(text, cursor + occasion.length) || verbAfterAdverb(text, cursor + occasion.length))) {
      cursor += occasion.length;
      continue;
    }
    const question = QUESTION_CLAUSE.exec(text.slice(cursor))?.[0];
    if (question && ASKS.test(question) && (VERBS.at(text, cursor + question.length) || verbAfterAdverb(text, cursor + question.length))) {
      cursor += question.length;
      continue;
    }
    const topic = TOPIC_CLAUSE.exec(text.slice(cursor))?.[0];
    if (text[cursor] === '在' || topic) {
      // The clause ends at the 时, 中 or 上 a speech verb follows (…暨第二轮中央…推进会上直言: not the 中 of 中央); a
      // topic clause (谈到…时, 接受提问前) at its 时, 前 or 后.
      const clause = topic ?? TIME_CLAUSE.exec(text.slice(cursor))?.[0] ?? '';
      const ends = [...clause.matchAll(topic ? TOPIC_CLAUSE_END : /[时中上]/gu)].map((end) => cursor + end.index + 1);
      const after = ends.find((end) => VERBS.at(text, end) || verbAfterAdverb(text, end) || verbAfterPhrase(text, end) !== undefined);
      if (after !== undefined) {
        cursor = after;
        continue;
      }
      const visit = topic ? undefined : VISIT_CLAUSE.exec(text.slice(cursor))?.[0];
      if (visit && (VERBS.at(text, cursor + visit.length) || verbAfterAdverb(text, cursor + visit.length))) {
        cursor += visit.length;
        continue;
      }
      // The place of a news lead (某某2日在长春介绍，): 在 and a short name right before a speech verb and its mark.
      const placed = topic ? undefined : placeBeforeVerb(text, cursor);
      if (placed !== undefined) {
        cursor = placed;
        continue;
      }
    }
    // An addressee or a topic before the verb (向社会公众提出倡议：, 围绕“…”要求，).
    const phraseEnd = VERBS.at(text, cursor) ? undefined : verbAfterPhrase(text, cursor);
    if (phraseEnd !== undefined) {
      cursor = phraseEnd;
      continue;
    }
    break;
  }
  const verb = VERBS.at(text, cursor);
  if (!verb || NOT_SPEECH.at(text, cursor)) return undefined;
  // A verb of speech and 称, 说 or 道, as the news writes reported speech (回应称, 介绍称, 回答说, 补充道).
  const end = cursor + verb.length;
  return /[称说道]/u.test(text[end] ?? '') && !/[称说道]$/u.test(verb) ? end + 1 : end;
}

// Where the speech verb after a phrase of a preposition (向…, 就…, 围绕…) starts, when one with its comma or colon follows
// within SPEECH_PHRASE_MAX characters and no stop stands between.
function verbAfterPhrase(text: string, at: number): number | undefined {
  const preposition = PREPOSITIONS.at(text, at);
  if (!preposition) return undefined;
  const limit = Math.min(text.length, at + preposition.length + SPEECH_PHRASE_MAX);
  for (let verbAt = at + preposition.length + 1; verbAt < limit; verbAt += 1) {
    if (/[，。；！？]/u.test(text[verbAt - 1]!)) return undefined;
    const verb = VERBS.at(text, verbAt);
    if (verb && /[，：]/u.test(text[verbAt + verb.length] ?? '') && !LIGHT_VERBS.some((light) => text.startsWith(light, verbAt - light.length)))
      return verbAt;
  }
  return undefined;
}

// Where the speech verb after 在 and a place of at most SPEECH_PLACE_MAX characters starts, when its comma or colon follows.
function placeBeforeVerb(text: string, at: number): number | undefined {
  for (let verbAt = at + 2; verbAt <= at + 1 + SPEECH_PLACE_MAX; verbAt += 1) {
    if (!/^\p{Script=Han}$/u.test(text[verbAt - 1] ?? '')) return undefined;
    const verb = VERBS.at(text, verbAt);
    if (verb && /[，：,:]/u.test(text[verbAt + verb.length] ?? '')) return verbAt;
  }
  return undefined;
}

// A phrase of manner closed by 地 right before a speech verb (某某信心满满地说, 动情地表示): the adverbial the news puts
// between a speaker and the verb.
function mannerBeforeVerb(text: string, at: number): string | undefined {
  const manner = MANNER.exec(text.slice(at))?.[0];
  return manner !== undefined && VERBS.at(text, at + manner.length) !== undefined ? manner : undefined;
}

// A leader's attendance and 并 right before a speech verb or an adverb of it (某某出席并强调, 主持会议并讲话时指出).
function attendanceBeforeVerb(text: string, at: number): string | undefined {
  const attendance = ATTENDANCE_BEFORE_SPEECH.exec(text.slice(at))?.[0];
  if (attendance === undefined) return undefined;
  const next = at + attendance.length;
  return VERBS.at(text, next) !== undefined || ADVERBS.at(text, next) !== undefined ? attendance : undefined;
}

function verbAfterAdverb(text: string, at: number): boolean {
  const adverb = ADVERBS.at(text, at);
  return adverb !== undefined && VERBS.at(text, at + adverb.length) !== undefined;
}

// Whether what stands between a quote and a speaker after it is a run of bodies and posts, alone or after a clause ending in
// 的 that describes the speaker (兼任某河“河长”的 + 某区区长).
function isPostRun(between: string): boolean {
  const clauseEnd = between.lastIndexOf('的') + 1;
  const posts = between.slice(clauseEnd);
  const clause = between.slice(0, clauseEnd).replace(/“[^“”，。]{1,8}”/gu, '');
  return (
    posts.length <= POST_RUN_MAX && !/[，。；：“”、,;:]/u.test(posts) && clause.length <= SPEAKER_CLAUSE_MAX && !/[，。；：“”、,;:]/u.test(clause)
  );
}

/**
 * The speaker whose speech verb ends right before a quote (曹立平说，“…”), or, before a colon, a speaker a few
 * words before it (他感触颇深：“…”).
 */
export function speakerEndingBefore(
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
  if (/[：:]$/u.test(text.slice(0, open))) {
    for (const person of people) {
      const between = text.slice(toLocal(person.end), open - 1);
      if (between.length <= 8 && !/[，。“”；]/u.test(between)) return { person, verbEnd: open - 1, colonOnly: true };
    }
  }
  return undefined;
}

/**
 * The speaker of an inverted attribution whose posts stand before the name (“…”全国政协委员某某笑着对记者说。): a person
 * named within a run of posts that starts at `at`, whose clause ends in a speech verb.
 */
export function speakerAfterPosts(
  text: string,
  at: number,
  people: readonly PersonMention[],
  toLocal: (point: number) => number,
): PersonMention | undefined {
  for (const person of people) {
    const start = toLocal(person.start);
    if (start <= at || !isPostRun(text.slice(at, start))) continue;
    const clause = /^[^，。；！？“”,;!?]*/u.exec(text.slice(toLocal(person.end)))![0];
    if (clause.length <= SPEECH_PHRASE_MAX && VERBS_BY_END.some((verb) => clause.endsWith(verb))) return person;
  }
  return undefined;
}
