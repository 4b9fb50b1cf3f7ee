import type { ExtractionContext } from '../extraction-context.ts';
import type { Mention } from '../mention-types.ts';
import type { FoundMentions, Resolution, ResolvedEntity } from '../resolve-entities.ts';
import type { FoundRelation, RelationOptions } from './found-relation.ts';

/** What the relation rules read (the mentions and their entities) and where they put what they find. */
export interface RelationSink {
  context: ExtractionContext;
  found: FoundMentions;
  resolution: Resolution;
  options: RelationOptions;
  entities: readonly ResolvedEntity[];
  byId: ReadonlyMap<string, ResolvedEntity>;
  /** The entity a mention resolved to. */
  of(mention: Mention): ResolvedEntity | undefined;
  /** Keeps a relation, once per type and ends, never from an entity to itself. */
  add(relation: FoundRelation): void;
}

/** A sink over one resolution, and the relations it kept. */
export function createRelationSink(parts: Pick<RelationSink, 'context' | 'found' | 'resolution' | 'options'>): {
  sink: RelationSink;
  relations: FoundRelation[];
} {
  const relations: FoundRelation[] = [];
  const seen = new Set<string>();
  const entities = parts.resolution.entities;
  const sink: RelationSink = {
    ...parts,
    entities,
    byId: new Map(entities.map((entity) => [entity.id, entity])),
    of: (mention) => parts.resolution.of(mention),
    add: (relation) => {
      if (relation.from === relation.to) return;
      const key = `${relation.from}|${relation.type}|${relation.to}`;
      if (seen.has(key)) return;
      seen.add(key);
      relations.push(relation);
    },
  };
  return { sink, relations };
}
