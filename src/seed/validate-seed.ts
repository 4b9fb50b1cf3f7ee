import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { toPinyinKeys } from '../search/pinyin-keys.ts';
import type { ReviewDecision } from './review-decision.ts';
import {
  ID_PREFIX,
  isCalendarDate,
  type NodeLabel,
  RELATIONSHIP_RULES,
  type SeedNode,
  type SeedRelationship,
  seedFileSchema,
  seedNodeSchema,
  seedRelationshipSchema,
  VERBATIM_NAME_LABELS,
} from './seed-schema.ts';

/** The name of the curated graph file in each seed folder. */
export const GRAPH_FILE = 'graph.json';

/** Property values the loader writes: what Neo4j stores without conversion. */
export type PropertyValue = string | number | boolean | string[] | null;

/** A node ready to write: its label, the properties this document gives it, and the short forms it uses. */
export interface PreparedNode {
  id: string;
  label: NodeLabel;
  /** Every property but `aliases`, which accumulate across documents while the rest come from one (load-seed.ts). */
  properties: Record<string, PropertyValue>;
  aliases: string[];
  /** The excerpt that shows this entity in the document, stored on its SOURCE relationship. */
  evidence: Evidence;
  /** Why the extractor asked for a look, when nobody has answered it: kept on the SOURCE relationship as still to review. */
  review?: string;
}

/** A relationship ready to write. */
export interface PreparedRelationship {
  type: SeedRelationship['type'];
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
}

/** A verbatim excerpt and where it stands in the document text, in code points from 0. */
export interface Evidence {
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

/** One validated seed document: everything the loader writes, nothing left to check. */
export interface PreparedDocument {
  /** The graph file, for messages. */
  file: string;
  document: { id: string; publishedAt: string; properties: Record<string, PropertyValue> };
  nodes: PreparedNode[];
  relationships: PreparedRelationship[];
  /** The review's decisions about this report, stored with it (src/review/decision-log.ts); none for a curated file. */
  decisions?: ReviewDecision[];
}

/** One thing wrong in a seed file: where (file, record, field) and what. */
export interface SeedProblem {
  file: string;
  record: string;
  field: string;
  message: string;
  /** Set on a problem the user fixes through the command or the request, which each word for their own surface. */
  code?: SeedProblemCode;
}

/** Problems a caller can act on by what it passes: `DATE_UNCONFIRMED`, a draft's placeholder date (`--date`, `"date"`). */
export type SeedProblemCode = 'DATE_UNCONFIRMED';

/** Raised when seed files are invalid; nothing has been written when it is thrown. */
export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  readonly problems: SeedProblem[];

  constructor(problems: SeedProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `  ${p.file}: record ${p.record}, field ${p.field}: ${p.message}`);
    const more = problems.length > shown.length ? [`  … and ${problems.length - shown.length} more`] : [];
    super([`Seed validation failed with ${problems.length} problem(s); nothing was written:`, ...shown, ...more].join('\n'));
    this.problems = problems;
  }
}

/** Lists the seed folders under `root` (each holding a graph.json), in name order. */
export async function listSeedFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(root, entry.name));
  const withGraph = await Promise.all(
    folders.map(async (folder) => ((await stat(path.join(folder, GRAPH_FILE)).catch(() => null))?.isFile() ? folder : null)),
  );
  return withGraph.filter((folder): folder is string => folder !== null).sort();
}

/**
 * Reads and validates seed folders, all of them before returning, so that one bad file stops the whole
 * load before any write. Also refuses an id that two documents give different labels.
 */
export async function validateSeedFolders(folders: string[], dates: DateConfirmation = {}): Promise<PreparedDocument[]> {
  const results = await Promise.all(folders.map((folder) => validateSeedFolder(folder, dates)));
  const problems = results.flatMap((result) => result.problems);
  const documents = results.flatMap((result) => (result.document ? [result.document] : []));
  problems.push(...findCrossDocumentConflicts(documents));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return documents;
}

/** Validates one seed folder, collecting every problem rather than stopping at the first. */
export async function validateSeedFolder(folder: string, dates: DateConfirmation = {}): Promise<SeedValidationResult> {
  const file = path.join(folder, GRAPH_FILE);
  let graph: unknown;
  try {
    graph = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { problems: [{ file, record: '(file)', field: '(json)', message: error instanceof Error ? error.message : String(error) }] };
  }
  return validateSeedSource({ file, graph, readText: (textFile) => readFile(path.join(folder, textFile), 'utf8'), ...dates });
}

