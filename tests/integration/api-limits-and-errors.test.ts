import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext } from '../../src/graphql/context.ts';
import { createApolloServer } from '../../src/graphql/create-apollo-server.ts';
import { LEGACY_KINDS_REMOVED_IN } from '../../src/graphql/legacy-entity-kinds.ts';
import { createLogger } from '../../src/logging/create-logger.ts';
import { startTestService, type TestService } from '../support/test-service.ts';

let api: TestService;
beforeAll(async () => {
  api = await startTestService();
});
afterAll(async () => {
  await api.stop();
});

const codeOf = (response: { errors?: Array<{ extensions?: { code?: string } }> }) => response.errors?.[0]?.extensions?.code;

describe('bad arguments say what is allowed', () => {
  it.each([
    ['first above 100', '{ people(first: 500) { totalCount } }', 'first must be between 1 and 100, got 500'],
    ['first of 0', '{ search(text: "李", first: 0) { score } }', 'first must be between 1 and 100, got 0'],
    ['a negative depth', '{ neighborhood(id: "person:li-ganjie", depth: -1) { centerId } }', 'depth must be between 1 and 3, got -1'],
    [
      'a path longer than 6',
      '{ path(from: "person:li-ganjie", to: "region:hebei", maxLength: 7) { length } }',
      'maxLength must be between 1 and 6, got 7',
    ],
    ['a malformed id', '{ entity(id: "李干杰") { id } }', 'id must be an id of the form kind:slug'],
    ['an id with Cypher in it', `{ person(id: "person:x'}) MATCH (n) DETACH DELETE n //") { id } }`, 'id must be an id of the form kind:slug'],
    ['a malformed cursor', '{ people(after: "not-a-cursor") { totalCount } }', 'after must be a cursor returned by this list'],
    ['an empty search', '{ search(text: "   ") { score } }', 'text must be 1 to 200 characters'],
    ['a search of punctuation only', '{ search(text: "？！") { score } }', 'text must contain at least one letter'],
    ['a malformed period', '{ statistics(filter: { period: "last year" }) { totalCount } }', 'filter.period must be an ISO 8601 prefix'],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query, message) => {
    const response = await api.graphql(query);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain(message);
  });

  it('refuses a cursor made for another sort order', async () => {
    const first = await api.graphql<{ people: { pageInfo: { endCursor: string } } }>(gql`{ people(first: 2) { pageInfo { endCursor } } }`);
    const replay = await api.graphql(
      gql`query Replay($after: String) { people(first: 2, after: $after, orderBy: { field: NAME, direction: DESC }) { totalCount } }`,
      {
        after: first.data!.people.pageInfo.endCursor,
      },
    );
    expect(codeOf(replay)).toBe('BAD_USER_INPUT');
    expect(replay.errors![0]!.message).toBe('after is a cursor for orderBy NAME_ASC, but this query sorts by NAME_DESC');
  });

  it('answers null, not an error, for an id that is well formed but unknown', async () => {
    const response = await api.graphql(
      gql`{ entity(id: "person:nobody") { id } person(id: "region:hebei") { id } region(id: "region:hebei") { name } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ entity: null, person: null, region: { name: '河北省' } });
  });

  it('lists the allowed values of an enum argument', async () => {
    const response = await api.graphql('{ policies(filter: { kind: TREATY }) { totalCount } }');
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0]!.message).toContain('Value "TREATY" does not exist in "PolicyKind" enum');
    expect(response.errors![0]!.message).toContain('Allowed: CAMPAIGN, REFORM, REGULATION, LEGISLATION, LEGISLATION_PROPOSAL, SYSTEM');
  });

  it('lists the allowed kinds of a search, in a literal and in a variable', async () => {
    const literal = await api.graphql('{ search(text: "李", kinds: [PERSON, PLANET]) { score } }');
    expect(codeOf(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors![0]!.message).toContain('Allowed: PERSON, ORGANIZATION, REGION, POLICY, STATISTIC, THEME, STATEMENT, EVENT, DOCUMENT.');
    const variable = await api.graphql('query Q($kinds: [EntityKind!]) { search(text: "李", kinds: $kinds) { score } }', { kinds: ['Persons'] });
    expect(codeOf(variable)).toBe('BAD_USER_INPUT');
    expect(variable.errors![0]!.message).toContain('Allowed: PERSON, ORGANIZATION');
  });
});

// Before 0.2.0 search's kinds were label strings; 0.2.0 made them EntityKind values without notice. The strings
// work again, deprecated, until LEGACY_KINDS_REMOVED_IN (CHANGELOG.md).
describe('the label strings search took before EntityKind', () => {
  type Hits = { search: Array<{ entity: { __typename: string; name: string } }> };
  const deprecation = { input: '"Person"', instead: 'PERSON', removedIn: LEGACY_KINDS_REMOVED_IN };

  it('still narrows a search to people, and says what to send instead', async () => {
    const legacy = await api.graphql<Hits>('{ search(text: "李干杰", kinds: ["Person"]) { entity { __typename name } } }');
    expect(legacy.errors).toBeUndefined();
    expect(legacy.data!.search[0]!.entity).toEqual({ __typename: 'Person', name: '李干杰' });
    expect(new Set(legacy.data!.search.map((hit) => hit.entity.__typename))).toEqual(new Set(['Person']));
    expect(legacy.extensions?.deprecations).toEqual([deprecation]);
    expect(api.logs.some((line) => line.includes('deprecated EntityKind label strings') && line.includes('"instead":"PERSON"'))).toBe(true);

    const current = await api.graphql<Hits>('{ search(text: "李干杰", kinds: [PERSON]) { entity { __typename name } } }');
    expect(current.data).toEqual(legacy.data);
    expect(current.extensions?.deprecations).toBeUndefined();
  });

  it('takes them in a variable too', async () => {
    const response = await api.graphql<Hits>(
      'query Q($kinds: [EntityKind!]) { search(text: "精准治污", kinds: $kinds) { entity { __typename name } } }',
      {
        kinds: ['Theme', 'PERSON'],
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.map((hit) => hit.entity.name)).toContain('精准治污');
    for (const hit of response.data!.search) expect(['Theme', 'Person']).toContain(hit.entity.__typename);
    expect(response.extensions?.deprecations).toEqual([{ input: '"Theme"', instead: 'THEME', removedIn: LEGACY_KINDS_REMOVED_IN }]);
  });

  it('judges each request of one query text by its own variables', async () => {
    // The server reads a document's EntityKind positions once per query text; the values are each request's own.
    const query = 'query Kinds($kinds: [EntityKind!]) { search(text: "李干杰", kinds: $kinds) { entity { __typename name } } }';
    const legacy = await api.graphql<Hits>(query, { kinds: ['Person'] });
    const current = await api.graphql<Hits>(query, { kinds: ['PERSON'] });
    const again = await api.graphql<Hits>(query, { kinds: ['Person'] });
    expect(legacy.extensions?.deprecations).toEqual([deprecation]);
    expect(current.extensions?.deprecations).toBeUndefined();
    expect(current.data).toEqual(legacy.data);
    expect(again.extensions?.deprecations).toEqual([deprecation]);
  });

  it('refuses any other string, with the allowed values', async () => {
    const response = await api.graphql('{ search(text: "李", kinds: ["person"]) { score } }');
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0]!.message).toContain('Allowed: PERSON, ORGANIZATION');
  });
});

describe('answers HTTP caches keep none of', () => {
  const headerOf = async (url: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ person(id: "person:li-ganjie") { name } }' }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ person: { name: '李干杰' } });
    return response.headers.get('cache-control');
  };

  it('are marked no-store, with the response cache and without it', async () => {
    expect(await headerOf(api.url)).toBe('no-store');
    const cached = await startTestService({ RESPONSE_CACHE: 'true' });
    try {
      expect(await headerOf(cached.url)).toBe('no-store');
      // The second is an answer from the response cache.
      expect(await headerOf(cached.url)).toBe('no-store');
    } finally {
      await cached.stop();
    }
  });
});

describe('limits checked before execution', () => {
  it('refuses a query deeper than 10 levels', async () => {
    const deep =
      '{ person(id: "person:li-ganjie") { organizations { organization { members { person { organizations { organization { members { person { organizations { organization { name } } } } } } } } } } } }';
    const response = await api.graphql(deep);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors![0]!.message).toBe('Query depth must be at most 10, got 12');
  });

  it('refuses more than 200 aliases', async () => {
    const aliases = Array.from({ length: 201 }, (_, i) => `a${i}: graphStats { totalNodes }`).join(' ');
    const response = await api.graphql(`{ ${aliases} }`);
    expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors![0]!.message).toBe('A query may use at most 200 aliases, got 201');
  });

  it('refuses a query whose nested lists could touch more than 50,000 nodes, counting variables', async () => {
    const query = gql`
      query Wide($first: Int) {
        people(first: $first) { edges { node { organizations(first: 100) { organization { members(first: 100) { person { name } } } } } } }
      }
    `;
    const refused = await api.graphql(query, { first: 10 });
    expect(codeOf(refused)).toBe('QUERY_TOO_COMPLEX');
    // 10 people + 10×100 organizations + 10×100×100 members' people.
    expect(refused.errors![0]!.message).toContain('Query could touch 101010 nodes; at most 50000 are allowed');
    const allowed = await api.graphql(query, { first: 1 });
    expect(allowed.errors).toBeUndefined();
  });

  it('accepts the GraphiQL introspection query, however deep its type references go', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await api.graphql(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect((response.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it('refuses a body over 1 MB with PAYLOAD_TOO_LARGE before reading it whole', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graphStats { totalNodes } }', variables: { padding: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body must be at most 1048576 bytes (1 MB)', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses malformed JSON with BAD_REQUEST', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ graphStats',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]!.message).toMatch(/^Malformed JSON body/);
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ graphStats { totalNodes } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Cross-Site Request Forgery');
  });
});

describe('database round trips', () => {
  let apollo: ReturnType<typeof createApolloServer>;
  beforeAll(async () => {
    apollo = createApolloServer({ logger: createLogger({ level: 'silent' }), production: false, introspection: true });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
  });

  /** Runs an operation in-process and returns its data with what it cost the database. */
  async function executeCounted<T>(query: ReturnType<typeof gql>, variables?: Record<string, unknown>) {
    const context = createRequestContext(api.service.gateway);
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors).toBeUndefined();
    return { data: result?.data as T, metrics: context.metrics };
  }

  it('answers 20 people with their organizations, themes and statements in one round trip: one statement', async () => {
    const { data, metrics } = await executeCounted<{
      people: { edges: Array<{ node: { name: string; organizations: Array<{ title: string }> } }> };
    }>(gql`
      {
        people(first: 20, filter: { document: "document:cenews-2020-national-conference" }) {
          edges { node { name organizations { title organization { name } } themes { theme { name } } statements { text } } }
        }
      }
    `);
    expect(data.people.edges).toHaveLength(20);
    expect(data.people.edges.every((person) => person.node.organizations.length > 0)).toBe(true);
    // The page and its three relation lists are one compiled statement.
    expect(metrics).toEqual({ roundTrips: 1, queries: 1 });
  });

  it('fetches an entity looked up by id together with the lists asked of it, in one round trip', async () => {
    const { data, metrics } = await executeCounted<{ person: { name: string; organizations: Array<{ title: string }>; statements: unknown[] } }>(
      gql`
        query Profile($id: ID!) {
          person(id: $id) { name organizations { title } themes { theme { name } } statements(first: 5) { text } mentions { excerpt } }
        }
      `,
      { id: 'person:li-ganjie' },
    );
    expect(data.person.name).toBe('李干杰');
    expect(data.person.organizations.map((membership) => membership.title).sort()).toEqual(['党组书记', '部长']);
    expect(data.person.statements).toHaveLength(2);
    // The person, organizations, themes, statements and mentions: one compiled statement.
    expect(metrics).toEqual({ roundTrips: 1, queries: 1 });
  });

  it('logs one line per request with the operation, duration, round trips and error codes', async () => {
    await api.graphql(gql`query LoggedQuestion { themes(first: 3) { edges { node { statements { text } } } } }`);
    await api.graphql('{ people(first: 500) { totalCount } }');
    const lines = api.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'graphql request');
    expect(lines.find((line) => line.operation === 'LoggedQuestion')).toMatchObject({ roundTrips: 1, queries: 1, status: 200, errorCodes: [] });
    expect(lines.some((line) => (line.errorCodes as string[]).includes('BAD_USER_INPUT'))).toBe(true);
    for (const line of lines) expect(typeof line.durationMs).toBe('number');
  });
});

describe('production mode', () => {
  let production: TestService;
  beforeAll(async () => {
    production = await startTestService({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await production.stop();
  });

  it('turns introspection off unless INTROSPECTION=true', async () => {
    const response = await production.graphql('{ __schema { queryType { name } } }');
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0]!.message).toContain('introspection');
    const allowed = await startTestService({ NODE_ENV: 'production', INTROSPECTION: 'true' });
    try {
      expect((await allowed.graphql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await allowed.stop();
    }
  });

  it('still answers questions, with no stack trace in any error', async () => {
    const response = await production.graphql('{ people(first: 500) { totalCount } theme(id: "theme:precise-pollution-control") { name } }');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});
