import { RELATIONSHIP_RULES, seedNodeSchema, seedRelationshipSchema, VERBATIM_NAME_LABELS } from '../seed/seed-schema.ts';
import type { FoundRelation } from './find-relations.ts';
import type { DocumentFacts } from './read-document-facts.ts';
import type { ResolvedEntity } from './resolve-entities.ts';
import type { Span, TextIndex } from './text-index.ts';

/** A draft record's notes: the rule that made it, how sure it is and, when unsure, why to look. */
interface DraftNotes {
  confidence: number;
  rule: string;
  review?: string;
}

/** A node of the draft in the seed format, with its draft notes. */
export type DraftNode = Record<string, unknown> & { id: string; label: string; evidence: string; evidenceStart: number } & DraftNotes;

/** A relationship of the draft in the seed format, with its draft notes. */
export type DraftRelationship = {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  evidence: string;
  evidenceStart: number;
} & DraftNotes;

/** A whole draft: what `npm run extract` writes to graph.json. */
export interface DraftGraph {
  document: Record<string, unknown> & { id: string };
  nodes: DraftNode[];
  /** Places named only inside a body's name (fold-implied-places.ts); they load as Region nodes. */
  impliedPlaces?: DraftNode[];
  relationships: DraftRelationship[];
}

/** What to build the document block from. */
export interface DraftDocument {
  id: string;
  facts: DocumentFacts & { publishedAt: string };
  nameEn: string;
  nameEnComplete: boolean;
  eventDate?: string;
  /** True when the text prints no date and `publishedAt` is a placeholder that loading refuses. */
  dateUnconfirmed?: boolean;
}

/**
 * Writes the draft in the seed format: the document block, one node per entity and one relationship per
 * relation, each with its evidence cut from the text at its offsets (never searched for again), the offset
 * itself as `evidenceStart`, and its draft notes (`rule`, `confidence`, `review`).
 */
export function buildDraft(
  index: TextIndex,
  document: DraftDocument,
  entities: readonly ResolvedEntity[],
  relations: readonly FoundRelation[],
): DraftGraph {
  const evidence = (span: Span) => ({ evidence: index.slice(span), evidenceStart: index.printedStart(span) });
  const facts = document.facts;
  const reviews = [...facts.reviews, ...(document.nameEnComplete ? [] : ['English title is partly a transliteration: translate it'])];
  const doc: DraftGraph['document'] = {
    id: document.id,
    name: facts.title,
    nameEn: document.nameEn,
    textFile: 'report.txt',
    ...(facts.url ? { url: facts.url } : {}),
    language: 'zh',
    publishedAt: facts.publishedAt,
    ...(document.dateUnconfirmed ? { dateUnconfirmed: true as const } : {}),
    ...(document.eventDate ? { eventDate: document.eventDate } : {}),
    kind: facts.kind,
    ...(facts.publisher ? { publisher: facts.publisher } : {}),
    ...evidence(facts.titleSpan),
    confidence: reviews.length > 0 ? 0.7 : 0.9,
    rule: 'document/facts',
    ...(reviews.length > 0 ? { review: reviews.join('; ') } : {}),
  };
  const measured = new Map<string, string>();
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  for (const relation of relations) if (relation.type === 'MEASURES') measured.set(relation.from, names.get(relation.to) ?? '');
  const nodes = entities.map((entity) => toNode(entity, evidence, measured, facts.publishedAt));
  const relationships: DraftRelationship[] = relations.map((relation) => ({
    type: relation.type,
    from: relation.from,
    to: relation.to,
    ...(relation.properties ? { properties: relation.properties } : {}),
    ...evidence(relation.evidence),
    confidence: round(relation.confidence),
    rule: relation.rule,
    ...(relation.review ? { review: relation.review } : {}),
  }));
  return { document: doc, nodes, relationships };
}

