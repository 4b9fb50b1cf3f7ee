// Generated from schema.graphql by scripts/generate-resolver-types.ts; do not edit.

/** Each enum of schema.graphql whose values carry @stored: its GraphQL value names and the values the graph stores. */
export const STORED_ENUM_VALUES = {
  DocumentKind: {"NEWS_REPORT":"news-report","WORK_REPORT":"work-report","PRESS_CONFERENCE":"press-conference","DIGEST":"digest","RELEASE":"release","OTHER":"other"},
  EntityKind: {"PERSON":"Person","ORGANIZATION":"Organization","REGION":"Region","POLICY":"Policy","STATISTIC":"Statistic","THEME":"Theme","STATEMENT":"Statement","EVENT":"Event","DOCUMENT":"Document"},
  OrganizationKind: {"GOVERNMENT":"government","MINISTRY":"ministry","MINISTRY_UNIT":"ministry-unit","PARTY_BODY":"party-body","OVERSIGHT_BODY":"oversight-body","PROVINCIAL_DEPARTMENT":"provincial-department","MUNICIPAL_BUREAU":"municipal-bureau","PUBLIC_INSTITUTION":"public-institution","MEDIA":"media","ENTERPRISE":"enterprise","OTHER":"other"},
  RegionLevel: {"COUNTRY":"country","PROVINCE":"province","CITY":"city","COUNTY":"county","AREA":"area","RIVER_BASIN":"river-basin","LANDMARK":"landmark"},
  PolicyKind: {"CAMPAIGN":"campaign","REFORM":"reform","REGULATION":"regulation","LEGISLATION":"legislation","LEGISLATION_PROPOSAL":"legislation-proposal","SYSTEM":"system","STRATEGY":"strategy","STANDARD":"standard","PILOT":"pilot","PLAN":"plan","INITIATIVE":"initiative","MECHANISM":"mechanism"},
  StatisticQualifier: {"EXACT":"exact","MORE_THAN":"more-than","ABOUT":"about","NEARLY":"nearly","AT_LEAST":"at-least","ESTIMATE":"estimate","RANK":"rank"},
  StatementKind: {"QUOTE":"quote","PARAPHRASE":"paraphrase"},
} as const;

/** What the graph stores for a DocumentKind. */
export type DocumentKindValue = (typeof STORED_ENUM_VALUES.DocumentKind)[keyof typeof STORED_ENUM_VALUES.DocumentKind];
/** What the graph stores for a EntityKind. */
export type EntityKindValue = (typeof STORED_ENUM_VALUES.EntityKind)[keyof typeof STORED_ENUM_VALUES.EntityKind];
/** What the graph stores for a OrganizationKind. */
export type OrganizationKindValue = (typeof STORED_ENUM_VALUES.OrganizationKind)[keyof typeof STORED_ENUM_VALUES.OrganizationKind];
/** What the graph stores for a RegionLevel. */
export type RegionLevelValue = (typeof STORED_ENUM_VALUES.RegionLevel)[keyof typeof STORED_ENUM_VALUES.RegionLevel];
/** What the graph stores for a PolicyKind. */
export type PolicyKindValue = (typeof STORED_ENUM_VALUES.PolicyKind)[keyof typeof STORED_ENUM_VALUES.PolicyKind];
/** What the graph stores for a StatisticQualifier. */
export type StatisticQualifierValue = (typeof STORED_ENUM_VALUES.StatisticQualifier)[keyof typeof STORED_ENUM_VALUES.StatisticQualifier];
/** What the graph stores for a StatementKind. */
export type StatementKindValue = (typeof STORED_ENUM_VALUES.StatementKind)[keyof typeof STORED_ENUM_VALUES.StatementKind];
