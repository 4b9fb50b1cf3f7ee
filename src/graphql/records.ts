/**
 * The shapes Cypher rows take before resolvers turn them into GraphQL objects. The generated resolver
 * types use them as parents (codegen `mappers`), so a resolver sees exactly what its query returned.
 */

import type {
  DocumentKindValue,
  EntityKindValue,
  OrganizationKindValue,
  PolicyKindValue,
  RegionLevelValue,
  StatementKindValue,
  StatisticQualifierValue,
} from './generated/stored-values.ts';

/** The kinds of entity, as labels in Neo4j and type names in GraphQL (schema.graphql's EntityKind). */
export type EntityLabel = EntityKindValue;

/** An excerpt of a document and where it stands. */
export interface EvidenceRecord {
  excerpt: string;
  start: number;
  end: number;
  documentId: string;
}

/** Properties every entity row carries (projections leave out search keys and documents' full text). */
export interface EntityRecordBase {
  id: string;
  label: EntityLabel;
  name: string;
  nameEn: string | null;
  aliases?: string[] | null;
}

/** A Person row. */
export interface PersonRecord extends EntityRecordBase {
  label: 'Person';
  pinyin: string;
}
/** An Organization row; `kind` is the stored kebab-case value, which GraphQL maps to its enum value. */
export interface OrganizationRecord extends EntityRecordBase {
  label: 'Organization';
  kind: OrganizationKindValue;
  former?: boolean | null;
}
/** A Region row. */
export interface RegionRecord extends EntityRecordBase {
  label: 'Region';
  pinyin: string;
  level: RegionLevelValue;
}
/** A Policy row. */
export interface PolicyRecord extends EntityRecordBase {
  label: 'Policy';
  kind: PolicyKindValue;
  description?: string | null;
}
/** A Statistic row, with its own evidence. */
export interface StatisticRecord extends EntityRecordBase {
  label: 'Statistic';
  indicator: string;
  indicatorEn: string;
  value: number;
  unit: string;
  unitEn: string;
  period: string | null;
  periodText: string | null;
  change?: number | null;
  changeUnit?: string | null;
  qualifier: StatisticQualifierValue;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  source: string;
  /** The publication date of the report that gives it. */
  publishedAt: string;
}
/** A Theme row. */
export interface ThemeRecord extends EntityRecordBase {
  label: 'Theme';
  description?: string | null;
}
/** A Statement row, with its own evidence; its name is its text. */
export interface StatementRecord extends EntityRecordBase {
  label: 'Statement';
  kind: StatementKindValue;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  source: string;
  /** The publication date of the report that gives it. */
  publishedAt: string;
}
/** An Event row. */
export interface EventRecord extends EntityRecordBase {
  label: 'Event';
  startDate: string;
  endDate: string;
}
/** A Document row, without its text (loaded only when asked for). */
export interface DocumentRecord extends EntityRecordBase {
  label: 'Document';
  url?: string | null;
  language: string;
  publishedAt: string;
  eventDate?: string | null;
  kind: DocumentKindValue;
  publisher?: string | null;
  /** The title as it stands in the text, and where. */
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

/** Any entity row. */
export type EntityRecord =
  | PersonRecord
  | OrganizationRecord
  | RegionRecord
  | PolicyRecord
  | StatisticRecord
  | ThemeRecord
  | StatementRecord
  | EventRecord
  | DocumentRecord;

/** A relation row seen from one end: the entity at the other end, the relation's properties and evidence. */
export interface LinkRecord<T extends EntityRecord = EntityRecord> {
  node: T;
  evidence: EvidenceRecord[];
}

/** SPEAKS_FOR. */
export interface MembershipRecord {
  person: PersonRecord;
  organization: OrganizationRecord;
  title: string;
  titleEn: string | null;
  former: boolean | null;
  evidence: EvidenceRecord[];
}

/** One organization and title a person held, with every report that names it. */
export interface PositionRecord {
  organization: OrganizationRecord;
  title: string;
  titleEn: string | null;
  former: boolean | null;
  firstSeen: string;
  lastSeen: string;
  sources: PositionSourceRecord[];
}

/** One report's word for a post. */
export interface PositionSourceRecord {
  documentId: string;
  publishedAt: string;
  evidence: EvidenceRecord;
}

/** A statistic about a region, as a point of a series or a row of a comparison. */
export interface IndicatorFigureRecord {
  statistic: StatisticRecord;
  region: RegionRecord;
}

/** HAS_JURISDICTION or LOCATED_IN. */
export interface JurisdictionRecord {
  organization: OrganizationRecord;
  region: RegionRecord;
  relation: 'HAS_JURISDICTION' | 'LOCATED_IN';
  evidence: EvidenceRecord[];
}

/** IMPLEMENTS. */
export interface ImplementationRecord {
  implementer: RegionRecord | OrganizationRecord;
  policy: PolicyRecord;
  evidence: EvidenceRecord[];
}

/** PROPOSED. */
export interface ProposalRecord {
  proposer: PersonRecord | OrganizationRecord;
  policy: PolicyRecord;
  evidence: EvidenceRecord[];
}

/** MEASURES. */
export interface MeasurementRecord {
  statistic: StatisticRecord;
  subject: RegionRecord | PolicyRecord | OrganizationRecord;
  evidence: EvidenceRecord[];
}

/** ATTENDED. */
export interface AttendanceRecord {
  person: PersonRecord;
  event: EventRecord;
  evidence: EvidenceRecord[];
}

/** WROTE or REPORTED. */
export interface AuthorshipRecord {
  person: PersonRecord;
  document: DocumentRecord;
  relation: 'WROTE' | 'REPORTED';
  role: string | null;
  roleEn: string | null;
  evidence: EvidenceRecord[];
}

/** A theme with one person's statements on it, or a person with their statements on one theme. */
export interface ThemeDiscussionRecord {
  theme: ThemeRecord;
  statements: StatementRecord[];
}
/** A person with their statements on one theme. */
export interface ThemeDiscussantRecord {
  person: PersonRecord;
  statements: StatementRecord[];
}

/** A relationship as drawn: its ends, type, and evidence. */
export interface GraphEdgeRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  title: string | null;
  role: string | null;
  evidence: EvidenceRecord;
}

