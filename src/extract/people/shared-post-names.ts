import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../rules/surnames.ts';
import type { AnchoredNames } from './anchored-names.ts';

/** Walks back from a name with its post after it over the names before it joined by 、 (甲、乙、丙副秘书长), each starting with a surname. */
export function addSharedPostNames(text: string, anchored: AnchoredNames, before: number): void {
  for (let end = before; end > 0 && text[end] === '、'; ) {
    const length = [3, 2].find(
      (candidate) => end - candidate >= 0 && startsWithSurname(text, end - candidate) && anchored.readAt(end - candidate) === candidate,
    );
    if (length === undefined) return;
    anchored.add(end - length, length, 'person/name-list', text.slice(before + 1));
    end -= length + 1;
  }
}

/** True when a surname starts the text at `at`. */
export function startsWithSurname(text: string, at: number): boolean {
  return SINGLE_SURNAMES.has(text[at] ?? '') || COMPOUND_SURNAMES.has(text.slice(at, at + 2));
}
