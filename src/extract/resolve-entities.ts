import type { NodeLabel } from '../seed/seed-schema.ts';
import { ancestry, type Division } from './division-gazetteer.ts';
import type { ExtractionContext } from './extraction-context.ts';
import type { KnownEntity } from './known-graph.ts';
import type {
  EventMention,
  Mention,
  OrganizationMention,
  PersonMention,
  PolicyMention,
  RegionMention,
  StatementMention,
  StatisticMention,
  ThemeMention,
} from './mention-types.ts';
import { placeCoreEnglish, placeEnglish, splitPlaceName, translateWithGlossary } from './name-in-english.ts';
import { personPinyin, phrasePinyin, phraseSlug, pinyinSlug, pinyinToEnglish, placePinyin } from './name-in-pinyin.ts';
import { EVENT_GLOSSARY, INDICATOR_GLOSSARY } from './rules/english-glossary.ts';
import { LOCAL_BODY_SUFFIXES } from './rules/organization-patterns.ts';
import { POLICY_HEADS } from './rules/policy-shapes.ts';
import { COUNTRY, NAMED_AREAS } from './rules/region-areas.ts';
import { THEMES } from './rules/theme-keywords.ts';
import type { Span } from './text-index.ts';

/** One entity of the draft: its id and fields, the mentions it was made of and why it exists. */
export interface ResolvedEntity {
  id: string;
  /** Every label but Document: the draft's document block describes the report itself. */
  label: NodeLabel;
  name: string;
  aliases: string[];
  nameEn: string;
  /** The label's own fields of the seed format (pinyin, level, kind, indicator …). */
  fields: Record<string, unknown>;
  evidence: Span;
  mentions: Mention[];
  rule: string;
  confidence: number;
  review?: string;
  /** True when the id is the known graph's. */
  known: boolean;
}

/** The draft's entities and which entity each mention resolved to. */
export interface Resolution {
  entities: ResolvedEntity[];
  of(mention: Mention): ResolvedEntity | undefined;
}

/** All mentions by label, as the finders returned them. */
export interface FoundMentions {
  regions: RegionMention[];
  organizations: OrganizationMention[];
  people: PersonMention[];
  policies: PolicyMention[];
  statistics: StatisticMention[];
  themes: ThemeMention[];
  events: EventMention[];
  statements: StatementMention[];
}

/**
 * Turns mentions into entities. Mentions of one thing become one entity (安徽 and 安徽省; 李干杰 wherever he is
 * named), and an entity the known graph has keeps its id: by label and name or alias, a person only when
 * one of their organizations matches. Two people with one name and different organizations stay apart, the
 * new one flagged. New ids are readable slugs: pinyin for people and places, the body's place and kind for
 * local bodies (hubei-department-of-ecology-and-environment), the table's id for bodies and campaigns it has.
 */
export function resolveEntities(context: ExtractionContext, found: FoundMentions, documentSlug: string): Resolution {
  const resolver = new Resolver(context, documentSlug);
  for (const region of found.regions) resolver.region(region);
  for (const organization of found.organizations) resolver.organization(organization);
  for (const person of found.people) resolver.person(person);
  for (const policy of found.policies) resolver.policy(policy);
  for (const theme of found.themes) resolver.theme(theme);
  for (const event of found.events) resolver.event(event);
  for (const statistic of found.statistics) resolver.statistic(statistic);
  for (const statement of found.statements) resolver.statement(statement);
  // A place that only keys a body (the place of 太原市政协, when the pipeline left it out of the places) is no node.
  return resolver.finish(new Set(found.regions));
}

// The first suffix of the table with each slug, as a scan of the table would find it.
const SUFFIX_BY_SLUG = new Map([...LOCAL_BODY_SUFFIXES].reverse().map((suffix) => [suffix.slug, suffix]));
const POLICY_HEADS_LONGEST_FIRST = [...POLICY_HEADS].sort((a, b) => b.head.length - a.head.length);
const POLICY_GLOSSARY = INDICATOR_GLOSSARY.concat(EVENT_GLOSSARY);

class Resolver {
  readonly #context: ExtractionContext;
  readonly #documentSlug: string;
  readonly #byKey = new Map<string, ResolvedEntity>();
  readonly #byMention = new Map<Mention, ResolvedEntity>();
  readonly #usedIds = new Set<string>();
  #statistics = 0;
  readonly #statementsBySpeaker = new Map<string, number>();
  readonly #inTextCache = new Map<string, boolean>();

  constructor(context: ExtractionContext, documentSlug: string) {
    this.#context = context;
    this.#documentSlug = documentSlug;
  }

