import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDecisions } from '../../src/review/decision-log.ts';
import { createDraftState, type DraftState, exportGraph, isFlagged, type SeedGraph, setDecision, setField } from '../../src/review/draft-model.ts';
import { replayDecisions } from '../../src/review/replay-decisions.ts';
import type { ReviewDecision } from '../../src/seed/review-decision.ts';
import { startTestService, type TestService, testConnection, withDriver } from '../support/test-service.ts';

const execFileAsync = promisify(execFile);
const ADMIN_TOKEN = `identity-test-${Math.random().toString(36).slice(2)}-0123456789abcdef`;
// A short team-written report (test data: the province 青枫省, its city 岚溪市 and every person are fictional, and no
// other test names them, so what the graph resolves it against is the same from its first draft to its last). The
// title carries this run's mark: the document's id and its text are this run's own.
const RUN = Math.random().toString(36).slice(2, 8);
const TEXT = `青枫省召开2023年全省生态环境保护工作会议（${RUN}）

青枫日报　2023年2月14日　星期二　第1版

本报记者 苏明远

2月13日，2023年全省生态环境保护工作会议在岚溪市召开。青枫省生态环境厅厅长陈立群出席会议并讲话，副厅长吴海澜主持会议。

陈立群指出，2022年全省PM2.5平均浓度为31微克/立方米，同比下降6.1%；全省优良天数比例为88.5%。他强调，各地要把碧水保卫战摆在更加突出的位置，持续改善生态环境质量。

会议要求，岚溪市生态环境局要加快推进“青枫蓝天行动”，2023年底前完成全部燃煤锅炉淘汰任务。
`;

let api: TestService;
let draft: { graph: SeedGraph; text: string };
let folder: string;
let documentId: string;

/** What the admin API answers, as far as these tests read it. */
type AdminBody = Record<string, unknown> & {
  errors: Array<{ message: string; extensions: Record<string, unknown> }>;
  graph: SeedGraph;
  existing: unknown[];
  loaded: Record<string, unknown>;
  decisions: ReviewDecision[];
};