/** The fields a drawing needs: neighborhood rings read only these, and the whole entity is loaded when asked for. */
export type EntityStub = Pick<EntityRecordBase, 'id' | 'label' | 'name' | 'nameEn'>;

/** A node as drawn. */
export interface GraphNodeRecord {
  entity: EntityStub;
  distance: number;
}

/** A shortest path. */
export interface PathRecord {
  nodes: EntityRecord[];
  edges: GraphEdgeRecord[];
}

/** A neighborhood. */
export interface SubgraphRecord {
  centerId: string;
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

/** A search hit. */
export interface SearchHitRecord {
  score: number;
  entity: EntityRecord;
}

/** A page of a list query: its rows (one more than asked when a next page exists), and the total when asked for. */
export interface ConnectionRecord<T extends EntityRecord> {
  nodes: T[];
  /** How many items the page holds at most. */
  first: number;
  /** How many items match in all; counted only when the query selects totalCount. */
  totalCount: number | null;
  /** The sort order the cursors encode, so a cursor cannot be replayed under another order. */
  orderKey: string;
  /** The property the list is sorted by, whose value each cursor carries. */
  sortKey: string;
  /** Whether the page starts after a cursor. */
  afterCursor: boolean;
}

/** A link to an organization (PART_OF between organizations, PUBLISHED). */
export type OrganizationLinkRecord = LinkRecord<OrganizationRecord>;
/** A link to a region (PART_OF between regions, HELD_IN). */
export type RegionLinkRecord = LinkRecord<RegionRecord>;
/** A link to a theme (ABOUT). */
export type ThemeLinkRecord = LinkRecord<ThemeRecord>;
/** A link to any entity (MENTIONS). */
export type MentionRecord = LinkRecord;

/** A page of people. */
export type PersonConnectionRecord = ConnectionRecord<PersonRecord>;
/** A page of organizations. */
export type OrganizationConnectionRecord = ConnectionRecord<OrganizationRecord>;
/** A page of regions. */
export type RegionConnectionRecord = ConnectionRecord<RegionRecord>;
/** A page of policies. */
export type PolicyConnectionRecord = ConnectionRecord<PolicyRecord>;
/** A page of statistics. */
export type StatisticConnectionRecord = ConnectionRecord<StatisticRecord>;
/** A page of themes. */
export type ThemeConnectionRecord = ConnectionRecord<ThemeRecord>;
/** A page of statements. */
export type StatementConnectionRecord = ConnectionRecord<StatementRecord>;
/** A page of documents. */
export type DocumentConnectionRecord = ConnectionRecord<DocumentRecord>;
