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
   * The text as the finders read it, of the same length: punctuation in either width read as full width, and a text
   * printed in traditional characters read in simplified ones.
   */
  readonly readable: string;
  /** Whether the text is printed in traditional characters, and so read in simplified ones. */
  readonly inTraditionalScript: boolean;
  // Only texts with characters past the Basic Multilingual Plane need tables; most never have one.
  readonly #unitToPoint: Int32Array | null;
  readonly #pointToUnit: Int32Array | null;
  readonly length: number;

  constructor(text: string) {
    this.text = text;
    const simplified = readSimplified(text);
    this.inTraditionalScript = simplified !== text;
    this.readable = readPunctuation(simplified);
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

  /** The code-point offset of a code-unit offset. */
  toPoint(unit: number): number {
    return this.#unitToPoint ? this.#unitToPoint[unit]! : unit;
  }

  /** The code-unit offset of a code-point offset. */
  toUnit(point: number): number {
    return this.#pointToUnit ? this.#pointToUnit[point]! : point;
  }

  /** The span of code units [start, end) as code points. */
  spanOfUnits(start: number, end: number): Span {
    return { start: this.toPoint(start), end: this.toPoint(end) };
  }

  /** The text a span covers. */
  slice(span: Span): string {
    return this.text.slice(this.toUnit(span.start), this.toUnit(span.end));
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
