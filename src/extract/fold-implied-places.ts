import type { DraftGraph, DraftNode } from './build-draft.ts';
import { COUNTRY, COUNTRY_SCOPE_WORDS, INSTITUTION_KINDS, NOT_COUNTRY_AFTER, NOT_COUNTRY_BEFORE } from './rules/region-areas.ts';
import type { TextIndex } from './text-index.ts';

// The relationships a place keeps when it is named only inside a body's name: the body's place and the place's own
// parent. A place a statement mentions, a figure measures or an event is held in is one the report speaks of.
const BODY_PLACE_TYPES = new Set(['LOCATED_IN', 'HAS_JURISDICTION', 'PART_OF']);
const OFFICIAL_NAME_RULE = 'region/official-name-province';
// The rest of an institution's name after its place: up to eight characters of its own name and the kind of
// institution (the legal persons' kinds: schools, universities, enterprises, societies, media, delegations, centres).
const INSTITUTION_AFTER = new RegExp(`^\\p{Script=Han}{0,8}?(?:${INSTITUTION_KINDS.join('|')})`, 'u');
// The country's names, in either script (中国, 中國, 新中国): its words of scope (全国, 我国) name no place.
const COUNTRY_NAMES = [COUNTRY.name, ...(COUNTRY.aliases ?? [])].filter((name) => !COUNTRY_SCOPE_WORDS.includes(name));

/**
 * Moves the places the report implies but does not name as places from `nodes` to `impliedPlaces`:
 * - a place named only inside bodies' names (湖北省 of 湖北省生态环境厅, where 湖北省 stands nowhere else), or inside
 *   the official name of a site that lies in it (云南 of 云南轿子山国家级自然保护区);
 * - the country, when the text says only 全国 or 我国 ("nationwide", "our country") of a figure and never prints a
 *   name of it outside a body's name: those words are no place name (GOLD.md counts named places).
 * They still load as Region nodes with the bodies that serve them and the figures that measure them, but the draft
 * no longer lists them among the places the report names, which is what a reader (and the real reports' gold)
 * counts as its places.
 */
export function foldImpliedPlaces(graph: DraftGraph, index: TextIndex): DraftGraph {
  const { text } = index;
  const bodyNames = graph.nodes.filter((node) => node.label === 'Organization').flatMap(namesOf);
  const placeNames = graph.nodes.filter((node) => node.label === 'Region').flatMap(namesOf);
  const covered = coveredByNames(text, bodyNames, placeNames);
  const touching = new Map<string, Set<string>>();
  for (const rel of graph.relationships) for (const end of [rel.from, rel.to]) touching.set(end, (touching.get(end) ?? new Set()).add(rel.type));
  // A province printed only at the head of a site's official name (云南 of 云南轿子山国家级自然保护区) holds that site; a
  // statement that names the site names the province only inside it.
  const holdsNamedSite = new Set(graph.relationships.filter((rel) => rel.type === 'PART_OF' && rel.rule === OFFICIAL_NAME_RULE).map((rel) => rel.to));
  const isBodyPlace = (node: DraftNode) =>
    node.label === 'Region' &&
    [...(touching.get(node.id) ?? [])].every((type) => BODY_PLACE_TYPES.has(type) || (type === 'MENTIONS' && holdsNamedSite.has(node.id))) &&
    (touching.get(node.id)?.has('LOCATED_IN') === true || holdsNamedSite.has(node.id)) &&
    namesOf(node).every((name) => occurrencesOf(text, name).every((start) => covered(start, start + name.length)));
  // A place printed only at the head of an institution's name the body finders do not know (某市炼焦化学厂, 某省某市
  // 第一高中, 某某新闻网, 某某代表团), and of which nothing else is said: the name's place, as a body's is.
  // So is a higher division printed right before a body's own place, as the head of the body's full name (吉林 of
  // 吉林永吉县委, 某县 of 某县某镇纪委): the division-name rules let a lower unit be written after its superiors.
  const headsBody = (printedEnd: number) => bodyNames.some((body) => text.startsWith(body, printedEnd));
  const isInstitutionPlace = (node: DraftNode) =>
    node.label === 'Region' &&
    [...(touching.get(node.id) ?? [])].every((type) => type === 'PART_OF' || type === 'LOCATED_IN') &&
    namesOf(node)
      .map((name) => readableName(index, name))
      .every((name) =>
        occurrencesOf(index.readable, name).every((start) => {
          const [from, to] = printedStretch(index, start, name);
          return covered(from, to) || isInstitutionHead(index, start, name) || headsBody(to);
        }),
      );
  // Read in simplified script (中國 is 中国) and without pinyin glosses; `covered` counts in the text as given.
  const countryNamed = COUNTRY_NAMES.some((name) =>
    occurrencesOf(index.readable, name).some(
      (start) =>
        !covered(...printedStretch(index, start, name)) && !isInstitutionHead(index, start, name) && !inInitiative(index.readable, start, name),
    ),
  );
  const isImpliedCountry = (node: DraftNode) => node.label === 'Region' && node.level === 'country' && !countryNamed;
  const impliedPlaces = graph.nodes.filter((node) => isBodyPlace(node) || isImpliedCountry(node) || isInstitutionPlace(node));
  if (impliedPlaces.length === 0) return graph;
  return { ...graph, nodes: graph.nodes.filter((node) => !impliedPlaces.includes(node)), impliedPlaces };
}

