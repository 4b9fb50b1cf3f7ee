import { type ExtractionContext, sentenceSpan } from './extraction-context.ts';
import type { StatisticMention } from './mention-types.ts';
import { parseChineseNumber } from './parse-chinese-number.ts';
import {
  CHANGE_WORDS,
  FIGURE_VERBS,
  NOT_FIGURE_AFTER,
  NOT_FIGURE_BEFORE,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANK_WORDS,
  RELATIVE_PERIODS,
  SCOPE_AFTER,
  STATISTIC_UNITS,
} from './rules/statistic-units.ts';
import type { Sentence } from './split-sentences.ts';
import { type BareFigure, bareFigureAt, rangeEndAt, scaleAt } from './statistics/figure-shapes.ts';

const UNITS = [...STATISTIC_UNITS].sort((a, b) => b.unit.length - a.unit.length);
const BEFORE = [...QUALIFIERS_BEFORE].sort((a, b) => b.word.length - a.word.length);
const VERBS = [...FIGURE_VERBS].sort((a, b) => b.length - a.length);
// Units that Chinese numerals may carry (五个部门, 近一年); other units after a Chinese numeral are idioms (一盘棋).
const CHINESE_NUMERAL_UNITS = new Set(['个', '条', '项', '起', '件', '家', '座', '年', '周年', '人次', '名', '所', '批', '天', '倍']);
// A comparison before a change (同比下降, 比上年减少, 较2020年上升): the change belongs to the figure before.
const CHANGE_BASE = /(同比|环比|[较比](?:上年|去年|\d{4}年)(?:同期)?)(分别)?$/u;
const CHANGE_BASE_WORDS = /(同比|环比|[较比](?:上年|去年|\d{4}年)(?:同期)?)/gu;
// Digits with thousands separators (1,234), digits, and Chinese numerals; full-width digits are read as digits.
const NUMBER = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)/gu;
const CLAUSE_END = /[，；。：！？,;]/u;

/**
 * Finds figures: a number (Arabic or Chinese) with a unit from the table, its qualifier (约, 近, 超过, 多,
 * 预计), its period (2019年1月-11月, 去年), a change after it (同比下降1.8% gives change -1.8 to the figure
 * before) and ranks (排名第五). A change with no figure before it in its clause is a figure of its own (提高
 * 3.1个百分点). Dates, ordinals, plan names (十四五) and pollutant names (PM2.5) are no figures.
 */
export function findStatisticMentions(context: ExtractionContext): StatisticMention[] {
  const mentions: StatisticMention[] = [];
  for (const sentence of context.sentences) mentions.push(...findInSentence(context, sentence));
  return mentions;
}

// What one sentence's figures share while they are read: the figures so far, the numbers of a list of changes
// that belong to figures already found (by their offset), and the titles no figure stands in.
interface FigureScan {
  context: ExtractionContext;
  sentence: Sentence;
  text: string;
  found: StatisticMention[];
  distributed: Map<number, { target: StatisticMention; sign: 1 | -1 }>;
  titled: ReadonlyArray<readonly [number, number]>;
  // The last figure printed with no unit (指数为57.9), which the next of its list continues; and where the last figure ends.
  bare?: BareFigure & { indicator: string };
  consumedUntil: number;
}

// A number read with its unit, qualifiers and period, before it is a figure or a change of one.
interface FigureReading {
  at: number;
  digits: string;
  value: number;
  chinese: boolean;
  unit?: (typeof UNITS)[number];
  rankWord?: { at: number };
  qualifier: StatisticMention['qualifier'];
  figureEnd: number;
  clauseStart: number;
  change?: (typeof CHANGE_WORDS)[number];
  period: { period: string | null; text: string | null };
  unitText: string;
  unitEn: string;
}

