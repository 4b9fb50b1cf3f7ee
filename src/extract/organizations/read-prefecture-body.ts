import { type Division, loadGazetteer } from '../division-gazetteer.ts';
import { placeMention } from '../regions/place-mention.ts';
import { PREFECTURE_BODY_SUFFIXES } from '../rules/organization-patterns.ts';
import { localBodyMention } from './local-body-suffix.ts';
import type { OrganizationSentence, OrganizationState } from './organization-scan.ts';

const PREFECTURE_WORD = '地区';
let stems: ReadonlyMap<string, Division> | undefined;

// The prefectures by the name their bodies are written after, 地区 left out (阿勒泰 of 阿勒泰地区), built once.
function prefectureStems(): ReadonlyMap<string, Division> {
  if (stems) return stems;
  const found = new Map<string, Division>();
  for (const [name, divisions] of loadGazetteer().byName) {
    const stem = name.slice(0, -PREFECTURE_WORD.length);
    if (name.endsWith(PREFECTURE_WORD) && stem.length >= 2 && divisions.length === 1) found.set(stem, divisions[0]!);
  }
  stems = found;
  return found;
}

/**
 * A prefecture's body written after its name without 地区 (某某地委, 某某行署, PREFECTURE_BODY_SUFFIXES): the name is no
 * place the region finder reads alone, so the body's place is read here, with the body. Returns where reading goes on.
 */
export function readPrefectureBody(state: OrganizationState, scan: OrganizationSentence, at: number, former: boolean): number | undefined {
  const { text } = scan;
  // A name the region finder read as a place of its own stands (大兴安岭, the range, before 行署地区 "its areas").
  if (scan.regionAt.has(at)) return undefined;
  for (let length = 2; length <= 6 && at + length < text.length; length++) {
    const division = prefectureStems().get(text.slice(at, at + length));
    const suffix = division && PREFECTURE_BODY_SUFFIXES.find((candidate) => text.startsWith(candidate.suffix, at + length));
    if (!division || !suffix) continue;
    const stem = text.slice(at, at + length);
    const region = placeMention(scan.span(at, length), scan.sentence, stem, {
      name: division.name,
      level: division.level,
      code: division.code,
      short: true,
      rule: 'region/prefecture-short-name',
      confidence: 0.85,
    });
    const end = at + length + suffix.suffix.length;
    const where = { span: scan.span(at, end - at), surface: text.slice(at, end), sentence: scan.sentence.index, former };
    state.organizations.push(localBodyMention(region, suffix, where));
    return end;
  }
  return undefined;
}
