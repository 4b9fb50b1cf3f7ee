import { describe, expect, it } from 'vitest';
import { findListboxMove } from '../../web/shared/listbox-move.ts';

describe('keys in the pages’ listboxes (explorer node list, review record list)', () => {
  it('moves one entry with the arrows and stops at either end', () => {
    expect(findListboxMove('ArrowDown', 3, 25)).toBe(4);
    expect(findListboxMove('ArrowUp', 3, 25)).toBe(2);
    expect(findListboxMove('ArrowDown', 24, 25)).toBe(24);
    expect(findListboxMove('ArrowUp', 0, 25)).toBe(0);
  });

  it('moves ten entries with PageDown and PageUp, no further than the ends', () => {
    expect(findListboxMove('PageDown', 3, 25)).toBe(13);
    expect(findListboxMove('PageDown', 20, 25)).toBe(24);
    expect(findListboxMove('PageUp', 13, 25)).toBe(3);
    expect(findListboxMove('PageUp', 4, 25)).toBe(0);
  });

  it('goes to the first and last entry with Home and End, and leaves other keys to the page', () => {
    expect(findListboxMove('Home', 17, 25)).toBe(0);
    expect(findListboxMove('End', 2, 25)).toBe(24);
    expect(findListboxMove('Enter', 2, 25)).toBeUndefined();
    expect(findListboxMove('a', 2, 25)).toBeUndefined();
  });
});