/**
 * How a draft whose text printed no date (`dateUnconfirmed`, a placeholder `publishedAt`) is treated: `date`
 * confirms it (and replaces the placeholder); `requireConfirmedDate` refuses the draft without one.
 */
export interface DateConfirmation {
  date?: string;
  requireConfirmedDate?: boolean;
}

/** A seed document from anywhere: a folder on disk, or a request to the admin endpoint. */
export interface SeedSource extends DateConfirmation {
  /** Names the document in messages: a file path, or what the request was. */
  file: string;
  /** The parsed graph.json content, not yet checked. */
  graph: unknown;
  /** Reads the text file the graph names; rejects when there is none. */
  readText(textFile: string): Promise<string>;
}

/** What validating one document found: the document ready to write, or the problems. */
export interface SeedValidationResult {
  document?: PreparedDocument;
  problems: SeedProblem[];
}

/** Validates one seed document field by field, collecting every problem. */
export async function validateSeedSource(source: SeedSource): Promise<SeedValidationResult> {
  const { file, graph: raw } = source;
  const problems: SeedProblem[] = [];
  const report: ReportProblem = (record, field, message) => problems.push({ file, record, field, message });

  const parsedFile = seedFileSchema.safeParse(raw);
  if (!parsedFile.success) {
    for (const issue of parsedFile.error.issues) report(recordOf(raw, issue.path), fieldOf(issue.path), issue.message);
    return { problems };
  }
  const { document: doc } = parsedFile.data;
  checkPrefix(doc.id, 'Document', 'document', report);
  const dateProblem = confirmDocumentDate(doc, source, report);
  if (dateProblem) problems.push({ file, ...dateProblem });
  if (problems.length > 0) return { problems };

  let text: string;
  try {
    text = await source.readText(doc.textFile);
  } catch {
    report(doc.id, 'textFile', `cannot read ${doc.textFile} next to ${GRAPH_FILE}`);
    return { problems };
  }
  const context: DocumentContext = { doc, text, locate: createEvidenceLocator(text, path.basename(doc.textFile)), report };
  const { nodes, relationships } = parseRecords(parsedFile.data, report);
  const labels = labelNodes(doc.id, nodes, report);
  const documentEvidence = context.locate(doc.evidence, doc.evidenceStart, (field, message) => report(doc.id, field, message));
  const preparedNodes = prepareNodes(nodes, context);
  const preparedRelationships = prepareRelationships(relationships, labels, context);
  if (problems.length > 0 || !documentEvidence) return { problems };
  return { problems, document: assembleDocument({ file, doc, text, documentEvidence, nodes: preparedNodes, relationships: preparedRelationships }) };
}

type ReportProblem = (record: string, field: string, message: string) => void;
type SeedDocumentBlock = z.infer<typeof seedFileSchema>['document'];

// What every record of one document is checked against: its block, its text, where excerpts stand, and the problems.
interface DocumentContext {
  doc: SeedDocumentBlock;
  text: string;
  locate: ReturnType<typeof createEvidenceLocator>;
  report: ReportProblem;
}

// A date given by the caller replaces the draft's placeholder (and must be a real date); a draft whose text printed no
// date is refused without one where the caller requires it, with the code the command and the request each word.
function confirmDocumentDate(doc: SeedDocumentBlock, dates: DateConfirmation, report: ReportProblem): Omit<SeedProblem, 'file'> | undefined {
  if (dates.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dates.date) || !isCalendarDate(dates.date))
      report(doc.id, 'publishedAt', `${dates.date} is not a real YYYY-MM-DD date`);
    doc.publishedAt = dates.date;
    delete doc.dateUnconfirmed;
    return undefined;
  }
  if (!doc.dateUnconfirmed || !dates.requireConfirmedDate) return undefined;
  return {
    record: doc.id,
    field: 'publishedAt',
    message: `the text prints no date and ${doc.publishedAt} is a placeholder: confirm the date`,
    code: 'DATE_UNCONFIRMED',
  };
}

