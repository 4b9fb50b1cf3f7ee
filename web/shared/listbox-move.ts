/** How far PageUp and PageDown move in a listbox. */
const PAGE_STEP = 10;

/**
 * The entry a key moves to in a listbox of `count` entries from entry `at`, as the ARIA listbox pattern has it
 * (↑ ↓ Home End PageUp PageDown, stopping at either end), or undefined when the key does not move.
 */
export function findListboxMove(key: string, at: number, count: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(at + 1, last);
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(at + PAGE_STEP, last);
    case 'PageUp':
      return Math.max(at - PAGE_STEP, 0);
    default:
      return undefined;
  }
}
