/**
 * The GraphQL playground: GraphiQL 5 pointed at this origin's /graphql, with schema docs and completion
 * (through introspection), and the example questions of examples/questions/ in a sidebar plugin. The page
 * is the main landmark, its name the level-one heading; playground.css fixes what GraphiQL's own styles
 * fall short of (contrast, narrow screens, CJK fonts).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { postGraphQL } from '../shared/post-graphql.ts';
import { EditorSetup } from './editor-setup.tsx';
import { EDITOR_THEMES } from './editor-themes.ts';
import { EXAMPLE_QUESTIONS } from './example-questions.ts';
import { examplesPlugin } from './examples-plugin.tsx';
import '../shared/cjk-fonts.css';
import './playground.css';

createRoot(document.getElementById('playground') as HTMLElement).render(
  <GraphiQL
    fetcher={(params) => postGraphQL(params)}
    defaultQuery={EXAMPLE_QUESTIONS[0]?.query}
    plugins={[examplesPlugin]}
    visiblePlugin={examplesPlugin}
    editorTheme={EDITOR_THEMES}
    // The API reads no request headers, so an editor for them would only mislead.
    isHeadersEditorEnabled={false}
  >
    <GraphiQL.Logo>
      <h1 className="ecokg-title">
        ecokg <span className="ecokg-visually-hidden">GraphQL playground</span>
      </h1>
      <a href="/explore">graph explorer</a>
      <a href="/review">review a report</a>
      <EditorSetup />
    </GraphiQL.Logo>
  </GraphiQL>,
);