  finish(places: ReadonlySet<Mention>): Resolution {
    const unlisted = new Set([...this.#byKey.values()].filter((entity) => entity.label === 'Region' && !entity.mentions.some((m) => places.has(m))));
    const entities = [...new Set(this.#byKey.values())].filter((entity) => !unlisted.has(entity));
    for (const [mention, entity] of this.#byMention) if (unlisted.has(entity)) this.#byMention.delete(mention);
    for (const entity of entities) {
      // A place first named as 全省 or 我省 takes its evidence from where the text names it.
      const named = entity.mentions.find((mention) => mention.rule !== 'region/home-place-word');
      if (entity.label === 'Region' && named && entity.mentions[0]!.rule === 'region/home-place-word' && !entity.known) {
        entity.evidence = named;
        entity.rule = named.rule;
      }
      // A node's name must stand in the text: prefer the fullest form the report uses, keep the others as aliases.
      // A pronoun stands for a person but is no name of theirs. A report in traditional script is read in simplified
      // (read-script.ts), and one with pinyin glosses without them (read-glosses.ts): its names are taken as printed,
      // from the same place in the text. So is a name whose half-width brackets were read in full width
      // (read-punctuation.ts: 《…纲要(2022—2035年)》 reads as …纲要（2022—2035年）): the text prints it in half width.
      // Only the brackets: a span printed with a mark that ends a clause (, : ; ? !) is a slogan or two clauses, and a
      // name the finder built from pieces (县委宣传部 of 县委常委、宣传部部长) is no span of the text; both stay left out.
      const printed = (mention: (typeof entity.mentions)[number]) => {
        const { index } = this.#context;
        if (!index.readsAsPrinted) return index.slice(mention);
        if (this.#inText(mention.surface)) return mention.surface;
        const slice = index.slice(mention);
        return slice.replace(/\(/gu, '（').replace(/\)/gu, '）') === mention.surface ? slice : mention.surface;
      };
      const surfaces = [
        ...new Set(entity.mentions.filter((mention) => mention.rule !== 'person/pronoun' && mention.rule !== 'region/home-place-word').map(printed)),
      ];
      if (!this.#inText(entity.name)) {
        const replacement = [...surfaces].sort((a, b) => b.length - a.length)[0];
        if (replacement) entity.name = replacement;
      }
      if (entity.label !== 'Statistic' && entity.label !== 'Statement') {
        entity.aliases = [...new Set([...entity.aliases, ...surfaces])].filter((alias) => alias !== entity.name && this.#inText(alias));
      }
    }
    const byMention = this.#byMention;
    return { entities, of: (mention) => byMention.get(mention) };
  }

  // Whether a name stands in the text; known entities share aliases, so each is searched for once.
  #inText(name: string): boolean {
    let found = this.#inTextCache.get(name);
    if (found === undefined) {
      found = this.#context.index.text.includes(name);
      this.#inTextCache.set(name, found);
    }
    return found;
  }

  #add(key: string, mention: Mention, create: () => Omit<ResolvedEntity, 'mentions' | 'aliases'> & { aliases?: string[] }): ResolvedEntity {
    let entity = this.#byKey.get(key);
    if (!entity) {
      const created = create();
      entity = { aliases: [], ...created, mentions: [] };
      entity.id = this.#uniqueId(entity.id, entity.known);
      this.#byKey.set(key, entity);
    } else if (mention.confidence > entity.confidence && !entity.known) {
      entity.confidence = Math.max(entity.confidence, mention.confidence);
    }
    entity.mentions.push(mention);
    this.#byMention.set(mention, entity);
    return entity;
  }

  #uniqueId(id: string, known: boolean): string {
    if (known) {
      this.#usedIds.add(id);
      return id;
    }
    let candidate = id;
    for (let n = 2; this.#usedIds.has(candidate) || this.#context.known.byId.has(candidate); n += 1) candidate = `${id}-${n}`;
    this.#usedIds.add(candidate);
    return candidate;
  }

  #known(label: string, names: readonly (string | undefined)[]): KnownEntity | undefined {
    for (const name of names) {
      if (!name) continue;
      const matches = this.#context.known.byName.get(`${label}|${name}`);
      if (matches && matches.length > 0) return matches[0];
    }
    return undefined;
  }

  region(mention: RegionMention): ResolvedEntity {
    const gazetteer = this.#context.gazetteer;
    const division = mention.code ? gazetteer.byCode.get(mention.code) : undefined;
    const area = mention.areaId ? [COUNTRY, ...NAMED_AREAS].find((candidate) => candidate.id === mention.areaId) : undefined;
    const key = division ? `region:code:${division.code}` : area ? `region:area:${area.id}` : `region:name:${mention.name}`;
    return this.#add(key, mention, () => {
      const known = this.#known('Region', [
        area?.id ? undefined : mention.name,
        division?.name,
        division?.short,
        area?.name,
        ...(area?.aliases ?? []),
        mention.surface,
      ]);
      const knownById = area ? this.#context.known.byId.get(area.id) : undefined;
      const hit = knownById ?? known;
      if (hit) {
        return {
          id: hit.id,
          label: 'Region',
          name: hit.name,
          nameEn: hit.nameEn ?? mention.name,
          fields: { pinyin: hit.pinyin ?? placePinyin(mention.name, undefined), level: hit.level ?? mention.level },
          evidence: mention,
          rule: mention.rule,
          confidence: mention.confidence,
          review: mention.review,
          known: true,
          aliases: hit.aliases,
        };
      }
      if (area) {
        return {
          id: area.id,
          label: 'Region',
          name: area.name,
          nameEn: area.nameEn,
          fields: { pinyin: area.pinyin, level: area.level },
          evidence: mention,
          rule: mention.rule,
          confidence: mention.confidence,
          known: false,
        };
      }
      const name = division?.name ?? mention.name;
      const { core, levelWord } = splitPlaceName(name);
      const pinyin = placePinyin(name, levelWord);
      return {
        id: `region:${this.#placeSlug(division, core)}`,
        label: 'Region',
        name,
        nameEn: division ? placeEnglish(name, division.level, division.municipality) : placeEnglish(name, mention.level, false),
        fields: { pinyin, level: mention.level },
        evidence: mention,
        rule: mention.rule,
        confidence: mention.confidence,
        review: mention.review,
        known: false,
      };
    });
  }

