import type { ExtractionContext } from './extraction-context.ts';
import { addBodyRelations } from './relations/body-relations.ts';
import { addAttendanceRelations, addEventPlaceRelations } from './relations/event-relations.ts';
import { addFigureRelations } from './relations/figure-relations.ts';
import type { FoundRelation, RelationOptions } from './relations/found-relation.ts';
import { addPlaceTreeRelations, addWrittenPlaceRelations } from './relations/place-relations.ts';
import { addPolicyRelations, addProposalRelations } from './relations/policy-relations.ts';
import { addPostRelations } from './relations/post-relations.ts';
import { createRelationSink, type RelationSink } from './relations/relation-sink.ts';

export type { FoundRelation, RelationOptions } from './relations/found-relation.ts';

import { addStatementRelations } from './relations/statement-relations.ts';
import type { FoundMentions, Resolution } from './resolve-entities.ts';

// The rules of relations/, in the order their relations are kept (the first of two alike wins).
const RULES: ReadonlyArray<(sink: RelationSink) => void> = [
  addPostRelations,
  addWrittenPlaceRelations,
  addPlaceTreeRelations,
  addBodyRelations,
  addStatementRelations,
  addAttendanceRelations,
  addProposalRelations,
  addEventPlaceRelations,
  addFigureRelations,
  addPolicyRelations,
];

/**
 * Finds the relations the sentences support, each from the mentions and their resolved entities, with the rules of
 * `relations/`: posts and bylines (SPEAKS_FOR, REPORTED, WROTE, PUBLISHED), the place and body hierarchies
 * (PART_OF, LOCATED_IN, HAS_JURISDICTION), statements (SAID, MENTIONS, ABOUT, MADE_AT), people at the event
 * (ATTENDED), proposals (PROPOSED), where the event was held (HELD_IN), what a figure measures (MEASURES) and who
 * carries out a policy (IMPLEMENTS).
 */
export function findRelations(context: ExtractionContext, found: FoundMentions, resolution: Resolution, options: RelationOptions): FoundRelation[] {
  const { sink, relations } = createRelationSink({ context, found, resolution, options });
  for (const rule of RULES) rule(sink);
  // Relations whose ends are unknown to the draft would not load; keep the ones whose ends exist.
  const known = (id: string) => sink.byId.has(id) || id === options.documentId;
  return relations.filter((relation) => known(relation.from) && known(relation.to));
}
