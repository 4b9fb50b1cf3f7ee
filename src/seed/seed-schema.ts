import { z } from 'zod';
import { ID_PATTERN, SHARED_LABELS } from '../graph-model/entity-ids.ts';
import { STORED_ENUM_VALUES } from '../graph-model/stored-values.ts';

// The values schema.graphql's enums store (@stored), as zod needs them: the one list of each kind of value.
const storedValues = <E extends keyof typeof STORED_ENUM_VALUES>(name: E) =>
  Object.values(STORED_ENUM_VALUES[name]) as [
    (typeof STORED_ENUM_VALUES)[E][keyof (typeof STORED_ENUM_VALUES)[E]],
    ...(typeof STORED_ENUM_VALUES)[E][keyof (typeof STORED_ENUM_VALUES)[E]][],
  ];

/** A label of a seed node: every kind of entity but Document, which the document block describes. */
export type NodeLabel = Exclude<(typeof STORED_ENUM_VALUES.EntityKind)[keyof typeof STORED_ENUM_VALUES.EntityKind], 'Document'>;

/** The labels a seed node may carry; the loader sets labels from this list only. */
export const NODE_LABELS: readonly NodeLabel[] = storedValues('EntityKind').filter((label): label is NodeLabel => label !== 'Document');

/** The id prefix of each label, so an id tells what it names (`person:li-ganjie`); src/graph-model holds it for the API too. */
export { ID_PREFIX } from '../graph-model/entity-ids.ts';

/**
 * Labels with a `name` the text must contain verbatim: those that stand across reports (a Statistic's name is a label
 * of its figure, a Statement's is its text).
 */
