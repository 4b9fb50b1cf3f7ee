/**
 * A draft under review: the records of an extracted graph (document, entities, relations), each with the
 * reviewer's decision, and the edits a reviewer makes to them. Every edit is a decision of the log
 * (decision-log.ts): it names its record by an anchor (evidence span, rule, label and name as extracted), never by a
 * generated id, so the same decisions can be replayed on the draft of a later extractor. Every edit is a function
 * from one state to the next, so the page keeps earlier states for undo and stores the latest across a reload; the
 * text itself never changes and lives beside the state, not in it. The review page and re-extraction
 * (reextract-document.ts) share this module.
 */

import type { DecisionChange, ReviewDecision } from '../seed/review-decision.ts';
import {
  type Decision,
  nodesOf,
  type SeedDocumentData,
  type SeedGraph,
  type SeedNodeData,
  type SeedRecordData,
  type SeedRelationshipData,
} from '../seed/seed-graph.ts';
import { ID_PREFIX, type NodeLabel, seedNodeSchema } from '../seed/seed-schema.ts';
import { anchorOfEntity, anchorOfRelation, DOCUMENT_ANCHOR } from './decision-log.ts';

export type { Decision, SeedDocumentData, SeedGraph, SeedNodeData, SeedRecordData, SeedRelationshipData } from '../seed/seed-graph.ts';

/** What every record has: a key for the page, the decision, and the anchor the decision log names it by. */
interface RecordBase {
  /** The page's handle on the record (`e12`, `r40`): it never changes, unlike ids. */
  key: string;
  decision: Decision;
  /** Added by the reviewer, not found by the extractor. */
  added: boolean;
  /** What the decision log calls the record: its label or type, rule, evidence span and name as first found. */
  anchor: string;
  /** Anchors of added records this one stands for now that the extractor finds it itself. */
  alsoAnchors?: string[];
}

/** An entity of the draft. */
export interface EntityRecord extends RecordBase {
  kind: 'entity';
  data: SeedNodeData;
}

/** A relation of the draft. */
export interface RelationRecord extends RecordBase {
  kind: 'relation';
  data: SeedRelationshipData;
}

