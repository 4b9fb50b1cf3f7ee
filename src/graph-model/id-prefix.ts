import { STORED_ENUM_VALUES } from '../graphql/generated/stored-values.ts';

/** A label of the graph: every kind of entity schema.graphql's EntityKind names. */
export type EntityLabel = (typeof STORED_ENUM_VALUES.EntityKind)[keyof typeof STORED_ENUM_VALUES.EntityKind];

/** The id prefix of each label, so an id tells what it names (`person:li-ganjie`): the label in lower case. */
export const ID_PREFIX = Object.fromEntries(Object.values(STORED_ENUM_VALUES.EntityKind).map((label) => [label, label.toLowerCase()])) as Readonly<
  Record<EntityLabel, string>
>;

/** The label an id's prefix names, or undefined for a prefix that names none. */
export function labelOfId(id: string): EntityLabel | undefined {
  const prefix = id.split(':')[0];
  return (Object.keys(ID_PREFIX) as EntityLabel[]).find((label) => ID_PREFIX[label] === prefix);
}