function findInSentence(context: ExtractionContext, sentence: Sentence): StatisticMention[] {
  const text = sentence.text;
  const scan: FigureScan = {
    context,
    sentence,
    text,
    found: [],
    distributed: new Map(),
    titled: [...text.matchAll(/《[^》]*》/gu)].map((m) => [m.index, m.index + m[0].length] as const),
    consumedUntil: 0,
  };
  for (const match of text.matchAll(NUMBER)) {
    // The upper end of a range read with its lower end (20-30万只).
    if (match.index < scan.consumedUntil) continue;
    if (readBareFigure(scan, match.index, match[0])) continue;
    const reading = readFigure(scan, match.index, match[0]);
    if (!reading) continue;
    // The second of a list of changes (同比分别增长12.4%和8.7%) belongs to the figure after the first one's.
    const listed = scan.distributed.get(reading.at);
    if (listed && !reading.rankWord) {
      listed.target.change = listed.sign * reading.value;
      listed.target.changeUnit = reading.unit?.unit ?? listed.target.changeUnit;
      continue;
    }
    if (reading.change && !reading.rankWord) {
      recordChange(scan, reading, reading.change);
      continue;
    }
    const { at, figureEnd, clauseStart, rankWord } = reading;
    scan.found.push(
      figure(context, sentence, {
        from: clauseStart,
        to: figureEnd,
        at,
        digits: reading.digits,
        value: reading.value,
        unit: reading.unitText,
        unitEn: reading.unitEn,
        qualifier: reading.qualifier,
        period: reading.period,
        indicator: indicatorBefore(text, clauseStart, rankWord ? rankWord.at : at, context, sentence) ?? nounAfter(text, figureEnd),
        rule: rankWord ? 'statistic/rank' : 'statistic/value-unit',
        confidence: reading.chinese ? 0.7 : 0.85,
      }),
    );
    scan.consumedUntil = figureEnd;
  }
  return scan.found;
}

// A figure of an indicator the reports print with no unit (营养状态指数分别为57.9、56.2), or the next of its list.
function readBareFigure(scan: FigureScan, at: number, digits: string): boolean {
  const { text, context, sentence } = scan;
  if (scan.titled.some(([a, b]) => at >= a && at < b)) return false;
  const clauseStart = lastClauseStart(text, at);
  const bare = bareFigureAt(text, at, digits, clauseStart, scan.bare);
  if (!bare) return false;
  const continued = bare.continues && scan.bare !== undefined;
  const indicator = continued ? scan.bare!.indicator : (indicatorBefore(text, clauseStart, bare.indicatorEnd, context, sentence) ?? '');
  scan.bare = { ...bare, indicator };
  scan.found.push(
    figure(context, sentence, {
      from: continued ? at : clauseStart,
      to: bare.end,
      at,
      digits,
      value: Number(digits),
      unit: bare.unit,
      unitEn: bare.unitEn,
      qualifier: 'exact',
      period: periodBefore(text, at, context.year),
      indicator,
      rule: 'statistic/unitless-indicator',
      confidence: 0.75,
    }),
  );
  return true;
}

