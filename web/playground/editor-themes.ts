import type { useMonaco } from '@graphiql/react';

/** Monaco as GraphiQL loads it (monaco-editor is GraphiQL's dependency, not the project's). */
export type Monaco = NonNullable<Parameters<Parameters<typeof useMonaco>[0]>[0]['monaco']>;
type ThemeData = Parameters<Monaco['editor']['defineTheme']>[1];

/** The names of the editor themes the playground gives GraphiQL (its editorTheme prop). */
export const EDITOR_THEMES = { light: 'ecokg-light', dark: 'ecokg-dark' } as const;

// GraphiQL's own editor themes (graphiql-LIGHT and graphiql-DARK) are Monaco's vs and vs-dark with the
// colours below; GraphiQL does not export them, so they are repeated here with a darker (lighter) accent.
const PALETTE = {
  light: { background: '#ffffffff', primary: '#bd0580', primaryBackground: '#bd058019', input: '#3b4b6811', quickInputFocus: '#444444' },
  dark: { background: '#212a3b', primary: '#ff6ba1', primaryBackground: '#ff6ba119', input: '#b7c2d711', quickInputFocus: '#ffffff' },
};

/*
 * Token and line-number colours of vs and vs-dark that fall below 4.5:1 on GraphiQL's panes (white and
 * #f1f2f4 in the light theme, #212a3b and #2c3546 in the dark one), each moved in lightness only until it
 * reaches 4.6:1 on all of them: the hue stays, so the highlighting looks as before.
 */
const CONTRAST_FIXES = {
  light: {
    lineNumber: '#676767',
    rules: {
      invalid: 'c52f2f',
      constant: 'd30000',
      comment: '007600',
      number: '08784f',
      annotation: '676767',
      type: '007171',
      'attribute.name': 'd10000',
      'keyword.flow': 'ab00d6',
      'argument.identifier.gql': '5d5ac9',
    },
  },
  dark: {
    lineNumber: '#9f9f9f',
    rules: {
      invalid: 'f77777',
      'variable.predefined': '8a9ece',
      constant: '66a6da',
      comment: '7eac6b',
      regexp: 'c88fb1',
      annotation: 'd98c8c',
      keyword: '66a6da',
      'keyword.flow': 'c88dc4',
      'argument.identifier.gql': '9a94ff',
    },
  },
};

function themeData(variant: 'light' | 'dark'): ThemeData {
  const colour = PALETTE[variant];
  const fixes = CONTRAST_FIXES[variant];
  return {
    base: variant === 'light' ? 'vs' : 'vs-dark',
    inherit: true,
    colors: {
      'editor.background': '#ffffff00',
      'scrollbar.shadow': '#ffffff00',
      'editorLineNumber.foreground': fixes.lineNumber,
      'textLink.foreground': colour.primary,
      'textLink.activeForeground': colour.primary,
      'editorLink.activeForeground': colour.primary,
      'editorHoverWidget.background': colour.background,
      'list.hoverBackground': colour.primaryBackground,
      'list.highlightForeground': colour.primary,
      'list.focusHighlightForeground': colour.primary,
      'menu.background': colour.background,
      'editorSuggestWidget.background': colour.background,
      'editorSuggestWidget.selectedBackground': colour.primaryBackground,
      'editorSuggestWidget.selectedForeground': colour.primary,
      'quickInput.background': colour.background,
      'quickInputList.focusForeground': colour.quickInputFocus,
      'highlighted.label': colour.primary,
      'quickInput.widget': colour.primary,
      highlight: colour.primary,
      'editorWidget.background': colour.background,
      'input.background': colour.input,
      focusBorder: colour.primary,
      'toolbar.hoverBackground': colour.primaryBackground,
      'inputOption.hoverBackground': colour.primaryBackground,
      'quickInputList.focusBackground': colour.primaryBackground,
      'editorWidget.resizeBorder': colour.primary,
      'pickerGroup.foreground': colour.primary,
      'menu.selectionBackground': colour.primaryBackground,
      'menu.selectionForeground': colour.primary,
    },
    rules: Object.entries(fixes.rules).map(([token, foreground]) => ({ token, foreground })),
  };
}

/** Defines the playground's editor themes in Monaco; defining them again replaces them. */
export function defineEditorThemes(monaco: Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEMES.light, themeData('light'));
  monaco.editor.defineTheme(EDITOR_THEMES.dark, themeData('dark'));
}
