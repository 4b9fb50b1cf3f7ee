import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphGateway } from '../../src/db/graph-gateway.ts';
import type { DraftGraph } from '../../src/extract/build-draft.ts';
import { createExtractor } from '../../src/extract/extract-report.ts';
import { emptyKnownGraph, loadKnownGraphFromNeo4j, loadKnownGraphFromSeed } from '../../src/extract/known-graph.ts';
import { loadSeedDocuments } from '../../src/seed/load-seed.ts';
import { removeDocument } from '../../src/seed/remove-document.ts';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { nodesOf } from '../../src/seed/seed-graph.ts';
import { SeedValidationError, validateSeedFolders } from '../../src/seed/validate-seed.ts';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';
import { createTestGateway, startTestService, type TestService, withDriver } from '../support/test-service.ts';

// A team-written release (tests/fixtures/reports/README.md) that names the seed's ministry, provinces and
// 生态环境部部长李干杰: extracted, loaded after the seed report, it must meet the seed's graph on those nodes.
const REPORT = path.join(new URL(FIXTURE_REPORTS).pathname, 'mee-2019-monitoring-cooperation-signing/report.txt');
let gateway: GraphGateway;
let api: TestService;
let folder: string;
let draft: DraftGraph;
let documentId: string;
const prefix = `x${Math.random().toString(36).slice(2, 10)}`;

beforeAll(async () => {
  gateway = await createTestGateway();
  const known = await loadKnownGraphFromSeed(SEED_ROOT);
  const text = await readFile(REPORT, 'utf8');
  draft = createExtractor({ known }).extract(text, { date: '2019-12-20' }).graph;
  // Ids the seed has stay, so the draft meets the seed report there; the draft's own ids get this test's prefix.
  const own = (id: string) => (known.byId.has(id) ? id : id.replace(/^([a-z]+):/, `$1:${prefix}-`));
  const renamed = {
    document: { ...draft.document, id: own(draft.document.id) },
    nodes: draft.nodes.map((node) => ({ ...node, id: own(node.id) })),
    impliedPlaces: draft.impliedPlaces?.map((node) => ({ ...node, id: own(node.id) })),
    relationships: draft.relationships.map((rel) => ({ ...rel, from: own(rel.from), to: own(rel.to) })),
  };
  documentId = renamed.document.id;
  folder = await mkdtemp(path.join(tmpdir(), 'ecokg-extracted-'));
  await writeFile(path.join(folder, 'report.txt'), text);
  await writeFile(path.join(folder, 'graph.json'), JSON.stringify(renamed));
  await loadSeedDocuments(gateway, await validateSeedFolders([folder]));
  api = await startTestService();
});

afterAll(async () => {
  await api?.stop();
  await removeDocument(gateway, documentId);
  await rm(folder, { recursive: true, force: true });
  await gateway.close();
});

