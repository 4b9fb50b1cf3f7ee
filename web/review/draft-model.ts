/**
 * A draft under review: the records of an extracted graph (document, entities, relations), each with the
 * reviewer's decision, and the edits the page makes to them. Every edit is a function from one state to the
 * next, so the page keeps earlier states for undo and stores the latest across a reload. The text itself
 * never changes and lives beside the state, not in it.
 */
import { ID_PREFIX, type NodeLabel } from '../../src/seed/seed-schema.ts';
import { allowedKeysOfLabel } from './seed-fields.ts';

/** What the reviewer decided about a record. */
export type Decision = 'open' | 'accepted' | 'rejected';

/** A record's fields as the seed format has them (graph.json). */
export type SeedRecordData = Record<string, unknown>;

/** An entity of graph.json. */
export interface SeedNodeData extends SeedRecordData {
  id: string;
  label: string;
  evidence: string;
  evidenceStart?: number;
}

/** A relationship of graph.json. */
export interface SeedRelationshipData extends SeedRecordData {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  evidence: string;
  evidenceStart?: number;
}

/** The document block of graph.json. */
export interface SeedDocumentData extends SeedRecordData {
  id: string;
  name: string;
  evidence: string;
  evidenceStart?: number;
}

/** A whole graph.json. */
export interface SeedGraph {
  document: SeedDocumentData;
  nodes: SeedNodeData[];
  relationships: SeedRelationshipData[];
}

/** An entity of the draft. */
export interface EntityRecord {
  kind: 'entity';
  key: string;
  decision: Decision;
  data: SeedNodeData;
  /** Added by the reviewer, not found by the extractor. */
  added: boolean;
}

/** A relation of the draft. */
export interface RelationRecord {
  kind: 'relation';
  key: string;
  decision: Decision;
  data: SeedRelationshipData;
  added: boolean;
}

/** The draft's document block: it cannot be rejected, only corrected and accepted. */
export interface DocumentRecord {
  kind: 'document';
  key: 'document';
  decision: Decision;
  data: SeedDocumentData;
  added: false;
}

/** Any record of the draft. */
export type DraftRecord = DocumentRecord | EntityRecord | RelationRecord;

/** Everything a reviewer changes; each edit gives a new one. */
export interface DraftState {
  document: DocumentRecord;
  entities: EntityRecord[];
  relations: RelationRecord[];
  /** The next number for a record key (`e12`, `r40`): keys never change, unlike ids. */
  nextKey: number;
}

/** One problem the loader's validation found, as POST /admin/documents names it. */
export interface SeedProblem {
  record: string;
  field: string;
  message: string;
}

/** Raised by an edit the draft cannot take; its message is for the reviewer. */
export class DraftEditError extends Error {
  override readonly name = 'DraftEditError';
}

/** Turns an extracted graph into a draft with every record open. */
export function createDraftState(graph: SeedGraph): DraftState {
  let next = 1;
  return {
    document: { kind: 'document', key: 'document', decision: 'open', data: structuredClone(graph.document), added: false },
    entities: graph.nodes.map((data) => ({ kind: 'entity', key: `e${next++}`, decision: 'open', data: structuredClone(data), added: false })),
    relations: graph.relationships.map((data) => ({
      kind: 'relation',
      key: `r${next++}`,
      decision: 'open',
      data: structuredClone(data),
      added: false,
    })),
    nextKey: next,
  };
}

/** Every record: the document, then the entities and the relations in the order they were found or added. */
export function allRecords(state: DraftState): DraftRecord[] {
  return [state.document, ...state.entities, ...state.relations];
}

/** The record with a key. */
export function findRecord(state: DraftState, key: string): DraftRecord | undefined {
  if (key === 'document') return state.document;
  return state.entities.find((record) => record.key === key) ?? state.relations.find((record) => record.key === key);
}

/** The entity (or the document) a relation end names. */
export function findById(state: DraftState, id: string): DocumentRecord | EntityRecord | undefined {
  if (id === state.document.data.id) return state.document;
  return (
    state.entities.find((record) => record.data.id === id && record.decision !== 'rejected') ?? state.entities.find((record) => record.data.id === id)
  );
}

/** Whether the extractor asked for a look at this record (its `review` note). */
export function isFlagged(record: DraftRecord): boolean {
  const { review } = record.data;
  return typeof review === 'string' ? review.trim().length > 0 : review !== undefined && review !== null && review !== false;
}

/** Whether a relation will be left out: rejected itself, or an end of it is. */
export function isLeftOut(state: DraftState, record: DraftRecord): boolean {
  if (record.decision === 'rejected') return true;
  if (record.kind !== 'relation') return false;
  return [record.data.from, record.data.to].some((id) => findById(state, id)?.decision === 'rejected');
}

/** What a record is called on the page: a name, a statement's words, or a relation's two ends. */
export function recordName(state: DraftState, record: DraftRecord): string {
  if (record.kind === 'relation') return `${endName(state, record.data.from)} → ${endName(state, record.data.to)}`;
  return entityName(record.data);
}

