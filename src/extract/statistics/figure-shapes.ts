import { LIST_MARKS, RANGE_MARKS, SCALE_WORDS, STATISTIC_UNITS, UNITLESS_INDICATORS, UNITLESS_LINKS } from '../rules/statistic-units.ts';

const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeWord);

// An indicator that has no unit, then the words that lead to its figure, right before the number.
const UNITLESS_BEFORE = new RegExp(
  `(${longestFirst(UNITLESS_INDICATORS.map((entry) => entry.ending)).join('|')})(?:${longestFirst(UNITLESS_LINKS).join('|')})*[ \\t]*$`,
  'u',
);
// What may follow a bare figure: a break, the next figure of its list or range, or 之间 closing a range.
const BARE_FIGURE_END = new RegExp(`^(?:[\\s，。；：,;:）)]|之间|$|${longestFirst([...LIST_MARKS, ...RANGE_MARKS]).join('|')})`, 'u');
// The words between two figures of one list or range.
const FIGURE_JOIN = new RegExp(`^[ \\t]*(?:${longestFirst([...LIST_MARKS, ...RANGE_MARKS]).join('|')})[ \\t]*$`, 'u');
// The upper end of a range right after its lower end (2-3次, 37.11 ~ 68.62).
const RANGE_UPPER = new RegExp(`^[ \\t]*(?:${longestFirst(RANGE_MARKS).join('|')})[ \\t]*(\\d+(?:\\.\\d+)?)`, 'u');

/** A figure printed with no unit, and where its number ends, so that the next of its list can follow it. */
export interface BareFigure {
  unit: string;
  unitEn: string;
  end: number;
  /** True when it continues the list or range of the figure before. */
  continues: boolean;
  /** Where the indicator's name ends, before the words that lead to the figure. */
  indicatorEnd: number;
}

/**
 * The unit of a number printed bare after an indicator that has none (综合指数平均为4.43, 优良天数为240), or of a
 * number that continues the list or range of such a figure (分别为57.9、56.2; 在37.11 ~ 68.62之间); undefined when the
 * number is not of that shape.
 */
export function bareFigureAt(text: string, at: number, digits: string, clauseStart: number, previous?: BareFigure): BareFigure | undefined {
  if (!/^\d/.test(digits)) return undefined;
  const end = at + digits.length;
  if (!BARE_FIGURE_END.test(text.slice(end))) return undefined;
  if (previous && FIGURE_JOIN.test(text.slice(previous.end, at))) return { ...previous, end, continues: true };
  const indicator = UNITLESS_BEFORE.exec(text.slice(clauseStart, at));
  const entry = indicator && UNITLESS_INDICATORS.find((candidate) => candidate.ending === indicator[1]);
  return entry
    ? { unit: entry.unit, unitEn: entry.en, end, continues: false, indicatorEnd: clauseStart + indicator.index + indicator[1]!.length }
    : undefined;
}

/** Where the upper end of a range after a number ends (2-3次 → after 3), or undefined when no range follows. */
export function rangeEndAt(text: string, at: number): number | undefined {
  const match = RANGE_UPPER.exec(text.slice(at));
  return match ? at + match[0].length : undefined;
}

/** The scale word at `at` when a unit follows it, right away or after a qualifier (2.8万公里, 5万余户). */
export function scaleAt(text: string, at: number): number | undefined {
  const scale = SCALE_WORDS[text[at] ?? ''];
  if (!scale) return undefined;
  return STATISTIC_UNITS.some((unit) => text.startsWith(unit.unit, at + 1) || text.startsWith(unit.unit, at + 2)) ? scale : undefined;
}
