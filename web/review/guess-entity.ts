/**
 * A first guess at what selected words name, for the new-entity form: the extractor's own tables say it (the
 * endings of bodies' names, the level words of places, the surnames), so a 省委 is an Organization and 临溪市 a
 * Region, with the kind, level and English name they give; the reviewer changes whatever is wrong.
 */

import {
  ATTACHED_BODIES,
  GENERIC_BODY_ENDINGS,
  LOCAL_BODY_SUFFIXES,
  MINISTRY_UNITS,
  NATIONAL_BODIES,
} from '../../src/extract/rules/organization-patterns.ts';
import { COUNTRY, DIVISION_SUFFIXES, NAMED_AREAS, UNKNOWN_PLACE_SUFFIXES } from '../../src/extract/rules/region-areas.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../src/extract/rules/surnames.ts';
import type { NodeLabel } from '../../src/seed/seed-schema.ts';

/** What the words likely name, and what the tables say of it. */
export interface EntityGuess {
  label: NodeLabel;
  kind?: string;
  level?: string;
  /** English with `{place}` (or `{org}`) where the words before the ending go, when the table gives one. */
  english?: string;
  /** The words before the ending (东岚省 of 东岚省委), for the English name and the id. */
  place?: string;
  /** The table's slug for the ending (party-committee), for the id. */
  slug?: string;
  /** A body or place the tables name whole, with its English name. */
  known?: { nameEn: string };
}

// Longest first, so 生态环境厅 wins over 厅.
const BODY_ENDINGS = [
  ...LOCAL_BODY_SUFFIXES.map((body) => ({ ending: body.suffix, kind: body.kind, en: body.en, slug: body.slug })),
  ...ATTACHED_BODIES.map((body) => ({ ending: body.suffix, kind: body.kind, en: body.en, slug: body.slug })),
  ...GENERIC_BODY_ENDINGS.map((body) => ({ ending: body.ending, kind: body.kind, en: `{place} ${body.en}`, slug: undefined })),
].sort((a, b) => b.ending.length - a.ending.length);
const LEVELS: Record<string, string> = {
  省: 'province',
  自治区: 'province',
  特别行政区: 'province',
  市: 'city',
  州: 'city',
  地区: 'city',
  盟: 'city',
};
const HAN = /^\p{Script=Han}+$/u;

/** Guesses the label (and what goes with it) of an entity named by these words. */
export function guessEntity(words: string): EntityGuess {
  const national = NATIONAL_BODIES.find((body) => body.name === words || body.aliases?.includes(words));
  if (national) return { label: 'Organization', kind: national.kind, known: { nameEn: national.nameEn } };
  const unit = MINISTRY_UNITS.find((candidate) => candidate.name === words);
  if (unit) return { label: 'Organization', kind: 'ministry-unit', known: { nameEn: unit.nameEn } };
  const area = [COUNTRY, ...NAMED_AREAS].find((candidate) => candidate.name === words || candidate.aliases?.includes(words));
  if (area) return { label: 'Region', level: area.level, known: { nameEn: area.nameEn } };
  const body = BODY_ENDINGS.find((candidate) => words.endsWith(candidate.ending) && words.length > candidate.ending.length);
  if (body) {
    return {
      label: 'Organization',
      kind: body.kind,
      english: body.en,
      place: words.slice(0, -body.ending.length),
      ...(body.slug ? { slug: body.slug } : {}),
    };
  }
  const division = DIVISION_SUFFIXES.find((candidate) => words.endsWith(candidate.suffix) && words.length > candidate.suffix.length);
  if (division && HAN.test(words) && words.length <= 8) {
    const unknown = UNKNOWN_PLACE_SUFFIXES.find((candidate) => candidate.suffix === division.suffix);
    return { label: 'Region', level: LEVELS[division.suffix] ?? unknown?.level ?? 'county' };
  }
  if (words.endsWith('流域')) return { label: 'Region', level: 'river-basin' };
  const surname =
    [...COMPOUND_SURNAMES].find((candidate) => words.startsWith(candidate)) ?? (SINGLE_SURNAMES.has(words[0] ?? '') ? words[0] : undefined);
  // A Chinese name is a surname and one or two characters: four only after a surname of two.
  if (surname && HAN.test(words) && words.length > surname.length && words.length <= surname.length + 2) return { label: 'Person' };
  return { label: 'Policy' };
}
