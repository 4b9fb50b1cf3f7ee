/**
 * A word list looked up by where a word starts in a text. The finders ask, at every character, whether one of a
 * table's words starts there; scanning the whole list each time made extraction grow with the tables (the
 * generated bodies, the titles, the known graph's names). The entries are grouped by their first character once,
 * keeping the list's order, so a lookup reads only the entries that can match and returns what a scan of the
 * whole list in order would have returned.
 */
export class WordTable<T> {
  readonly #byFirst = new Map<number, Array<{ word: string; entry: T }>>();
  #longest = 0;

  /** `wordsOf` gives the words an entry is written as (a name and its aliases); empty words are ignored. */
  constructor(entries: Iterable<T>, wordsOf: (entry: T) => string | readonly string[]) {
    for (const entry of entries) {
      const words = wordsOf(entry);
      for (const word of typeof words === 'string' ? [words] : words) {
        if (word.length === 0) continue;
        this.#longest = Math.max(this.#longest, word.length);
        const list = this.#byFirst.get(word.charCodeAt(0));
        if (list) list.push({ word, entry });
        else this.#byFirst.set(word.charCodeAt(0), [{ word, entry }]);
      }
    }
  }

  /** The first entry, in the list's order, with a word starting at `at` that `accept` (if given) takes. */
  at(text: string, at: number, accept?: (entry: T, word: string) => boolean): T | undefined {
    // Keyed by code unit: a one-character string per lookup would be allocated and hashed at every character.
    const list = this.#byFirst.get(text.charCodeAt(at));
    if (!list) return undefined;
    for (const { word, entry } of list) if (text.startsWith(word, at) && (!accept || accept(entry, word))) return entry;
    return undefined;
  }

  /** Whether some word of the table ends right before `end` (原 before 厅长). */
  endsAt(text: string, end: number): boolean {
    for (let length = 1; length <= Math.min(end, this.#longest); length += 1) {
      const list = this.#byFirst.get(text.charCodeAt(end - length));
      if (list?.some(({ word }) => word.length === length && text.startsWith(word, end - length))) return true;
    }
    return false;
  }
}
