import { createContext, createTagger } from '../../src/extract/extract-report.ts';
import type { ExtractionContext } from '../../src/extract/extraction-context.ts';
import { createKnownGraph, emptyKnownGraph, type KnownEntity, type KnownGraph } from '../../src/extract/known-graph.ts';
import type { TokenTagger } from '../../src/extract/tag-tokens.ts';

const taggers = new Map<KnownGraph, TokenTagger>();
const empty = emptyKnownGraph();

/** The first stages for a text, for tests of one later stage: sentences and tokens, resolved against `known`. */
export function contextFor(text: string, options: { known?: KnownGraph; year?: number } = {}): ExtractionContext {
  const known = options.known ?? empty;
  let tagger = taggers.get(known);
  if (!tagger) {
    tagger = createTagger(known);
    taggers.set(known, tagger);
  }
  return createContext(text, { known, tagger, year: options.year });
}

/** A known graph made of a few entities, for identity tests. */
export function knownGraphOf(entities: Array<Partial<KnownEntity> & Pick<KnownEntity, 'id' | 'label' | 'name'>>): KnownGraph {
  return createKnownGraph(
    'test',
    entities.map((entity) => ({ aliases: [], organizations: [], parents: [], ...entity })),
  );
}