// 中国 inside a national initiative's or doctrine's name (美丽中国建设, 中国式现代化) names no country (the words of
// drop-named-phrases.ts): the country of a nationwide figure (我国近岸海域…) stays implied beside it.
function inInitiative(readable: string, start: number, name: string): boolean {
  return (
    NOT_COUNTRY_BEFORE.some((word) => readable.startsWith(word, start - word.length)) ||
    NOT_COUNTRY_AFTER.some((word) => readable.startsWith(word, start + name.length))
  );
}

// The name printed at `start` begins an institution's name (某市第一高中, 中国青年网讯).
function isInstitutionHead(index: TextIndex, start: number, name: string): boolean {
  return INSTITUTION_AFTER.test(index.readable.slice(start + name.length, start + name.length + 12));
}

// A name as the readable text reads it (in simplified script, without pinyin glosses).
function readableName(index: TextIndex, name: string): string {
  const at = index.text.indexOf(name);
  if (at < 0) return name;
  const span = index.spanOfPrintedUnits(at, at + name.length);
  return index.readable.slice(index.toUnit(span.start), index.toUnit(span.end));
}

// Where a name read at a code unit of the readable text stands in the text as given, in its code units, with the
// gloss printed after its last character (色尼區(qū)), as the node's name is cut (TextIndex.slice): without it the
// stretch lies inside the node's own printed name, which would hide it as if it were a longer name's head.
function printedStretch(index: TextIndex, start: number, readableName: string): [number, number] {
  return [index.printedUnitOf(start), index.printedUnitOf(start + readableName.length)];
}

function namesOf(node: DraftNode): string[] {
  return [node.name, ...(Array.isArray(node.aliases) ? node.aliases : [])].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  );
}

function occurrencesOf(text: string, name: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) starts.push(at);
  return starts;
}

// A body's name after a list of places (宜昌、荆州、襄阳市政府) names its place as the last of the list: the reader
// takes all of them for places, so that name does not hide its place.
const LIST_JOINERS = new Set(['、', '和', '及', '与']);

// Whether a stretch of the text (in UTF-16 units, as indexOf counts) lies inside one printed body or place name that
// does not close a list of places.
function coveredByNames(text: string, names: readonly string[], placeNames: readonly string[]): (start: number, end: number) => boolean {
  const closesList = (start: number) =>
    LIST_JOINERS.has(text[start - 1] ?? '') &&
    placeNames.some((place) => start - 1 >= place.length && text.startsWith(place, start - 1 - place.length));
  const spansOf = (list: readonly string[]) =>
    [...new Set(list)].flatMap((name) => occurrencesOf(text, name).map((start) => ({ start, end: start + name.length })));
  // A site's official name in a list (广西甲保护区、福建乙保护区) closes no list of places: its province is inside it.
  const spans = [...spansOf(names).filter((span) => !closesList(span.start)), ...spansOf(placeNames)];
  // A name longer than the stretch: a place's own name does not hide it.
  return (start, end) => spans.some((span) => span.start <= start && end <= span.end && span.end - span.start > end - start);
}
