/**
 * The fields the review page lets one edit, read from the loader's own zod schemas (src/seed/seed-schema.ts):
 * which fields each label has, which are required, and the values an enum allows. The page keeps no list of
 * them beside the schema, so a field added there shows up here.
 */
import { NODE_LABELS, type NodeLabel, seedDocumentSchema, seedNodeSchema, seedRelationshipSchema } from '../../src/seed/seed-schema.ts';

/** How a field is edited. */
export type FieldKind = 'text' | 'number' | 'boolean' | 'enum' | 'list' | 'date';

/** One editable field of a record. */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** The loader refuses the record without it. */
  required: boolean;
  /** The loader takes null for it (a statistic's period). */
  nullable: boolean;
  /** The values an enum field allows. */
  options?: readonly string[];
}

/** The labels an entity of a draft can have: every seed label (a Document is the draft's own document block). */
export const DRAFT_LABELS: readonly NodeLabel[] = NODE_LABELS;

// Shown apart from the fields: what the record is and where its words are, and the draft's own notes.
const NOT_EDITED_AS_FIELDS = new Set([
  'label',
  'id',
  'evidence',
  'evidenceStart',
  'confidence',
  'review',
  'rule',
  'textFile',
  'language',
  'properties',
]);

/**
 * Which relation types carry which properties, as seed/README.md describes them; the schema allows each of
 * them on any type, and the loader asks only SPEAKS_FOR for its title.
 */
const PROPERTIES_OF_TYPE: Readonly<Record<string, readonly string[]>> = {
  SPEAKS_FOR: ['title', 'titleEn', 'former'],
  WROTE: ['role', 'roleEn'],
  REPORTED: ['role', 'roleEn'],
};

// A zod schema as far as this module reads it: its definition's type and, for wrappers, what they wrap.
interface ZodLike {
  def: { type: string; innerType?: ZodLike; element?: ZodLike; checks?: Array<{ _zod: { def: { pattern?: RegExp } } }> };
  options?: readonly string[];
  shape?: Record<string, ZodLike>;
}

function describeField(name: string, schema: ZodLike): FieldSpec {
  let required = true;
  let nullable = false;
  let inner = schema;
  while (inner.def.type === 'optional' || inner.def.type === 'nullable') {
    if (inner.def.type === 'optional') required = false;
    else nullable = true;
    inner = inner.def.innerType as ZodLike;
  }
  const spec = { name, required, nullable };
  switch (inner.def.type) {
    case 'number':
      return { ...spec, kind: 'number' };
    case 'boolean':
      return { ...spec, kind: 'boolean' };
    case 'enum':
      return { ...spec, kind: 'enum', options: inner.options ?? [] };
    case 'array':
      return { ...spec, kind: 'list' };
    default: {
      // A day (2020-01-12) gets a date field; a period (2019, 2019-01/2019-11) stays text.
      const patterns = (inner.def.checks ?? []).map((check) => check._zod.def.pattern).filter((pattern) => pattern instanceof RegExp);
      const isDay = patterns.length > 0 && patterns.every((pattern) => pattern.test('2020-01-12') && !pattern.test('2020'));
      return { ...spec, kind: isDay ? 'date' : 'text' };
    }
  }
}

function fieldsOfShape(shape: Record<string, ZodLike>): FieldSpec[] {
  return Object.entries(shape)
    .filter(([name]) => !NOT_EDITED_AS_FIELDS.has(name))
    .map(([name, schema]) => describeField(name, schema));
}

const nodeOptions = (seedNodeSchema as unknown as { options: ZodLike[] }).options;
const FIELDS_BY_LABEL = new Map<string, FieldSpec[]>(
  nodeOptions.map((option) => {
    const shape = option.shape as unknown as Record<string, ZodLike> & { label: { def: { values: string[] } } };
    return [shape.label.def.values[0] as string, fieldsOfShape(shape)];
  }),
);

/** The fields of an entity with this label, in the schema's order. */
export function fieldsOfLabel(label: string): FieldSpec[] {
  return FIELDS_BY_LABEL.get(label) ?? [];
}

/** The fields of the draft's document block. */
export const DOCUMENT_FIELDS: readonly FieldSpec[] = fieldsOfShape((seedDocumentSchema as unknown as ZodLike).shape as Record<string, ZodLike>);

const relationShape = (seedRelationshipSchema as unknown as ZodLike).shape as Record<string, ZodLike>;
const PROPERTY_FIELDS = fieldsOfShape((relationShape.properties as ZodLike).def.innerType?.shape as Record<string, ZodLike>);

/** The properties a relation of this type carries (a SPEAKS_FOR's title, a byline's role); the title of SPEAKS_FOR is required. */
export function propertiesOfType(type: string): FieldSpec[] {
  const names = PROPERTIES_OF_TYPE[type] ?? [];
  return PROPERTY_FIELDS.filter((field) => names.includes(field.name)).map((field) =>
    type === 'SPEAKS_FOR' && field.name === 'title' ? { ...field, required: true } : field,
  );
}
