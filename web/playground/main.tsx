/**
 * The GraphQL playground: GraphiQL 5 pointed at this origin's /graphql, with schema docs and completion
 * (through introspection), and the example questions of examples/questions/ in a sidebar plugin.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { postGraphQL } from '../shared/post-graphql.ts';
import { EXAMPLE_QUESTIONS } from './example-questions.ts';
import { examplesPlugin } from './examples-plugin.tsx';
import './playground.css';

createRoot(document.getElementById('playground') as HTMLElement).render(
  <GraphiQL
    fetcher={(params) => postGraphQL(params)}
    defaultQuery={EXAMPLE_QUESTIONS[0]?.query}
    plugins={[examplesPlugin]}
    visiblePlugin={examplesPlugin}
    // The API reads no request headers, so an editor for them would only mislead.
    isHeadersEditorEnabled={false}
  >
    <GraphiQL.Logo>
      ecokg <a href="/explore">graph explorer</a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