describe('an extracted report loaded after the seed', () => {
  it('resolves the ministry, the provinces and the minister to the seed’s own ids', () => {
    const ids = new Set(nodesOf(draft).map((node) => node.id));
    for (const id of [
      'organization:mee',
      'region:hebei',
      'region:anhui',
      'person:li-ganjie',
      'organization:china-national-environmental-monitoring-centre',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(draft.relationships).toContainEqual(
      expect.objectContaining({
        type: 'SPEAKS_FOR',
        from: 'person:li-ganjie',
        to: 'organization:mee',
        properties: expect.objectContaining({ title: '部长' }),
      }),
    );
  });

  it('shares those nodes with the seed report in Neo4j: one node each, named by both documents', async () => {
    const rows = await withDriver((run) =>
      run(
        `UNWIND $ids AS id
         MATCH (n:Entity {id: id})-[:SOURCE]->(d:Document)
         RETURN id, count(DISTINCT n) AS nodes, collect(DISTINCT d.id) AS documents ORDER BY id`,
        { ids: ['organization:mee', 'person:li-ganjie', 'region:anhui', 'region:hebei'] },
      ),
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.nodes, String(row.id)).toBe(1);
      expect((row.documents as string[]).sort(), String(row.id)).toEqual(['document:cenews-2020-national-conference', documentId].sort());
    }
  });

  it('answers a question across both reports: the minister’s post, first named by the release, then by the conference report', async () => {
    const { data, errors } = await api.graphql<{
      person: {
        positions: Array<{
          organization: { id: string };
          title: string;
          firstSeen: string;
          lastSeen: string;
          sources: Array<{ document: { id: string } }>;
        }>;
      };
    }>(
      gql`
        {
          person(id: "person:li-ganjie") {
            positions {
              organization {
                id
              }
              title
              firstSeen
              lastSeen
              sources {
                document {
                  id
                }
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const minister = data!.person.positions.find((position) => position.organization.id === 'organization:mee' && position.title === '部长')!;
    expect(minister).toMatchObject({ firstSeen: '2019-12-20', lastSeen: '2020-01-13' });
    expect(minister.sources.map((source) => source.document.id)).toEqual([documentId, 'document:cenews-2020-national-conference']);
  });

  it('resolves against the running graph too (--against-graph), through the gateway’s named query', async () => {
    const known = await loadKnownGraphFromNeo4j(gateway, 'test');
    expect(known.byId.get('person:li-ganjie')).toMatchObject({
      name: '李干杰',
      organizations: expect.arrayContaining(['organization:mee', 'organization:mee-party-group']),
    });
    const text = await readFile(REPORT, 'utf8');
    const { graph } = createExtractor({ known }).extract(text, { date: '2019-12-20' });
    expect(graph.nodes.find((node) => node.name === '李干杰')?.id).toBe('person:li-ganjie');
  });
});

// A sentence the team wrote: the department's province stands only inside the department's name.
describe('a place named only inside a body’s name', () => {
  const text = '湖北省生态环境厅厅长周启航出席会议。';
  const own = `y${Math.random().toString(36).slice(2, 10)}`;
  const draftOf = () => {
    const graph = createExtractor({ known: emptyKnownGraph() }).extract(text, { title: '测试报道', date: '2021-03-02' }).graph;
    const id = (value: string) => value.replace(/^([a-z]+):/, `$1:${own}-`);
    return {
      document: { ...graph.document, id: id(graph.document.id) },
      nodes: graph.nodes.map((node) => ({ ...node, id: id(node.id) })),
      impliedPlaces: graph.impliedPlaces?.map((node) => ({ ...node, id: id(node.id) })),
      relationships: graph.relationships.map((rel) => ({ ...rel, from: id(rel.from), to: id(rel.to) })),
    };
  };
  const writeDraft = async (graph: object) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ecokg-body-place-'));
    await writeFile(path.join(dir, 'report.txt'), text);
    await writeFile(path.join(dir, 'graph.json'), JSON.stringify(graph));
    return dir;
  };

  it('is kept apart from the places the report names, and loads as a Region node the department serves', async () => {
    const graph = draftOf();
    expect(graph.nodes.filter((node) => node.label === 'Region')).toEqual([]);
    expect(graph.impliedPlaces?.map((node) => [node.label, (node as Record<string, unknown>).name])).toEqual([['Region', '湖北省']]);
    const dir = await writeDraft(graph);
    try {
      await loadSeedDocuments(gateway, await validateSeedFolders([dir]));
      const rows = await withDriver((run) =>
        run(
          `MATCH (body:Organization {id: $body})-[:LOCATED_IN]->(place:Region)-[:SOURCE]->(:Document {id: $document})
           RETURN body.name AS body, place.name AS place, place.level AS level`,
          { body: `organization:${own}-hubei-department-of-ecology-and-environment`, document: graph.document.id },
        ),
      );
      expect(rows).toEqual([{ body: '湖北省生态环境厅', place: '湖北省', level: 'province' }]);
    } finally {
      await removeDocument(gateway, graph.document.id);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('must be a place: anything else there is refused with its record and field, and nothing is written', async () => {
    const graph = draftOf();
    const person = graph.nodes.find((node) => node.label === 'Person')!;
    const dir = await writeDraft({ ...graph, impliedPlaces: [...(graph.impliedPlaces ?? []), person] });
    try {
      const refused = validateSeedFolders([dir]);
      await expect(refused).rejects.toThrow(SeedValidationError);
      await expect(validateSeedFolders([dir])).rejects.toThrow(`record ${person.id} (impliedPlaces[1]), field label: must be Region`);
      const rows = await withDriver((run) => run('MATCH (d:Document {id: $id}) RETURN d.id AS id', { id: graph.document.id }));
      expect(rows).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