// Reads the number at `at` with what surrounds it; undefined when it is no figure (a date, an ordinal, 十四五, PM2.5).
function readFigure(scan: FigureScan, at: number, digits: string): FigureReading | undefined {
  const { text, context } = scan;
  const end = at + digits.length;
  if (scan.titled.some(([a, b]) => at >= a && at < b)) return undefined;
  const chinese = !/\d/.test(digits);
  const ranked = rankBefore(text, at);
  if (!ranked && (/[A-Za-z]/.test(text[at - 1] ?? '') || NOT_FIGURE_BEFORE.some((word) => text.endsWith(word, at)))) return undefined;
  // 国三, 国五: emission standards; ‘三个真’: a quoted slogan.
  if (chinese && /[国‘]/u.test(text[at - 1] ?? '')) return undefined;
  // 十四五, 十三五: the names of plans.
  if (chinese && /^十[一二三四五六]五/.test(text.slice(at))) return undefined;
  if (chinese && /[\p{Script=Han}]/u.test(text[at - 1] ?? '') && !/[约近逾超达为共有第排名列居和、至到续]/u.test(text[at - 1] ?? ''))
    return undefined;
  let value = parseChineseNumber(digits.replace(/,/gu, ''));
  if (value === undefined) return undefined;
  let cursor = end;
  let qualifier: StatisticMention['qualifier'] = 'exact';
  // A range (2-3次, 20-30万只) is read as its lower end, at least.
  const rangeEnd = chinese ? undefined : rangeEndAt(text, cursor);
  if (rangeEnd !== undefined) {
    cursor = rangeEnd;
    qualifier = 'at-least';
  }
  let scale = scaleAt(text, cursor);
  if (scale) cursor += 1;
  const after = QUALIFIERS_AFTER.find((entry) => text.startsWith(entry.word, cursor) && entry.word.length === 1);
  if (after) {
    qualifier = after.qualifier;
    cursor += after.word.length;
    // The qualifier may come first: 1000多亿立方米.
    const scaleAfter = scale ? undefined : scaleAt(text, cursor);
    if (scaleAfter) {
      scale = scaleAfter;
      cursor += 1;
    }
  }
  if (scale) value *= scale;
  if (NOT_FIGURE_AFTER.some((word) => text.startsWith(word, cursor))) return undefined;
  // A year: 2019年, not a figure of years.
  if (/^\d{4}$/.test(digits) && text[cursor] === '年' && !text.startsWith('年一遇', cursor)) return undefined;
  const unit = UNITS.find((candidate) => text.startsWith(candidate.unit, cursor));
  const rankWord = ranked;
  if (!unit && !rankWord) return undefined;
  if (unit && chinese && !CHINESE_NUMERAL_UNITS.has(unit.unit)) return undefined;
  let figureEnd = unit ? cursor + unit.unit.length : cursor;
  if (SCOPE_AFTER.some((word) => text.startsWith(word, figureEnd))) return undefined;
  if (rankWord && text[figureEnd] === '位') figureEnd += 1;
  const trailing = QUALIFIERS_AFTER.find((entry) => entry.word.length > 1 && text.startsWith(entry.word, figureEnd));
  if (trailing) {
    qualifier = trailing.qualifier;
    figureEnd += trailing.word.length;
  }
  const beforeWord = BEFORE.find((entry) => text.endsWith(entry.word, at) || VERBS.some((verb) => text.endsWith(entry.word + verb, at)));
  if (beforeWord) qualifier = beforeWord.qualifier;
  const clauseStart = lastClauseStart(text, at);
  if (qualifier === 'exact' && text.slice(clauseStart, at).includes('预计')) qualifier = 'estimate';
  if (rankWord) qualifier = 'rank';
  if (chinese && value < 2 && qualifier === 'exact') return undefined;
  let change = CHANGE_WORDS.find((entry) => text.endsWith(entry.word, at) || text.endsWith(`${entry.word}了`, at));
  // 多 and 少 are changes only after a comparison: 比去年同期多3天.
  if (change && change.word.length === 1 && !CHANGE_BASE.test(text.slice(Math.max(0, at - 1 - 12), at - 1))) change = undefined;
  const period = periodBefore(text, at, context.year);
  const unitText = rankWord ? (unit?.unit ?? '名') : unit!.unit;
  const unitEn = rankWord ? 'rank' : unit!.en;
  return { at, digits, value, chinese, unit, rankWord, qualifier, figureEnd, clauseStart, change, period, unitText, unitEn };
}

// A change after its figure (同比下降1.8%) goes to the figure before it, one change to each of a list of figures
// (同比分别增长12.4%和8.7%), or, with no figure before it in its clause, is a figure of its own (提高3.1个百分点).
function recordChange(scan: FigureScan, reading: FigureReading, change: (typeof CHANGE_WORDS)[number]): void {
  const { text, context, sentence, found } = scan;
  const { at, figureEnd, unitText, value } = reading;
  const signed = change.sign * value;
  const changeStart = at - change.word.length - (text.endsWith(`${change.word}了`, at) ? 1 : 0);
  const base = CHANGE_BASE.test(text.slice(Math.max(0, changeStart - 12), changeStart));
  const previous = found.at(-1);
  const previousInReach =
    previous !== undefined &&
    previous.change === undefined &&
    !hasClauseBreakOtherThanComma(text, previous.valueSpan, at, context, sentence) &&
    !newSubjectBetween(text, context.index.toUnit(previous.end) - sentence.unitStart, changeStart);
  if (base && /分别$/u.test(text.slice(0, changeStart))) {
    const open = found.filter((f) => f.change === undefined);
    const targets = open.slice(-countListed(text, figureEnd) - 1);
    if (targets.length > 0) {
      targets[0]!.change = signed;
      targets[0]!.changeUnit = unitText;
      let next = figureEnd;
      for (const target of targets.slice(1)) {
        const m = /^[和、及](\d+(?:\.\d+)?)/u.exec(text.slice(next));
        if (!m) break;
        scan.distributed.set(next + 1, { target, sign: change.sign });
        next += m[0].length + (UNITS.find((u) => text.startsWith(u.unit, next + m[0].length))?.unit.length ?? 0);
      }
      return;
    }
  }
  if (base && previousInReach && previous) {
    previous.change = signed;
    previous.changeUnit = unitText;
    previous.end = sentenceSpan(context, sentence, figureEnd, 0).start;
    return;
  }
  found.push(
    figure(context, sentence, {
      from: Math.min(reading.clauseStart, changeStart),
      to: figureEnd,
      at,
      digits: reading.digits,
      value: Math.abs(value),
      unit: unitText,
      unitEn: reading.unitEn,
      qualifier: reading.qualifier,
      change: signed,
      changeUnit: unitText,
      period: reading.period,
      indicator: indicatorBefore(text, reading.clauseStart, changeStart, context, sentence) ?? '',
      rule: 'statistic/change',
      confidence: 0.8,
    }),
  );
}

