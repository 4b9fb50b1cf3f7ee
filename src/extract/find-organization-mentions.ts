import { type ExtractionContext, groupBySentence, sentenceSpan } from './extraction-context.ts';
import type { OrganizationMention, RegionMention } from './mention-types.ts';
import {
  ATTACHED_BODIES,
  ELIDED_PLACE_WORDS,
  LOCAL_BODY_SUFFIXES,
  type LocalBodySuffix,
  MINISTRY_UNITS,
  type MinistryUnit,
  NATIONAL_BODIES,
  type NamedBody,
  STATIONED_GROUP,
} from './rules/organization-patterns.ts';
import { FORMER_MARKERS, TITLE_WORDS } from './rules/title-words.ts';
import type { Sentence } from './split-sentences.ts';
import type { Span } from './text-index.ts';
import { WordTable } from './word-table.ts';

const MINISTRY = NATIONAL_BODIES.find((body) => body.id === 'organization:mee')!;
// Titles that belong to a sub-body (党组书记): an attached body right before one of them is left to the person finder.
const UNIT_TITLES = TITLE_WORDS.filter((title) => title.unit !== undefined).map((title) => title.word);
const SUFFIXES = [...LOCAL_BODY_SUFFIXES].sort((a, b) => b.suffix.length - a.suffix.length);
const SUFFIX_TABLE = new WordTable(SUFFIXES, (suffix) => suffix.suffix);
const FORMER = new WordTable(FORMER_MARKERS, (marker) => marker);
const ATTACHED = [...ATTACHED_BODIES].sort((a, b) => b.suffix.length - a.suffix.length);

type TableEntry = { name: string; body?: NamedBody; unit?: MinistryUnit; knownId?: string; knownKind?: string };

/**
 * Finds organizations: national bodies, media and former bodies from the table (生态环境部, 原环境保护部), the
 * graph's own organizations by name, units of the ministry (生态环境部海洋生态环境司, or the unit alone), local
 * bodies made of a place and a suffix (湖北省生态环境厅; 省生态环境厅 with the place left out, which is the
 * report's own province), bodies attached to another (生态环境部党组) and the stationed discipline group.
 * `regions` are the places found before; a region inside a national body's name (中国 in 中国环境报) is
 * returned in `absorbed` so the caller drops it.
 */