// Each node and relationship checked against its own schema, so one bad record names itself and the rest are still read.
// The places a draft implies but does not name as places (impliedPlaces) are Region nodes like any other once read.
function parseRecords(
  data: { nodes: unknown[]; impliedPlaces?: unknown[]; relationships: unknown[] },
  report: ReportProblem,
): { nodes: SeedNode[]; relationships: SeedRelationship[] } {
  const nodes: SeedNode[] = [];
  data.nodes.forEach((candidate, index) => {
    const parsed = seedNodeSchema.safeParse(candidate);
    if (parsed.success) nodes.push(parsed.data);
    else for (const issue of parsed.error.issues) report(recordId(candidate, `nodes[${index}]`), fieldOf(issue.path), issue.message);
  });
  data.impliedPlaces?.forEach((candidate, index) => {
    const record = recordId(candidate, `impliedPlaces[${index}]`);
    const parsed = seedNodeSchema.safeParse(candidate);
    if (!parsed.success) for (const issue of parsed.error.issues) report(record, fieldOf(issue.path), issue.message);
    else if (parsed.data.label !== 'Region') report(record, 'label', `must be Region: impliedPlaces holds only places the text implies`);
    else nodes.push(parsed.data);
  });
  const relationships: SeedRelationship[] = [];
  data.relationships.forEach((candidate, index) => {
    const parsed = seedRelationshipSchema.safeParse(candidate);
    if (parsed.success) relationships.push(parsed.data);
    else for (const issue of parsed.error.issues) report(relationshipRecord(candidate, index), fieldOf(issue.path), issue.message);
  });
  return { nodes, relationships };
}

// The label of every id of the document, for the relationship rules; an id with the wrong prefix or given twice is a problem.
function labelNodes(documentId: string, nodes: SeedNode[], report: ReportProblem): Map<string, NodeLabel | 'Document'> {
  const labels = new Map<string, NodeLabel | 'Document'>([[documentId, 'Document']]);
  for (const node of nodes) {
    checkPrefix(node.id, node.label, node.id, report);
    if (labels.has(node.id)) report(node.id, 'id', `duplicate id ${node.id}`);
    labels.set(node.id, node.label);
  }
  return labels;
}

// Every name, alias and statement stands verbatim in the text, and every excerpt where it says it does.
function prepareNodes(nodes: SeedNode[], { doc, text, locate, report }: DocumentContext): PreparedNode[] {
  const prepared: PreparedNode[] = [];
  for (const node of nodes) {
    const problem = (field: string, message: string) => report(node.id, field, message);
    const evidence = locate(node.evidence, node.evidenceStart, problem);
    if (node.label === 'Statement') {
      if (!text.includes(node.text)) problem('text', `not found verbatim in ${doc.textFile}`);
      else if (!node.evidence.includes(node.text) && !node.text.includes(node.evidence)) {
        problem('evidence', 'must contain the statement text (or be part of it)');
      }
    } else if (VERBATIM_NAME_LABELS.has(node.label) && !text.includes(node.name)) {
      problem('name', `"${node.name}" not found verbatim in ${doc.textFile}`);
    }
    if ('aliases' in node) {
      for (const alias of node.aliases ?? []) if (!text.includes(alias)) problem('aliases', `"${alias}" not found verbatim in ${doc.textFile}`);
    }
    if (node.label === 'Statistic' && (node.change === undefined) !== (node.changeUnit === undefined)) {
      problem(node.change === undefined ? 'change' : 'changeUnit', 'change and changeUnit go together');
    }
    if (evidence) {
      const { aliases, ...properties } = nodeProperties(node, { documentId: doc.id, publishedAt: doc.publishedAt, evidence });
      prepared.push({ id: node.id, label: node.label, properties, aliases: aliases as string[], evidence, ...reviewNote(node.review) });
    }
  }
  return prepared;
}