/** The name of an entity's data (a statement's words, cut short). */
export function entityName(data: SeedRecordData): string {
  const name = typeof data.name === 'string' ? data.name : typeof data.text === 'string' ? data.text : '';
  return name.length > 40 ? `${name.slice(0, 40)}…` : name || String(data.id ?? '');
}

function endName(state: DraftState, id: string): string {
  const end = findById(state, id);
  return end ? entityName(end.data) : id;
}

/** The label of a record as the page shows it: the entity's label, the relation's type, or Document. */
export function recordLabel(record: DraftRecord): string {
  if (record.kind === 'relation') return record.data.type;
  if (record.kind === 'document') return 'Document';
  return record.data.label;
}

function edit(state: DraftState, key: string, change: (record: DraftRecord, next: DraftState) => void): DraftState {
  const next = structuredClone(state);
  const record = findRecord(next, key);
  if (!record) throw new DraftEditError(`No record ${key} in the draft`);
  change(record, next);
  return next;
}

/** Accepts, rejects or reopens a record; the document cannot be rejected (discard the draft instead). */
export function setDecision(state: DraftState, key: string, decision: Decision): DraftState {
  if (key === 'document' && decision === 'rejected') throw new DraftEditError('The document itself cannot be rejected; discard the draft instead');
  return edit(state, key, (record) => {
    record.decision = decision;
  });
}

/**
 * Sets one field of a record, or removes it with undefined. A relation's properties are named
 * `properties.title`; a field emptied of its properties drops them.
 */
export function setField(state: DraftState, key: string, field: string, value: unknown): DraftState {
  return edit(state, key, (record) => {
    const [head, rest] = field.startsWith('properties.') ? ['properties', field.slice('properties.'.length)] : [field, undefined];
    if (rest === undefined) {
      if (head === 'id' || head === 'label') throw new DraftEditError(`Change ${head} through its own control`);
      if (value === undefined) delete record.data[head];
      else record.data[head] = value;
      return;
    }
    if (record.kind !== 'relation') throw new DraftEditError('Only relations have properties');
    const properties = { ...(record.data.properties ?? {}) };
    if (value === undefined) delete properties[rest];
    else properties[rest] = value;
    if (Object.keys(properties).length > 0) record.data.properties = properties;
    else delete record.data.properties;
  });
}

/** Renames an entity (a statement's words are its name) or the document's title. */
export function rename(state: DraftState, key: string, name: string): DraftState {
  const record = findRecord(state, key);
  if (record?.kind === 'relation') throw new DraftEditError('A relation has no name');
  return setField(state, key, record?.kind === 'entity' && record.data.label === 'Statement' ? 'text' : 'name', name);
}

/** Points a record's evidence at other words of the text, at a code-point offset. */
export function setEvidence(state: DraftState, key: string, evidence: string, start: number): DraftState {
  if (evidence.length === 0) throw new DraftEditError('Evidence cannot be empty: select the words that show the record');
  return edit(state, key, (record) => {
    record.data.evidence = evidence;
    record.data.evidenceStart = start;
  });
}

/**
 * Gives an entity another label: its id takes the label's prefix (person:x → organization:x), fields the new
 * label has no place for go, relations follow the new id. Fields the new label needs are left for the
 * reviewer to fill in, as the validation then asks.
 */
export function changeLabel(state: DraftState, key: string, label: NodeLabel): DraftState {
  return edit(state, key, (record, next) => {
    if (record.kind !== 'entity') throw new DraftEditError('Only an entity has a label');
    const { data } = record;
    if (data.label === label) return;
    const allowed = allowedKeysOfLabel(label);
    const name = data.label === 'Statement' ? data.text : data.name;
    const kept: SeedNodeData = { id: data.id, label, evidence: data.evidence };
    for (const [field, value] of Object.entries(data)) if (allowed.has(field) && !(field in kept)) kept[field] = value;
    // A statement's words are its name; the other labels keep theirs in `name`.
    if (label === 'Statement') {
      delete kept.name;
      if (typeof name === 'string') kept.text = name;
    } else if (typeof name === 'string') kept.name = name;
    const slug = data.id.slice(data.id.indexOf(':') + 1);
    const newId = uniqueId(next, `${ID_PREFIX[label]}:${slug}`, record.key);
    kept.id = newId;
    record.data = kept;
    replaceEnds(next, data.id, newId);
  });
}

/**
 * Gives an entity the id of one the graph already holds, found by search, so the load merges the two: its
 * relations follow, and it takes the graph's English name. Another entity of the draft with that id would
 * make two records of one node, so that is refused.
 */