export function findOrganizationMentions(
  context: ExtractionContext,
  regions: readonly RegionMention[],
): { organizations: OrganizationMention[]; absorbed: Set<RegionMention> } {
  const table = tableLookup(context);
  const organizations: OrganizationMention[] = [];
  const absorbed = new Set<RegionMention>();
  const homeProvince = mostMentioned(regions, 'province');
  const homeCity = mostMentioned(regions, 'city');
  const regionsBySentence = groupBySentence(regions);
  for (const sentence of context.sentences) {
    const text = sentence.text;
    const sentenceRegions = regionsBySentence.get(sentence.index) ?? [];
    const regionAt = new Map(sentenceRegions.map((region) => [context.index.toUnit(region.start) - sentence.unitStart, region]));
    for (let i = 0; i < text.length; ) {
      const unitSpan = (from: number, length: number): Span => sentenceSpan(context, sentence, from, length);
      const former = FORMER.endsAt(text, i);
      // The stationed group names its host in the middle: 中央纪委国家监委驻生态环境部纪检监察组.
      if (text.startsWith(STATIONED_GROUP.prefix, i)) {
        const end = text.indexOf(STATIONED_GROUP.suffix, i + STATIONED_GROUP.prefix.length);
        if (end > 0 && end - i < 40) {
          const length = end + STATIONED_GROUP.suffix.length - i;
          const span = unitSpan(i, length);
          const hostName = text.slice(i + STATIONED_GROUP.prefix.length, end);
          const host = table.entries.find((entry) => entry.name === hostName);
          const hostEn = host?.body?.nameEn ?? host?.unit?.nameEn;
          organizations.push({
            ...span,
            label: 'Organization',
            surface: text.slice(i, i + length),
            sentence: sentence.index,
            name: text.slice(i, i + length),
            kind: STATIONED_GROUP.kind,
            nameEn: hostEn ? STATIONED_GROUP.en.replace('{org}', hostEn) : undefined,
            slug: host?.body ? `ccdi-nsc-discipline-inspection-group-at-${idSlug(host.body.id)}` : undefined,
            parents: STATIONED_GROUP.parents.map((tableId) => ({ tableId, evidence: span })),
            former: false,
            rule: 'organization/stationed-group',
            confidence: hostEn ? 0.95 : 0.7,
            review: hostEn ? undefined : 'host body of the discipline group not in the tables',
          });
          for (const region of sentenceRegions) if (region.start >= span.start && region.end <= span.end) absorbed.add(region);
          i += length;
          continue;
        }
      }
      const entry = longestTableMatch(table, text, i);
      if (entry) {
        const span = unitSpan(i, entry.name.length);
        const mention = tableMention(entry, span, text.slice(i, i + entry.name.length), sentence.index, former);
        organizations.push(mention);
        for (const region of sentenceRegions) if (region.start >= span.start && region.end <= span.end) absorbed.add(region);
        let next = i + entry.name.length;
        // A unit of the ministry right after it: 生态环境部 + 海洋生态环境司.
        if (entry.body?.id === MINISTRY.id) {
          const unit = MINISTRY_UNITS.find((candidate) => text.startsWith(candidate.name, next));
          if (unit) {
            const unitSpanPoints = unitSpan(next, unit.name.length);
            organizations.push({
              ...unitSpanPoints,
              label: 'Organization',
              surface: unit.name,
              sentence: sentence.index,
              name: unit.name,
              kind: 'ministry-unit',
              nameEn: `${unit.nameEn}, ${MINISTRY.nameEn}`,
              tableId: `organization:mee-${unit.slug}`,
              parents: [{ mention, evidence: unitSpan(i, next - i + unit.name.length) }],
              former,
              rule: 'organization/ministry-unit',
              confidence: 0.97,
            });
            for (const region of sentenceRegions) if (region.start >= unitSpanPoints.start && region.end <= unitSpanPoints.end) absorbed.add(region);
            next += unit.name.length;
          }
        }
        const attached = attachedBodyAt(text, next);
        if (attached) {
          organizations.push(attachedMention(attached, mention, unitSpan(i, next - i + attached.suffix.length), sentence.index));
          next += attached.suffix.length;
        }
        i = next;
        continue;
      }
      const region = regionAt.get(i);
      const regionEnd = region ? i + region.surface.length : i;
      const suffix = region ? suffixAt(text, regionEnd, region) : undefined;
      if (region && suffix) {
        const length = regionEnd - i + suffix.suffix.length;
        const span = unitSpan(i, length);
        const mention = localBodyMention(region, suffix, span, text.slice(i, i + length), sentence.index, former);
        organizations.push(mention);
        let next = i + length;
        // A bureau's branch in a county: 安庆市生态环境局 + 宿松县 + 分局, named in full, part of the bureau.
        const county = regionAt.get(next);
        if (county && text.startsWith('分局', next + county.surface.length)) {
          const branchLength = next + county.surface.length + 2 - i;
          const branchSpan = unitSpan(i, branchLength);
          organizations.push({
            ...branchSpan,
            label: 'Organization',
            surface: text.slice(i, i + branchLength),
            sentence: sentence.index,
            name: text.slice(i, i + branchLength),
            kind: 'municipal-bureau',
            slug: 'branch',
            region: county,
            parents: [{ mention, evidence: branchSpan }],
            former,
            rule: 'organization/county-branch',
            confidence: 0.85,
          });
          next = i + branchLength;
        }
        const attached = attachedBodyAt(text, next);
        if (attached) {
          organizations.push(attachedMention(attached, mention, unitSpan(i, length + attached.suffix.length), sentence.index));
          next += attached.suffix.length;
        }
        i = next;
        continue;
      }
      // 省生态环境厅 with the place left out: the report's own province (or city), when it has one.
      const elided = elidedBodyAt(context, sentence, i, { homeProvince, homeCity, sentenceRegions, former });
      if (elided) {
        organizations.push(elided);
        i = context.index.toUnit(elided.end) - sentence.unitStart;
        continue;
      }
      i += 1;
    }
  }
  return { organizations, absorbed };
}

/**
 * A body with its place left out (省生态环境厅, 省委, 市人大常委会, 团省委): the report's own province or city
 * when the text establishes one (the place of that level it names most), else the body as printed, flagged.
 */
