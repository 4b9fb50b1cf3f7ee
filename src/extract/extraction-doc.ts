import type { ExtractionContext } from './extraction-context.ts';
import type { RegionMention } from './mention-types.ts';
import type { FoundMentions } from './resolve-entities.ts';

/**
 * The document as the stages see it, in the manner of a spaCy `Doc`: the text with its sentences and tokens
 * (the context), and the mentions every stage has found so far. A stage reads what earlier stages found and
 * adds its own; overlaps between stages are settled by `settleOverlaps` after each stage, never by a stage.
 */
export interface ExtractionDoc extends FoundMentions {
  context: ExtractionContext;
  /** Places that turned out to be part of a body's name (中国 in 中国环境报): dropped when overlaps are settled. */
  absorbedRegions: Set<RegionMention>;
}

/** One stage of the pipeline: a name (for timing and errors) and what it adds to the document. */
export interface ExtractionStage {
  name: string;
  run(doc: ExtractionDoc): void;
}

/** A document with nothing found yet. */
export function createDoc(context: ExtractionContext): ExtractionDoc {
  return {
    context,
    regions: [],
    organizations: [],
    people: [],
    policies: [],
    statistics: [],
    themes: [],
    events: [],
    statements: [],
    absorbedRegions: new Set(),
  };
}
