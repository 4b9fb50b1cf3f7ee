import { STORED_ENUM_VALUES } from './stored-values.ts';

/** A label of the graph: every kind of entity schema.graphql's EntityKind names. */
export type EntityLabel = (typeof STORED_ENUM_VALUES.EntityKind)[keyof typeof STORED_ENUM_VALUES.EntityKind];

/** The labels an entity can have besides Entity, which every node carries, in the order schema.graphql lists them. */
export const ENTITY_LABELS = Object.values(STORED_ENUM_VALUES.EntityKind) as readonly EntityLabel[];

/**
 * The labels whose entities stand across reports, each named by words of its text: a person, a body, a place, a
 * policy, a theme, an event. A statistic or a statement belongs to the one report that gives it, and a document is
 * the report.
 */
export const SHARED_LABELS: ReadonlySet<EntityLabel> = new Set(['Person', 'Organization', 'Region', 'Policy', 'Theme', 'Event']);

/** What every id looks like: a kind, a colon and a slug of lower-case letters and digits joined by dashes (person:li-ganjie). */
export const ID_PATTERN = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A document's id: the kind `document` and a slug, as ID_PATTERN has it. */
export const DOCUMENT_ID_PATTERN = /^document:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id prefix of each label, so an id tells what it names (`person:li-ganjie`): the label in lower case. */
export const ID_PREFIX = Object.fromEntries(Object.values(STORED_ENUM_VALUES.EntityKind).map((label) => [label, label.toLowerCase()])) as Readonly<
  Record<EntityLabel, string>
>;

/** The label an id's prefix names, or undefined for a prefix that names none. */
export function labelOfId(id: string): EntityLabel | undefined {
  const prefix = id.split(':')[0];
  return (Object.keys(ID_PREFIX) as EntityLabel[]).find((label) => ID_PREFIX[label] === prefix);
}