function elidedBodyAt(
  context: ExtractionContext,
  sentence: Sentence,
  at: number,
  around: { homeProvince?: RegionMention; homeCity?: RegionMention; sentenceRegions: readonly RegionMention[]; former: boolean },
): OrganizationMention | undefined {
  const text = sentence.text;
  const youthLeague = text[at] === '团' && ELIDED_PLACE_WORDS[text[at + 1] ?? ''] !== undefined && text[at + 2] === '委';
  const wordAt = youthLeague ? at + 1 : at;
  const level = ELIDED_PLACE_WORDS[text[wordAt] ?? ''];
  if (!level || (!youthLeague && isPlaceChar(text, at))) return undefined;
  if (around.sentenceRegions.some((r) => context.index.toUnit(r.end) - sentence.unitStart === at)) return undefined;
  const home = level === 'province' ? around.homeProvince : level === 'city' ? around.homeCity : undefined;
  const suffix = suffixAt(text, wordAt + 1, home, text[wordAt]);
  if (!suffix || (youthLeague && suffix.slug !== 'party-committee')) return undefined;
  const length = wordAt + 1 + suffix.suffix.length - at;
  const span = sentenceSpan(context, sentence, at, length);
  const surface = text.slice(at, at + length);
  if (home) {
    const mention = localBodyMention(home, suffix, span, surface, sentence.index, around.former);
    mention.rule = 'organization/local-body-elided-place';
    mention.confidence = 0.75;
    mention.review = `place left out; took the report's ${level} ${home.name}${mention.review ? `; ${mention.review}` : ''}`;
    if (youthLeague) youthLeagueOf(mention);
    return mention;
  }
  const mention: OrganizationMention = {
    ...span,
    label: 'Organization',
    surface,
    sentence: sentence.index,
    name: surface,
    kind: suffix.kind,
    parents: [],
    former: around.former,
    rule: 'organization/local-body-no-place',
    confidence: 0.6,
    review: `place left out and the text names no ${level} to take it from`,
  };
  if (youthLeague) youthLeagueOf(mention);
  return mention;
}

// 团省委: the Youth League committee of the place, not its party committee.
function youthLeagueOf(mention: OrganizationMention): void {
  mention.kind = 'other';
  mention.slug = 'youth-league-committee';
  mention.nameEn = mention.region ? undefined : 'Communist Youth League Committee';
}

// A 省 or 市 that ends a longer word (全省, 我市) is no elided place word before a body.
function isPlaceChar(text: string, at: number): boolean {
  return /[全我本该各外跨副]/.test(text[at - 1] ?? '');
}

// Level words a place's full name ends in, after which its party committee is 委 (湖北省委, 海淀区委).
const LEVEL_WORD_END = /[省市县区州旗盟]$/u;
const NOT_LEVEL_WORD_END = /(自治区|特别行政区)$/u;
// Characters after 委 that make it part of another word (委托 entrust, 委员 a member).
const NOT_AFTER_COMMITTEE = new Set(Array.from('托员屈婉身任派'));

function suffixAt(text: string, at: number, region: RegionMention | undefined, levelWord?: string): LocalBodySuffix | undefined {
  return SUFFIX_TABLE.at(text, at, (suffix) => {
    if (suffix.afterLevelWord) {
      const written = levelWord ?? region?.surface ?? '';
      if (!LEVEL_WORD_END.test(written) || NOT_LEVEL_WORD_END.test(written)) return false;
      if (suffix.suffix === '委' && NOT_AFTER_COMMITTEE.has(text[at + 1] ?? '')) return false;
    }
    if (!region) return true;
    return (
      suffix.level === 'any' ||
      suffix.level === region.level ||
      (suffix.level === 'city' && region.level === 'province' && region.name.endsWith('市'))
    );
  });
}

function attachedBodyAt(text: string, at: number) {
  const attached = ATTACHED.find((body) => text.startsWith(body.suffix, at));
  if (!attached) return undefined;
  // 党组书记 is a post of the 党组: the person finder makes the body from the title.
  if (UNIT_TITLES.some((title) => text.startsWith(title, at))) return undefined;
  return attached;
}

function attachedMention(attached: (typeof ATTACHED_BODIES)[number], host: OrganizationMention, whole: Span, sentence: number): OrganizationMention {
  return {
    ...whole,
    label: 'Organization',
    surface: `${host.surface}${attached.suffix}`,
    sentence,
    name: `${host.name}${attached.suffix}`,
    kind: attached.kind,
    nameEn: host.nameEn ? attached.en.replace('{org}', host.nameEn) : undefined,
    slug: `${hostSlug(host)}-${attached.slug}`,
    parents: [{ mention: host, evidence: whole }],
    former: host.former,
    rule: 'organization/attached-body',
    confidence: 0.9,
  };
}

/** The slug of a body's id, for the ids of bodies attached to it. */
export function hostSlug(host: OrganizationMention): string {
  if (host.tableId) return idSlug(host.tableId);
  return host.slug ?? 'organization';
}

