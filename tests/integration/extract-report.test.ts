import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DraftGraph } from '../../src/extract/build-draft.ts';
import { createExtractor } from '../../src/extract/extract-report.ts';
import { emptyKnownGraph, loadKnownGraphFromSeed } from '../../src/extract/known-graph.ts';
import { precisionRecall, type ScoredGraph, scoreDraft } from '../../src/extract/score-draft.ts';
import { SEED_ROOT } from '../../src/seed/seed-from-folder.ts';
import { validateSeedSource } from '../../src/seed/validate-seed.ts';
import { FIXTURE_REPORTS } from '../support/fixture-reports.ts';

const SEED_REPORT = path.join(SEED_ROOT, '2020-national-conference');
const fixturesRoot = new URL(FIXTURE_REPORTS).pathname;

/** Every record's evidence, with what the draft says about where it stands. */
function evidenceOf(graph: DraftGraph): Array<{ record: string; evidence: string; evidenceStart: number }> {
  return [
    { record: graph.document.id, evidence: graph.document.evidence as string, evidenceStart: graph.document.evidenceStart as number },
    ...graph.nodes.map((node) => ({ record: node.id, evidence: node.evidence, evidenceStart: node.evidenceStart })),
    ...graph.relationships.map((rel) => ({
      record: `${rel.from} -${rel.type}-> ${rel.to}`,
      evidence: rel.evidence,
      evidenceStart: rel.evidenceStart,
    })),
  ];
}

/** The text at a code-point offset, as Cypher's substring() and the loader count. */
function atCodePoints(text: string, start: number, length: number): string {
  return Array.from(text)
    .slice(start, start + length)
    .join('');
}

describe('extracting the seed report', () => {
  it('gives a draft that passes the seed validation, every record with evidence at its offsets, its rule and its confidence', async () => {
    const text = await readFile(path.join(SEED_REPORT, 'report.txt'), 'utf8');
    const { graph } = createExtractor({ known: emptyKnownGraph() }).extract(text);
    const result = await validateSeedSource({ file: 'the draft', graph, readText: async () => text });
    expect(result.problems).toEqual([]);
    expect(graph.document).toMatchObject({ name: '2020年全国生态环境保护工作会议在北京召开', publishedAt: '2020-01-13', eventDate: '2020-01-12' });
    for (const { record, evidence, evidenceStart } of evidenceOf(graph)) {
      expect(atCodePoints(text, evidenceStart, Array.from(evidence).length), record).toBe(evidence);
    }
    for (const record of [...graph.nodes, ...graph.relationships]) {
      expect(record.rule).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(record.confidence).toBeGreaterThan(0);
      expect(record.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('meets the targets of issue 10 against the curated graph', async () => {
    const text = await readFile(path.join(SEED_REPORT, 'report.txt'), 'utf8');
    const expected = JSON.parse(await readFile(path.join(SEED_REPORT, 'graph.json'), 'utf8')) as ScoredGraph;
    const { graph } = createExtractor({ known: emptyKnownGraph() }).extract(text);
    const score = scoreDraft(expected, graph as unknown as ScoredGraph, text);
    const row = (key: string) => precisionRecall(score.labels[key] ?? score.relations[key]!);
    expect(row('Person').recall).toBe(1);
    expect(row('Person').precision).toBeGreaterThanOrEqual(0.95);
    expect(row('Organization').recall).toBeGreaterThanOrEqual(0.9);
    expect(row('Organization').precision).toBeGreaterThanOrEqual(0.85);
    expect(row('Region').recall).toBeGreaterThanOrEqual(0.95);
    expect(row('Region').precision).toBeGreaterThanOrEqual(0.9);
    expect(row('Statistic').recall).toBeGreaterThanOrEqual(0.9);
    expect(row('Statistic').precision).toBeGreaterThanOrEqual(0.85);
    expect(row('Statement (right speaker)').recall).toBeGreaterThanOrEqual(0.85);
    expect(row('SPEAKS_FOR').recall).toBeGreaterThanOrEqual(0.9);
  });

  it('is deterministic: the same text and graph give the same draft, byte for byte', async () => {
    const text = await readFile(path.join(SEED_REPORT, 'report.txt'), 'utf8');
    const known = await loadKnownGraphFromSeed(SEED_ROOT);
    const first = JSON.stringify(createExtractor({ known }).extract(text).graph);
    const second = JSON.stringify(createExtractor({ known }).extract(text).graph);
    expect(second).toBe(first);
  });

  it('resolved against seed/, names the people, bodies and places of the seed by their ids', async () => {
    const text = await readFile(path.join(SEED_REPORT, 'report.txt'), 'utf8');
    const { graph } = createExtractor({ known: await loadKnownGraphFromSeed(SEED_ROOT) }).extract(text);
    const ids = new Set(graph.nodes.map((node) => node.id));
    for (const id of ['organization:mee', 'person:li-ganjie', 'person:cao-liping', 'region:anhui', 'region:china', 'organization:mee-party-group']) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('extracting the team-written reports', () => {
  it('gives drafts that pass the seed validation with every evidence at its offsets', async () => {
    const folders = (await readdir(fixturesRoot, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.length).toBeGreaterThanOrEqual(2);
    const extractor = createExtractor({ known: await loadKnownGraphFromSeed(SEED_ROOT) });
    for (const folder of folders) {
      const text = await readFile(path.join(fixturesRoot, folder, 'report.txt'), 'utf8');
      const expected = JSON.parse(await readFile(path.join(fixturesRoot, folder, 'graph.json'), 'utf8')) as { document: { publishedAt: string } };
      const { graph } = extractor.extract(text, { date: expected.document.publishedAt });
      const result = await validateSeedSource({ file: folder, graph, readText: async () => text });
      expect(result.problems, folder).toEqual([]);
      for (const { record, evidence, evidenceStart } of evidenceOf(graph)) {
        expect(atCodePoints(text, evidenceStart, Array.from(evidence).length), `${folder}: ${record}`).toBe(evidence);
      }
    }
  });
});