// Both ends exist in this file with labels the type allows, one relationship per (from, type, to), a post's title given.
function prepareRelationships(
  relationships: SeedRelationship[],
  labels: Map<string, NodeLabel | 'Document'>,
  { doc, locate, report }: DocumentContext,
): PreparedRelationship[] {
  const seen = new Set<string>();
  const prepared: PreparedRelationship[] = [];
  relationships.forEach((rel, index) => {
    const record = `${rel.from} -${rel.type}-> ${rel.to} (relationships[${index}])`;
    const problem = (field: string, message: string) => report(record, field, message);
    const rule: { from: readonly string[]; to: readonly string[] } = RELATIONSHIP_RULES[rel.type];
    const fromLabel = labels.get(rel.from);
    const toLabel = labels.get(rel.to);
    if (fromLabel === undefined) problem('from', `dangling reference: no node ${rel.from} in this file`);
    else if (!rule.from.includes(fromLabel)) problem('from', `${rel.type} cannot start at a ${fromLabel}; allowed: ${rule.from.join(', ')}`);
    if (toLabel === undefined) problem('to', `dangling reference: no node ${rel.to} in this file`);
    else if (!rule.to.includes(toLabel)) problem('to', `${rel.type} cannot end at a ${toLabel}; allowed: ${rule.to.join(', ')}`);
    const key = `${rel.from}|${rel.type}|${rel.to}`;
    if (seen.has(key)) problem('type', 'duplicate relationship: one per (from, type, to) in a document');
    seen.add(key);
    if (rel.type === 'SPEAKS_FOR' && rel.properties?.title === undefined) problem('properties.title', 'SPEAKS_FOR needs the title');
    const evidence = locate(rel.evidence, rel.evidenceStart, problem);
    if (evidence) {
      prepared.push({
        type: rel.type,
        from: rel.from,
        to: rel.to,
        properties: {
          ...withoutUndefined(rel.properties ?? {}),
          ...evidence,
          source: doc.id,
          publishedAt: doc.publishedAt,
          ...reviewNote(rel.review),
        },
      });
    }
  });
  return prepared;
}

// The document as the loader writes it, with the count of notes still to review and the digest a reload compares.
function assembleDocument(parts: {
  file: string;
  doc: SeedDocumentBlock;
  text: string;
  documentEvidence: Evidence;
  nodes: PreparedNode[];
  relationships: PreparedRelationship[];
}): PreparedDocument {
  const { file, doc, text, documentEvidence, nodes, relationships } = parts;
  const documentReview = reviewNote(doc.review).review;
  const unreviewed =
    (documentReview === undefined ? 0 : 1) +
    nodes.filter((node) => node.review !== undefined).length +
    relationships.filter((rel) => rel.properties.review !== undefined).length;
  const prepared: PreparedDocument = {
    file,
    document: {
      id: doc.id,
      publishedAt: doc.publishedAt,
      properties: withoutUndefined({
        name: doc.name,
        nameEn: doc.nameEn,
        url: doc.url,
        language: doc.language,
        publishedAt: doc.publishedAt,
        eventDate: doc.eventDate,
        kind: doc.kind ?? 'other',
        publisher: doc.publisher,
        // Not `text`, which is a Statement's words and full-text indexed: a document's body must not match every search.
        fullText: text,
        matchText: matchText([doc.name, doc.nameEn]),
        ...documentEvidence,
        // How the graph knows a report again, whatever id a later load gives it (existing-documents.ts).
        textChecksum: checksumText(text),
        // A draft of the extractor (its document block says which rule made it) can be re-extracted later.
        extracted: doc.rule === undefined ? undefined : true,
        review: documentReview,
        unreviewedCount: unreviewed,
      }),
    },
    nodes,
    relationships,
  };
  prepared.document.properties.graphChecksum = checksumGraph(prepared);
  return prepared;
}

/**
 * The checksum a report is known by: SHA-256 of its text with line ends, trailing spaces and Unicode forms
 * evened out, so the same report pasted again, saved on another system or with a final newline more is the same.
 */
export function checksumText(text: string): string {
  const normalized = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}

// What a load writes, as one digest: loading a document whose digest the graph holds already changes nothing.
function checksumGraph(doc: PreparedDocument): string {
  const { graphChecksum: _own, ...document } = doc.document.properties;
  return createHash('sha256')
    .update(JSON.stringify({ document, nodes: doc.nodes, relationships: doc.relationships }), 'utf8')
    .digest('hex');
}

// A draft's review note, when it is one nobody has answered: a non-empty string.
function reviewNote(review: unknown): { review?: string } {
  return typeof review === 'string' && review.trim() !== '' ? { review: review.trim() } : {};
}

// The properties each label stores: the curated fields, plus search keys and, for the facts that belong
// to one document (statements and statistics), their evidence, source and date.
function nodeProperties(node: SeedNode, from: { documentId: string; publishedAt: string; evidence: Evidence }): Record<string, PropertyValue> {
  const { label: _label, evidenceStart: _start, evidence: _evidence, confidence: _confidence, review: _review, rule: _rule, ...fields } = node;
  const own: Record<string, PropertyValue> = withoutUndefined(fields as Record<string, PropertyValue | undefined>);
  if (node.label === 'Statement') own.name = node.text;
  if ('pinyin' in node) own.pinyinKeys = toPinyinKeys(node.pinyin);
  if (!('aliases' in own)) own.aliases = [];
  own.matchText = matchText(
    node.label === 'Statistic'
      ? [node.name, node.indicator, node.indicatorEn]
      : [own.name as string, own.nameEn as string | undefined, ...((own.pinyinKeys as string[] | undefined) ?? [])],
  );
  if (node.label === 'Statement' || node.label === 'Statistic') {
    Object.assign(own, from.evidence, { source: from.documentId, publishedAt: from.publishedAt });
  }
  return own;
}

