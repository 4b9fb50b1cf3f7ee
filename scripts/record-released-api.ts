/**
 * Records the API of a release: the introspection of schema.graphql (types, fields, arguments, enum values and
 * deprecations; descriptions left out, they may change freely) with the package's version, into
 * tests/fixtures/api/released-api.json. `npm run api:release` when a release is cut; tests/unit/api-compatibility.test.ts
 * then fails on any change to schema.graphql that would break a client of that release (CHANGELOG.md's policy).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildSchema, getIntrospectionQuery, graphqlSync, type IntrospectionQuery } from 'graphql';

const root = new URL('../', import.meta.url);

/** Where the last release's API is kept. */
export const RELEASED_API = 'tests/fixtures/api/released-api.json';

/** A release's version and its schema as introspection answers it. */
export interface ReleasedApi {
  version: string;
  introspection: IntrospectionQuery;
}

/** The introspection of a schema's SDL, without descriptions. */
export function introspect(sdl: string): IntrospectionQuery {
  const result = graphqlSync({ schema: buildSchema(sdl), source: getIntrospectionQuery({ descriptions: false, inputValueDeprecation: true }) });
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.data as unknown as IntrospectionQuery;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { version: string };
  const released: ReleasedApi = { version, introspection: introspect(await readFile(new URL('schema.graphql', root), 'utf8')) };
  await writeFile(new URL(RELEASED_API, root), `${JSON.stringify(released)}\n`);
  console.log(`recorded the API of ${version} in ${RELEASED_API}`);
}
