import { readdir, readFile } from 'node:fs/promises';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext } from '../../src/graphql/context.ts';
import { createExecutableSchema } from '../../src/graphql/create-apollo-server.ts';
import { startTestService, type TestService } from '../support/test-service.ts';

// graphql-jit builds the service's answers (src/graphql/jit-execution-plugin.ts); graphql-js, run here over the same
// schema and resolvers and the same Neo4j, is what they must equal, field for field and in the same order.
const folder = new URL('../../examples/questions/', import.meta.url);
const questions = await Promise.all(
  (await readdir(folder))
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map(async (file) => ({ file, text: await readFile(new URL(file, folder), 'utf8') })),
);
const graphqlJsSchema = createExecutableSchema();

let api: TestService;
beforeAll(async () => {
  api = await startTestService();
});
afterAll(async () => {
  await api.stop();
});

/** The log line of the newest request of the operation. */
function requestLine(operation: string | null): Record<string, unknown> {
  const lines = api.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
  const line = lines.findLast((entry) => entry.msg === 'graphql request' && entry.operation === operation);
  if (!line) throw new Error(`no log line for the operation ${operation}`);
  return line;
}

describe('answers built by graphql-jit', () => {
  it.each(questions)('equal graphql-js for the example $file', async ({ text }) => {
    const document = parse(text);
    const compiled = await api.graphql(text);
    expect(compiled.errors).toBeUndefined();
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    expect(requestLine(operation?.name?.value ?? null)).toMatchObject({ executor: 'graphql-jit', errorCodes: [] });

    const walked = await execute({ schema: graphqlJsSchema, document, contextValue: createRequestContext(api.service.gateway) });
    expect(walked.errors).toBeUndefined();
    // Same keys in the same order: JSON text compares both.
    expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(walked.data));
    expect(JSON.stringify(compiled.data).length).toBeGreaterThan(20);
  });

  it('gives an answer with an error to graphql-js, with the error it always had and one statement', async () => {
    const response = await api.graphql('query HalfRefused { person(id: "person:li-ganjie") { name statements(first: 0) { text } } }');
    // statements is a non-null list: its error nulls the person, as graphql-js always did.
    expect(response.data).toEqual({ person: null });
    expect(response.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('first must be between 1 and 100, got 0'), path: ['person', 'statements'] }),
    ]);
    expect(requestLine('HalfRefused')).toMatchObject({ executor: 'graphql-js', errorCodes: ['BAD_USER_INPUT'], queries: 1 });
  });

  it('answers aliases of one field with different arguments apart, and honours @include', async () => {
    const response = await api.graphql<{ few: unknown[]; more: unknown[]; skipped?: unknown }>(
      `query Aliased($withCount: Boolean!) {
        few: people(first: 1, orderBy: { field: NAME, direction: ASC }) { edges { node { name } } }
        more: people(first: 3, orderBy: { field: NAME, direction: ASC }) { edges { node { name } } total: totalCount @include(if: $withCount) }
      }`,
      { withCount: false },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data as unknown as { few: { edges: unknown[] }; more: { edges: Array<{ node: { name: string } }>; total?: number } };
    expect(data.few.edges).toHaveLength(1);
    expect(data.more.edges).toHaveLength(3);
    expect(data.few.edges[0]).toEqual(data.more.edges[0]);
    expect(data.more).not.toHaveProperty('total');
    expect(requestLine('Aliased')).toMatchObject({ executor: 'graphql-jit' });
  });
});
