import type { RegionMention } from '../mention-types.ts';
import { GRASSROOTS_LEVEL_WORDS } from '../rules/body-system.ts';

// The levels whose short names a township may share (南阳 the city, 南阳镇 the town).
const DIVISION_LEVELS = new Set<RegionMention['level']>(['province', 'city', 'county']);

/**
 * A division's short name that is the stem of a township the report names (南阳 beside 南阳镇, where the division is
 * never printed in full) is the township's own short name: the NBS codes give thousands of townships a city's or
 * county's name (南阳镇 in Fujian, 南阳 in Henan), and a township's report calls it by its stem. The stem is dropped,
 * and with it a place read as lying in it (南阳 + 渔溪段河).
 */
export function dropTownStems(mentions: readonly RegionMention[]): RegionMention[] {
  const towns = new Set(mentions.filter((mention) => mention.level === 'area').map((mention) => mention.name));
  const printedInFull = new Set(mentions.filter((mention) => !mention.short).map((mention) => mention.code));
  const stems = mentions.filter(
    (mention) =>
      mention.short &&
      DIVISION_LEVELS.has(mention.level) &&
      !printedInFull.has(mention.code) &&
      GRASSROOTS_LEVEL_WORDS.some((word) => towns.has(`${mention.surface}${word}`)),
  );
  if (stems.length === 0) return [...mentions];
  const ends = new Set(stems.map((stem) => stem.end));
  const stemNames = new Set(stems.map((stem) => stem.name));
  return mentions.filter(
    (mention) => !stems.includes(mention) && !(mention.parentName !== undefined && stemNames.has(mention.parentName) && ends.has(mention.start)),
  );
}