/** The draft's document block: it cannot be rejected, only corrected and accepted. */
export interface DocumentRecord extends RecordBase {
  kind: 'document';
  key: 'document';
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
  /** The next number for a record key (`e12`, `r40`). */
  nextKey: number;
  /** Every decision taken on this report, oldest first: those of earlier reviews and this one's. */
  decisions: ReviewDecision[];
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

/** Turns an extracted graph into a draft with every record open and no decision yet. */
export function createDraftState(graph: SeedGraph): DraftState {
  let next = 1;
  const taken = new Set<string>();
  // Two records the same in every part of their anchor (a rule that fired twice on the same words) get #2, #3 …
  const unique = (anchor: string) => {
    let candidate = anchor;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${anchor}#${n}`;
    taken.add(candidate);
    return candidate;
  };
  const names = new Map<string, string>([
    [graph.document.id, String(graph.document.name)],
    ...nodesOf(graph).map((node) => [node.id, nameOf(node)] as const),
  ]);
  return {
    document: {
      kind: 'document',
      key: 'document',
      decision: 'open',
      data: structuredClone(graph.document),
      added: false,
      anchor: DOCUMENT_ANCHOR,
    },
    // A place named only inside a body's name is an entity to review like any other; the reviewed graph lists it
    // among the nodes, as it loads.
    entities: nodesOf(graph).map((data) => ({
      kind: 'entity',
      key: `e${next++}`,
      decision: 'open',
      data: structuredClone(data),
      added: false,
      anchor: unique(anchorOfEntity(data)),
    })),
    relations: graph.relationships.map((data) => ({
      kind: 'relation',
      key: `r${next++}`,
      decision: 'open',
      data: structuredClone(data),
      added: false,
      anchor: unique(anchorOfRelation(data, { from: names.get(data.from) ?? data.from, to: names.get(data.to) ?? data.to })),
    })),
    nextKey: next,
    decisions: [],
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

/** The record a decision names by its anchor. */
export function findByAnchor(state: DraftState, anchor: string): DraftRecord | undefined {
  if (anchor === DOCUMENT_ANCHOR) return state.document;
  const named = (record: DraftRecord) => record.anchor === anchor || (record.alsoAnchors?.includes(anchor) ?? false);
  return state.entities.find(named) ?? state.relations.find(named);
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

/** Records the extractor flagged that nobody has accepted or rejected yet, and that will be loaded. */
export function undecidedRecords(state: DraftState): DraftRecord[] {
  return allRecords(state).filter((record) => isFlagged(record) && record.decision === 'open' && !isLeftOut(state, record));
}

/** What a record is called on the page: a name, a statement's words, or a relation's two ends. */
export function recordName(state: DraftState, record: DraftRecord): string {
  if (record.kind === 'relation') return `${endName(state, record.data.from)} → ${endName(state, record.data.to)}`;
  return entityName(record.data);
}

/** The name of an entity's data (a statement's words, cut short). */
export function entityName(data: SeedRecordData): string {
  const name = nameOf(data);
  return name.length > 40 ? `${name.slice(0, 40)}…` : name || String(data.id ?? '');
}

function nameOf(data: SeedRecordData): string {
  return typeof data.name === 'string' ? data.name : typeof data.text === 'string' ? data.text : '';
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

/**
 * Applies one decision of the log to a state and returns the next state; the log itself is left as it is. A
 * decision whose record the draft does not hold, or that the draft cannot take, throws a DraftEditError saying
 * why: replaying an earlier review on a new draft reports it as one that no longer applies.
 */
export function applyDecision(state: DraftState, decision: ReviewDecision): DraftState {
  const next = structuredClone(state);
  if (decision.action === 'add-entity') {
    addEntityRecord(next, decision.record, decision.data);
    return next;
  }
  if (decision.action === 'add-relation') {
    addRelationRecord(next, decision);
    return next;
  }
  const record = findByAnchor(next, decision.record);
  if (!record) throw new DraftEditError(`The draft has no record ${describeAnchor(decision)}`);
  switch (decision.action) {
    case 'decide':
      if (record.kind === 'document' && decision.decision === 'rejected')
        throw new DraftEditError('The document itself cannot be rejected; discard the draft instead');
      record.decision = decision.decision;
      break;
    case 'set-field':
      writeField(record, decision.field, decision.value);
      break;
    case 'set-evidence':
      if (decision.evidence.length === 0) throw new DraftEditError('Evidence cannot be empty: select the words that show the record');
      record.data.evidence = decision.evidence;
      record.data.evidenceStart = decision.evidenceStart;
      break;
    case 'relabel':
      relabel(next, record, decision.label);
      break;
    case 'link':
      link(next, record, decision);
      break;
    case 'remove-relation':
      if (record.kind !== 'relation') throw new DraftEditError('Only a relation can be removed');
      next.relations = next.relations.filter((relation) => relation !== record);
      break;
  }
  return next;
}

// An edit the page makes: the decision about the record with this key, applied and added to the log.
function decide(state: DraftState, key: string, change: DecisionChange): DraftState {
  const record = findRecord(state, key);
  if (!record) throw new DraftEditError(`No record ${key} in the draft`);
  const decision = { record: record.anchor, name: recordName(state, record), ...change } as ReviewDecision;
  const next = applyDecision(state, decision);
  next.decisions = [...state.decisions, decision];
  return next;
}

function describeAnchor(decision: ReviewDecision): string {
  return `“${decision.name}” (${decision.record.split('|').slice(0, 3).join(', ')})`;
}

/** Accepts, rejects or reopens a record; the document cannot be rejected (discard the draft instead). */
export function setDecision(state: DraftState, key: string, decision: Decision): DraftState {
  return decide(state, key, { action: 'decide', decision });
}

/**
 * Sets one field of a record, or removes it with undefined. A relation's properties are named
 * `properties.title`; a field emptied of its properties drops them.
 */
export function setField(state: DraftState, key: string, field: string, value: unknown): DraftState {
  return decide(state, key, { action: 'set-field', field, ...(value === undefined ? {} : { value }) });
}

function writeField(record: DraftRecord, field: string, value: unknown): void {
  const [head, rest] = field.startsWith('properties.') ? ['properties', field.slice('properties.'.length)] : [field, undefined];
  if (rest === undefined) {
    if (head === 'id' || head === 'label') throw new DraftEditError(`Change ${head} through its own control`);
    if (value === undefined) delete record.data[head];
    else record.data[head] = value;
    // A date the reviewer sets is a confirmed one: the placeholder of a text that printed none is gone.
    if (record.kind === 'document' && head === 'publishedAt' && value !== undefined) delete record.data.dateUnconfirmed;
    return;
  }
  if (record.kind !== 'relation') throw new DraftEditError('Only relations have properties');
  const properties = { ...(record.data.properties ?? {}) };
  if (value === undefined) delete properties[rest];
  else properties[rest] = value;
  if (Object.keys(properties).length > 0) record.data.properties = properties;
  else delete record.data.properties;
}

/** Renames an entity (a statement's words are its name) or the document's title. */
export function rename(state: DraftState, key: string, name: string): DraftState {
  const record = findRecord(state, key);
  if (record?.kind === 'relation') throw new DraftEditError('A relation has no name');
  return setField(state, key, record?.kind === 'entity' && record.data.label === 'Statement' ? 'text' : 'name', name);
}

/** Points a record's evidence at other words of the text, at a code-point offset. */
export function setEvidence(state: DraftState, key: string, evidence: string, start: number): DraftState {
  return decide(state, key, { action: 'set-evidence', evidence, evidenceStart: start });
}

// The fields each label may have, read from the loader's own schema.
const FIELDS_OF_LABEL = new Map<string, Set<string>>(
  seedNodeSchema.options.map((option) => [option.shape.label.value as string, new Set(Object.keys(option.shape))]),
);

/** Every field name an entity with this label may have, the fixed ones included. */
export function allowedKeysOfLabel(label: string): Set<string> {
  return FIELDS_OF_LABEL.get(label) ?? new Set();
}

/**
 * Gives an entity another label: its id takes the label's prefix (person:x → organization:x), fields the new
 * label has no place for go, relations follow the new id. Fields the new label needs are left for the
 * reviewer to fill in, as the validation then asks.
 */
export function changeLabel(state: DraftState, key: string, label: NodeLabel): DraftState {
  const record = findRecord(state, key);
  if (record?.kind === 'entity' && record.data.label === label) return state;
  return decide(state, key, { action: 'relabel', label });
}

function relabel(state: DraftState, record: DraftRecord, label: NodeLabel): void {
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
  const newId = uniqueId(state, `${ID_PREFIX[label]}:${slug}`, record.key);
  kept.id = newId;
  record.data = kept;
  replaceEnds(state, data.id, newId);
}

/**
 * Gives an entity the id of one the graph already holds, found by search, so the load merges the two: its
 * relations follow, and it takes the graph's English name. Another entity of the draft with that id would
 * make two records of one node, so that is refused.
 */
export function linkToExisting(state: DraftState, key: string, existing: { id: string; label: string; nameEn: string | null }): DraftState {
  return decide(state, key, { action: 'link', id: existing.id, label: existing.label, nameEn: existing.nameEn });
}

function link(state: DraftState, record: DraftRecord, existing: { id: string; label: string; nameEn: string | null }): void {
  if (record.kind !== 'entity') throw new DraftEditError('Only an entity can be linked to one of the graph');
  if (existing.label !== record.data.label) {
    throw new DraftEditError(`${existing.id} is a ${existing.label}; change this record's label to ${existing.label} first`);
  }
  const other = state.entities.find((candidate) => candidate !== record && candidate.data.id === existing.id && candidate.decision !== 'rejected');
  if (other)
    throw new DraftEditError(
      `Another record of the draft (${entityName(other.data)}) already has the id ${existing.id}; reject one of the two first`,
    );
  const oldId = record.data.id;
  record.data.id = existing.id;
  if (existing.nameEn) record.data.nameEn = existing.nameEn;
  replaceEnds(state, oldId, existing.id);
}

/** Adds an entity the reviewer found in the text; it starts accepted. */
export function addEntity(state: DraftState, data: SeedNodeData): { state: DraftState; key: string } {
  const added = { ...structuredClone(data), rule: 'review/added' };
  const anchor = freeAnchor(state, anchorOfEntity(added));
  const decision: ReviewDecision = { record: anchor, name: entityName(added), action: 'add-entity', data: added };
  const next = applyDecision(state, decision);
  next.decisions = [...state.decisions, decision];
  return { state: next, key: findByAnchor(next, anchor)!.key };
}

function addEntityRecord(state: DraftState, anchor: string, data: SeedNodeData): void {
  if (findByAnchor(state, anchor)) throw new DraftEditError(`The draft already has ${entityName(data)} added`);
  // The extractor may find by now what a reviewer once added by hand: the same label on the same words. The
  // found record takes the reviewer's fields and id, and stands for the added one from then on.
  const found = state.entities.find(
    (record) =>
      record.decision !== 'rejected' &&
      record.data.label === data.label &&
      record.data.evidenceStart === data.evidenceStart &&
      record.data.evidence === data.evidence,
  );
  const clash = state.entities.find((record) => record !== found && record.data.id === data.id && record.decision !== 'rejected');
  if (clash) throw new DraftEditError(`The draft already has an entity ${data.id}; give the new one another id`);
  if (found) {
    const oldId = found.data.id;
    found.data = { ...structuredClone(data), rule: found.data.rule, confidence: found.data.confidence };
    found.decision = 'accepted';
    found.alsoAnchors = [...(found.alsoAnchors ?? []), anchor];
    replaceEnds(state, oldId, data.id);
    return;
  }
  const key = `e${state.nextKey++}`;
  state.entities.push({ kind: 'entity', key, decision: 'accepted', data: structuredClone(data), added: true, anchor });
}

/** Adds a relation between two records of the draft; it starts accepted. */
export function addRelation(state: DraftState, data: SeedRelationshipData): { state: DraftState; key: string } {
  const from = findById(state, data.from);
  const to = findById(state, data.to);
  if (!from || !to) throw new DraftEditError(`A relation joins two records of the draft; ${from ? data.to : data.from} is not one`);
  const added = { ...structuredClone(data), rule: 'review/added' };
  const anchor = freeAnchor(state, anchorOfRelation(added, { from: nameOf(from.data), to: nameOf(to.data) }));
  const decision: ReviewDecision = {
    record: anchor,
    name: `${entityName(from.data)} → ${entityName(to.data)}`,
    action: 'add-relation',
    data: added,
    from: from.anchor,
    to: to.anchor,
  };
  const next = applyDecision(state, decision);
  next.decisions = [...state.decisions, decision];
  return { state: next, key: findByAnchor(next, anchor)!.key };
}

function addRelationRecord(state: DraftState, decision: ReviewDecision & { action: 'add-relation' }): void {
  if (findByAnchor(state, decision.record)) throw new DraftEditError(`The draft already has the relation ${decision.name}`);
  const from = findByAnchor(state, decision.from);
  const to = findByAnchor(state, decision.to);
  if (!from || from.kind === 'relation' || !to || to.kind === 'relation') throw new DraftEditError(`An end of ${decision.name} is not in the draft`);
  const data: SeedRelationshipData = { ...structuredClone(decision.data), from: from.data.id, to: to.data.id };
  const found = state.relations.find(
    (record) => record.decision !== 'rejected' && record.data.type === data.type && record.data.from === data.from && record.data.to === data.to,
  );
  if (found) {
    found.decision = 'accepted';
    found.alsoAnchors = [...(found.alsoAnchors ?? []), decision.record];
    return;
  }
  state.relations.push({ kind: 'relation', key: `r${state.nextKey++}`, decision: 'accepted', data, added: true, anchor: decision.record });
}

// An anchor no record of the draft (nor one added earlier and removed since, which undo may bring back) has.
function freeAnchor(state: DraftState, anchor: string): string {
  const taken = new Set([
    ...allRecords(state).flatMap((record) => [record.anchor, ...(record.alsoAnchors ?? [])]),
    ...state.decisions.map((d) => d.record),
  ]);
  let candidate = anchor;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${anchor}#${n}`;
  return candidate;
}

/** Takes a relation out of the draft altogether (undo brings it back). */
export function removeRelation(state: DraftState, key: string): DraftState {
  return decide(state, key, { action: 'remove-relation' });
}

/** An id no other entity of the draft has: the wanted one, or it with -2, -3 … */
export function uniqueId(state: DraftState, wanted: string, exceptKey?: string): string {
  const taken = new Set(
    state.entities.filter((record) => record.key !== exceptKey && record.decision !== 'rejected').map((record) => record.data.id),
  );
  taken.add(state.document.data.id);
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

function replaceEnds(state: DraftState, oldId: string, newId: string): void {
  if (oldId === newId) return;
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
 * an accepted record loses its `review` note (the reviewer has looked), an undecided one keeps it (the loader
 * stores it as still to review); the text goes beside it as report.txt.
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