interface FigureParts {
  from: number;
  to: number;
  at: number;
  digits: string;
  value: number;
  unit: string;
  unitEn: string;
  qualifier: StatisticMention['qualifier'];
  change?: number;
  changeUnit?: string;
  period: { period: string | null; text: string | null };
  indicator: string;
  rule: string;
  confidence: number;
}

function figure(context: ExtractionContext, sentence: Sentence, parts: FigureParts): StatisticMention {
  const span = sentenceSpan(context, sentence, parts.from, parts.to - parts.from);
  const indicator = parts.indicator.trim();
  return {
    ...span,
    label: 'Statistic',
    surface: sentence.text.slice(parts.from, parts.to),
    sentence: sentence.index,
    indicator,
    value: Number(parts.value.toPrecision(12)),
    unit: parts.unit,
    unitEn: parts.unitEn,
    qualifier: parts.qualifier,
    ...(parts.change !== undefined ? { change: parts.change, changeUnit: parts.changeUnit } : {}),
    period: parts.period.period,
    periodText: parts.period.text,
    valueSpan: sentenceSpan(context, sentence, parts.at, parts.digits.length),
    rule: parts.rule,
    confidence: indicator.length > 0 ? parts.confidence : parts.confidence - 0.2,
    review: indicator.length > 0 ? undefined : 'no indicator found before the figure',
  };
}

function hasClauseBreakOtherThanComma(
  text: string,
  previous: { start: number; end: number },
  at: number,
  context: ExtractionContext,
  sentence: Sentence,
): boolean {
  const from = context.index.toUnit(previous.end) - sentence.unitStart;
  return /[；。]/u.test(text.slice(from, at));
}

// Words between a figure and a change that name something new (采暖季PM2.5平均浓度同比下降): the change is a figure of its own.
function newSubjectBetween(text: string, from: number, to: number): boolean {
  const between = text
    .slice(Math.max(0, from), to)
    .replace(CHANGE_BASE_WORDS, '')
    .replace(/[\s\p{P}]|继续|分别|均|也|还|连续|总体|仍/gu, '');
  return /\p{Script=Han}{2,}/u.test(between);
}

// How many more numbers a list after a change holds: 12.4%和8.7% has one more.
function countListed(text: string, at: number): number {
  const m = /^(?:[和、及]\d+(?:\.\d+)?[^\d和、及，。；]{0,4})+/u.exec(text.slice(at));
  return m ? (m[0].match(/[和、及]/gu) ?? []).length : 0;
}

function rankBefore(text: string, at: number): { at: number } | undefined {
  if (text[at - 1] !== '第') return undefined;
  for (const word of RANK_WORDS) {
    const window = text.slice(Math.max(0, at - 1 - word.length - 4), at - 1);
    const index = window.lastIndexOf(word);
    if (index >= 0 && !/[，。；]/u.test(window.slice(index))) return { at: at - 1 - (window.length - index) };
  }
  return undefined;
}

function lastClauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return 0;
}

