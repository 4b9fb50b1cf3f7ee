import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { withDriver } from '../support/test-service.ts';

const DOCUMENT = 'document:cenews-2020-national-conference';
const folder = path.join(SEED_ROOT, '2020-national-conference');
const seed = JSON.parse(await readFile(path.join(folder, 'graph.json'), 'utf8')) as {
  nodes: Array<{ id: string; label: string }>;
  relationships: Array<{ type: string }>;
};
const reportText = await readFile(path.join(folder, 'report.txt'), 'utf8');

describe('the report as a graph in Neo4j', () => {
  it('stores every evidence excerpt at offsets where the document text holds exactly those words', async () => {
    const excerpts = await withDriver((run) =>
      run(
        `MATCH (d:Document {id: $doc})
         CALL (d) {
           MATCH ()-[r]->() WHERE r.source = d.id RETURN r.evidence AS evidence, r.evidenceStart AS start, r.evidenceEnd AS end
           UNION ALL
           MATCH (n:Statement|Statistic) WHERE n.source = d.id RETURN n.evidence AS evidence, n.evidenceStart AS start, n.evidenceEnd AS end
         }
         RETURN evidence, start, end, substring(d.fullText, start, end - start) AS atOffsets`,
        { doc: DOCUMENT },
      ),
    );
    expect(excerpts.length).toBe(
      seed.relationships.length + seed.nodes.length + seed.nodes.filter((n) => ['Statement', 'Statistic'].includes(n.label)).length,
    );
    for (const excerpt of excerpts) {
      expect(excerpt.atOffsets, `evidence at ${excerpt.start}..${excerpt.end}`).toBe(excerpt.evidence);
      expect(reportText.slice(excerpt.start as number, excerpt.end as number)).toBe(excerpt.evidence);
    }
  });

  it('holds as many nodes and relationships of the document as its seed file names', async () => {
    const [counts] = await withDriver((run) =>
      run(
        `MATCH (d:Document {id: $doc})
         RETURN COUNT { (n:Entity)-[:SOURCE]->(d) } AS nodes,
                COUNT { ()-[r]->() WHERE r.source = d.id AND NOT r:SOURCE } AS relationships`,
        { doc: DOCUMENT },
      ),
    );
    expect(counts).toEqual({ nodes: seed.nodes.length, relationships: seed.relationships.length });
  });

  it('has no relationship that points to a node outside the report', async () => {
    const [row] = await withDriver((run) =>
      run(`MATCH (a)-[r]->(b) WHERE r.source = $doc AND (NOT a:Entity OR NOT b:Entity OR a.id IS NULL OR b.id IS NULL) RETURN count(r) AS dangling`, {
        doc: DOCUMENT,
      }),
    );
    expect(row?.dangling).toBe(0);
  });

  it('gives every person an organization they speak for, or a byline', async () => {
    const people = await withDriver((run) =>
      run(
        `MATCH (p:Person)-[:SOURCE]->(:Document {id: $doc})
           RETURN p.name AS name, EXISTS { (p)-[:SPEAKS_FOR]->() } OR EXISTS { (p)-[:WROTE|REPORTED]->() } AS placed`,
        { doc: DOCUMENT },
      ),
    );
    expect(people.length).toBe(27);
    expect(people.filter((person) => !person.placed).map((person) => person.name)).toEqual([]);
  });

  it('answers who speaks for 厦门市生态环境局: its director 何伯星', async () => {
    const rows = await withDriver((run) =>
      run(
        `MATCH (p:Person)-[r:SPEAKS_FOR]->(:Organization {name: '厦门市生态环境局'}) RETURN p.name AS name, r.title AS title, r.evidence AS evidence`,
      ),
    );
    expect(rows).toEqual([{ name: '何伯星', title: '局长', evidence: expect.stringContaining('厦门市生态环境局局长何伯星') }]);
  });

  it('answers which region implements 一河一策: 天津市', async () => {
    const rows = await withDriver((run) =>
      run(`MATCH (g:Region)-[r:IMPLEMENTS]->(:Policy {name: '一河一策'}) RETURN g.name AS region, r.evidence AS evidence`),
    );
    expect(rows).toEqual([{ region: '天津市', evidence: expect.stringContaining('一河一策') }]);
  });

  it('gives the 2019 PM2.5 figure of the "2+26" cities with its unit, period and change', async () => {
    const rows = await withDriver((run) =>
      run(`MATCH (s:Statistic)-[:MEASURES]->(:Region {name: '“2+26”城市'})
           WHERE s.indicator CONTAINS 'PM2.5'
           RETURN s.value AS value, s.unit AS unit, s.period AS period, s.change AS change, s.changeUnit AS changeUnit, s.evidence AS evidence`),
    );
    expect(rows).toEqual([
      {
        value: 54,
        unit: '微克/立方米',
        period: '2019-01/2019-11',
        change: -1.8,
        changeUnit: '%',
        evidence: expect.stringContaining('PM2.5浓度为54微克/立方米，同比下降1.8%'),
      },
    ]);
  });

  it('finds 黑臭水体 inside a statistic and 铁军 inside statements with the cjk full-text index', async () => {
    const hits = await withDriver((run) =>
      run(
        `CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
           RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name ORDER BY score DESC`,
        { q: '黑臭水体' },
      ),
    );
    expect(hits[0]).toMatchObject({ label: 'Statistic', name: expect.stringContaining('黑臭水体') });
    const ironArmy = await withDriver((run) =>
      run(`CALL db.index.fulltext.queryNodes('entity_search', '铁军') YIELD node
           WHERE node:Statement RETURN node.text AS text`),
    );
    expect(ironArmy.length).toBeGreaterThan(0);
    for (const statement of ironArmy) expect(statement.text).toContain('铁军');
  });
});
