/**
 * What a new draft of a report changes against the version the graph holds: records added, removed and changed,
 * entities by id and relations by their ends and type, as the loader would write them. Re-extraction shows it
 * (reextract-document.ts) before the new version replaces the loaded one.
 */

/** One version of a report's records, as the loader writes them (validate-seed.ts's prepared document, or the graph). */
export interface ReportVersion {
  nodes: Array<{ id: string; label: string; properties: Record<string, unknown>; evidence: { evidence: string; evidenceStart: number } }>;
  relationships: Array<{ type: string; from: string; to: string; properties: Record<string, unknown> }>;
}

/** One record the versions differ in. */
export interface ChangedRecord {
  kind: 'entity' | 'relation';
  /** An entity's id, or a relation's `from -TYPE-> to`. */
  record: string;
  /** Its label, or the relation's type. */
  label: string;
  /** Its name (a statement's words), or the relation's ends' names. */
  name: string;
  /** For a changed record: the fields that differ (`evidence` for the words it stands on). */
  fields?: string[];
}

/** What a new version adds, removes and changes. */
export interface VersionChanges {
  added: ChangedRecord[];
  removed: ChangedRecord[];
  changed: ChangedRecord[];
}

// What the loader derives or stamps rather than what the report says: search keys, the document's id and date, the
// review note (a reviewer's business, not the extractor's).
const NOT_COMPARED = new Set(['matchText', 'pinyinKeys', 'source', 'publishedAt', 'review', 'evidenceEnd', 'evidence', 'evidenceStart']);

/** Compares the loaded version with a new one; nothing in it depends on the order records come in. */
export function compareVersions(loaded: ReportVersion, next: ReportVersion): VersionChanges {
  const changes: VersionChanges = { added: [], removed: [], changed: [] };
  const names = new Map<string, string>();
  for (const node of [...loaded.nodes, ...next.nodes]) names.set(node.id, nodeName(node.properties) || node.id);
  const entity = (node: ReportVersion['nodes'][number], fields?: string[]): ChangedRecord => ({
    kind: 'entity',
    record: node.id,
    label: node.label,
    name: names.get(node.id) ?? node.id,
    ...(fields ? { fields } : {}),
  });
  const before = new Map(loaded.nodes.map((node) => [node.id, node]));
  const after = new Map(next.nodes.map((node) => [node.id, node]));
  for (const node of next.nodes) {
    const old = before.get(node.id);
    if (!old) {
      changes.added.push(entity(node));
      continue;
    }
    const fields = differingFields(old.properties, node.properties);
    if (old.label !== node.label) fields.unshift('label');
    if (old.evidence.evidence !== node.evidence.evidence || old.evidence.evidenceStart !== node.evidence.evidenceStart) fields.push('evidence');
    if (fields.length > 0) changes.changed.push(entity(node, fields));
  }
  for (const node of loaded.nodes) if (!after.has(node.id)) changes.removed.push(entity(node));

  const key = (rel: ReportVersion['relationships'][number]) => `${rel.from} -${rel.type}-> ${rel.to}`;
  const relation = (rel: ReportVersion['relationships'][number], fields?: string[]): ChangedRecord => ({
    kind: 'relation',
    record: key(rel),
    label: rel.type,
    name: `${names.get(rel.from) ?? rel.from} → ${names.get(rel.to) ?? rel.to}`,
    ...(fields ? { fields } : {}),
  });
  const relationsBefore = new Map(loaded.relationships.map((rel) => [key(rel), rel]));
  const relationsAfter = new Map(next.relationships.map((rel) => [key(rel), rel]));
  for (const rel of next.relationships) {
    const old = relationsBefore.get(key(rel));
    if (!old) {
      changes.added.push(relation(rel));
      continue;
    }
    const fields = differingFields(old.properties, rel.properties);
    if (old.properties.evidence !== rel.properties.evidence || old.properties.evidenceStart !== rel.properties.evidenceStart) fields.push('evidence');
    if (fields.length > 0) changes.changed.push(relation(rel, fields));
  }
  for (const rel of loaded.relationships) if (!relationsAfter.has(key(rel))) changes.removed.push(relation(rel));
  return changes;
}

function nodeName(properties: Record<string, unknown>): string {
  const name = typeof properties.name === 'string' ? properties.name : typeof properties.text === 'string' ? properties.text : '';
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

function differingFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)].filter((field) => !NOT_COMPARED.has(field)));
  return [...fields].filter((field) => !sameValue(before[field], after[field])).sort();
}

// Neo4j gives back an empty list for `aliases: []` and nothing for a missing one; both mean no aliases.
function sameValue(a: unknown, b: unknown): boolean {
  const empty = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
