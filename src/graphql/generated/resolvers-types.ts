// Generated from schema.graphql by scripts/generate-resolver-types.ts; do not edit.
/* eslint-disable */
import type { DocumentKindValue as DocumentKind } from '../../graph-model/stored-values.ts';
import type { EntityKindValue as EntityKind } from '../../graph-model/stored-values.ts';
import type { OrganizationKindValue as OrganizationKind } from '../../graph-model/stored-values.ts';
import type { RegionLevelValue as RegionLevel } from '../../graph-model/stored-values.ts';
import type { PolicyKindValue as PolicyKind } from '../../graph-model/stored-values.ts';
import type { StatisticQualifierValue as StatisticQualifier } from '../../graph-model/stored-values.ts';
import type { StatementKindValue as StatementKind } from '../../graph-model/stored-values.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RequestContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601, YYYY-MM-DD (2020-01-13). */
  Date: { input: string; output: string; }
};

/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type Query = {
  __typename?: 'Query';
  /** Full-text search over Chinese names, statements, English names and pinyin (with or without spaces or tones), best match first. */
  search: Array<SearchHit>;
  /** Any entity by its id (person:li-ganjie, region:hebei …); null when no entity has that id. */
  entity: Maybe<Entity>;
  /** A shortest path between two entities through the report's relations, with each edge's evidence; null when none is within maxLength. Paths never pass through a Document, which every entity shares. */
  path: Maybe<Path>;
  /** The entities and relations around an entity, for drawing a graph. Expansion stops at Documents other than the centre. With from, to or documents, only relations those reports state are followed (the centre is always there). */
  neighborhood: Subgraph;
  /** How many nodes of each label and relationships of each type the graph holds. */
  graphStats: GraphStats;
  /** People named in the reports: officials and reporters. */
  people: PersonConnection;
  /** A person by id; null when unknown. */
  person: Maybe<Person>;
  /** Organizations: the ministry and its units, provincial departments, municipal bureaus, newspapers … */
  organizations: OrganizationConnection;
  /** An organization by id; null when unknown. */
  organization: Maybe<Organization>;
  /** Regions: the country, provinces, cities, areas such as 汾渭平原, river basins. */
  regions: RegionConnection;
  /** A region by id; null when unknown. */
  region: Maybe<Region>;
  /** Policies and initiatives: campaigns, reforms, regulations, systems, strategies, standards, pilots … */
  policies: PolicyConnection;
  /** A policy by id; null when unknown. */
  policy: Maybe<Policy>;
  /** Figures the reports give, each with its unit, period, subject and evidence. */
  statistics: StatisticConnection;
  /** A statistic by id; null when unknown. */
  statistic: Maybe<Statistic>;
  /** Themes the speakers raise, such as 精准治污, 科学治污 and 依法治污. */
  themes: ThemeConnection;
  /** A theme by id; null when unknown. */
  theme: Maybe<Theme>;
  /** Quotes and paraphrases, each by its speaker. */
  statements: StatementConnection;
  /** A statement by id; null when unknown. */
  statement: Maybe<Statement>;
  /** The source documents: the reports the graph was built from. */
  documents: DocumentConnection;
  /** A document by id; null when unknown. */
  document: Maybe<Document>;
  /**
   * One indicator for one region across reports and periods, in period order (then by report date), each point
   * with the statistic, the report and its evidence: e.g. the PM2.5 concentration of a province year by year.
   */
  statisticSeries: Array<IndicatorFigure>;
  /** One indicator compared across regions for one period, largest value first: e.g. PM2.5 of every province in 2021. */
  statisticComparison: Array<IndicatorFigure>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds: InputMaybe<Array<EntityKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryNeighborhoodArgs = {
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryPeopleArgs = {
  filter: InputMaybe<PersonFilter>;
  orderBy: InputMaybe<EntityOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryOrganizationsArgs = {
  filter: InputMaybe<OrganizationFilter>;
  orderBy: InputMaybe<EntityOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryRegionsArgs = {
  filter: InputMaybe<RegionFilter>;
  orderBy: InputMaybe<EntityOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryPoliciesArgs = {
  filter: InputMaybe<PolicyFilter>;
  orderBy: InputMaybe<EntityOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryStatisticsArgs = {
  filter: InputMaybe<StatisticFilter>;
  orderBy: InputMaybe<StatisticOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryStatisticArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryThemesArgs = {
  filter: InputMaybe<ThemeFilter>;
  orderBy: InputMaybe<EntityOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryThemeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryStatementsArgs = {
  filter: InputMaybe<StatementFilter>;
  orderBy: InputMaybe<EntityOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryDocumentsArgs = {
  filter: InputMaybe<DocumentFilter>;
  orderBy: InputMaybe<DocumentOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryStatisticSeriesArgs = {
  indicator: Scalars['String']['input'];
  region: Scalars['ID']['input'];
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The questions the graph answers. Lists are paginated connections; lookups by id return null for an
 * unknown id; a malformed id or cursor, or an argument out of range, is a BAD_USER_INPUT error.
 */
export type QueryStatisticComparisonArgs = {
  indicator: Scalars['String']['input'];
  period: Scalars['String']['input'];
  level: InputMaybe<RegionLevel>;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Anything the graph holds: a person, organization, region, policy, statistic, theme, statement, event or document. */
export type Entity = {
  /** Stable, readable id: kind:slug, e.g. person:li-ganjie. */
  id: Scalars['ID']['output'];
  /** The name exactly as the report writes it (for a statement, its text). */
  name: Scalars['String']['output'];
  /** An accurate English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where the reports mention this entity: one excerpt per document, at most 20, oldest document first. */
  mentions: Array<Evidence>;
};

/** The words of a report that support a fact, and where they stand in it. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The excerpt, verbatim. */
  excerpt: Scalars['String']['output'];
  /** Offset of the excerpt's first character in the document text, in characters (Unicode code points) from 0. */
  start: Scalars['Int']['output'];
  /** Offset just past the excerpt's last character. */
  end: Scalars['Int']['output'];
  /** Id of the document the excerpt comes from. */
  documentId: Scalars['ID']['output'];
  /** The document the excerpt comes from. */
  document: Document;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Relevance: higher is better; hits come best first. */
  score: Scalars['Float']['output'];
  /** The entity found. */
  entity: Entity;
};

/** A person: an official or a reporter. */
export type Person = Entity & {
  __typename?: 'Person';
  /** Stable id, e.g. person:li-ganjie. */
  id: Scalars['ID']['output'];
  /** Chinese name as the report writes it. */
  name: Scalars['String']['output'];
  /** Name in English (pinyin order as in official English usage). */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Hanyu Pinyin with tone marks, e.g. Lǐ Gānjié. */
  pinyin: Scalars['String']['output'];
  /** Other forms of the name the reports use. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the reports mention this person. */
  mentions: Array<Evidence>;
  /** The organizations this person speaks for, one row per organization and title, the most recently reported first. */
  organizations: Array<Membership>;
  /**
   * The posts this person held as the reports give them: one row per organization and title, with the first and
   * last report date that names it and every report's evidence, in date order. Former posts (原…) stay marked.
   */
  positions: Array<Position>;
  /** What this person said, in report order (oldest report first). */
  statements: Array<Statement>;
  /** The themes this person discussed, each with the statements on it. */
  themes: Array<ThemeDiscussion>;
  /** Policies this person proposed. */
  proposals: Array<Proposal>;
  /** Events this person attended. */
  attended: Array<Attendance>;
  /** Documents this person wrote or reported, with the role. */
  authorship: Array<Authorship>;
};


/** A person: an official or a reporter. */
export type PersonOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person: an official or a reporter. */
export type PersonPositionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person: an official or a reporter. */
export type PersonStatementsArgs = {
  theme: InputMaybe<Scalars['ID']['input']>;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person: an official or a reporter. */
export type PersonThemesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person: an official or a reporter. */
export type PersonProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person: an official or a reporter. */
export type PersonAttendedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person: an official or a reporter. */
export type PersonAuthorshipArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An organization: a ministry, one of its units, a provincial department, a municipal bureau, a newspaper … */
export type Organization = Entity & {
  __typename?: 'Organization';
  /** Stable id, e.g. organization:mee. */
  id: Scalars['ID']['output'];
  /** Chinese name as the report writes it. */
  name: Scalars['String']['output'];
  /** Official English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** What sort of body it is. */
  kind: OrganizationKind;
  /** True for a body that no longer exists under this name (原环境保护部). */
  former: Scalars['Boolean']['output'];
  /** Short forms the reports use (部). */
  aliases: Array<Scalars['String']['output']>;
  /** Where the reports mention this organization. */
  mentions: Array<Evidence>;
  /**
   * The people who speak for it, with their titles. With asOf, who held which title as of that date: for each
   * person, the posts the latest report at or before the date gives, leaving out posts it gives as former (原…).
   */
  members: Array<Membership>;
  /** The bodies it belongs to (a ministry unit belongs to the ministry). */
  parents: Array<OrganizationLink>;
  /** Its units. */
  units: Array<OrganizationLink>;
  /** The regions it has jurisdiction over or is located in. */
  regions: Array<Jurisdiction>;
  /** Policies it implements. */
  implements: Array<Implementation>;
  /** Policies it proposed. */
  proposals: Array<Proposal>;
};


/** An organization: a ministry, one of its units, a provincial department, a municipal bureau, a newspaper … */
export type OrganizationMembersArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization: a ministry, one of its units, a provincial department, a municipal bureau, a newspaper … */
export type OrganizationParentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization: a ministry, one of its units, a provincial department, a municipal bureau, a newspaper … */
export type OrganizationUnitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization: a ministry, one of its units, a provincial department, a municipal bureau, a newspaper … */
export type OrganizationRegionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization: a ministry, one of its units, a provincial department, a municipal bureau, a newspaper … */
export type OrganizationImplementsArgs = {
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization: a ministry, one of its units, a provincial department, a municipal bureau, a newspaper … */
export type OrganizationProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A region: the country, a province, a city, an area, a river basin. */
export type Region = Entity & {
  __typename?: 'Region';
  /** Stable id, e.g. region:hebei. */
  id: Scalars['ID']['output'];
  /** Chinese name as the report writes it. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Hanyu Pinyin with tone marks. */
  pinyin: Scalars['String']['output'];
  /** Administrative level or kind of area. */
  level: RegionLevel;
  /** Short forms the reports use (河北, 安徽). */
  aliases: Array<Scalars['String']['output']>;
  /** Where the reports mention this region. */
  mentions: Array<Evidence>;
  /** The regions it is part of (a city's province, a province's country). */
  parents: Array<RegionLink>;
  /** The regions directly part of it. */
  subRegions: Array<RegionLink>;
  /** Bodies with jurisdiction over it or located in it. */
  organizations: Array<Jurisdiction>;
  /** Policies it implements; with includeSubRegions, also those its sub-regions implement. */
  policies: Array<Implementation>;
  /** Statistics about it; with includeSubRegions, also about its sub-regions. */
  statistics: Array<Measurement>;
};


/** A region: the country, a province, a city, an area, a river basin. */
export type RegionParentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A region: the country, a province, a city, an area, a river basin. */
export type RegionSubRegionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A region: the country, a province, a city, an area, a river basin. */
export type RegionOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A region: the country, a province, a city, an area, a river basin. */
export type RegionPoliciesArgs = {
  includeSubRegions?: InputMaybe<Scalars['Boolean']['input']>;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A region: the country, a province, a city, an area, a river basin. */
export type RegionStatisticsArgs = {
  includeSubRegions?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A policy or initiative. */
export type Policy = Entity & {
  __typename?: 'Policy';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Chinese name as the report writes it. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** What kind of policy it is. */
  kind: PolicyKind;
  /** One sentence in English on what it is. */
  description: Maybe<Scalars['String']['output']>;
  /** Short forms the reports use. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the reports mention this policy. */
  mentions: Array<Evidence>;
  /** The regions and bodies that implement it. */
  implementedBy: Array<Implementation>;
  /** The people and bodies that proposed it. */
  proposedBy: Array<Proposal>;
  /** Themes it serves. */
  themes: Array<ThemeLink>;
  /** Statistics about it. */
  statistics: Array<Measurement>;
  /** Statements that mention it. */
  mentionedIn: Array<Statement>;
};


/** A policy or initiative. */
export type PolicyImplementedByArgs = {
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy or initiative. */
export type PolicyProposedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy or initiative. */
export type PolicyThemesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy or initiative. */
export type PolicyStatisticsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy or initiative. */
export type PolicyMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A figure a report gives: what is measured, the value with its unit, the period, and its subject. */
export type Statistic = Entity & {
  __typename?: 'Statistic';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** A short Chinese label of the figure. */
  name: Scalars['String']['output'];
  /** The label in English. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** What is measured, in Chinese (PM2.5浓度). */
  indicator: Scalars['String']['output'];
  /** What is measured, in English. */
  indicatorEn: Scalars['String']['output'];
  /** The value (约2.8万 is 28000). */
  value: Scalars['Float']['output'];
  /** The unit as the report writes it (微克/立方米, 个, %). */
  unit: Scalars['String']['output'];
  /** The unit in English (μg/m³, items, %). */
  unitEn: Scalars['String']['output'];
  /** The period in ISO 8601 (2019, 2019-01/2019-11); null when the report gives none. */
  period: Maybe<Scalars['String']['output']>;
  /** The report's words for the period (2019年1月-11月). */
  periodText: Maybe<Scalars['String']['output']>;
  /** The change the report gives, signed (下降1.8% is -1.8). */
  change: Maybe<Scalars['Float']['output']>;
  /** Unit of the change (%, 个百分点). */
  changeUnit: Maybe<Scalars['String']['output']>;
  /** How exact the value is: 多 is MORE_THAN, 约 is ABOUT. */
  qualifier: StatisticQualifier;
  /** Where the reports mention this statistic. */
  mentions: Array<Evidence>;
  /** The excerpt that states the figure. */
  evidence: Evidence;
  /** What the figure is about: regions, policies, organizations. */
  subjects: Array<Measurement>;
  /** Themes it bears on. */
  themes: Array<ThemeLink>;
  /** Statements that give this figure, so you know who said it; empty when the report states it in its own voice. */
  statedIn: Array<Statement>;
};


/** A figure a report gives: what is measured, the value with its unit, the period, and its subject. */
export type StatisticSubjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure a report gives: what is measured, the value with its unit, the period, and its subject. */
export type StatisticThemesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure a report gives: what is measured, the value with its unit, the period, and its subject. */
export type StatisticStatedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A theme the speakers raise. */
export type Theme = Entity & {
  __typename?: 'Theme';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The report's words for the theme (精准治污). */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** One sentence in English on what the theme covers. */
  description: Maybe<Scalars['String']['output']>;
  /** Other forms the reports use. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the reports mention this theme. */
  mentions: Array<Evidence>;
  /** The people who discussed it, each with their statements on it, in report order (oldest report first). */
  discussedBy: Array<ThemeDiscussant>;
  /** All statements about it, in report order. */
  statements: Array<Statement>;
  /** How often it came up, period by period: statements about it and reports naming it, in period order; periods without either are left out. */
  trend: Array<TrendPoint>;
  /** Policies that serve it. */
  policies: Array<Policy>;
};


/** A theme the speakers raise. */
export type ThemeDiscussedByArgs = {
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A theme the speakers raise. */
export type ThemeStatementsArgs = {
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
  documents: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A theme the speakers raise. */
export type ThemeTrendArgs = {
  by?: InputMaybe<TrendPeriod>;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
};


/** A theme the speakers raise. */
export type ThemePoliciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A quote or paraphrase by a person. */
export type Statement = Entity & {
  __typename?: 'Statement';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The statement's text (as name, for the Entity interface). */
  name: Scalars['String']['output'];
  /** An English rendering, when curated. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** The speaker's words, verbatim, without quotation marks. */
  text: Scalars['String']['output'];
  /** A direct quote or reported speech. */
  kind: StatementKind;
  /** Where the reports mention it. */
  mentions: Array<Evidence>;
  /** The excerpt with the quote and its attribution. */
  evidence: Evidence;
  /** Who said it. */
  speaker: Maybe<Person>;
  /** Themes it addresses. */
  themes: Array<ThemeLink>;
  /** Entities it names: regions, organizations, policies, statistics, people. */
  mentionsEntities: Array<Mention>;
  /** The event where it was said. */
  event: Maybe<Event>;
};


/** A quote or paraphrase by a person. */
export type StatementThemesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A quote or paraphrase by a person. */
export type StatementMentionsEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An event, such as the conference a report covers. */
export type Event = Entity & {
  __typename?: 'Event';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name as the report writes it. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** First day, ISO date. */
  startDate: Scalars['String']['output'];
  /** Last day, ISO date. */
  endDate: Scalars['String']['output'];
  /** Where the reports mention it. */
  mentions: Array<Evidence>;
  /** Where it was held. */
  location: Array<RegionLink>;
  /** Who attended. */
  attendees: Array<Attendance>;
  /** Statements made there. */
  statements: Array<Statement>;
};


/** An event, such as the conference a report covers. */
export type EventLocationArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An event, such as the conference a report covers. */
export type EventAttendeesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An event, such as the conference a report covers. */
export type EventStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A source document: a report the graph was built from. */
export type Document = Entity & {
  __typename?: 'Document';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The title as published. */
  name: Scalars['String']['output'];
  /** The title in English. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Where it was published online. */
  url: Maybe<Scalars['String']['output']>;
  /** The day it was published. */
  publishedAt: Scalars['Date']['output'];
  /** The day of the event it reports, when it reports one. */
  eventDate: Maybe<Scalars['Date']['output']>;
  /** What sort of document it is. */
  kind: DocumentKind;
  /** Who published it, as written (中国环境报). */
  publisher: Maybe<Scalars['String']['output']>;
  /** Language tag of the text (zh). */
  language: Scalars['String']['output'];
  /** The full text as published; evidence offsets refer to it. */
  text: Scalars['String']['output'];
  /** Where the reports mention it (its own title). */
  mentions: Array<Evidence>;
  /** Who wrote and reported it. */
  authors: Array<Authorship>;
  /** The organizations that published it. */
  publishers: Array<OrganizationLink>;
  /** How many entities it supports, by label. */
  entityCounts: Array<LabelCount>;
  /**
   * How many of its records were loaded while still flagged for review, nobody having accepted or rejected them (the
   * review page's "load and keep them flagged", or a draft loaded as the extractor wrote it): 0 for a reviewed report.
   */
  unreviewedCount: Scalars['Int']['output'];
  /** Its records still flagged for review, with the extractor's reason and their words: what a reviewer should look at next. */
  unreviewed: Array<UnreviewedRecord>;
};


/** A source document: a report the graph was built from. */
export type DocumentAuthorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source document: a report the graph was built from. */
export type DocumentPublishersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source document: a report the graph was built from. */
export type DocumentUnreviewedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A record of a report loaded while still flagged for review: the extractor asked for a look, and nobody has answered yet. */
export type UnreviewedRecord = {
  __typename?: 'UnreviewedRecord';
  /** What the record is: an entity's id, a relation as from -TYPE-> to, or the document's id for the document itself. */
  record: Scalars['String']['output'];
  /** The entity's label (Person, Statistic …), the relation's type (SPEAKS_FOR …), or Document. */
  label: Scalars['String']['output'];
  /** The entity's name (a statement's words), or the relation's two ends' names. */
  name: Scalars['String']['output'];
  /** Why the extractor asked for a look. */
  review: Scalars['String']['output'];
  /** The words of the report the record stands on. */
  evidence: Evidence;
};

/** A person speaking for an organization (SPEAKS_FOR), with the title. */
export type Membership = {
  __typename?: 'Membership';
  /** The person. */
  person: Person;
  /** The organization. */
  organization: Organization;
  /** The title as the report writes it (局长, 厅长, 督察专员). */
  title: Scalars['String']['output'];
  /** The title in English. */
  titleEn: Maybe<Scalars['String']['output']>;
  /** True when the report gives it as a past post (原…). */
  former: Scalars['Boolean']['output'];
  /** The words that state it, one excerpt per document (at most 20). */
  evidence: Array<Evidence>;
};

/** A post a person held as the reports give it: one organization and title, seen in one or more reports. */
export type Position = {
  __typename?: 'Position';
  /** The organization. */
  organization: Organization;
  /** The title as the reports write it (局长, 厅长). */
  title: Scalars['String']['output'];
  /** The title in English. */
  titleEn: Maybe<Scalars['String']['output']>;
  /** True when the latest report naming it gives it as a past post (原…). */
  former: Scalars['Boolean']['output'];
  /** The publication date of the first report that names the post. */
  firstSeen: Scalars['Date']['output'];
  /** The publication date of the last report that names the post. */
  lastSeen: Scalars['Date']['output'];
  /** Each report that names the post, oldest first, with the words that state it. */
  sources: Array<PositionSource>;
};

/** One report's word for a post. */
export type PositionSource = {
  __typename?: 'PositionSource';
  /** The report. */
  document: Document;
  /** Its publication date. */
  publishedAt: Scalars['Date']['output'];
  /** The words that state the post. */
  evidence: Evidence;
};

/** How often a theme came up in one period. */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  /** The period: a year (2020) or a month (2020-01). */
  period: Scalars['String']['output'];
  /** Statements about the theme in reports of the period. */
  statements: Scalars['Int']['output'];
  /** Reports of the period that name the theme. */
  documents: Scalars['Int']['output'];
  /** People who spoke about it in reports of the period. */
  speakers: Scalars['Int']['output'];
};

/** A figure of one indicator for one region, as one report gives it: a point of a series or a row of a comparison. */
export type IndicatorFigure = {
  __typename?: 'IndicatorFigure';
  /** The statistic. */
  statistic: Statistic;
  /** The region it is about. */
  region: Region;
  /** What is measured, in Chinese, as this report words it. */
  indicator: Scalars['String']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
  /** The unit as the report writes it. */
  unit: Scalars['String']['output'];
  /** The period in ISO 8601; null when the report gives none. */
  period: Maybe<Scalars['String']['output']>;
  /** The change the report gives, signed. */
  change: Maybe<Scalars['Float']['output']>;
  /** Unit of the change. */
  changeUnit: Maybe<Scalars['String']['output']>;
  /** How exact the value is. */
  qualifier: StatisticQualifier;
  /** The report that gives it. */
  document: Document;
  /** That report's publication date. */
  publishedAt: Scalars['Date']['output'];
  /** The words that state the figure. */
  evidence: Evidence;
};

/** A link from an organization to another (PART_OF or PUBLISHED), seen from one end. */
export type OrganizationLink = {
  __typename?: 'OrganizationLink';
  /** The organization at the other end. */
  organization: Organization;
  /** The words that state it. */
  evidence: Array<Evidence>;
};

/** A link between regions (PART_OF, HELD_IN), seen from one end. */
export type RegionLink = {
  __typename?: 'RegionLink';
  /** The region at the other end. */
  region: Region;
  /** The words that state it. */
  evidence: Array<Evidence>;
};

/** An organization's jurisdiction over, or location in, a region. */
export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  /** The organization. */
  organization: Organization;
  /** The region. */
  region: Region;
  /** HAS_JURISDICTION or LOCATED_IN. */
  relation: JurisdictionRelation;
  /** The words that state it. */
  evidence: Array<Evidence>;
};

/** A region or organization implementing a policy (IMPLEMENTS). */
export type Implementation = {
  __typename?: 'Implementation';
  /** Who implements it: a Region or an Organization. */
  implementer: Entity;
  /** The policy. */
  policy: Policy;
  /** The words that state it. */
  evidence: Array<Evidence>;
};

/** A person or organization proposing a policy (PROPOSED). */
export type Proposal = {
  __typename?: 'Proposal';
  /** Who proposed it: a Person or an Organization. */
  proposer: Entity;
  /** The policy. */
  policy: Policy;
  /** The words that state it. */
  evidence: Array<Evidence>;
};

/** A statistic measuring a region, policy or organization (MEASURES). */
export type Measurement = {
  __typename?: 'Measurement';
  /** The statistic. */
  statistic: Statistic;
  /** What it measures. */
  subject: Entity;
  /** The words that state it. */
  evidence: Array<Evidence>;
};

/** A link to a theme (ABOUT). */
export type ThemeLink = {
  __typename?: 'ThemeLink';
  /** The theme. */
  theme: Theme;
  /** The words that support it. */
  evidence: Array<Evidence>;
};

/** An entity a statement names (MENTIONS). */
export type Mention = {
  __typename?: 'Mention';
  /** The entity named. */
  entity: Entity;
  /** The words that name it. */
  evidence: Array<Evidence>;
};

/** A person attending an event (ATTENDED). */
export type Attendance = {
  __typename?: 'Attendance';
  /** The person. */
  person: Person;
  /** The event. */
  event: Event;
  /** The words that state it. */
  evidence: Array<Evidence>;
};

/** A person writing or reporting a document (WROTE, REPORTED), with the role. */
export type Authorship = {
  __typename?: 'Authorship';
  /** The person. */
  person: Person;
  /** The document. */
  document: Document;
  /** WROTE or REPORTED. */
  relation: AuthorshipRelation;
  /** The role as the report writes it (执笔, 集体采访). */
  role: Maybe<Scalars['String']['output']>;
  /** The role in English. */
  roleEn: Maybe<Scalars['String']['output']>;
  /** The words that state it. */
  evidence: Array<Evidence>;
};

/** A theme a person discussed, with the statements on it. */
export type ThemeDiscussion = {
  __typename?: 'ThemeDiscussion';
  /** The theme. */
  theme: Theme;
  /** The person's statements about it. */
  statements: Array<Statement>;
};


/** A theme a person discussed, with the statements on it. */
export type ThemeDiscussionStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person who discussed a theme, with the statements on it. */
export type ThemeDiscussant = {
  __typename?: 'ThemeDiscussant';
  /** The person. */
  person: Person;
  /** The person's statements about the theme. */
  statements: Array<Statement>;
};


/** A person who discussed a theme, with the statements on it. */
export type ThemeDiscussantStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A shortest path between two entities. */
export type Path = {
  __typename?: 'Path';
  /** Number of relationships on the path. */
  length: Scalars['Int']['output'];
  /** The entities on the path, in order from `from` to `to`. */
  nodes: Array<Entity>;
  /** The relationships on the path, in order, each with its evidence. */
  edges: Array<GraphEdge>;
};

/** Nodes and edges around an entity, ready to draw. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Id of the entity at the centre. */
  centerId: Scalars['ID']['output'];
  /** The nodes, centre first; at most `limit`. */
  nodes: Array<GraphNode>;
  /** The relationships among those nodes. */
  edges: Array<GraphEdge>;
  /** True when `limit` cut the neighborhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** A node of a drawn graph. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The entity's id. */
  id: Scalars['ID']['output'];
  /** Its label: Person, Organization, Region, Policy, Statistic, Theme, Statement, Event or Document. */
  label: Scalars['String']['output'];
  /** Its name as the report writes it. */
  name: Scalars['String']['output'];
  /** Its English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** Relationships from the centre (0 for the centre). */
  distance: Scalars['Int']['output'];
  /** The whole entity, for fields beyond the drawing's. */
  entity: Entity;
};

/** A relationship of a drawn graph or a path. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** An id for the relationship, stable while the database is. */
  id: Scalars['ID']['output'];
  /** The relationship type: SPEAKS_FOR, IMPLEMENTS, SOURCE … */
  type: Scalars['String']['output'];
  /** Id of the start node. */
  from: Scalars['ID']['output'];
  /** Id of the end node. */
  to: Scalars['ID']['output'];
  /** Title, for SPEAKS_FOR. */
  title: Maybe<Scalars['String']['output']>;
  /** Role, for WROTE and REPORTED. */
  role: Maybe<Scalars['String']['output']>;
  /** The words that support it. */
  evidence: Evidence;
};

/** Counts of the whole graph. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Nodes per label, largest first. */
  nodes: Array<LabelCount>;
  /** Relationships per type, largest first. */
  relationships: Array<TypeCount>;
  /** All nodes. */
  totalNodes: Scalars['Int']['output'];
  /** All relationships. */
  totalRelationships: Scalars['Int']['output'];
};

/** How many nodes carry a label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** The label. */
  label: Scalars['String']['output'];
  /** The count. */
  count: Scalars['Int']['output'];
};

/** How many relationships have a type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** The relationship type. */
  type: Scalars['String']['output'];
  /** The count. */
  count: Scalars['Int']['output'];
};

/** Where a page stands in a list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** True when there are more items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when there are items before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page. */
  startCursor: Maybe<Scalars['String']['output']>;
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many people match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person in a page. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page. */
  edges: Array<OrganizationEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many organizations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organization in a page. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** A page of regions. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** The regions of this page. */
  edges: Array<RegionEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many regions match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A region in a page. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The region. */
  node: Region;
};

/** A page of policies. */
export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  /** The policies of this page. */
  edges: Array<PolicyEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many policies match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A policy in a page. */
export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The policy. */
  node: Policy;
};

/** A page of statistics. */
export type StatisticConnection = {
  __typename?: 'StatisticConnection';
  /** The statistics of this page. */
  edges: Array<StatisticEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many statistics match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A statistic in a page. */
export type StatisticEdge = {
  __typename?: 'StatisticEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The statistic. */
  node: Statistic;
};

/** A page of themes. */
export type ThemeConnection = {
  __typename?: 'ThemeConnection';
  /** The themes of this page. */
  edges: Array<ThemeEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many themes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A theme in a page. */
export type ThemeEdge = {
  __typename?: 'ThemeEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The theme. */
  node: Theme;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page. */
  edges: Array<StatementEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many statements match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A statement in a page. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents of this page. */
  edges: Array<DocumentEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many documents match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A document in a page. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor of this position. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** Which people to list. */
export type PersonFilter = {
  /** Name contains this text: Chinese, English or pinyin. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only people who speak for this organization (its id). */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Only people who discussed this theme (its id). */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities this document mentions (its id), e.g. document:cenews-2020-national-conference. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only people named in reports published on or after this date (with organization or theme: posts and statements of those reports). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only people named in reports published on or before this date (with organization or theme: posts and statements of those reports). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only people named in these reports (document ids, at most 100; with organization or theme: posts and statements of those reports). */
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Which organizations to list. */
export type OrganizationFilter = {
  /** Name contains this text, Chinese or English. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only organizations of this kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** Only organizations with jurisdiction over, or located in, this region or one of its sub-regions (its id). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only units of this organization (its id). */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities this document mentions (its id), e.g. document:cenews-2020-national-conference. */
  document?: InputMaybe<Scalars['ID']['input']>;
};

/** Which regions to list. */
export type RegionFilter = {
  /** Name contains this text: Chinese, English or pinyin. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only regions of this level. */
  level?: InputMaybe<RegionLevel>;
  /** Only this region's sub-regions, at any depth (its id). */
  within?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities this document mentions (its id), e.g. document:cenews-2020-national-conference. */
  document?: InputMaybe<Scalars['ID']['input']>;
};

/** Which policies to list. */
export type PolicyFilter = {
  /** Name contains this text, Chinese or English. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only policies of this kind. */
  kind?: InputMaybe<PolicyKind>;
  /** Only policies implemented in this region or its sub-regions, by the region or a body with jurisdiction there (its id). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only policies serving this theme (its id). */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities this document mentions (its id), e.g. document:cenews-2020-national-conference. */
  document?: InputMaybe<Scalars['ID']['input']>;
};

/** Which statistics to list. */
export type StatisticFilter = {
  /** Indicator contains this text, Chinese or English (PM2.5, 黑臭水体). */
  indicatorContains?: InputMaybe<Scalars['String']['input']>;
  /** Only statistics whose period starts with this ISO 8601 prefix: 2019 matches 2019 and 2019-01/2019-11. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Only statistics about this region or its sub-regions (its id). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only statistics on this theme (its id). */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities this document mentions (its id), e.g. document:cenews-2020-national-conference. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only statistics of reports published on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only statistics of reports published on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only statistics of these reports (document ids, at most 100). */
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Which themes to list. */
export type ThemeFilter = {
  /** Name contains this text, Chinese or English. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only entities this document mentions (its id), e.g. document:cenews-2020-national-conference. */
  document?: InputMaybe<Scalars['ID']['input']>;
};

/** Which statements to list. */
export type StatementFilter = {
  /** Text contains this text. */
  textContains?: InputMaybe<Scalars['String']['input']>;
  /** Only statements by this person (their id). */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements about this theme (its id). */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements that mention this entity (its id). */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities this document mentions (its id), e.g. document:cenews-2020-national-conference. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements of reports published on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only statements of reports published on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only statements of these reports (document ids, at most 100). */
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Which documents to list. */
export type DocumentFilter = {
  /** Title contains this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only documents published on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only documents published on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only documents of this kind. */
  kind?: InputMaybe<DocumentKind>;
  /** Only documents of this publisher, exactly as written (中国环境报). */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** true: only documents with records still flagged for review (unreviewedCount above 0); false: only those without. */
  unreviewed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Sort order of a list of documents. */
export type DocumentOrder = {
  /** What to sort by. */
  field: DocumentSortField;
  /** Ascending or descending. */
  direction: SortDirection;
};

/** Fields documents sort by. */
export type DocumentSortField =
  /** The day it was published. */
  | 'PUBLISHED_AT'
  /** The title. */
  | 'NAME'
  /** The English title. */
  | 'NAME_EN'
  /** The id. */
  | 'ID';

export type { DocumentKind };

export type { EntityKind };

/** The length of a trend's periods. */
export type TrendPeriod =
  /** Calendar years: 2020. */
  | 'YEAR'
  /** Calendar months: 2020-01. */
  | 'MONTH';

/** Sort order of a list of entities. */
export type EntityOrder = {
  /** What to sort by. */
  field: EntitySortField;
  /** Ascending or descending. */
  direction: SortDirection;
};

/** Sort order of a list of statistics. */
export type StatisticOrder = {
  /** What to sort by. */
  field: StatisticSortField;
  /** Ascending or descending. */
  direction: SortDirection;
};

/** Fields entities sort by. */
export type EntitySortField =
  /** The Chinese name (for statements, the text). */
  | 'NAME'
  /** The English name. */
  | 'NAME_EN'
  /** The id. */
  | 'ID';

/** Fields statistics sort by. */
export type StatisticSortField =
  /** The Chinese label. */
  | 'NAME'
  /** The indicator. */
  | 'INDICATOR'
  /** The value. */
  | 'VALUE'
  /** The period (statistics without one come last in ascending order). */
  | 'PERIOD';

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

export type { OrganizationKind };

export type { RegionLevel };

export type { PolicyKind };

export type { StatisticQualifier };

export type { StatementKind };

/** How an organization relates to a region. */
export type JurisdictionRelation =
  /** It governs the region (HAS_JURISDICTION). */
  | 'HAS_JURISDICTION'
  /** It is located in the region (LOCATED_IN). */
  | 'LOCATED_IN';

/** How a person relates to a document. */
export type AuthorshipRelation =
  /** Wrote it (WROTE). */
  | 'WROTE'
  /** Reported for it (REPORTED). */
  | 'REPORTED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( Omit<Person, 'mentions' | 'organizations' | 'positions' | 'statements' | 'themes' | 'proposals' | 'attended' | 'authorship'> & { mentions: Array<_RefType['Evidence']>, organizations: Array<_RefType['Membership']>, positions: Array<_RefType['Position']>, statements: Array<_RefType['Statement']>, themes: Array<_RefType['ThemeDiscussion']>, proposals: Array<_RefType['Proposal']>, attended: Array<_RefType['Attendance']>, authorship: Array<_RefType['Authorship']> } & { __typename: 'Person' } )
    | ( Omit<Organization, 'mentions' | 'members' | 'parents' | 'units' | 'regions' | 'implements' | 'proposals'> & { mentions: Array<_RefType['Evidence']>, members: Array<_RefType['Membership']>, parents: Array<_RefType['OrganizationLink']>, units: Array<_RefType['OrganizationLink']>, regions: Array<_RefType['Jurisdiction']>, implements: Array<_RefType['Implementation']>, proposals: Array<_RefType['Proposal']> } & { __typename: 'Organization' } )
    | ( Omit<Region, 'mentions' | 'parents' | 'subRegions' | 'organizations' | 'policies' | 'statistics'> & { mentions: Array<_RefType['Evidence']>, parents: Array<_RefType['RegionLink']>, subRegions: Array<_RefType['RegionLink']>, organizations: Array<_RefType['Jurisdiction']>, policies: Array<_RefType['Implementation']>, statistics: Array<_RefType['Measurement']> } & { __typename: 'Region' } )
    | ( Omit<Policy, 'mentions' | 'implementedBy' | 'proposedBy' | 'themes' | 'statistics' | 'mentionedIn'> & { mentions: Array<_RefType['Evidence']>, implementedBy: Array<_RefType['Implementation']>, proposedBy: Array<_RefType['Proposal']>, themes: Array<_RefType['ThemeLink']>, statistics: Array<_RefType['Measurement']>, mentionedIn: Array<_RefType['Statement']> } & { __typename: 'Policy' } )
    | ( Omit<Statistic, 'mentions' | 'evidence' | 'subjects' | 'themes' | 'statedIn'> & { mentions: Array<_RefType['Evidence']>, evidence: _RefType['Evidence'], subjects: Array<_RefType['Measurement']>, themes: Array<_RefType['ThemeLink']>, statedIn: Array<_RefType['Statement']> } & { __typename: 'Statistic' } )
    | ( Omit<Theme, 'mentions' | 'discussedBy' | 'statements' | 'policies'> & { mentions: Array<_RefType['Evidence']>, discussedBy: Array<_RefType['ThemeDiscussant']>, statements: Array<_RefType['Statement']>, policies: Array<_RefType['Policy']> } & { __typename: 'Theme' } )
    | ( Omit<Statement, 'mentions' | 'evidence' | 'speaker' | 'themes' | 'mentionsEntities' | 'event'> & { mentions: Array<_RefType['Evidence']>, evidence: _RefType['Evidence'], speaker?: Maybe<_RefType['Person']>, themes: Array<_RefType['ThemeLink']>, mentionsEntities: Array<_RefType['Mention']>, event?: Maybe<_RefType['Event']> } & { __typename: 'Statement' } )
    | ( Omit<Event, 'mentions' | 'location' | 'attendees' | 'statements'> & { mentions: Array<_RefType['Evidence']>, location: Array<_RefType['RegionLink']>, attendees: Array<_RefType['Attendance']>, statements: Array<_RefType['Statement']> } & { __typename: 'Event' } )
    | ( Omit<Document, 'mentions' | 'authors' | 'publishers' | 'unreviewed'> & { mentions: Array<_RefType['Evidence']>, authors: Array<_RefType['Authorship']>, publishers: Array<_RefType['OrganizationLink']>, unreviewed: Array<_RefType['UnreviewedRecord']> } & { __typename: 'Document' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  Evidence: ResolverTypeWrapper<Omit<Evidence, 'document'> & { document: ResolversTypes['Document'] }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Person: ResolverTypeWrapper<Omit<Person, 'mentions' | 'organizations' | 'positions' | 'statements' | 'themes' | 'proposals' | 'attended' | 'authorship'> & { mentions: Array<ResolversTypes['Evidence']>, organizations: Array<ResolversTypes['Membership']>, positions: Array<ResolversTypes['Position']>, statements: Array<ResolversTypes['Statement']>, themes: Array<ResolversTypes['ThemeDiscussion']>, proposals: Array<ResolversTypes['Proposal']>, attended: Array<ResolversTypes['Attendance']>, authorship: Array<ResolversTypes['Authorship']> }>;
  Organization: ResolverTypeWrapper<Omit<Organization, 'mentions' | 'members' | 'parents' | 'units' | 'regions' | 'implements' | 'proposals'> & { mentions: Array<ResolversTypes['Evidence']>, members: Array<ResolversTypes['Membership']>, parents: Array<ResolversTypes['OrganizationLink']>, units: Array<ResolversTypes['OrganizationLink']>, regions: Array<ResolversTypes['Jurisdiction']>, implements: Array<ResolversTypes['Implementation']>, proposals: Array<ResolversTypes['Proposal']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Region: ResolverTypeWrapper<Omit<Region, 'mentions' | 'parents' | 'subRegions' | 'organizations' | 'policies' | 'statistics'> & { mentions: Array<ResolversTypes['Evidence']>, parents: Array<ResolversTypes['RegionLink']>, subRegions: Array<ResolversTypes['RegionLink']>, organizations: Array<ResolversTypes['Jurisdiction']>, policies: Array<ResolversTypes['Implementation']>, statistics: Array<ResolversTypes['Measurement']> }>;
  Policy: ResolverTypeWrapper<Omit<Policy, 'mentions' | 'implementedBy' | 'proposedBy' | 'themes' | 'statistics' | 'mentionedIn'> & { mentions: Array<ResolversTypes['Evidence']>, implementedBy: Array<ResolversTypes['Implementation']>, proposedBy: Array<ResolversTypes['Proposal']>, themes: Array<ResolversTypes['ThemeLink']>, statistics: Array<ResolversTypes['Measurement']>, mentionedIn: Array<ResolversTypes['Statement']> }>;
  Statistic: ResolverTypeWrapper<Omit<Statistic, 'mentions' | 'evidence' | 'subjects' | 'themes' | 'statedIn'> & { mentions: Array<ResolversTypes['Evidence']>, evidence: ResolversTypes['Evidence'], subjects: Array<ResolversTypes['Measurement']>, themes: Array<ResolversTypes['ThemeLink']>, statedIn: Array<ResolversTypes['Statement']> }>;
  Theme: ResolverTypeWrapper<Omit<Theme, 'mentions' | 'discussedBy' | 'statements' | 'policies'> & { mentions: Array<ResolversTypes['Evidence']>, discussedBy: Array<ResolversTypes['ThemeDiscussant']>, statements: Array<ResolversTypes['Statement']>, policies: Array<ResolversTypes['Policy']> }>;
  Statement: ResolverTypeWrapper<Omit<Statement, 'mentions' | 'evidence' | 'speaker' | 'themes' | 'mentionsEntities' | 'event'> & { mentions: Array<ResolversTypes['Evidence']>, evidence: ResolversTypes['Evidence'], speaker?: Maybe<ResolversTypes['Person']>, themes: Array<ResolversTypes['ThemeLink']>, mentionsEntities: Array<ResolversTypes['Mention']>, event?: Maybe<ResolversTypes['Event']> }>;
  Event: ResolverTypeWrapper<Omit<Event, 'mentions' | 'location' | 'attendees' | 'statements'> & { mentions: Array<ResolversTypes['Evidence']>, location: Array<ResolversTypes['RegionLink']>, attendees: Array<ResolversTypes['Attendance']>, statements: Array<ResolversTypes['Statement']> }>;
  Document: ResolverTypeWrapper<Omit<Document, 'mentions' | 'authors' | 'publishers' | 'unreviewed'> & { mentions: Array<ResolversTypes['Evidence']>, authors: Array<ResolversTypes['Authorship']>, publishers: Array<ResolversTypes['OrganizationLink']>, unreviewed: Array<ResolversTypes['UnreviewedRecord']> }>;
  UnreviewedRecord: ResolverTypeWrapper<Omit<UnreviewedRecord, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  Membership: ResolverTypeWrapper<Omit<Membership, 'person' | 'organization' | 'evidence'> & { person: ResolversTypes['Person'], organization: ResolversTypes['Organization'], evidence: Array<ResolversTypes['Evidence']> }>;
  Position: ResolverTypeWrapper<Omit<Position, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  PositionSource: ResolverTypeWrapper<Omit<PositionSource, 'document' | 'evidence'> & { document: ResolversTypes['Document'], evidence: ResolversTypes['Evidence'] }>;
  TrendPoint: ResolverTypeWrapper<TrendPoint>;
  IndicatorFigure: ResolverTypeWrapper<Omit<IndicatorFigure, 'statistic' | 'region' | 'document' | 'evidence'> & { statistic: ResolversTypes['Statistic'], region: ResolversTypes['Region'], document: ResolversTypes['Document'], evidence: ResolversTypes['Evidence'] }>;
  OrganizationLink: ResolverTypeWrapper<Omit<OrganizationLink, 'organization' | 'evidence'> & { organization: ResolversTypes['Organization'], evidence: Array<ResolversTypes['Evidence']> }>;
  RegionLink: ResolverTypeWrapper<Omit<RegionLink, 'region' | 'evidence'> & { region: ResolversTypes['Region'], evidence: Array<ResolversTypes['Evidence']> }>;
  Jurisdiction: ResolverTypeWrapper<Omit<Jurisdiction, 'organization' | 'region' | 'evidence'> & { organization: ResolversTypes['Organization'], region: ResolversTypes['Region'], evidence: Array<ResolversTypes['Evidence']> }>;
  Implementation: ResolverTypeWrapper<Omit<Implementation, 'implementer' | 'policy' | 'evidence'> & { implementer: ResolversTypes['Entity'], policy: ResolversTypes['Policy'], evidence: Array<ResolversTypes['Evidence']> }>;
  Proposal: ResolverTypeWrapper<Omit<Proposal, 'proposer' | 'policy' | 'evidence'> & { proposer: ResolversTypes['Entity'], policy: ResolversTypes['Policy'], evidence: Array<ResolversTypes['Evidence']> }>;
  Measurement: ResolverTypeWrapper<Omit<Measurement, 'statistic' | 'subject' | 'evidence'> & { statistic: ResolversTypes['Statistic'], subject: ResolversTypes['Entity'], evidence: Array<ResolversTypes['Evidence']> }>;
  ThemeLink: ResolverTypeWrapper<Omit<ThemeLink, 'theme' | 'evidence'> & { theme: ResolversTypes['Theme'], evidence: Array<ResolversTypes['Evidence']> }>;
  Mention: ResolverTypeWrapper<Omit<Mention, 'entity' | 'evidence'> & { entity: ResolversTypes['Entity'], evidence: Array<ResolversTypes['Evidence']> }>;
  Attendance: ResolverTypeWrapper<Omit<Attendance, 'person' | 'event' | 'evidence'> & { person: ResolversTypes['Person'], event: ResolversTypes['Event'], evidence: Array<ResolversTypes['Evidence']> }>;
  Authorship: ResolverTypeWrapper<Omit<Authorship, 'person' | 'document' | 'evidence'> & { person: ResolversTypes['Person'], document: ResolversTypes['Document'], evidence: Array<ResolversTypes['Evidence']> }>;
  ThemeDiscussion: ResolverTypeWrapper<Omit<ThemeDiscussion, 'theme' | 'statements'> & { theme: ResolversTypes['Theme'], statements: Array<ResolversTypes['Statement']> }>;
  ThemeDiscussant: ResolverTypeWrapper<Omit<ThemeDiscussant, 'person' | 'statements'> & { person: ResolversTypes['Person'], statements: Array<ResolversTypes['Statement']> }>;
  Path: ResolverTypeWrapper<Omit<Path, 'nodes' | 'edges'> & { nodes: Array<ResolversTypes['Entity']>, edges: Array<ResolversTypes['GraphEdge']> }>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'nodes' | 'edges'> & { nodes: Array<ResolversTypes['GraphNode']>, edges: Array<ResolversTypes['GraphEdge']> }>;
  GraphNode: ResolverTypeWrapper<Omit<GraphNode, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  GraphEdge: ResolverTypeWrapper<Omit<GraphEdge, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  RegionConnection: ResolverTypeWrapper<Omit<RegionConnection, 'edges'> & { edges: Array<ResolversTypes['RegionEdge']> }>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  PolicyConnection: ResolverTypeWrapper<Omit<PolicyConnection, 'edges'> & { edges: Array<ResolversTypes['PolicyEdge']> }>;
  PolicyEdge: ResolverTypeWrapper<Omit<PolicyEdge, 'node'> & { node: ResolversTypes['Policy'] }>;
  StatisticConnection: ResolverTypeWrapper<Omit<StatisticConnection, 'edges'> & { edges: Array<ResolversTypes['StatisticEdge']> }>;
  StatisticEdge: ResolverTypeWrapper<Omit<StatisticEdge, 'node'> & { node: ResolversTypes['Statistic'] }>;
  ThemeConnection: ResolverTypeWrapper<Omit<ThemeConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeEdge']> }>;
  ThemeEdge: ResolverTypeWrapper<Omit<ThemeEdge, 'node'> & { node: ResolversTypes['Theme'] }>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentEdge']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  PersonFilter: PersonFilter;
  OrganizationFilter: OrganizationFilter;
  RegionFilter: RegionFilter;
  PolicyFilter: PolicyFilter;
  StatisticFilter: StatisticFilter;
  ThemeFilter: ThemeFilter;
  StatementFilter: StatementFilter;
  DocumentFilter: DocumentFilter;
  DocumentOrder: DocumentOrder;
  DocumentSortField: DocumentSortField;
  DocumentKind: DocumentKind;
  EntityKind: EntityKind;
  TrendPeriod: TrendPeriod;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EntityOrder: EntityOrder;
  StatisticOrder: StatisticOrder;
  EntitySortField: EntitySortField;
  StatisticSortField: StatisticSortField;
  SortDirection: SortDirection;
  OrganizationKind: OrganizationKind;
  RegionLevel: RegionLevel;
  PolicyKind: PolicyKind;
  StatisticQualifier: StatisticQualifier;
  StatementKind: StatementKind;
  JurisdictionRelation: JurisdictionRelation;
  AuthorshipRelation: AuthorshipRelation;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  Evidence: Omit<Evidence, 'document'> & { document: ResolversParentTypes['Document'] };
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Float: Scalars['Float']['output'];
  Person: Omit<Person, 'mentions' | 'organizations' | 'positions' | 'statements' | 'themes' | 'proposals' | 'attended' | 'authorship'> & { mentions: Array<ResolversParentTypes['Evidence']>, organizations: Array<ResolversParentTypes['Membership']>, positions: Array<ResolversParentTypes['Position']>, statements: Array<ResolversParentTypes['Statement']>, themes: Array<ResolversParentTypes['ThemeDiscussion']>, proposals: Array<ResolversParentTypes['Proposal']>, attended: Array<ResolversParentTypes['Attendance']>, authorship: Array<ResolversParentTypes['Authorship']> };
  Organization: Omit<Organization, 'mentions' | 'members' | 'parents' | 'units' | 'regions' | 'implements' | 'proposals'> & { mentions: Array<ResolversParentTypes['Evidence']>, members: Array<ResolversParentTypes['Membership']>, parents: Array<ResolversParentTypes['OrganizationLink']>, units: Array<ResolversParentTypes['OrganizationLink']>, regions: Array<ResolversParentTypes['Jurisdiction']>, implements: Array<ResolversParentTypes['Implementation']>, proposals: Array<ResolversParentTypes['Proposal']> };
  Boolean: Scalars['Boolean']['output'];
  Region: Omit<Region, 'mentions' | 'parents' | 'subRegions' | 'organizations' | 'policies' | 'statistics'> & { mentions: Array<ResolversParentTypes['Evidence']>, parents: Array<ResolversParentTypes['RegionLink']>, subRegions: Array<ResolversParentTypes['RegionLink']>, organizations: Array<ResolversParentTypes['Jurisdiction']>, policies: Array<ResolversParentTypes['Implementation']>, statistics: Array<ResolversParentTypes['Measurement']> };
  Policy: Omit<Policy, 'mentions' | 'implementedBy' | 'proposedBy' | 'themes' | 'statistics' | 'mentionedIn'> & { mentions: Array<ResolversParentTypes['Evidence']>, implementedBy: Array<ResolversParentTypes['Implementation']>, proposedBy: Array<ResolversParentTypes['Proposal']>, themes: Array<ResolversParentTypes['ThemeLink']>, statistics: Array<ResolversParentTypes['Measurement']>, mentionedIn: Array<ResolversParentTypes['Statement']> };
  Statistic: Omit<Statistic, 'mentions' | 'evidence' | 'subjects' | 'themes' | 'statedIn'> & { mentions: Array<ResolversParentTypes['Evidence']>, evidence: ResolversParentTypes['Evidence'], subjects: Array<ResolversParentTypes['Measurement']>, themes: Array<ResolversParentTypes['ThemeLink']>, statedIn: Array<ResolversParentTypes['Statement']> };
  Theme: Omit<Theme, 'mentions' | 'discussedBy' | 'statements' | 'policies'> & { mentions: Array<ResolversParentTypes['Evidence']>, discussedBy: Array<ResolversParentTypes['ThemeDiscussant']>, statements: Array<ResolversParentTypes['Statement']>, policies: Array<ResolversParentTypes['Policy']> };
  Statement: Omit<Statement, 'mentions' | 'evidence' | 'speaker' | 'themes' | 'mentionsEntities' | 'event'> & { mentions: Array<ResolversParentTypes['Evidence']>, evidence: ResolversParentTypes['Evidence'], speaker?: Maybe<ResolversParentTypes['Person']>, themes: Array<ResolversParentTypes['ThemeLink']>, mentionsEntities: Array<ResolversParentTypes['Mention']>, event?: Maybe<ResolversParentTypes['Event']> };
  Event: Omit<Event, 'mentions' | 'location' | 'attendees' | 'statements'> & { mentions: Array<ResolversParentTypes['Evidence']>, location: Array<ResolversParentTypes['RegionLink']>, attendees: Array<ResolversParentTypes['Attendance']>, statements: Array<ResolversParentTypes['Statement']> };
  Document: Omit<Document, 'mentions' | 'authors' | 'publishers' | 'unreviewed'> & { mentions: Array<ResolversParentTypes['Evidence']>, authors: Array<ResolversParentTypes['Authorship']>, publishers: Array<ResolversParentTypes['OrganizationLink']>, unreviewed: Array<ResolversParentTypes['UnreviewedRecord']> };
  UnreviewedRecord: Omit<UnreviewedRecord, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  Membership: Omit<Membership, 'person' | 'organization' | 'evidence'> & { person: ResolversParentTypes['Person'], organization: ResolversParentTypes['Organization'], evidence: Array<ResolversParentTypes['Evidence']> };
  Position: Omit<Position, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  PositionSource: Omit<PositionSource, 'document' | 'evidence'> & { document: ResolversParentTypes['Document'], evidence: ResolversParentTypes['Evidence'] };
  TrendPoint: TrendPoint;
  IndicatorFigure: Omit<IndicatorFigure, 'statistic' | 'region' | 'document' | 'evidence'> & { statistic: ResolversParentTypes['Statistic'], region: ResolversParentTypes['Region'], document: ResolversParentTypes['Document'], evidence: ResolversParentTypes['Evidence'] };
  OrganizationLink: Omit<OrganizationLink, 'organization' | 'evidence'> & { organization: ResolversParentTypes['Organization'], evidence: Array<ResolversParentTypes['Evidence']> };
  RegionLink: Omit<RegionLink, 'region' | 'evidence'> & { region: ResolversParentTypes['Region'], evidence: Array<ResolversParentTypes['Evidence']> };
  Jurisdiction: Omit<Jurisdiction, 'organization' | 'region' | 'evidence'> & { organization: ResolversParentTypes['Organization'], region: ResolversParentTypes['Region'], evidence: Array<ResolversParentTypes['Evidence']> };
  Implementation: Omit<Implementation, 'implementer' | 'policy' | 'evidence'> & { implementer: ResolversParentTypes['Entity'], policy: ResolversParentTypes['Policy'], evidence: Array<ResolversParentTypes['Evidence']> };
  Proposal: Omit<Proposal, 'proposer' | 'policy' | 'evidence'> & { proposer: ResolversParentTypes['Entity'], policy: ResolversParentTypes['Policy'], evidence: Array<ResolversParentTypes['Evidence']> };
  Measurement: Omit<Measurement, 'statistic' | 'subject' | 'evidence'> & { statistic: ResolversParentTypes['Statistic'], subject: ResolversParentTypes['Entity'], evidence: Array<ResolversParentTypes['Evidence']> };
  ThemeLink: Omit<ThemeLink, 'theme' | 'evidence'> & { theme: ResolversParentTypes['Theme'], evidence: Array<ResolversParentTypes['Evidence']> };
  Mention: Omit<Mention, 'entity' | 'evidence'> & { entity: ResolversParentTypes['Entity'], evidence: Array<ResolversParentTypes['Evidence']> };
  Attendance: Omit<Attendance, 'person' | 'event' | 'evidence'> & { person: ResolversParentTypes['Person'], event: ResolversParentTypes['Event'], evidence: Array<ResolversParentTypes['Evidence']> };
  Authorship: Omit<Authorship, 'person' | 'document' | 'evidence'> & { person: ResolversParentTypes['Person'], document: ResolversParentTypes['Document'], evidence: Array<ResolversParentTypes['Evidence']> };
  ThemeDiscussion: Omit<ThemeDiscussion, 'theme' | 'statements'> & { theme: ResolversParentTypes['Theme'], statements: Array<ResolversParentTypes['Statement']> };
  ThemeDiscussant: Omit<ThemeDiscussant, 'person' | 'statements'> & { person: ResolversParentTypes['Person'], statements: Array<ResolversParentTypes['Statement']> };
  Path: Omit<Path, 'nodes' | 'edges'> & { nodes: Array<ResolversParentTypes['Entity']>, edges: Array<ResolversParentTypes['GraphEdge']> };
  Subgraph: Omit<Subgraph, 'nodes' | 'edges'> & { nodes: Array<ResolversParentTypes['GraphNode']>, edges: Array<ResolversParentTypes['GraphEdge']> };
  GraphNode: Omit<GraphNode, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  GraphEdge: Omit<GraphEdge, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  GraphStats: GraphStats;
  LabelCount: LabelCount;
  TypeCount: TypeCount;
  PageInfo: PageInfo;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  RegionConnection: Omit<RegionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionEdge']> };
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  PolicyConnection: Omit<PolicyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PolicyEdge']> };
  PolicyEdge: Omit<PolicyEdge, 'node'> & { node: ResolversParentTypes['Policy'] };
  StatisticConnection: Omit<StatisticConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatisticEdge']> };
  StatisticEdge: Omit<StatisticEdge, 'node'> & { node: ResolversParentTypes['Statistic'] };
  ThemeConnection: Omit<ThemeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeEdge']> };
  ThemeEdge: Omit<ThemeEdge, 'node'> & { node: ResolversParentTypes['Theme'] };
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  DocumentConnection: Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentEdge']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  PersonFilter: PersonFilter;
  OrganizationFilter: OrganizationFilter;
  RegionFilter: RegionFilter;
  PolicyFilter: PolicyFilter;
  StatisticFilter: StatisticFilter;
  ThemeFilter: ThemeFilter;
  StatementFilter: StatementFilter;
  DocumentFilter: DocumentFilter;
  DocumentOrder: DocumentOrder;
  Date: Scalars['Date']['output'];
  EntityOrder: EntityOrder;
  StatisticOrder: StatisticOrder;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
};

export type StoredDirectiveArgs = {
  value: Scalars['String']['input'];
};

export type StoredDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = StoredDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CostDirectiveArgs = {
  multipliers: Maybe<Array<Scalars['String']['input']>>;
  size: Maybe<Scalars['Int']['input']>;
};

export type CostDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = CostDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'to' | 'maxLength'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'id' | 'depth' | 'limit'>>;
  graphStats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'id'>>;
  policies?: Resolver<ResolversTypes['PolicyConnection'], ParentType, ContextType, RequireFields<QueryPoliciesArgs, 'first'>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QueryPolicyArgs, 'id'>>;
  statistics?: Resolver<ResolversTypes['StatisticConnection'], ParentType, ContextType, RequireFields<QueryStatisticsArgs, 'first'>>;
  statistic?: Resolver<Maybe<ResolversTypes['Statistic']>, ParentType, ContextType, RequireFields<QueryStatisticArgs, 'id'>>;
  themes?: Resolver<ResolversTypes['ThemeConnection'], ParentType, ContextType, RequireFields<QueryThemesArgs, 'first'>>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType, RequireFields<QueryThemeArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  statisticSeries?: Resolver<Array<ResolversTypes['IndicatorFigure']>, ParentType, ContextType, RequireFields<QueryStatisticSeriesArgs, 'indicator' | 'region' | 'first'>>;
  statisticComparison?: Resolver<Array<ResolversTypes['IndicatorFigure']>, ParentType, ContextType, RequireFields<QueryStatisticComparisonArgs, 'indicator' | 'period' | 'first'>>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Person' | 'Organization' | 'Region' | 'Policy' | 'Statistic' | 'Theme' | 'Statement' | 'Event' | 'Document', ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pinyin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<PersonOrganizationsArgs, 'first'>>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<PersonPositionsArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  themes?: Resolver<Array<ResolversTypes['ThemeDiscussion']>, ParentType, ContextType, RequireFields<PersonThemesArgs, 'first'>>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<PersonProposalsArgs, 'first'>>;
  attended?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, RequireFields<PersonAttendedArgs, 'first'>>;
  authorship?: Resolver<Array<ResolversTypes['Authorship']>, ParentType, ContextType, RequireFields<PersonAuthorshipArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  former?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  parents?: Resolver<Array<ResolversTypes['OrganizationLink']>, ParentType, ContextType, RequireFields<OrganizationParentsArgs, 'first'>>;
  units?: Resolver<Array<ResolversTypes['OrganizationLink']>, ParentType, ContextType, RequireFields<OrganizationUnitsArgs, 'first'>>;
  regions?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType, RequireFields<OrganizationRegionsArgs, 'first'>>;
  implements?: Resolver<Array<ResolversTypes['Implementation']>, ParentType, ContextType, RequireFields<OrganizationImplementsArgs, 'first'>>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<OrganizationProposalsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pinyin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType, RequireFields<RegionParentsArgs, 'first'>>;
  subRegions?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType, RequireFields<RegionSubRegionsArgs, 'first'>>;
  organizations?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType, RequireFields<RegionOrganizationsArgs, 'first'>>;
  policies?: Resolver<Array<ResolversTypes['Implementation']>, ParentType, ContextType, RequireFields<RegionPoliciesArgs, 'includeSubRegions' | 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType, RequireFields<RegionStatisticsArgs, 'includeSubRegions' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PolicyKind'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['Implementation']>, ParentType, ContextType, RequireFields<PolicyImplementedByArgs, 'first'>>;
  proposedBy?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<PolicyProposedByArgs, 'first'>>;
  themes?: Resolver<Array<ResolversTypes['ThemeLink']>, ParentType, ContextType, RequireFields<PolicyThemesArgs, 'first'>>;
  statistics?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType, RequireFields<PolicyStatisticsArgs, 'first'>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PolicyMentionedInArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatisticResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statistic'] = ResolversParentTypes['Statistic']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicatorEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  changeUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['StatisticQualifier'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType, RequireFields<StatisticSubjectsArgs, 'first'>>;
  themes?: Resolver<Array<ResolversTypes['ThemeLink']>, ParentType, ContextType, RequireFields<StatisticThemesArgs, 'first'>>;
  statedIn?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<StatisticStatedInArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  discussedBy?: Resolver<Array<ResolversTypes['ThemeDiscussant']>, ParentType, ContextType, RequireFields<ThemeDiscussedByArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<ThemeStatementsArgs, 'first'>>;
  trend?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType, RequireFields<ThemeTrendArgs, 'by'>>;
  policies?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<ThemePoliciesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['ThemeLink']>, ParentType, ContextType, RequireFields<StatementThemesArgs, 'first'>>;
  mentionsEntities?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<StatementMentionsEntitiesArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  location?: Resolver<Array<ResolversTypes['RegionLink']>, ParentType, ContextType, RequireFields<EventLocationArgs, 'first'>>;
  attendees?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, RequireFields<EventAttendeesArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<EventStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eventDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Authorship']>, ParentType, ContextType, RequireFields<DocumentAuthorsArgs, 'first'>>;
  publishers?: Resolver<Array<ResolversTypes['OrganizationLink']>, ParentType, ContextType, RequireFields<DocumentPublishersArgs, 'first'>>;
  entityCounts?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  unreviewedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreviewed?: Resolver<Array<ResolversTypes['UnreviewedRecord']>, ParentType, ContextType, RequireFields<DocumentUnreviewedArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnreviewedRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnreviewedRecord'] = ResolversParentTypes['UnreviewedRecord']> = {
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  former?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type PositionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  former?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['PositionSource']>, ParentType, ContextType>;
};

export type PositionSourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PositionSource'] = ResolversParentTypes['PositionSource']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type TrendPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrendPoint'] = ResolversParentTypes['TrendPoint']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speakers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorFigureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorFigure'] = ResolversParentTypes['IndicatorFigure']> = {
  statistic?: Resolver<ResolversTypes['Statistic'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  changeUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['StatisticQualifier'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type OrganizationLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationLink'] = ResolversParentTypes['OrganizationLink']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type RegionLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionLink'] = ResolversParentTypes['RegionLink']> = {
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type JurisdictionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['JurisdictionRelation'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type ImplementationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Implementation'] = ResolversParentTypes['Implementation']> = {
  implementer?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  proposer?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type MeasurementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Measurement'] = ResolversParentTypes['Measurement']> = {
  statistic?: Resolver<ResolversTypes['Statistic'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type ThemeLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeLink'] = ResolversParentTypes['ThemeLink']> = {
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type MentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type AuthorshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Authorship'] = ResolversParentTypes['Authorship']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['AuthorshipRelation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type ThemeDiscussionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeDiscussion'] = ResolversParentTypes['ThemeDiscussion']> = {
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<ThemeDiscussionStatementsArgs, 'first'>>;
};

export type ThemeDiscussantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeDiscussant'] = ResolversParentTypes['ThemeDiscussant']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<ThemeDiscussantStatementsArgs, 'first'>>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  centerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  nodes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type PolicyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PolicyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PolicyEdge'] = ResolversParentTypes['PolicyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
};

export type StatisticConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatisticConnection'] = ResolversParentTypes['StatisticConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatisticEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatisticEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatisticEdge'] = ResolversParentTypes['StatisticEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statistic'], ParentType, ContextType>;
};

export type ThemeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeConnection'] = ResolversParentTypes['ThemeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ThemeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThemeEdge'] = ResolversParentTypes['ThemeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentKindResolvers = EnumResolverSignature<{ NEWS_REPORT?: any, WORK_REPORT?: any, PRESS_CONFERENCE?: any, DIGEST?: any, RELEASE?: any, OTHER?: any }, ResolversTypes['DocumentKind']>;

export type EntityKindResolvers = EnumResolverSignature<{ PERSON?: any, ORGANIZATION?: any, REGION?: any, POLICY?: any, STATISTIC?: any, THEME?: any, STATEMENT?: any, EVENT?: any, DOCUMENT?: any }, ResolversTypes['EntityKind']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type OrganizationKindResolvers = EnumResolverSignature<{ GOVERNMENT?: any, MINISTRY?: any, MINISTRY_UNIT?: any, PARTY_BODY?: any, OVERSIGHT_BODY?: any, PROVINCIAL_DEPARTMENT?: any, MUNICIPAL_BUREAU?: any, PUBLIC_INSTITUTION?: any, MEDIA?: any, ENTERPRISE?: any, OTHER?: any }, ResolversTypes['OrganizationKind']>;

export type RegionLevelResolvers = EnumResolverSignature<{ COUNTRY?: any, PROVINCE?: any, CITY?: any, COUNTY?: any, AREA?: any, RIVER_BASIN?: any, LANDMARK?: any }, ResolversTypes['RegionLevel']>;

export type PolicyKindResolvers = EnumResolverSignature<{ CAMPAIGN?: any, REFORM?: any, REGULATION?: any, LEGISLATION?: any, LEGISLATION_PROPOSAL?: any, SYSTEM?: any, STRATEGY?: any, STANDARD?: any, PILOT?: any, PLAN?: any, INITIATIVE?: any, MECHANISM?: any }, ResolversTypes['PolicyKind']>;

export type StatisticQualifierResolvers = EnumResolverSignature<{ EXACT?: any, MORE_THAN?: any, ABOUT?: any, NEARLY?: any, AT_LEAST?: any, ESTIMATE?: any, RANK?: any }, ResolversTypes['StatisticQualifier']>;

export type StatementKindResolvers = EnumResolverSignature<{ QUOTE?: any, PARAPHRASE?: any }, ResolversTypes['StatementKind']>;

export type Resolvers<ContextType = RequestContext> = {
  Query?: QueryResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  Statistic?: StatisticResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  UnreviewedRecord?: UnreviewedRecordResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionSource?: PositionSourceResolvers<ContextType>;
  TrendPoint?: TrendPointResolvers<ContextType>;
  IndicatorFigure?: IndicatorFigureResolvers<ContextType>;
  OrganizationLink?: OrganizationLinkResolvers<ContextType>;
  RegionLink?: RegionLinkResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  Implementation?: ImplementationResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  Measurement?: MeasurementResolvers<ContextType>;
  ThemeLink?: ThemeLinkResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  Authorship?: AuthorshipResolvers<ContextType>;
  ThemeDiscussion?: ThemeDiscussionResolvers<ContextType>;
  ThemeDiscussant?: ThemeDiscussantResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  StatisticConnection?: StatisticConnectionResolvers<ContextType>;
  StatisticEdge?: StatisticEdgeResolvers<ContextType>;
  ThemeConnection?: ThemeConnectionResolvers<ContextType>;
  ThemeEdge?: ThemeEdgeResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentKind?: DocumentKindResolvers;
  EntityKind?: EntityKindResolvers;
  Date?: GraphQLScalarType;
  OrganizationKind?: OrganizationKindResolvers;
  RegionLevel?: RegionLevelResolvers;
  PolicyKind?: PolicyKindResolvers;
  StatisticQualifier?: StatisticQualifierResolvers;
  StatementKind?: StatementKindResolvers;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  stored?: StoredDirectiveResolver<any, any, ContextType>;
  cost?: CostDirectiveResolver<any, any, ContextType>;
};
