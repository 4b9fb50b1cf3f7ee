import type { Division } from '../division-gazetteer.ts';
import type { RegionMention } from '../mention-types.ts';
import type { Sentence } from '../split-sentences.ts';

/** What a rule says of a place it found; the name is the surface unless a fuller one is given. */
type FoundPlace = Pick<RegionMention, 'level' | 'rule' | 'confidence'> &
  Partial<Pick<RegionMention, 'name' | 'code' | 'parentName' | 'short' | 'review'>>;

/**
 * The mention of a place a rule found at `span` (code points of the document) in `sentence`: the one shape every
 * place finder returns, so a field added to places is added here once.
 */
/**
 * What a place finder that reads over earlier places returns: the places it found, and the earlier ones inside or
 * across them (朝阳 of 朝阳川镇) for the caller to drop.
 */
export interface PlacesFound {
  found: RegionMention[];
  inside: Set<RegionMention>;
}

export function placeMention(span: { start: number; end: number }, sentence: Sentence, surface: string, place: FoundPlace): RegionMention {
  const mention: RegionMention = {
    ...span,
    label: 'Region',
    surface,
    sentence: sentence.index,
    name: place.name ?? surface,
    level: place.level,
    short: place.short ?? false,
    rule: place.rule,
    confidence: place.confidence,
  };
  if (place.code !== undefined) mention.code = place.code;
  if (place.parentName !== undefined) mention.parentName = place.parentName;
  if (place.review !== undefined) mention.review = place.review;
  return mention;
}

/** A county named by its stem alone (宁远 for 宁远县): the place keeps its full name and code from the division dataset. */
export function countyNamedByStem(county: Pick<Division, 'name' | 'code'>): Pick<FoundPlace, 'name' | 'level' | 'code' | 'short'> {
  return { name: county.name, level: 'county', code: county.code, short: true };
}
