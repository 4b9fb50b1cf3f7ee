/**
 * Preloaded into a service process by a test (`node --import ./tests/support/changed-rule-table.ts src/main.ts`): the
 * extractor as a later version of its theme table would make it, one row added and one word taken out. Patterns are
 * data (src/extract/rules/theme-keywords.ts), and the finders read the table when they are first loaded, which in the
 * service is at its first extraction, after this module has run; the extraction code itself is not touched.
 */
import { THEMES, type ThemeEntry } from '../../src/extract/rules/theme-keywords.ts';

/** The theme the later table adds: a report's own phrase for keeping the Yangtze clean. */
export const ADDED_THEME: ThemeEntry = {
  id: 'theme:one-river-of-clear-water',
  nameEn: 'A river of clear water',
  description: 'Keeping the water of the Yangtze clean along its whole course.',
  words: ['一江碧水'],
};

/** The word the later table no longer counts: 源头 alone, too common to raise source control. */
export const DROPPED_WORD = { theme: 'theme:source-control', word: '源头' };

(THEMES as ThemeEntry[]).push(ADDED_THEME);
const theme = THEMES.find((entry) => entry.id === DROPPED_WORD.theme);
if (!theme) throw new Error(`changed-rule-table: no theme ${DROPPED_WORD.theme} in the table`);
(theme as { words: readonly string[] }).words = theme.words.filter((word) => word !== DROPPED_WORD.word);
