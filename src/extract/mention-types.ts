import type { OrganizationKind } from './rules/organization-patterns.ts';
import type { PolicyKind } from './rules/policy-shapes.ts';
import type { Span } from './text-index.ts';

/** What every mention carries: where it is, what rule found it and how sure that rule is. */
export interface MentionBase extends Span {
  /** The text at the span. */
  surface: string;
  /** The sentence it stands in. */
  sentence: number;
  /** The rule that found it, `<stage>/<rule>`: `organization/local-body`, `person/org-title-name`. */
  rule: string;
  confidence: number;
  /** Why a reviewer should look, when the rule is unsure. */
  review?: string;
}

/** A place: a division of the dataset, a named area, or a place the dataset does not know. */
export interface RegionMention extends MentionBase {
  label: 'Region';
  /** The place's name in full (安徽省 for a mention 安徽). */
  name: string;
  level: 'country' | 'province' | 'city' | 'county' | 'area' | 'river-basin' | 'landmark';
  /** GB/T 2260 code when the dataset has it. */
  code?: string;
  /** Id from the areas table. */
  areaId?: string;
  /** Code of the province the place stands in, for a place the dataset does not know but whose province is named. */
  parentName?: string;
  /** True when the mention is the short form (安徽 for 安徽省). */
  short: boolean;
}

/** A body: from a table, a place with a body suffix, a ministry unit or a body found by its ending. */
export interface OrganizationMention extends MentionBase {
  label: 'Organization';
  /** The name the node takes (生态环境执法局 for the ministry's bureau, 大连市生态环境局). */
  name: string;
  kind: OrganizationKind;
  /** Its English name, or undefined when the rule cannot give one. */
  nameEn?: string;
  /** The id from a table, for bodies whose id is fixed. */
  tableId?: string;
  /** Id slug for a derived id (hubei-department-of-ecology-and-environment). */
  slug?: string;
  /** The place the body serves (湖北省 for 湖北省生态环境厅). */
  region?: RegionMention;
  /** The bodies it is part of, by table id or by the mention of the host body. */
  parents: Array<{ tableId?: string; mention?: OrganizationMention; evidence: Span }>;
  former: boolean;
}

/** A post a person holds at a body, as the text gives it. */
export interface PostMention {
  title: string;
  titleEn: string;
  organization: OrganizationMention;
  former: boolean;
  /** The words that show the post: organization, title and name. */
  evidence: Span;
}

/** A person: named with a post, in a byline, or again by name. */
export interface PersonMention extends MentionBase {
  label: 'Person';
  name: string;
  posts: PostMention[];
  /** The words that introduce the person (organization, title, name). */
  introduction: Span;
  /** Byline role (记者, 执笔) and the relation it gives, for reporters. */
  roles: Array<{ role: string; roleEn: string; relation: 'REPORTED' | 'WROTE'; evidence: Span }>;
  /** True for an unnamed official (有关负责人): the name is the body and the word. */
  unnamed: boolean;
}

/** A policy, campaign, plan or law. */
export interface PolicyMention extends MentionBase {
  label: 'Policy';
  name: string;
  kind: PolicyKind;
  tableId?: string;
  nameEn?: string;
  aliases: string[];
}

/** A figure: a value with its unit and what qualifies it. */
export interface StatisticMention extends MentionBase {
  label: 'Statistic';
  indicator: string;
  value: number;
  unit: string;
  unitEn: string;
  qualifier: 'exact' | 'more-than' | 'about' | 'nearly' | 'at-least' | 'estimate' | 'rank';
  change?: number;
  changeUnit?: string;
  period: string | null;
  periodText: string | null;
  /** Where the number itself stands, inside the evidence span. */
  valueSpan: Span;
}

/** A theme raised by one of its words. */
export interface ThemeMention extends MentionBase {
  label: 'Theme';
  themeId: string;
}

/** An event, with its dates when the text gives them. */
export interface EventMention extends MentionBase {
  label: 'Event';
  name: string;
  nameEn?: string;
  startDate?: string;
  endDate?: string;
  /** The place it was held in, when the sentence says so. */
  heldIn?: RegionMention;
  heldInEvidence?: Span;
}

/** Words a person said, quoted or reported. */
export interface StatementMention extends MentionBase {
  label: 'Statement';
  kind: 'quote' | 'paraphrase';
  /** The words without the quotation marks. */
  textSpan: Span;
  /** The quote with its attribution where they are adjacent. */
  evidence: Span;
  /** Who said it; none for what a meeting says or an unnamed official (the seed format has no speaker for them). */
  speaker?: PersonMention;
  /** The event it was said at, when the text ties it to one (会议要求 …). */
  madeAt?: EventMention;
  /** The words that attribute it (曹立平说), for MADE_AT and ATTENDED evidence. */
  attribution: Span;
}

/** Any mention. */
export type Mention =
  | RegionMention
  | OrganizationMention
  | PersonMention
  | PolicyMention
  | StatisticMention
  | ThemeMention
  | EventMention
  | StatementMention;
