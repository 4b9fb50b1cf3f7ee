import { pick, useGraphiQL, useMonaco } from '@graphiql/react';
import { useEffect } from 'react';
import { defineEditorThemes } from './editor-themes.ts';

/**
 * Sets up GraphiQL's editors (Monaco) in ways GraphiQL has no option for, once Monaco has loaded: the
 * playground's editor themes (editor-themes.ts), a font stack ending in the system's CJK fonts so the
 * Chinese in queries and answers is drawn in Simplified Chinese forms (GraphiQL names "Fira Code" alone),
 * and a last line number drawn like the others (Monaco dims it to 1.8:1). Renders nothing; it must sit
 * inside GraphiQL (main.tsx puts it in the logo slot) to read the theme GraphiQL chose.
 */
export function EditorSetup() {
  const monaco = useMonaco((state) => state.monaco);
  const { monacoTheme } = useGraphiQL(pick('monacoTheme'));
  useEffect(() => {
    if (!monaco) return;
    defineEditorThemes(monaco);
    // GraphiQL may have applied the theme's name before it was defined, which Monaco answers with vs.
    if (monacoTheme) monaco.editor.setTheme(monacoTheme);
    const cjk = getComputedStyle(document.documentElement).getPropertyValue('--cjk-fonts').trim();
    const options = { fontFamily: `"Fira Code", ${cjk}, monospace`, renderFinalNewline: 'on' } as const;
    for (const editor of monaco.editor.getEditors()) editor.updateOptions(options);
    const listener = monaco.editor.onDidCreateEditor((editor) => editor.updateOptions(options));
    return () => listener.dispose();
  }, [monaco, monacoTheme]);
  return null;
}
