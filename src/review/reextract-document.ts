/**
 * Re-extracting a loaded report with the extractor as it is now: the text the graph keeps is drafted again, against
 * the graph without the entities only this report names (so the draft resolves as the first one did and no `-2` id
 * appears beside the report's own), under the loaded document's id; the report's decision log is replayed on the
 * new draft, and the reviewed result is compared with the loaded version. Nothing is written here: the caller
 * loads the result over the loaded version (load-seed.ts, `existing: 'replace'`), which is one transaction.
 */
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import type { DraftGraph } from '../extract/build-draft.ts';
import { createExtractor, type ExtractionSummary } from '../extract/extract-report.ts';
import { createKnownGraph, type KnownGraph, loadKnownGraphFromNeo4j } from '../extract/known-graph.ts';
import { readDecisions } from '../seed/load-seed.ts';
import type { ReviewDecision } from '../seed/review-decision.ts';
import { type PreparedDocument, type SeedProblem, validateSeedSource } from '../seed/validate-seed.ts';
import { type ChangedRecord, compareVersions, type ReportVersion, type VersionChanges } from './compare-versions.ts';
import { createDraftState, type DraftState, exportGraph, type SeedGraph, undecidedRecords } from './draft-model.ts';
import { replayDecisions, type StaleDecision } from './replay-decisions.ts';

/** A loaded report drafted again, its decisions replayed, compared with the version the graph holds. */
export interface Reextraction {
  documentId: string;
  /** The text the graph keeps, which the offsets refer to. */
  text: string;
  /** The new draft as the extractor gives it, under the loaded document's id, before any decision. */
  graph: DraftGraph;
  summary: ExtractionSummary;
  /** The report's decision log, oldest first. */
  decisions: ReviewDecision[];
  /** The new draft with the decisions replayed. */
  state: DraftState;
  replay: { applied: number; stale: StaleDecision[] };
  /** What the reviewed new draft changes against the loaded version. */
  changes: VersionChanges;
  /** The reviewed draft as the loader will take it, or its problems when it would refuse it. */
  prepared: PreparedDocument | null;
  problems: SeedProblem[];
  /** Records the new draft flags that no decision answers. */
  undecided: number;
}

/** Drafts a loaded report again and replays its decisions; NOT_FOUND when the graph has no such document. */
export async function reextractDocument(gateway: GraphGateway, documentId: string, options: { source: string }): Promise<Reextraction> {
  const [loaded] = await gateway.read('document-loaded-version', { documentId });
  if (!loaded) throw new EcokgError(ErrorCode.NOT_FOUND, `No document ${documentId} in the graph; nothing to re-extract.`);
  const document = loaded.document as Record<string, unknown>;
  if (document.extracted !== true) {
    throw new EcokgError(
      ErrorCode.BAD_USER_INPUT,
      `${documentId} was not loaded from a draft of the extractor (its graph is curated); re-extracting it would replace that graph, so it is left as it is.`,
    );
  }
  const text = String(document.fullText ?? '');
  const loadedNodes = loaded.nodes as LoadedNode[];
  const decisions = await readDecisions(gateway, documentId);

  const known = withoutEntities(
    await loadKnownGraphFromNeo4j(gateway, options.source),
    loadedNodes.filter((node) => !node.shared).map((node) => node.id),
  );
  const extraction = createExtractor({ known }).extract(text, {
    date: String(document.publishedAt),
    ...(typeof document.url === 'string' ? { url: document.url } : {}),
  });
  const graph = underId(extraction.graph, documentId);
  const replay = replayDecisions(createDraftState(graph as unknown as SeedGraph), decisions);
  const exported = exportGraph(replay.state).graph;
  const validated = await validateSeedSource({ file: documentId, graph: exported, readText: async () => text });
  const prepared = validated.document ? { ...validated.document, decisions } : null;
  const next: ReportVersion = prepared
    ? {
        nodes: prepared.nodes.map((node) => ({ ...node, properties: { ...node.properties, aliases: node.aliases } })),
        relationships: prepared.relationships,
      }
    : {
        nodes: exported.nodes.map((node) => ({
          id: node.id,
          label: node.label,
          properties: node,
          evidence: { evidence: node.evidence, evidenceStart: node.evidenceStart ?? -1 },
        })),
        relationships: exported.relationships.map((rel) => ({ type: rel.type, from: rel.from, to: rel.to, properties: { ...rel } })),
      };
  return {
    documentId,
    text,
    graph,
    summary: extraction.summary,
    decisions,
    state: replay.state,
    replay: { applied: replay.applied, stale: replay.stale },
    changes: compareVersions(loadedVersion(loadedNodes, loaded.relationships as ReportVersion['relationships']), next),
    prepared,
    problems: validated.problems,
    undecided: undecidedRecords(replay.state).length,
  };
}

/** What the graph says of one entity of the report (document-loaded-version.cypher). */
interface LoadedNode {
  id: string;
  label: string;
  contributed: string | null;
  aliases: string[] | null;
  evidence: string;
  evidenceStart: number;
  /** Another document names it too. */
  shared: boolean;
}

/**
 * The known graph without the entities only these loaded documents name: their first draft made them, and a new
 * draft of the same report resolving against them would find the report's own corrected people and places under
 * names it does not give them, and give its new ones `-2` ids. Resolving without them, it drafts as the first did.
 */
export async function knownGraphWithout(gateway: GraphGateway, known: KnownGraph, documentIds: readonly string[]): Promise<KnownGraph> {
  if (documentIds.length === 0) return known;
  const [row] = await gateway.read('document-own-entities', { documentIds });
  return withoutEntities(known, (row?.ids as string[] | undefined) ?? []);
}

function withoutEntities(known: KnownGraph, ids: readonly string[]): KnownGraph {
  const own = new Set(ids);
  return createKnownGraph(
    known.source,
    [...known.byId.values()].filter((entity) => !own.has(entity.id)),
  );
}

// The new draft keeps the loaded document's id whatever title it reads, so links to the report stay good.
function underId(graph: DraftGraph, documentId: string): DraftGraph {
  const oldId = graph.document.id;
  const end = (id: string) => (id === oldId ? documentId : id);
  return {
    document: { ...graph.document, id: documentId },
    nodes: graph.nodes,
    relationships: graph.relationships.map((rel) => ({ ...rel, from: end(rel.from), to: end(rel.to) })),
  };
}

function loadedVersion(nodes: readonly LoadedNode[], relationships: ReportVersion['relationships']): ReportVersion {
  return {
    nodes: nodes.map((node) => ({
      id: node.id,
      label: node.label,
      properties: { ...(node.contributed === null ? {} : (JSON.parse(node.contributed) as Record<string, unknown>)), aliases: node.aliases ?? [] },
      evidence: { evidence: node.evidence, evidenceStart: node.evidenceStart },
    })),
    relationships,
  };
}

/** The changes in one line each, for the CLI: `+ Policy 区域限批 (policy:…)`, `~ Person 韩立军: nameEn`. */
export function describeChanges(changes: VersionChanges): string[] {
  const line = (sign: string, record: ChangedRecord) =>
    `${sign} ${record.label} ${record.name} (${record.record})${record.fields ? `: ${record.fields.join(', ')}` : ''}`;
  return [
    ...changes.added.map((record) => line('+', record)),
    ...changes.removed.map((record) => line('-', record)),
    ...changes.changed.map((record) => line('~', record)),
  ];
}