export const VERBATIM_NAME_LABELS = SHARED_LABELS as ReadonlySet<NodeLabel>;

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(ID_PATTERN, 'must look like kind:slug (lower-case letters, digits and dashes)');
const evidence = {
  evidence: z.string().min(1, 'must not be empty'),
  evidenceStart: z.number().int().min(0).optional(),
};
// What a draft says of its own records (npm run extract, the review page): which rule made it, how sure the
// rule was and why a reviewer should look. They describe the draft, not the fact, so the loader accepts any
// value and drops them.
const draftNotes = {
  confidence: z.unknown().optional(),
  review: z.unknown().optional(),
  rule: z.unknown().optional(),
};
const entityBase = {
  id,
  name: text,
  nameEn: text,
  aliases: z.array(text).optional(),
  ...evidence,
  ...draftNotes,
};
const pinyin = z.string().regex(/^[\p{Script=Latin}]+(?:[ '-][\p{Script=Latin}]+)*$/u, 'must be Hanyu Pinyin words separated by spaces');

const organizationKind = z.enum(storedValues('OrganizationKind'));
const regionLevel = z.enum(storedValues('RegionLevel'));
const policyKind = z.enum(storedValues('PolicyKind'));
const qualifier = z.enum(storedValues('StatisticQualifier'));
// ISO 8601 year, month, day or interval of those: 2019, 2019-06, 2019-01/2019-11.
const isoPeriod = z
  .string()
  .regex(/^\d{4}(?:-\d{2}){0,2}(?:\/\d{4}(?:-\d{2}){0,2})?$/, 'must be an ISO 8601 date or interval such as 2019 or 2019-01/2019-11');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date such as 2020-01-12');

const personNode = z.strictObject({ label: z.literal('Person'), ...entityBase, pinyin });
const organizationNode = z.strictObject({
  label: z.literal('Organization'),
  ...entityBase,
  kind: organizationKind,
  former: z.boolean().optional(),
});
const regionNode = z.strictObject({ label: z.literal('Region'), ...entityBase, pinyin, level: regionLevel });
const policyNode = z.strictObject({ label: z.literal('Policy'), ...entityBase, kind: policyKind, description: text.optional() });
const statisticNode = z.strictObject({
  label: z.literal('Statistic'),
  ...entityBase,
  indicator: text,
  indicatorEn: text,
  value: z.number().finite(),
  unit: text,
  unitEn: text,
  period: isoPeriod.nullable(),
  periodText: text.nullable(),
  change: z.number().finite().optional(),
  changeUnit: text.optional(),
  qualifier,
});
const themeNode = z.strictObject({ label: z.literal('Theme'), ...entityBase, description: text });
const statementNode = z.strictObject({
  label: z.literal('Statement'),
  id,
  text: z.string().min(1, 'must not be empty'),
  kind: z.enum(storedValues('StatementKind')),
  nameEn: text.optional(),
  ...evidence,
  ...draftNotes,
});
const eventNode = z.strictObject({
  label: z.literal('Event'),
  ...entityBase,
  startDate: isoDate,
  endDate: isoDate,
  description: text.optional(),
});

/** One curated entity of a seed file. */
export const seedNodeSchema = z.discriminatedUnion('label', [
  personNode,
  organizationNode,
  regionNode,
  policyNode,
  statisticNode,
  themeNode,
  statementNode,
  eventNode,
]);

/** A curated entity as validated. */
export type SeedNode = z.infer<typeof seedNodeSchema>;

/** The relationship types a seed may use, with the labels allowed at each end. */
export const RELATIONSHIP_RULES = {
  SPEAKS_FOR: { from: ['Person'], to: ['Organization'] },
  PART_OF: { from: ['Organization', 'Region'], to: ['Organization', 'Region'] },
  LOCATED_IN: { from: ['Organization'], to: ['Region'] },
  HAS_JURISDICTION: { from: ['Organization'], to: ['Region'] },
  IMPLEMENTS: { from: ['Region', 'Organization'], to: ['Policy'] },
  PROPOSED: { from: ['Person', 'Organization'], to: ['Policy'] },
  SAID: { from: ['Person'], to: ['Statement'] },
  ABOUT: { from: ['Statement', 'Policy', 'Statistic'], to: ['Theme'] },
  MENTIONS: { from: ['Statement'], to: ['Person', 'Organization', 'Region', 'Policy', 'Statistic', 'Theme', 'Statement', 'Event'] },
  MEASURES: { from: ['Statistic'], to: ['Region', 'Policy', 'Organization'] },
  ATTENDED: { from: ['Person'], to: ['Event'] },
  HELD_IN: { from: ['Event'], to: ['Region'] },
  MADE_AT: { from: ['Statement'], to: ['Event'] },
  WROTE: { from: ['Person'], to: ['Document'] },
  REPORTED: { from: ['Person'], to: ['Document'] },
  PUBLISHED: { from: ['Organization'], to: ['Document'] },
} as const satisfies Record<string, { from: readonly string[]; to: readonly string[] }>;

/** A relationship type a seed may use. */
export type RelationshipType = keyof typeof RELATIONSHIP_RULES;

const relationshipProperties = z
  .strictObject({
    title: text.optional(),
    titleEn: text.optional(),
    former: z.boolean().optional(),
    role: text.optional(),
    roleEn: text.optional(),
  })
  .optional();

/** One curated relationship of a seed file. */
export const seedRelationshipSchema = z.strictObject({
  type: z.enum(Object.keys(RELATIONSHIP_RULES) as [RelationshipType, ...RelationshipType[]]),
  from: id,
  to: id,
  properties: relationshipProperties,
  ...evidence,
  ...draftNotes,
});

/** A curated relationship as validated. */
export type SeedRelationship = z.infer<typeof seedRelationshipSchema>;

/**
 * What a draft was made from (npm run extract, the review page): the file's name, its format and encoding,
 * the SHA-256 of its bytes, and what a web page said of its article. It describes the draft, so the loader
 * checks it and stores none of it.
 */
export const reportOriginSchema = z.strictObject({
  file: z.string(),
  format: z.enum(['text', 'html', 'pdf', 'docx']),
  encoding: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
  bytes: z.number().int().min(0),
  pages: z.number().int().min(1).optional(),
  facts: z
    .strictObject({
      title: z.string().optional(),
      date: z.string().optional(),
      author: z.string().optional(),
      source: z.string().optional(),
      url: z.string().optional(),
    })
    .optional(),
});

/** What a draft was made from. */
export type ReportOrigin = z.infer<typeof reportOriginSchema>;

/** The `document` block of a seed file. */
export const seedDocumentSchema = z.strictObject({
  id,
  name: text,
  nameEn: text,
  textFile: z.string().regex(/^[\w.-]+\.txt$/, 'must be the name of a .txt file in the same folder'),
  url: z.url().optional(),
  language: z.string().regex(/^[a-z]{2}(?:-[A-Za-z]+)?$/, 'must be a language tag such as zh'),
  publishedAt: isoDate.refine(isCalendarDate, 'must be a real calendar date'),
  /** A draft whose text prints no date: `publishedAt` is a placeholder, and loading refuses it until confirmed. */
  dateUnconfirmed: z.literal(true).optional(),
  eventDate: isoDate.refine(isCalendarDate, 'must be a real calendar date').optional(),
  kind: z.enum(storedValues('DocumentKind')).optional(),
  publisher: text.optional(),
  origin: reportOriginSchema.optional(),
  ...evidence,
  ...draftNotes,
});

/** Whether an ISO date (YYYY-MM-DD) names a day that exists: 2020-02-30 does not. */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The whole of one `graph.json`, checked field by field before any write. */
export const seedFileSchema = z.strictObject({
  document: seedDocumentSchema,
  nodes: z.array(z.unknown()),
  impliedPlaces: z.array(z.unknown()).optional(),
  // Drafts written before December 2026 call the list bodyPlaces: say what it is now called instead of an unknown key.
  bodyPlaces: z.never({ error: 'is now called impliedPlaces: rename the key (the records stay as they are)' }).optional(),
  relationships: z.array(z.unknown()),
});