/** Posts to the admin API with the token. */
async function admin(method: string, pathname: string, body?: unknown) {
  const response = await fetch(`${api.url}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as AdminBody };
}

/** Runs a CLI of the project as a user would, against the tests' Neo4j. */
async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, user, password } = testConnection();
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [script, ...args], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_TX_TIMEOUT_MS: '60000' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The documents of the graph whose text is this report's (by its run mark), and their review decisions. */
async function copiesInGraph() {
  return withDriver(async (run) => {
    const rows = await run(
      `MATCH (d:Document) WHERE d.fullText CONTAINS $mark
       RETURN d.id AS id, d.unreviewedCount AS unreviewed, COUNT { (:ReviewDecision {documentId: d.id}) } AS decisions ORDER BY id`,
      { mark: `（${RUN}）` },
    );
    return rows;
  });
}

/** The draft under another document id: the same report as another document. */
function underAnotherId(otherId: string): SeedGraph {
  const graph = structuredClone(draft.graph);
  graph.document.id = otherId;
  for (const relation of graph.relationships) {
    if (relation.from === documentId) relation.from = otherId;
    if (relation.to === documentId) relation.to = otherId;
  }
  return graph;
}

/** A copy of the draft's folder under another document id. */
async function copyUnderAnotherId(): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'ecokg-identity-copy-'));
  await writeFile(path.join(copy, 'graph.json'), JSON.stringify(underAnotherId(`${documentId}-again`)));
  await writeFile(path.join(copy, 'report.txt'), draft.text);
  return copy;
}

beforeAll(async () => {
  // Loading and replacing a whole report is one transaction each; a busy machine may need more than 5 s.
  api = await startTestService({ ADMIN_TOKEN, NEO4J_TX_TIMEOUT_MS: '60000' });
  const extracted = await admin('POST', '/admin/extract', { text: TEXT });
  expect(extracted.status).toBe(200);
  draft = { graph: extracted.body.graph, text: String(extracted.body.text) };
  documentId = draft.graph.document.id;
  folder = await mkdtemp(path.join(tmpdir(), 'ecokg-identity-'));
  await writeFile(path.join(folder, 'graph.json'), JSON.stringify(draft.graph));
  await writeFile(path.join(folder, 'report.txt'), draft.text);
});

afterAll(async () => {
  for (const { id } of await copiesInGraph()) await admin('DELETE', `/admin/documents/${encodeURIComponent(String(id))}`);
  await api.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('one report, one document', () => {
  it('npm run seed loads an extracted draft once, keeping what it flags as unreviewed; the same draft again changes nothing', async () => {
    const flagged = [draft.graph.document, ...draft.graph.nodes, ...draft.graph.relationships].filter((record) => record.review).length;
    expect(flagged).toBeGreaterThan(3);
    const first = await cli('src/cli/seed-cli.ts', [folder]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`; ${flagged} record(s) still flagged for review, kept as unreviewed`);
    const again = await cli('src/cli/seed-cli.ts', [folder]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`the graph holds ${documentId} exactly as it is`);
    expect(await copiesInGraph()).toEqual([{ id: documentId, unreviewed: flagged, decisions: 0 }]);
  });

  it('npm run seed refuses the same report under another id in one line, and writes nothing', async () => {
    const copy = await copyUnderAnotherId();
    try {
      const refused = await cli('src/cli/seed-cli.ts', [copy]);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toEqual([
        `${path.join(copy, 'graph.json')}: the report is already in the graph as ${documentId} (“${draft.graph.document.name}”, 2023-02-14): same text; not loaded (pass --replace to replace it)`,
      ]);
      expect((await copiesInGraph()).map((row) => row.id)).toEqual([documentId]);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('POST /admin/extract and ?check=true name the loaded copy; POST /admin/documents refuses a second copy with DOCUMENT_EXISTS', async () => {
    const extracted = await admin('POST', '/admin/extract', { text: TEXT });
    expect(extracted.body.existing).toEqual([
      expect.objectContaining({
        id: documentId,
        name: draft.graph.document.name,
        publishedAt: '2023-02-14',
        matches: ['id', 'text'],
        extracted: true,
      }),
    ]);
    // The draft of a report the graph holds is resolved as its first draft was: the same ids, no `-2` beside them.
    expect(extracted.body.graph.nodes.map((node) => node.id)).toEqual(draft.graph.nodes.map((node) => node.id));

    const checked = await admin('POST', '/admin/documents?check=true', { graph: draft.graph, text: TEXT });
    expect(checked.body).toMatchObject({ valid: true, existing: [expect.objectContaining({ id: documentId })] });

    const refused = await admin('POST', '/admin/documents', { graph: underAnotherId(`${documentId}-posted`), text: TEXT });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({
      message: `the report is already in the graph as ${documentId} (“${draft.graph.document.name}”, 2023-02-14): same text; nothing was written. Post again with "replace": true to replace it.`,
      extensions: { code: 'DOCUMENT_EXISTS', existing: [expect.objectContaining({ id: documentId, matches: ['text'] })] },
    });
    expect((await copiesInGraph()).map((row) => row.id)).toEqual([documentId]);
  });

  it('lists through the API what was loaded still flagged, with the extractor’s reason and the words, and filters documents by it', async () => {
    const { data, errors } = await api.graphql<{
      document: {
        unreviewedCount: number;
        unreviewed: Array<{ record: string; label: string; name: string; review: string; evidence: { excerpt: string } }>;
      };
      flagged: { edges: Array<{ node: { id: string } }> };
      clean: { edges: Array<{ node: { id: string } }> };
    }>(
      gql`
        query Unreviewed($id: ID!) {
          document(id: $id) {
            unreviewedCount
            unreviewed(first: 100) { record label name review evidence { excerpt } }
          }
          flagged: documents(filter: { unreviewed: true }, first: 100) { edges { node { id } } }
          clean: documents(filter: { unreviewed: false }, first: 100) { edges { node { id } } }
        }
      `,
      { id: documentId },
    );
    expect(errors).toBeUndefined();
    const wuHailan = draft.graph.nodes.find((node) => node.name === '吴海澜')!;
    expect(data!.document.unreviewed).toContainEqual({
      record: wuHailan.id,
      label: 'Person',
      name: '吴海澜',
      review: wuHailan.review,
      evidence: { excerpt: wuHailan.evidence },
    });
    expect(data!.document.unreviewed).toHaveLength(data!.document.unreviewedCount);
    expect(data!.flagged.edges.map((edge) => edge.node.id)).toContain(documentId);
    expect(data!.clean.edges.map((edge) => edge.node.id)).toContain('document:cenews-2020-national-conference');
    expect(data!.clean.edges.map((edge) => edge.node.id)).not.toContain(documentId);
  });
});

describe('a review that lasts', () => {
  let reviewed: DraftState;
  let decisions: ReviewDecision[];
  const rejectedName = '青枫省优良天数比例';

  it('replaces the loaded version with the reviewed one and its decision log, in one transaction, under the same id', async () => {
    let state = createDraftState(draft.graph);
    const keyOf = (name: string) => state.entities.find((record) => (record.data.name ?? record.data.text) === name)!.key;
    state = setDecision(state, keyOf(rejectedName), 'rejected');
    state = setField(state, keyOf('陈立群'), 'nameEn', 'Chen Liqun (Director)');
    for (const record of [state.document, ...state.entities, ...state.relations]) {
      if (isFlagged(record) && record.decision === 'open') state = setDecision(state, record.key, 'accepted');
    }
    decisions = signDecisions(state.decisions, '集成测试', new Date('2026-03-02T09:30:00Z'));
    reviewed = { ...state, decisions };
    const loaded = await admin('POST', '/admin/documents', { graph: exportGraph(reviewed).graph, text: draft.text, decisions, replace: true });
    expect(loaded.status, JSON.stringify(loaded.body)).toBe(200);
    expect(loaded.body.loaded).toMatchObject({ documentId, status: 'replaced', replaced: [documentId], unreviewed: 0 });
    expect(await copiesInGraph()).toEqual([{ id: documentId, unreviewed: 0, decisions: decisions.length }]);
    const [kept] = await withDriver((run) =>
      run('MATCH (x:ReviewDecision {documentId: $id, action: "set-field"}) RETURN x.by AS by, x.at AS at, x.record AS record, x.name AS name', {
        id: documentId,
      }),
    );
    // Keyed by what the extractor found: the label, the rule, the words' span and the name, not the generated id.
    const person = draft.graph.nodes.find((node) => node.name === '陈立群')!;
    const span = `${person.evidenceStart}-${person.evidenceStart! + [...person.evidence].length}`;
    expect(kept).toEqual({ by: '集成测试', at: '2026-03-02T09:30:00.000Z', record: `Person|${person.rule}|${span}|陈立群`, name: '陈立群' });
    const rejected = draft.graph.nodes.find((node) => node.name === rejectedName)!;
    const [gone] = await withDriver((run) => run('OPTIONAL MATCH (n:Entity {id: $id}) RETURN n IS NULL AS gone', { id: rejected.id }));
    expect(gone).toEqual({ gone: true });
  });

  it('POST /admin/documents/<id>/reextract drafts it again, replays every decision, and finds nothing changed by the same extractor', async () => {
    const found = await admin('POST', `/admin/documents/${encodeURIComponent(documentId)}/reextract`);
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body).toMatchObject({ documentId, decisions, applied: decisions.length, stale: [], undecided: 0 });
    expect(found.body.changes).toEqual({ added: [], removed: [], changed: [] });
    // The page replays the log on the new draft with the same code: the graph it loads is the one the review made,
    // but for the first draft's origin (the file it was read from), which the loader does not keep: a re-extraction
    // reads the loaded text.
    const replay = replayDecisions(createDraftState(found.body.graph), found.body.decisions);
    const { origin: _origin, ...reviewedDocument } = exportGraph(reviewed).graph.document;
    expect(exportGraph(replay.state).graph).toEqual({ ...exportGraph(reviewed).graph, document: reviewedDocument });
  });

  it('npm run extract -- --reextract replays the log and replaces the loaded version, keeping the log', async () => {
    const run = await cli('src/cli/extract-cli.ts', ['--reextract', documentId]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `re-extracted ${documentId}: 0 added, 0 removed, 0 changed against the loaded version; ${decisions.length} of ${decisions.length} decisions replayed; 0 record(s) still to review`,
      `  replaced ${documentId} in the graph, its decision log kept`,
      '',
    ]);
    expect(await copiesInGraph()).toEqual([{ id: documentId, unreviewed: 0, decisions: decisions.length }]);
    const { data } = await api.graphql<{ person: { nameEn: string } }>(gql`
      query { person(id: "person:chen-liqun") { nameEn } }
    `);
    expect(data?.person.nameEn).toBe('Chen Liqun (Director)');
  });

  it('DELETE /admin/documents/<id> takes the report out with its decision log', async () => {
    const removed = await admin('DELETE', `/admin/documents/${encodeURIComponent(documentId)}`);
    expect(removed.status).toBe(200);
    expect(await copiesInGraph()).toEqual([]);
    const [left] = await withDriver((run) => run('MATCH (x:ReviewDecision {documentId: $id}) RETURN count(x) AS left', { id: documentId }));
    expect(left).toEqual({ left: 0 });
  });
});