export function linkToExisting(state: DraftState, key: string, existing: { id: string; label: string; nameEn: string | null }): DraftState {
  return edit(state, key, (record, next) => {
    if (record.kind !== 'entity') throw new DraftEditError('Only an entity can be linked to one of the graph');
    if (existing.label !== record.data.label) {
      throw new DraftEditError(`${existing.id} is a ${existing.label}; change this record's label to ${existing.label} first`);
    }
    const other = next.entities.find((candidate) => candidate.key !== key && candidate.data.id === existing.id && candidate.decision !== 'rejected');
    if (other)
      throw new DraftEditError(
        `Another record of the draft (${entityName(other.data)}) already has the id ${existing.id}; reject one of the two first`,
      );
    const oldId = record.data.id;
    record.data.id = existing.id;
    if (existing.nameEn) record.data.nameEn = existing.nameEn;
    replaceEnds(next, oldId, existing.id);
  });
}

/** Adds an entity the reviewer found in the text; it starts accepted. */
export function addEntity(state: DraftState, data: SeedNodeData): { state: DraftState; key: string } {
  const next = structuredClone(state);
  if (next.entities.some((record) => record.data.id === data.id && record.decision !== 'rejected')) {
    throw new DraftEditError(`The draft already has an entity ${data.id}; give the new one another id`);
  }
  const key = `e${next.nextKey++}`;
  next.entities.push({ kind: 'entity', key, decision: 'accepted', data: { ...structuredClone(data), rule: 'review/added' }, added: true });
  return { state: next, key };
}

/** Adds a relation between two records of the draft; it starts accepted. */
export function addRelation(state: DraftState, data: SeedRelationshipData): { state: DraftState; key: string } {
  const next = structuredClone(state);
  const key = `r${next.nextKey++}`;
  next.relations.push({ kind: 'relation', key, decision: 'accepted', data: { ...structuredClone(data), rule: 'review/added' }, added: true });
  return { state: next, key };
}

/** Takes a relation out of the draft altogether (undo brings it back). */
export function removeRelation(state: DraftState, key: string): DraftState {
  const next = structuredClone(state);
  next.relations = next.relations.filter((record) => record.key !== key);
  return next;
}

/** An id no other entity of the draft has: the wanted one, or it with -2, -3 … */
export function uniqueId(state: DraftState, wanted: string, exceptKey?: string): string {
  const taken = new Set(state.entities.filter((record) => record.key !== exceptKey).map((record) => record.data.id));
  taken.add(state.document.data.id);
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

function replaceEnds(state: DraftState, oldId: string, newId: string): void {
  for (const relation of state.relations) {
    if (relation.data.from === oldId) relation.data.from = newId;
    if (relation.data.to === oldId) relation.data.to = newId;
  }
}

/** The graph that loads or downloads, and which record each of its nodes and relationships came from. */
export interface ExportedGraph {
  graph: SeedGraph;
  nodeKeys: string[];
  relationshipKeys: string[];
}

/**
 * The reviewed graph in the seed format: rejected records left out, with the relations that touch them;
 * an accepted record loses its `review` note (the reviewer has looked); the text goes beside it as report.txt.
 */
export function exportGraph(state: DraftState): ExportedGraph {
  const clean = (record: DraftRecord) => {
    const data = structuredClone(record.data);
    if (record.decision === 'accepted') delete data.review;
    return data;
  };
  const entities = state.entities.filter((record) => record.decision !== 'rejected');
  const relations = state.relations.filter((record) => !isLeftOut(state, record));
  return {
    graph: {
      document: { ...(clean(state.document) as SeedDocumentData), textFile: 'report.txt' },
      nodes: entities.map((record) => clean(record) as SeedNodeData),
      relationships: relations.map((record) => clean(record) as SeedRelationshipData),
    },
    nodeKeys: entities.map((record) => record.key),
    relationshipKeys: relations.map((record) => record.key),
  };
}

/**
 * Puts each problem the loader's validation found beside the record it is about: the loader names a record
 * by its place (`nodes[3]`, `relationships[7]`), by its id, or as the document. Problems it cannot place
 * (the file as a whole) come back apart.
 */
export function placeProblems(
  problems: readonly SeedProblem[],
  exported: ExportedGraph,
): { byKey: Map<string, SeedProblem[]>; unplaced: SeedProblem[] } {
  const byKey = new Map<string, SeedProblem[]>();
  const unplaced: SeedProblem[] = [];
  const add = (key: string, problem: SeedProblem) => byKey.set(key, [...(byKey.get(key) ?? []), problem]);
  for (const problem of problems) {
    const place = /\((nodes|relationships)\[(\d+)\]\)$|^(nodes|relationships)\[(\d+)\]$/.exec(problem.record);
    if (place) {
      const list = (place[1] ?? place[3]) === 'nodes' ? exported.nodeKeys : exported.relationshipKeys;
      const key = list[Number(place[2] ?? place[4])];
      if (key) add(key, problem);
      else unplaced.push(problem);
      continue;
    }
    if (problem.record === exported.graph.document.id || problem.record === 'document') {
      add('document', problem);
      continue;
    }
    const keys = exported.graph.nodes.flatMap((node, index) => (node.id === problem.record ? [exported.nodeKeys[index] as string] : []));
    if (keys.length === 0) unplaced.push(problem);
    for (const key of keys) add(key, problem);
  }
  return { byKey, unplaced };
}
