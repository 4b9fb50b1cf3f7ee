import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import { type LoadedFixtures, loadFixtureReports } from '../support/fixture-reports.ts';
import { createTestGateway, startTestService, type TestService } from '../support/test-service.ts';

// The two team-written 东岚 reports one year apart (tests/fixtures/reports/README.md): 周启航 is 副厅长 of the
// provincial department in the 2021 report, attends its briefing and speaks four times; in the 2022 report he is
// 厅长 and 党组书记 of the department's party group and speaks six times.
let gateway: GraphGateway;
let api: TestService;
let fixtures: LoadedFixtures;

beforeAll(async () => {
  gateway = await createTestGateway();
  fixtures = await loadFixtureReports(gateway, ['donglan-2021-environment-bulletin', 'donglan-2022-environment-bulletin']);
  api = await startTestService();
});

afterAll(async () => {
  await api.stop();
  await fixtures.remove();
  await gateway.close();
});

const NEIGHBORHOOD = gql`
  query ScopedNeighborhood($id: ID!, $from: Date, $to: Date, $documents: [ID!]) {
    neighborhood(id: $id, from: $from, to: $to, documents: $documents) {
      nodes {
        id
      }
      edges {
        type
        to
        title
        evidence {
          document {
            id
          }
        }
      }
    }
  }
`;

interface Scoped {
  nodes: string[];
  titles: string[];
  documents: string[];
}

async function neighborhood(scope: { from?: string; to?: string; documents?: string[] }): Promise<Scoped> {
  const { data, errors } = await api.graphql<{
    neighborhood: {
      nodes: Array<{ id: string }>;
      edges: Array<{ type: string; to: string; title: string | null; evidence: { document: { id: string } } }>;
    };
  }>(NEIGHBORHOOD, { id: fixtures.id('person:zhou-qihang'), ...scope });
  expect(errors).toBeUndefined();
  const { nodes, edges } = data!.neighborhood;
  return {
    nodes: nodes.map((node) => node.id),
    titles: edges.filter((edge) => edge.type === 'SPEAKS_FOR' && edge.to === department()).map((edge) => edge.title ?? ''),
    documents: [...new Set(edges.map((edge) => edge.evidence.document.id))].sort(),
  };
}

const department = () => fixtures.id('organization:donglan-department-of-ecology-and-environment');
const statement = (n: number, year: number) => fixtures.id(`statement:donglan-${year}-zhou-qihang-${n}`);

describe('a neighborhood scoped to some reports', () => {
  it('draws 周启航 as both reports give him when no scope is set', async () => {
    const all = await neighborhood({});
    expect(all.documents).toEqual([...fixtures.documentIds].sort());
    expect(all.titles.sort()).toEqual(['副厅长', '厅长']);
    expect(all.nodes).toEqual(expect.arrayContaining([statement(1, 2021), statement(1, 2022)]));
  });

  it('keeps only the 2021 report’s relations when that report is chosen: 副厅长, the briefing, none of the 2022 statements', async () => {
    const scoped = await neighborhood({ documents: [fixtures.documentIds[0]!] });
    expect(scoped.documents).toEqual([fixtures.documentIds[0]]);
    expect(scoped.titles).toEqual(['副厅长']);
    expect(scoped.nodes[0]).toBe(fixtures.id('person:zhou-qihang'));
    expect(scoped.nodes).toEqual(
      expect.arrayContaining([statement(1, 2021), statement(4, 2021), fixtures.id('event:donglan-2021-world-environment-day-briefing')]),
    );
    expect(scoped.nodes).not.toContain(statement(1, 2022));
    expect(scoped.nodes).not.toContain(fixtures.id('organization:donglan-department-of-ecology-and-environment-party-group'));
  });

  it('keeps only what reports of a period state: from 2022-01-01 he is 厅长 and 党组书记, and the 2021 briefing is gone', async () => {
    const scoped = await neighborhood({ from: '2022-01-01' });
    expect(scoped.documents).toEqual([fixtures.documentIds[1]]);
    expect(scoped.titles).toEqual(['厅长']);
    expect(scoped.nodes).toEqual(
      expect.arrayContaining([statement(6, 2022), fixtures.id('organization:donglan-department-of-ecology-and-environment-party-group')]),
    );
    expect(scoped.nodes).not.toContain(statement(1, 2021));
    expect(scoped.nodes).not.toContain(fixtures.id('event:donglan-2021-world-environment-day-briefing'));
  });

  it('draws the centre alone when no chosen report states any of its relations', async () => {
    const scoped = await neighborhood({ to: '2021-01-01' });
    expect(scoped).toEqual({ nodes: [fixtures.id('person:zhou-qihang')], titles: [], documents: [] });
  });

  it('refuses a period that ends before it starts, and a list that names something other than a document', async () => {
    const backwards = await api.graphql(NEIGHBORHOOD, { id: fixtures.id('person:zhou-qihang'), from: '2022-01-01', to: '2021-01-01' });
    expect(backwards.errors?.[0]?.message).toBe('from must not be after to, got from 2022-01-01 and to 2021-01-01');
    const notDocument = await api.graphql(NEIGHBORHOOD, { id: fixtures.id('person:zhou-qihang'), documents: ['person:li-ganjie'] });
    expect(notDocument.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