  #placeSlug(division: Division | undefined, core: string): string {
    const own = pinyinSlug(placePinyin(core, undefined));
    if (division?.level !== 'county') return own;
    const parent = ancestry(this.#context.gazetteer, division)[1];
    const parentCore = parent ? splitPlaceName(parent.name).core : '';
    return parent ? `${pinyinSlug(placePinyin(parentCore, undefined))}-${own}` : own;
  }

  organization(mention: OrganizationMention): ResolvedEntity {
    const region = mention.region ? this.region(mention.region) : undefined;
    const suffix = mention.slug && region ? SUFFIX_BY_SLUG.get(mention.slug) : undefined;
    const key = mention.tableId
      ? `org:id:${mention.tableId}`
      : region && suffix
        ? `org:local:${region.id}:${suffix.slug}`
        : `org:name:${mention.name}`;
    return this.#add(key, mention, () => {
      const fullName = region && suffix ? `${region.name}${suffix.suffix}` : undefined;
      const known =
        (mention.tableId ? this.#context.known.byId.get(mention.tableId) : undefined) ?? this.#known('Organization', [mention.name, fullName]);
      if (known) {
        return {
          id: known.id,
          label: 'Organization',
          name: known.name,
          nameEn: known.nameEn ?? mention.nameEn ?? mention.name,
          fields: { kind: known.kind ?? mention.kind, ...(mention.former ? { former: true } : {}) },
          evidence: mention,
          rule: mention.rule,
          confidence: mention.confidence,
          review: mention.review,
          known: true,
          aliases: known.aliases,
        };
      }
      let nameEn = mention.nameEn;
      let review = mention.review;
      const host = mention.parents[0]?.mention;
      if (!nameEn && region && mention.rule === 'organization/county-branch' && host) {
        nameEn = `${region.nameEn} Branch of the ${this.organization(host).nameEn}`;
      }
      if (!nameEn && region && suffix) {
        const placeCore = placeCoreEnglish(splitPlaceName(region.name).core);
        nameEn = suffix.en.replace('{place}', placeCore);
        if (suffix.kind === 'municipal-bureau' && region.fields.level === 'county') nameEn = nameEn.replace('Municipal ', '');
      }
      if (!nameEn) {
        nameEn = `${phrasePinyin(mention.name)} (${mention.kind})`;
        review = review ?? 'English name is a transliteration: translate it';
      }
      const slug = mention.tableId
        ? mention.tableId.slice(mention.tableId.indexOf(':') + 1)
        : region && mention.rule === 'organization/county-branch'
          ? `${region.id.slice('region:'.length)}-ecology-and-environment-branch`
          : region && suffix
            ? `${region.id.slice('region:'.length)}-${suffix.slug}`
            : (mention.slug ?? phraseSlug(mention.name));
      return {
        id: `organization:${slug}`,
        label: 'Organization',
        name: mention.name,
        nameEn,
        fields: { kind: mention.kind, ...(mention.former ? { former: true } : {}) },
        evidence: mention,
        rule: mention.rule,
        confidence: mention.confidence,
        review,
        known: false,
      };
    });
  }

  person(mention: PersonMention): ResolvedEntity {
    // A roster or a credit pads a two-character name to the width of three (向 霆, 李 海) where the prose prints it
    // whole (向霆): one person, named as the prose prints the name; a name printed only padded stays as printed.
    const name = unpaddedName(mention.name);
    const key = `person:${name}`;
    const existing = this.#byKey.get(key);
    if (existing) {
      if (!existing.known && mention.name === name) existing.name = name;
      // A later mention with a post is better evidence than a bare name.
      if (mention.posts.length > 0 && existing.mentions.every((m) => (m as PersonMention).posts.length === 0))
        existing.evidence = mention.introduction;
      return this.#add(key, mention, () => existing);
    }
    return this.#add(key, mention, () => {
      const organizations = mention.posts.map((post) => this.organization(post.organization).id);
      const candidates = this.#context.known.byName.get(`Person|${name}`) ?? [];
      const compatible = candidates.find((candidate) => organizations.some((id) => this.#relatedOrganizations(candidate, id)));
      const pinyin = mention.unnamed ? phrasePinyin(name) : personPinyin(name);
      if (compatible || (candidates.length === 1 && organizations.length === 0)) {
        const hit = compatible ?? candidates[0]!;
        return {
          id: hit.id,
          label: 'Person',
          name: hit.name,
          nameEn: hit.nameEn ?? pinyinToEnglish(pinyin),
          fields: { pinyin: hit.pinyin ?? pinyin },
          evidence: mention.introduction,
          rule: mention.rule,
          confidence: mention.confidence,
          review: compatible ? mention.review : `matched ${hit.id} by name only`,
          known: true,
          aliases: hit.aliases,
        };
      }
      let review = mention.review;
      if (candidates.length > 0) {
        const others = candidates.map((candidate) => `${candidate.id} (${candidate.organizations.join(', ') || 'no organization'})`).join('; ');
        review = `same name as ${others}; organizations differ, kept apart`;
      }
      const unnamedSlug =
        mention.unnamed && mention.posts[0]
          ? `${this.organization(mention.posts[0].organization).id.slice('organization:'.length)}-official`
          : undefined;
      return {
        id: `person:${unnamedSlug ?? pinyinSlug(pinyin)}`,
        label: 'Person',
        name: mention.name,
        nameEn:
          mention.unnamed && mention.posts[0]
            ? `Official of the ${this.organization(mention.posts[0].organization).nameEn} (unnamed)`
            : pinyinToEnglish(pinyin),
        fields: { pinyin },
        evidence: mention.introduction,
        rule: mention.rule,
        confidence: mention.confidence,
        review,
        known: false,
      };
    });
  }

  // Whether a known person's organizations include this one, or one it is part of or that is part of it.
  #relatedOrganizations(candidate: KnownEntity, organizationId: string): boolean {
    if (candidate.organizations.includes(organizationId)) return true;
    const known = this.#context.known.byId;
    const parentsOf = (id: string) => known.get(id)?.parents ?? [];
    return candidate.organizations.some((id) => parentsOf(id).includes(organizationId) || parentsOf(organizationId).includes(id));
  }

  policy(mention: PolicyMention): ResolvedEntity {
    const plain = mention.name.replace(/[“”"]/g, '');
    const key = mention.tableId ? `policy:id:${mention.tableId}` : `policy:name:${plain}`;
    return this.#add(key, mention, () => {
      const known =
        (mention.tableId ? this.#context.known.byId.get(mention.tableId) : undefined) ?? this.#known('Policy', [mention.name, plain, `“${plain}”`]);
      if (known) {
        return {
          id: known.id,
          label: 'Policy',
          name: known.name,
          nameEn: known.nameEn ?? mention.nameEn ?? plain,
          fields: { kind: known.kind ?? mention.kind },
          evidence: mention,
          rule: mention.rule,
          confidence: mention.confidence,
          review: mention.review,
          known: true,
          aliases: known.aliases,
        };
      }
      let nameEn = mention.nameEn;
      let review = mention.review;
      if (!nameEn) {
        const head = POLICY_HEADS_LONGEST_FIRST.find((candidate) => plain.endsWith(candidate.head));
        const stem = head ? plain.slice(0, -head.head.length) : plain;
        const translated = translateWithGlossary(stem, POLICY_GLOSSARY);
        nameEn = [translated.english, head?.en].filter(Boolean).join(' ') || phrasePinyin(plain);
        review = review ?? 'English name is a transliteration: translate it';
      }
      return {
        id: mention.tableId ?? `policy:${phraseSlug(plain)}`,
        label: 'Policy',
        name: mention.name,
        nameEn,
        fields: { kind: mention.kind },
        evidence: mention,
        rule: mention.rule,
        confidence: mention.confidence,
        review,
        known: false,
      };
    });
  }

  theme(mention: ThemeMention): ResolvedEntity {
    const theme = THEMES.find((candidate) => candidate.id === mention.themeId)!;
    return this.#add(`theme:${theme.id}`, mention, () => {
      const known = this.#context.known.byId.get(theme.id);
      return {
        id: theme.id,
        label: 'Theme',
        name: known && this.#context.index.text.includes(known.name) ? known.name : mention.surface,
        nameEn: known?.nameEn ?? theme.nameEn,
        fields: { description: theme.description },
        evidence: mention,
        rule: mention.rule,
        confidence: mention.confidence,
        known: known !== undefined,
      };
    });
  }

  event(mention: EventMention): ResolvedEntity {
    return this.#add(`event:${mention.name}`, mention, () => {
      const known = this.#known('Event', [mention.name]);
      const year = /^(\d{4})年/.exec(mention.name)?.[1];
      const translated = translateWithGlossary(mention.name.replace(/^\d{4}年/, ''), EVENT_GLOSSARY);
      return {
        id: known?.id ?? `event:${phraseSlug(mention.name)}`,
        label: 'Event',
        name: mention.name,
        nameEn: known?.nameEn ?? [year, translated.english].filter(Boolean).join(' '),
        fields: { startDate: mention.startDate, endDate: mention.endDate },
        evidence: mention,
        rule: mention.rule,
        confidence: mention.confidence,
        review: mention.review ?? (known || translated.complete ? undefined : 'English name is partly a transliteration: translate it'),
        known: known !== undefined,
      };
    });
  }

  statistic(mention: StatisticMention): ResolvedEntity {
    this.#statistics += 1;
    return this.#add(`statistic:${this.#statistics}`, mention, () => {
      const indicator = mention.indicator || `${mention.unit}`;
      const translated = translateWithGlossary(indicator, INDICATOR_GLOSSARY);
      const reviews = [mention.review, translated.complete ? undefined : 'indicator English is partly a transliteration'].filter(Boolean);
      return {
        id: `statistic:${this.#documentSlug}-${this.#statistics}`,
        label: 'Statistic',
        name: indicator,
        nameEn: translated.english || indicator,
        fields: {
          indicator,
          indicatorEn: translated.english || indicator,
          value: mention.value,
          unit: mention.unit,
          unitEn: mention.unitEn,
          period: mention.period,
          periodText: mention.periodText,
          ...(mention.change !== undefined ? { change: mention.change, changeUnit: mention.changeUnit } : {}),
          qualifier: mention.qualifier,
        },
        evidence: mention,
        rule: mention.rule,
        confidence: mention.confidence,
        review: reviews.length > 0 ? reviews.join('; ') : undefined,
        known: false,
      };
    });
  }

  statement(mention: StatementMention): ResolvedEntity {
    const speaker = mention.speaker ? this.person(mention.speaker) : undefined;
    const speakerKey = speaker ? speaker.id.slice(speaker.id.indexOf(':') + 1) : 'unattributed';
    const speakerSlug = speakerKey;
    const count = (this.#statementsBySpeaker.get(speakerKey) ?? 0) + 1;
    this.#statementsBySpeaker.set(speakerKey, count);
    return this.#add(`statement:${mention.start}:${mention.textSpan.start}`, mention, () => ({
      id: `statement:${this.#documentSlug}-${speakerSlug}-${count}`,
      label: 'Statement',
      name: '',
      nameEn: '',
      fields: { text: this.#context.index.slice(mention.textSpan), kind: mention.kind },
      evidence: mention.evidence,
      rule: mention.rule,
      confidence: mention.confidence,
      review: mention.review,
      known: false,
    }));
  }
}

// A Chinese name without the spaces that pad it (向 霆 is 向霆); other names as they are.
function unpaddedName(name: string): string {
  return /^[\p{Script=Han}\s\u3000]+$/u.test(name) ? name.replace(/[\s\u3000]+/gu, '') : name;
}