function toNode(
  entity: ResolvedEntity,
  evidence: (span: Span) => { evidence: string; evidenceStart: number },
  measured: ReadonlyMap<string, string>,
  publishedAt: string,
): DraftNode {
  const notes = { confidence: round(entity.confidence), rule: entity.rule, ...(entity.review ? { review: entity.review } : {}) };
  const aliases = entity.aliases.length > 0 ? { aliases: entity.aliases } : {};
  const f = entity.fields;
  switch (entity.label) {
    case 'Statement':
      return { id: entity.id, label: 'Statement', text: f.text, kind: f.kind, ...evidence(entity.evidence), ...notes };
    case 'Statistic': {
      const subject = measured.get(entity.id);
      return {
        id: entity.id,
        label: 'Statistic',
        name: subject && !entity.name.startsWith(subject) ? `${subject}${entity.name}` : entity.name,
        nameEn: entity.nameEn,
        ...f,
        ...evidence(entity.evidence),
        ...notes,
      };
    }
    case 'Event': {
      const missing = !f.startDate || !f.endDate;
      const eventNotes = missing
        ? { ...notes, review: [notes.review, 'dates not in the text: the report date stands in'].filter(Boolean).join('; ') }
        : notes;
      return {
        id: entity.id,
        label: 'Event',
        name: entity.name,
        nameEn: entity.nameEn,
        ...aliases,
        startDate: f.startDate ?? publishedAt,
        endDate: f.endDate ?? f.startDate ?? publishedAt,
        ...evidence(entity.evidence),
        ...eventNotes,
      };
    }
    default:
      return {
        id: entity.id,
        label: entity.label,
        name: entity.name,
        nameEn: entity.nameEn,
        ...f,
        ...aliases,
        ...evidence(entity.evidence),
        ...notes,
      };
  }
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** A record the draft left out because it would not load, and why. */
export interface DroppedRecord {
  record: string;
  rule: string;
  reason: string;
}

/**
 * Keeps only the records the seed format accepts, so that a draft always passes `npm run seed -- --check`: each
 * node checked against the seed schema and the text (name, aliases and evidence verbatim, evidence at its
 * offset), each relationship against its rules and its ends. What is left out is returned with the reason; a
 * record dropped here is a rule's bug, which the summary makes visible.
 */
export function keepValidRecords(graph: DraftGraph, index: TextIndex): { graph: DraftGraph; dropped: DroppedRecord[] } {
  const text = index.text;
  const dropped: DroppedRecord[] = [];
  const at = (evidence: string, start: number) => index.printedAt(evidence, start);
  const nodes = graph.nodes.filter((node) => {
    const parsed = seedNodeSchema.safeParse(node);
    let reason = parsed.success ? undefined : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    if (!reason && !at(node.evidence, node.evidenceStart)) reason = 'evidence not at its offset';
    if (!reason && VERBATIM_NAME_LABELS.has(node.label as never) && !text.includes(String(node.name))) reason = 'name not in the text';
    if (!reason && Array.isArray(node.aliases) && node.aliases.some((alias) => !text.includes(String(alias)))) reason = 'an alias not in the text';
    if (!reason && node.label === 'Statement' && !String(node.evidence).includes(String(node.text)))
      reason = 'evidence does not contain the statement';
    if (reason) dropped.push({ record: node.id, rule: node.rule, reason });
    return reason === undefined;
  });
  const labels = new Map<string, string>([[String(graph.document.id), 'Document'], ...nodes.map((node) => [node.id, node.label] as const)]);
  const relationships = graph.relationships.filter((rel) => {
    const rule = RELATIONSHIP_RULES[rel.type as keyof typeof RELATIONSHIP_RULES] as { from: readonly string[]; to: readonly string[] } | undefined;
    const from = labels.get(rel.from);
    const to = labels.get(rel.to);
    let reason: string | undefined;
    if (!seedRelationshipSchema.safeParse(rel).success) reason = 'not a valid relationship';
    else if (!rule || !from || !to || !rule.from.includes(from) || !rule.to.includes(to)) reason = 'an end is missing or of the wrong label';
    else if (!at(rel.evidence, rel.evidenceStart)) reason = 'evidence not at its offset';
    if (reason) dropped.push({ record: `${rel.from} -${rel.type}-> ${rel.to}`, rule: rel.rule, reason });
    return reason === undefined;
  });
  return { graph: { ...graph, nodes, relationships }, dropped };
}
