import { dropPinyinGlosses } from './read-glosses.ts';
import { readPunctuation } from './read-punctuation.ts';
import { readSimplified } from './read-script.ts';

/**
 * Offsets in the seed format count Unicode code points; JavaScript strings and regular expressions count
 * UTF-16 code units. A TextIndex converts between the two for one text, so that every span found by a
 * regular expression carries code-point offsets from the moment it is found.
 */

/** A stretch of the text, in code points from 0, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Converts offsets of one text between code units and code points, and cuts spans out of it. */
export class TextIndex {
  /** The text as given: evidence is cut from it. */
  readonly text: string;
  /**
   * The text as the finders read it: punctuation in either width read as full width, a text printed in traditional
   * characters read in simplified ones (at the same length), and a converter's pinyin glosses left out. Every span
   * the finders make counts code points of this text; `slice` and `printedStart` turn one into the text as given.
   */
  readonly readable: string;
  /**
   * Whether a name read from `readable` is printed the same in `text`. When it is not (traditional script, pinyin
   * glosses), names are cut from `text` at their spans.
   */
  readonly readsAsPrinted: boolean;
  readonly #readable: CodePoints;
  readonly #printed: CodePoints;
  // For each code unit of `readable` (and its end), the code unit of `text` it was printed at; null when the two are
  // of the same length, as they are unless glosses were left out.
  readonly #printedUnit: Int32Array | null;

  constructor(text: string) {
    this.text = text;
    const unglossed = dropPinyinGlosses(text);
    const base = unglossed?.text ?? text;
    const simplified = readSimplified(base);
    this.readsAsPrinted = simplified === base && !unglossed;
    this.readable = readPunctuation(simplified);
    this.#readable = new CodePoints(base);
    this.#printed = unglossed ? new CodePoints(text) : this.#readable;
    this.#printedUnit = unglossed?.printedUnit ?? null;
  }

  /** The number of code points of the readable text. */
  get length(): number {
    return this.#readable.length;
  }

  /** The code-point offset of a code-unit offset, both in the readable text. */
  toPoint(unit: number): number {
    return this.#readable.toPoint(unit);
  }

  /** The code-unit offset of a code-point offset, both in the readable text. */
  toUnit(point: number): number {
    return this.#readable.toUnit(point);
  }

  /** The span of code units [start, end) of the readable text as code points. */
  spanOfUnits(start: number, end: number): Span {
    return { start: this.toPoint(start), end: this.toPoint(end) };
  }

  /** The span in the readable text of code units [start, end) of the text as given (a gloss inside stays inside). */
  spanOfPrintedUnits(start: number, end: number): Span {
    return this.spanOfUnits(this.#readableUnit(start), this.#readableUnit(end));
  }

  /**
   * The text as given that a span of the readable text covers, with the glosses inside it and the one after its last
   * character: a reader who copies the name copies the gloss printed with its last character (湖北(běi)).
   */
  slice(span: Span): string {
    const start = this.printedUnitOf(this.toUnit(span.start));
    const end = span.end > span.start ? this.printedUnitOf(this.toUnit(span.end)) : start;
    return this.text.slice(start, end);
  }

  /** The code-point offset in the text as given of where a span of the readable text starts: its evidence offset. */
  printedStart(span: Span): number {
    return this.#printed.toPoint(this.printedUnitOf(this.toUnit(span.start)));
  }

  /** Whether the text as given holds `evidence` at the code-point offset `start`, as a draft's evidence must. */
  printedAt(evidence: string, start: number): boolean {
    return start >= 0 && start <= this.#printed.length && this.text.startsWith(evidence, this.#printed.toUnit(start));
  }

  /** The code-unit offset in the text as given of a code-unit offset in the readable text. */
  printedUnitOf(unit: number): number {
    return this.#printedUnit ? this.#printedUnit[unit]! : unit;
  }

  // The readable code unit at or after a code unit of the text as given (a unit inside a gloss reads as the next kept one).
  #readableUnit(printed: number): number {
    const map = this.#printedUnit;
    if (!map) return printed;
    let low = 0;
    let high = map.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (map[middle]! < printed) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Code-unit and code-point offsets of one string. Only texts with characters past the Basic Multilingual Plane need tables; most never have one. */
class CodePoints {
  readonly length: number;
  readonly #unitToPoint: Int32Array | null;
  readonly #pointToUnit: Int32Array | null;

  constructor(text: string) {
    if (!/[\uD800-\uDBFF]/.test(text)) {
      this.#unitToPoint = null;
      this.#pointToUnit = null;
      this.length = text.length;
      return;
    }
    const unitToPoint = new Int32Array(text.length + 1);
    const pointToUnit: number[] = [];
    let point = 0;
    for (let unit = 0; unit < text.length; ) {
      const width = (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
      pointToUnit.push(unit);
      for (let k = 0; k < width; k += 1) unitToPoint[unit + k] = point;
      unit += width;
      point += 1;
    }
    unitToPoint[text.length] = point;
    pointToUnit.push(text.length);
    this.#unitToPoint = unitToPoint;
    this.#pointToUnit = Int32Array.from(pointToUnit);
    this.length = point;
  }

  toPoint(unit: number): number {
    return this.#unitToPoint ? this.#unitToPoint[unit]! : unit;
  }

  toUnit(point: number): number {
    return this.#pointToUnit ? this.#pointToUnit[point]! : point;
  }
}

/** Whether `inner` lies within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether two spans share at least one code point. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
