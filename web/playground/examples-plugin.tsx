import { type GraphiQLPlugin, pick, useGraphiQL } from '@graphiql/react';
import { EXAMPLE_QUESTIONS } from './example-questions.ts';
import { MixedText } from './mixed-text.tsx';

function ExampleQuestionsPanel() {
  const { queryEditor } = useGraphiQL(pick('queryEditor'));
  return (
    <section className="ecokg-examples">
      <h2 className="graphiql-doc-explorer-title">Example questions</h2>
      <p>Pick a question to put its query in the editor, then run it with ▶ or Ctrl-Enter.</p>
      <ol>
        {EXAMPLE_QUESTIONS.map((example) => (
          <li key={example.file}>
            {/* Like GraphiQL's own history, a pick replaces the editor's content; the history keeps what ran. The
                editor takes the focus, so Ctrl-Enter (which the editor handles) runs the question at once. */}
            <button
              type="button"
              onClick={() => {
                queryEditor?.setValue(example.query);
                queryEditor?.focus();
              }}
            >
              <span className="ecokg-question">
                <MixedText text={example.question} />
              </span>
              <span className="ecokg-answer">
                <MixedText text={example.answer} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function ExampleQuestionsIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <circle cx="12" cy="12" r="9.25" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6" strokeLinecap="round" />
      <circle cx="12" cy="17" r=".6" fill="currentColor" />
    </svg>
  );
}

/** A sidebar plugin listing the thirteen example questions; picking one loads its query into the editor. */
export const examplesPlugin: GraphiQLPlugin = {
  title: 'Example questions',
  icon: ExampleQuestionsIcon,
  content: ExampleQuestionsPanel,
};
