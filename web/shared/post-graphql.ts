/** A GraphQL request as the pages send it. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** A GraphQL response: data, errors, or both. */
export interface GraphQLResult<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Posts a request to this origin's /graphql as JSON: Apollo's CSRF prevention accepts a JSON POST without
 * extra headers, and the pages' Content-Security-Policy allows no other origin.
 */
export async function postGraphQL<T>(request: GraphQLRequest): Promise<GraphQLResult<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(request),
  });
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new Error(`/graphql answered ${response.status} ${response.statusText}`);
  return (await response.json()) as GraphQLResult<T>;
}
