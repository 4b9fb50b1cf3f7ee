import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context.ts';

/**
 * Marks every GraphQL answer `Cache-Control: no-store`: a write may change the graph at any moment, so HTTP caches
 * keep no answer (ecokg's own response cache keys answers by the graph's version instead). Apollo's cache-control
 * plugin would set the same header, but it also runs a hook on every field of every answer.
 */
export const noStorePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
