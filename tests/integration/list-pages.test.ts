import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/test-service.ts';

let api: TestService;
beforeAll(async () => {
  api = await startTestService();
});
afterAll(async () => {
  await api.stop();
});

type Page = { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> };

// Each list in each order it offers, with and without a filter: the pages a client walks with cursors, five items at
// a time, must give exactly the one page of 100 in the same order, and totalCount must count them all.
const CASES: Array<{ list: string; orderBy: string; filter?: string; atLeast: number }> = [
  { list: 'people', orderBy: '{ field: NAME, direction: ASC }', atLeast: 27 },
  { list: 'people', orderBy: '{ field: NAME, direction: DESC }', atLeast: 27 },
  { list: 'people', orderBy: '{ field: NAME_EN, direction: ASC }', atLeast: 27 },
  { list: 'people', orderBy: '{ field: ID, direction: DESC }', atLeast: 27 },
  { list: 'people', orderBy: '{ field: NAME, direction: ASC }', filter: '{ theme: "theme:precise-pollution-control" }', atLeast: 4 },
  { list: 'people', orderBy: '{ field: NAME, direction: DESC }', filter: '{ nameContains: "li" }', atLeast: 5 },
  { list: 'statements', orderBy: '{ field: NAME_EN, direction: DESC }', atLeast: 24 },
  { list: 'statements', orderBy: '{ field: NAME, direction: ASC }', filter: '{ from: "2020-01-01", to: "2020-12-31" }', atLeast: 24 },
  { list: 'statistics', orderBy: '{ field: VALUE, direction: DESC }', atLeast: 21 },
  { list: 'statistics', orderBy: '{ field: PERIOD, direction: ASC }', atLeast: 21 },
  { list: 'statistics', orderBy: '{ field: INDICATOR, direction: ASC }', filter: '{ region: "region:china" }', atLeast: 5 },
  { list: 'regions', orderBy: '{ field: NAME, direction: ASC }', filter: '{ level: PROVINCE }', atLeast: 11 },
  { list: 'organizations', orderBy: '{ field: NAME_EN, direction: DESC }', atLeast: 25 },
  { list: 'policies', orderBy: '{ field: ID, direction: ASC }', filter: '{ kind: CAMPAIGN }', atLeast: 2 },
  { list: 'documents', orderBy: '{ field: PUBLISHED_AT, direction: DESC }', atLeast: 1 },
];

async function page(list: string, args: string, withCount: boolean): Promise<Page> {
  const response = await api.graphql<Record<string, Page>>(
    `{ ${list}(${args}) { ${withCount ? 'totalCount' : ''} pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
  );
  expect(response.errors, args).toBeUndefined();
  return response.data![list]!;
}

describe('list pages', () => {
  it.each(CASES)(
    '$list ordered by $orderBy, filter $filter: pages of five give the whole list once, in order',
    async ({ list, orderBy, filter, atLeast }) => {
      const filterArg = filter ? `, filter: ${filter}` : '';
      const whole = await page(list, `first: 100, orderBy: ${orderBy}${filterArg}`, true);
      expect(whole.totalCount).toBe(whole.edges.length);
      expect(whole.edges.length).toBeGreaterThanOrEqual(atLeast);
      const walked: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages += 1) {
        const next = await page(list, `first: 5, orderBy: ${orderBy}${filterArg}${after ? `, after: "${after}"` : ''}`, pages % 2 === 0);
        walked.push(...next.edges.map((edge) => edge.node.id));
        if (!next.pageInfo.hasNextPage) break;
        after = next.pageInfo.endCursor;
      }
      expect(walked).toEqual(whole.edges.map((edge) => edge.node.id));
    },
  );

  it('counts what matches, not what follows the cursor', async () => {
    const first = await page('people', 'first: 10', true);
    const second = await page('people', `first: 10, after: "${first.pageInfo.endCursor}"`, true);
    expect(second.totalCount).toBe(first.totalCount);
    expect(first.totalCount).toBe(27);
  });
});