function idSlug(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

function localBodyMention(
  region: RegionMention,
  suffix: LocalBodySuffix,
  span: Span,
  surface: string,
  sentence: number,
  former: boolean,
): OrganizationMention {
  return {
    ...span,
    label: 'Organization',
    surface,
    sentence,
    // The body's name is what the text writes: the place as written, and the suffix.
    name: surface,
    kind: suffix.kind,
    slug: suffix.slug,
    region,
    parents: [],
    former,
    rule: 'organization/local-body',
    confidence: region.rule === 'region/unknown-place' || region.rule === 'region/unknown-place-short-name' ? 0.75 : 0.95,
    review: suffix.formerName
      ? `${suffix.suffix} is the name before ${suffix.formerName.until}; taken as the same body as its successor`
      : suffix.confident
        ? undefined
        : `"${suffix.suffix}" after a place may not name a body`,
  };
}

function tableMention(entry: TableEntry, span: Span, surface: string, sentence: number, former: boolean): OrganizationMention {
  if (entry.body) {
    return {
      ...span,
      label: 'Organization',
      surface,
      sentence,
      name: entry.body.name,
      kind: entry.body.kind,
      nameEn: entry.body.nameEn,
      tableId: entry.body.id,
      parents: entry.body.parent ? [{ tableId: entry.body.parent, evidence: span }] : [],
      former: former || entry.body.former === true,
      rule: 'organization/national-body',
      confidence: 0.97,
    };
  }
  if (entry.unit) {
    return {
      ...span,
      label: 'Organization',
      surface,
      sentence,
      name: entry.unit.name,
      kind: 'ministry-unit',
      nameEn: `${entry.unit.nameEn}, ${MINISTRY.nameEn}`,
      tableId: `organization:mee-${entry.unit.slug}`,
      parents: [{ tableId: MINISTRY.id, evidence: span }],
      former,
      rule: 'organization/ministry-unit',
      confidence: 0.85,
    };
  }
  return {
    ...span,
    label: 'Organization',
    surface,
    sentence,
    name: entry.name,
    kind: (entry.knownKind as OrganizationMention['kind'] | undefined) ?? 'other',
    tableId: entry.knownId,
    parents: [],
    former,
    rule: 'organization/known-name',
    confidence: 0.9,
  };
}

const tableCache = new WeakMap<object, { entries: TableEntry[]; byStart: WordTable<TableEntry> }>();

// Names of the tables and of the known graph's organizations, longest first.
function tableLookup(context: ExtractionContext): { entries: TableEntry[]; byStart: WordTable<TableEntry> } {
  const cached = tableCache.get(context.known);
  if (cached) return cached;
  const entries: TableEntry[] = [];
  for (const body of NATIONAL_BODIES) for (const name of [body.name, ...(body.aliases ?? [])]) entries.push({ name, body });
  for (const unit of MINISTRY_UNITS) entries.push({ name: unit.name, unit });
  const named = new Set(entries.map((entry) => entry.name));
  for (const entity of context.known.byId.values()) {
    if (entity.label !== 'Organization') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      // Names that are a place and a suffix are found by the local-body rule, with their place; names built on
      // a table body (生态环境部党组) by the rules that compose them, with their parts.
      if (named.has(name) || name.length < 3 || SUFFIXES.some((suffix) => name.endsWith(suffix.suffix))) continue;
      if (entries.some((entry) => name.length > entry.name.length && name.includes(entry.name))) continue;
      entries.push({ name, knownId: entity.id, knownKind: entity.kind });
      named.add(name);
    }
  }
  entries.sort((a, b) => b.name.length - a.name.length);
  const table = { entries, byStart: new WordTable(entries, (entry) => entry.name) };
  tableCache.set(context.known, table);
  return table;
}

// Words a body's name may begin without being that body: 生态环境部门 is "the environment departments".
const NOT_AFTER_BODY: Readonly<Record<string, string>> = { 部: '门' };

function longestTableMatch(table: { byStart: WordTable<TableEntry> }, text: string, at: number): TableEntry | undefined {
  return table.byStart.at(text, at, (entry) => {
    const last = entry.name[entry.name.length - 1]!;
    return NOT_AFTER_BODY[last] === undefined || text[at + entry.name.length] !== NOT_AFTER_BODY[last];
  });
}

// The place of a level the report names most often: the report's own province or city.
function mostMentioned(regions: readonly RegionMention[], level: 'province' | 'city'): RegionMention | undefined {
  const counts = new Map<string, { count: number; first: RegionMention }>();
  for (const region of regions) {
    if (region.level !== level) continue;
    const entry = counts.get(region.name) ?? { count: 0, first: region };
    entry.count += 1;
    counts.set(region.name, entry);
  }
  let best: { count: number; first: RegionMention } | undefined;
  for (const entry of counts.values())
    if (!best || entry.count > best.count || (entry.count === best.count && entry.first.start < best.first.start)) best = entry;
  return best?.first;
}
