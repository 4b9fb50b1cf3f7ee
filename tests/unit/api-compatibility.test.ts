import { readFile } from 'node:fs/promises';
import { buildClientSchema, buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { introspect, RELEASED_API, type ReleasedApi } from '../../scripts/record-released-api.ts';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFile(new URL(file, root), 'utf8');

// CHANGELOG.md's policy: nothing a client of the last release relies on changes or goes away unannounced. What a
// release removes after deprecating it is removed together with a new RELEASED_API (npm run api:release) and a
// CHANGELOG.md entry, so this test is the reviewer's prompt, not an obstacle.
describe('the API against the last release', () => {
  it('breaks nothing a client of the last release sends or reads', async () => {
    const released = JSON.parse(await read(RELEASED_API)) as ReleasedApi;
    const current = buildSchema(await read('schema.graphql'));
    const breaking = findBreakingChanges(buildClientSchema(released.introspection), current).map((change) => change.description);
    expect(breaking, `breaking changes since ${released.version}: deprecate first (CHANGELOG.md)`).toEqual([]);
  });

  it('finds a breaking change when there is one (the check itself works)', async () => {
    const released = buildClientSchema(introspect(await read('schema.graphql')));
    const changed = buildSchema((await read('schema.graphql')).replace('kinds: [EntityKind!]', 'kinds: [String!]'));
    expect(findBreakingChanges(released, changed).map((change) => change.description)).toEqual([
      'Query.search arg kinds has changed type from [EntityKind!] to [String!].',
    ]);
  });

  it('names the release it holds in CHANGELOG.md, no later than the package version', async () => {
    const released = JSON.parse(await read(RELEASED_API)) as ReleasedApi;
    const { version } = JSON.parse(await read('package.json')) as { version: string };
    expect(await read('CHANGELOG.md')).toContain(`\n## ${released.version} — `);
    expect(await read('CHANGELOG.md')).toContain(`\n## ${version} — `);
  });
});
