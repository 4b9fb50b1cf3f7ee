/**
 * Evidence offsets count Unicode code points, as the loader and Cypher's substring() do; the DOM and
 * JavaScript strings count UTF-16 code units. The two differ only past the Basic Multilingual Plane (a rare
 * CJK extension character, an emoji), so a text without surrogates needs no conversion.
 */
export interface CodePointIndex {
  /** The code-point offset of a UTF-16 offset (one inside a surrogate pair counts as the pair's start). */
  toCodePoints(unitOffset: number): number;
  /** The UTF-16 offset of a code-point offset. */
  toUnits(codePointOffset: number): number;
  /** The length of the text in code points. */
  length: number;
}

/** Builds the conversions for one text once; each lookup is then constant time. */
export function indexCodePoints(text: string): CodePointIndex {
  if (!/[\uD800-\uDFFF]/.test(text)) return { toCodePoints: (offset) => offset, toUnits: (offset) => offset, length: text.length };
  // unitsAt[cp] is where code point cp starts; pointsAt[unit] the code point a unit belongs to.
  const unitsAt: number[] = [];
  const pointsAt = new Array<number>(text.length + 1);
  let unit = 0;
  for (const character of text) {
    pointsAt[unit] = unitsAt.length;
    if (character.length === 2) pointsAt[unit + 1] = unitsAt.length;
    unitsAt.push(unit);
    unit += character.length;
  }
  pointsAt[text.length] = unitsAt.length;
  unitsAt.push(text.length);
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  return {
    toCodePoints: (offset) => pointsAt[clamp(offset, text.length)] as number,
    toUnits: (offset) => unitsAt[clamp(offset, unitsAt.length - 1)] as number,
    length: unitsAt.length - 1,
  };
}

/** Where a record's evidence stands in the text, in code points: at its evidenceStart when that matches, else its first occurrence. */
export function locateEvidence(
  text: string,
  index: CodePointIndex,
  evidence: string,
  evidenceStart: number | undefined,
): { start: number; end: number } | undefined {
  if (!evidence) return undefined;
  const length = Array.from(evidence).length;
  if (evidenceStart !== undefined) {
    return text.startsWith(evidence, index.toUnits(evidenceStart)) ? { start: evidenceStart, end: evidenceStart + length } : undefined;
  }
  const at = text.indexOf(evidence);
  if (at < 0) return undefined;
  const start = index.toCodePoints(at);
  return { start, end: start + length };
}

/** Every place a phrase occurs in the text, in code points, for a keyboard user to pick one without selecting. */
export function findOccurrences(text: string, index: CodePointIndex, phrase: string, limit = 50): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (!phrase) return found;
  const length = Array.from(phrase).length;
  for (let at = text.indexOf(phrase); at >= 0 && found.length < limit; at = text.indexOf(phrase, at + 1)) {
    const start = index.toCodePoints(at);
    found.push({ start, end: start + length });
  }
  return found;
}