/** What the lists' "contains" filters search (cypher/schema.cypher): the names given, lower-cased, one per line. */
function matchText(names: Array<string | undefined>): string {
  return names
    .filter((name): name is string => typeof name === 'string' && name.length > 0)
    .join('\n')
    .toLowerCase();
}

/**
 * Finds each evidence excerpt in the text once: at `start` when given (it must match there), else at its
 * first occurrence. Offsets count code points, so they agree with Cypher's substring() and with Python.
 */
function createEvidenceLocator(text: string, textName: string) {
  // Code units and code points differ only past the Basic Multilingual Plane; most texts never get there.
  const astral = /[\uD800-\uDBFF]/.test(text);
  const toCodePoints = (unitIndex: number) => (astral ? Array.from(text.slice(0, unitIndex)).length : unitIndex);
  const toUnits = (pointIndex: number) => (astral ? Array.from(text).slice(0, pointIndex).join('').length : pointIndex);
  return (excerpt: string, start: number | undefined, problem: (field: string, message: string) => void): Evidence | undefined => {
    if (start !== undefined) {
      const unitStart = toUnits(start);
      if (text.startsWith(excerpt, unitStart)) {
        return { evidence: excerpt, evidenceStart: start, evidenceEnd: start + Array.from(excerpt).length };
      }
      problem('evidenceStart', `the evidence does not occur at offset ${start} of ${textName}`);
      return undefined;
    }
    const unitIndex = text.indexOf(excerpt);
    if (unitIndex < 0) {
      problem('evidence', `not found verbatim in ${textName}: "${excerpt.length > 60 ? `${excerpt.slice(0, 60)}…` : excerpt}"`);
      return undefined;
    }
    const evidenceStart = toCodePoints(unitIndex);
    return { evidence: excerpt, evidenceStart, evidenceEnd: evidenceStart + Array.from(excerpt).length };
  };
}

function findCrossDocumentConflicts(documents: PreparedDocument[]): SeedProblem[] {
  const seen = new Map<string, { label: string; file: string }>();
  const problems: SeedProblem[] = [];
  for (const doc of documents) {
    for (const node of doc.nodes) {
      const earlier = seen.get(node.id);
      if (earlier && earlier.label !== node.label) {
        problems.push({ file: doc.file, record: node.id, field: 'label', message: `${node.label} here but ${earlier.label} in ${earlier.file}` });
      }
      if (!earlier) seen.set(node.id, { label: node.label, file: doc.file });
    }
  }
  return problems;
}

function checkPrefix(id: string, label: NodeLabel | 'Document', record: string, report: ReportProblem) {
  const expected = ID_PREFIX[label];
  if (!id.startsWith(`${expected}:`)) report(record, 'id', `a ${label} id must start with "${expected}:"`);
}

function withoutUndefined<T extends Record<string, unknown>>(object: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as never;
}

function recordId(candidate: unknown, fallback: string): string {
  const id = (candidate as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? `${id} (${fallback})` : fallback;
}

function relationshipRecord(candidate: unknown, index: number): string {
  const rel = candidate as { from?: unknown; type?: unknown; to?: unknown } | null;
  const parts = [rel?.from, rel?.type, rel?.to].map((part) => (typeof part === 'string' ? part : '?'));
  return `${parts[0]} -${parts[1]}-> ${parts[2]} (relationships[${index}])`;
}

function recordOf(raw: unknown, issuePath: z.core.$ZodIssue['path']): string {
  const [section, index] = issuePath;
  if (section === 'document') return recordId((raw as { document?: unknown }).document, 'document');
  if ((section === 'nodes' || section === 'relationships') && typeof index === 'number') return `${section}[${index}]`;
  return '(file)';
}

function fieldOf(issuePath: z.core.$ZodIssue['path']): string {
  const rest = issuePath[0] === 'document' ? issuePath.slice(1) : issuePath;
  return rest.length > 0
    ? rest
        .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
        .join('.')
        .replace(/\.\[/g, '[')
    : '(record)';
}