// The nearest period before the figure in its sentence: 2019年1月-11月, 2019年, 去年, 上半年.
function periodBefore(text: string, at: number, year: number | undefined): { period: string | null; text: string | null } {
  const before = text.slice(0, at);
  let best: { index: number; period: string; text: string } | undefined;
  const consider = (index: number, period: string, words: string) => {
    if (!best || index > best.index || (index === best.index && words.length > best.text.length)) best = { index, period, text: words };
  };
  for (const m of before.matchAll(/(\d{4})年(\d{1,2})月?\s*[-—–至到~～]\s*(\d{1,2})月/gu)) {
    consider(m.index, `${m[1]}-${pad(m[2]!)}/${m[1]}-${pad(m[3]!)}`, m[0]);
  }
  for (const m of before.matchAll(/(\d{4})年(?!\d{1,2}月?\s*[-—–至到~～])(\d{1,2}月)?/gu)) {
    if (/^\d{4}年[一遇]/u.test(text.slice(m.index))) continue;
    consider(m.index, m[2] ? `${m[1]}-${pad(m[2].slice(0, -1))}` : m[1]!, m[0]);
  }
  for (const m of before.matchAll(/(\d{4})年(上半年|下半年|一季度|前三季度)/gu)) {
    const months = m[2] === '上半年' ? [1, 6] : m[2] === '下半年' ? [7, 12] : m[2] === '一季度' ? [1, 3] : [1, 9];
    consider(m.index, `${m[1]}-${pad(String(months[0]))}/${m[1]}-${pad(String(months[1]))}`, m[0]);
  }
  if (year !== undefined) {
    for (const relative of RELATIVE_PERIODS) {
      let from = 0;
      for (;;) {
        const index = before.indexOf(relative.word, from);
        if (index < 0) break;
        from = index + relative.word.length;
        const y = year + relative.yearOffset;
        const period = relative.months ? `${y}-${pad(String(relative.months[0]))}/${y}-${pad(String(relative.months[1]))}` : String(y);
        consider(index, period, relative.word);
      }
    }
  }
  return best ? { period: best.period, text: best.text } : { period: null, text: null };
}

// What is measured: the clause before the figure without its period, places, connectives and verb.
function indicatorBefore(text: string, clauseStart: number, at: number, context: ExtractionContext, sentence: Sentence): string | undefined {
  let piece = text.slice(clauseStart, at);
  // Only what follows an earlier figure in the same clause (2899个黑臭水体消除2513个 → 黑臭水体消除).
  const lastFigure = [...piece.matchAll(/\d+(?:\.\d+)?[^\d，；。]{0,6}?(?=\p{Script=Han})/gu)].at(-1);
  if (lastFigure && /\d/.test(piece)) {
    const unit = UNITS.find((u) => piece.startsWith(u.unit, lastFigure.index + lastFigure[0].replace(/[^\d.]/g, '').length));
    if (unit) piece = piece.slice(lastFigure.index + lastFigure[0].replace(/[^\d.]/g, '').length + unit.unit.length);
  }
  piece = piece
    .replace(/^(其中|同时|此外|另外|全年|累计|共|分别|均|据公报|公报显示)[，,]?/u, '')
    .replace(/\d{4}年(\d{1,2}月?\s*[-—–至到~～]\s*\d{1,2}月|\d{1,2}月|上半年|下半年|前三季度|一季度)?/gu, '')
    .replace(/(去年全年|去年|今年|上半年|前三季度|预计)/gu, '');
  for (const verb of VERBS) if (piece.endsWith(verb)) piece = piece.slice(0, -verb.length);
  piece = piece.replace(/(约|近|超过|逾|达到|实现|继续|持续|同比|分别|均|已|共|累计|比例)?$/u, (m) => (m === '比例' ? m : ''));
  // Leading places and the country's words: the subject, not the indicator.
  piece = piece.replace(/^(全国|全省|全市|我国|我省|我市|各地)/u, '');
  const regionPrefix = /^[\p{Script=Han}]{2,8}?(省|市|县|区|地区|城市|“2\+26”城市)(?=[\p{Script=Han}A-Z])/u.exec(piece);
  if (regionPrefix && piece.length - regionPrefix[0].length >= 2 && context && sentence) piece = piece.slice(regionPrefix[0].length);
  piece = piece.replace(/^[的在和、]+|[的在和、]+$/gu, '').trim();
  if (piece.length < 2) return undefined;
  return piece.length > 24 ? piece.slice(-24) : piece;
}

// The thing counted after a figure (2899个黑臭水体 → 黑臭水体数量).
function nounAfter(text: string, at: number): string {
  const match = /^[\p{Script=Han}A-Za-z0-9.]{2,12}?(?=[，。；、和的]|全部|均|已|$|消|实现|被|得到|开展|完成)/u.exec(text.slice(at));
  return match ? `${match[0]}数量` : '';
}

function pad(month: string): string {
  return month.padStart(2, '0');
}
