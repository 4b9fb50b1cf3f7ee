import { type ExtractionContext, sentenceSpan } from './extraction-context.ts';
import type { ThemeMention } from './mention-types.ts';
import { THEMES } from './rules/theme-keywords.ts';

const WORDS = THEMES.flatMap((theme) => theme.words.map((word) => ({ word, theme }))).sort((a, b) => b.word.length - a.word.length);

/** Finds the words of the themes table in every sentence, longest word first, each place once. */
export function findThemeMentions(context: ExtractionContext): ThemeMention[] {
  const mentions: ThemeMention[] = [];
  for (const sentence of context.sentences) {
    const taken: Array<[number, number]> = [];
    for (const { word, theme } of WORDS) {
      let from = 0;
      for (;;) {
        const at = sentence.text.indexOf(word, from);
        if (at < 0) break;
        from = at + word.length;
        if (taken.some(([a, b]) => at < b && a < at + word.length)) continue;
        taken.push([at, at + word.length]);
        mentions.push({
          ...sentenceSpan(context, sentence, at, word.length),
          label: 'Theme',
          surface: word,
          sentence: sentence.index,
          themeId: theme.id,
          rule: 'theme/keyword',
          confidence: word === theme.words[0] ? 0.8 : 0.6,
        });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
