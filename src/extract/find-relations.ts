import { ancestry } from './division-gazetteer.ts';
import type { ExtractionContext } from './extraction-context.ts';
import type { Mention, RegionMention, StatisticMention } from './mention-types.ts';
import type { FoundMentions, Resolution, ResolvedEntity } from './resolve-entities.ts';
import { ATTEND_VERBS } from './rules/event-shapes.ts';
import { IMPLEMENT_VERBS } from './rules/policy-shapes.ts';
import { NAMED_AREAS } from './rules/region-areas.ts';
import { type Span, spanContains } from './text-index.ts';

/** One relation of the draft, with its evidence and why it exists. */
export interface FoundRelation {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  evidence: Span;
  rule: string;
  confidence: number;
  review?: string;
}

/** The document's id and the kinds of report whose statements are made at the event they report. */
export interface RelationOptions {
  documentId: string;
  eventReport: boolean;
}

// A clause boundary: relations inside one clause or sentence do not cross these.
const SENTENCE_BREAK = /[。；！？]/u;

/**
 * Finds the relations the sentences support, each from the mentions and their resolved entities: posts
 * (SPEAKS_FOR), the place and body hierarchies (PART_OF, LOCATED_IN, HAS_JURISDICTION), bylines (REPORTED,
 * WROTE, PUBLISHED), statements (SAID, MENTIONS, ABOUT, MADE_AT), people at the event (ATTENDED), where the
 * event was held (HELD_IN), what a figure measures (MEASURES) and who carries out a policy (IMPLEMENTS).
 */
export function findRelations(context: ExtractionContext, found: FoundMentions, resolution: Resolution, options: RelationOptions): FoundRelation[] {
  const relations: FoundRelation[] = [];
  const seen = new Set<string>();
  const add = (relation: FoundRelation) => {
    if (relation.from === relation.to) return;
    const key = `${relation.from}|${relation.type}|${relation.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    relations.push(relation);
  };
  const of = (mention: Mention) => resolution.of(mention);
  const entities = resolution.entities;
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  // Posts and bylines.
  for (const person of found.people) {
    const entity = of(person);
    if (!entity) continue;
    for (const post of person.posts) {
      const organization = of(post.organization) ?? resolution.of(post.organization);
      if (!organization) continue;
      add({
        type: 'SPEAKS_FOR',
        from: entity.id,
        to: organization.id,
        properties: { title: post.title, titleEn: post.titleEn, ...(post.former ? { former: true } : {}) },
        evidence: post.evidence,
        rule: person.rule,
        confidence: person.confidence,
        review: person.review,
      });
    }
    for (const role of person.roles) {
      add({
        type: role.relation,
        from: entity.id,
        to: options.documentId,
        properties: { role: role.role, roleEn: role.roleEn },
        evidence: role.evidence,
        rule: 'byline/role',
        confidence: 0.9,
      });
      for (const post of person.posts) {
        const media = of(post.organization);
        if (media && media.fields.kind === 'media') {
          add({ type: 'PUBLISHED', from: media.id, to: options.documentId, evidence: person.introduction, rule: 'byline/media', confidence: 0.85 });
        }
      }
    }
  }

  // Places: nested as written (福建省厦门市), as the dataset nests them, areas as the table nests them.
  const regions = found.regions;
  for (let i = 0; i + 1 < regions.length; i += 1) {
    const outer = regions[i]!;
    const inner = regions[i + 1]!;
    if (outer.end !== inner.start || outer.sentence !== inner.sentence) continue;
    const outerEntity = of(outer);
    const innerEntity = of(inner);
    if (!outerEntity || !innerEntity) continue;
    if (isAbove(context, outer, inner)) {
      add({
        type: 'PART_OF',
        from: innerEntity.id,
        to: outerEntity.id,
        evidence: { start: outer.start, end: inner.end },
        rule: 'region/written-nested',
        confidence: 0.95,
      });
    }
  }
  // 作为长江流域的重要组成部分，江西省…: the place after is part of the area before.
  for (const m of context.index.text.matchAll(/作为([^，。；]{2,20}?)的?(?:重要)?组成部分[，,]/gu)) {
    const area = regions.find((r) => r.start === context.index.toPoint(m.index + 2));
    const part = regions.find((r) => r.start === context.index.toPoint(m.index + m[0].length));
    const areaEntity = area ? of(area) : undefined;
    const partEntity = part ? of(part) : undefined;
    if (part && areaEntity && partEntity) {
      add({
        type: 'PART_OF',
        from: partEntity.id,
        to: areaEntity.id,
        evidence: { start: context.index.toPoint(m.index), end: part.end },
        rule: 'region/part-of-area',
        confidence: 0.8,
      });
    }
  }
  const regionEntities = entities.filter((entity) => entity.label === 'Region');
  const china = regionEntities.find((entity) => entity.id === 'region:china' || entity.fields.level === 'country');
  for (const entity of regionEntities) {
    const mention = entity.mentions[0] as RegionMention;
    const division = mention.code ? context.gazetteer.byCode.get(mention.code) : undefined;
    if (division) {
      const chain = ancestry(context.gazetteer, division).slice(1);
      const parent = chain
        .map((ancestor) => regionEntities.find((other) => (other.mentions[0] as RegionMention).code === ancestor.code))
        .find(Boolean);
      if (parent)
        add({ type: 'PART_OF', from: entity.id, to: parent.id, evidence: entity.evidence, rule: 'region/division-parent', confidence: 0.9 });
      else if (division.level === 'province' && china)
        add({ type: 'PART_OF', from: entity.id, to: china.id, evidence: entity.evidence, rule: 'region/province-of-country', confidence: 0.9 });
      continue;
    }
    const area = NAMED_AREAS.find((candidate) => candidate.id === mention.areaId);
    if (area) {
      const parents = (area.partOf ?? []).map((id) => byId.get(id)).filter((p): p is ResolvedEntity => p !== undefined);
      for (const parent of parents)
        add({ type: 'PART_OF', from: entity.id, to: parent.id, evidence: entity.evidence, rule: 'region/area-table', confidence: 0.85 });
      const province = area.inProvince
        ? regionEntities.find((other) => (other.mentions[0] as RegionMention).code === `${area.inProvince}0000`)
        : undefined;
      if (province)
        add({ type: 'PART_OF', from: entity.id, to: province.id, evidence: entity.evidence, rule: 'region/area-table', confidence: 0.85 });
      else if (china && area.level !== 'landmark' && (area.partOf ?? []).every((id) => !byId.has(id))) {
        add({ type: 'PART_OF', from: entity.id, to: china.id, evidence: entity.evidence, rule: 'region/area-of-country', confidence: 0.8 });
      }
    }
  }

  // Bodies: their place, their parents.
  for (const organization of found.organizations) {
    const entity = of(organization);
    if (!entity) continue;
    if (organization.region) {
      const region = of(organization.region);
      if (region) {
        add({
          type: 'LOCATED_IN',
          from: entity.id,
          to: region.id,
          evidence: organization,
          rule: 'organization/local-body-place',
          confidence: organization.confidence,
        });
        if (organization.kind !== 'media' && organization.kind !== 'public-institution' && organization.kind !== 'other') {
          add({
            type: 'HAS_JURISDICTION',
            from: entity.id,
            to: region.id,
            evidence: organization,
            rule: 'organization/local-body-place',
            confidence: organization.confidence,
          });
        }
      }
    }
    for (const parent of organization.parents) {
      const target = parent.mention ? of(parent.mention) : parent.tableId ? byId.get(parent.tableId) : undefined;
      if (target) add({ type: 'PART_OF', from: entity.id, to: target.id, evidence: parent.evidence, rule: 'organization/parent', confidence: 0.9 });
    }
  }

  // Statements: who said them, what they mention and are about, and the event they were made at.
  const mainEvent = found.events.length > 0 ? of(found.events[0]!) : undefined;
  const mentionable = [...found.people, ...found.organizations, ...found.regions, ...found.policies, ...found.statistics];
  for (const statement of found.statements) {
    const entity = of(statement);
    const speaker = statement.speaker ? of(statement.speaker) : undefined;
    if (!entity) continue;
    if (speaker) {
      add({
        type: 'SAID',
        from: speaker.id,
        to: entity.id,
        evidence: statement.evidence,
        rule: statement.rule,
        confidence: statement.confidence,
        review: statement.review,
      });
    }
    for (const mention of mentionable) {
      if (!spanContains(statement.textSpan, mention) || mention === statement.speaker) continue;
      const target = of(mention);
      if (target && target.id !== speaker?.id)
        add({ type: 'MENTIONS', from: entity.id, to: target.id, evidence: mention, rule: 'statement/mentions', confidence: 0.8 });
    }
    for (const theme of found.themes) {
      if (!spanContains(statement.textSpan, theme)) continue;
      const target = of(theme);
      if (target) add({ type: 'ABOUT', from: entity.id, to: target.id, evidence: theme, rule: 'statement/theme-word', confidence: theme.confidence });
    }
    // The event it was made at: the one the text ties it to (a meeting's words), an event named before it in its
    // paragraph, else the event the report covers.
    const paragraph = context.sentences[statement.sentence]!.paragraph;
    const nearby = found.events
      .filter((event) => event.start <= statement.start && context.sentences[event.sentence]!.paragraph === paragraph)
      .sort((a, b) => b.start - a.start)[0];
    const tied = statement.madeAt ?? nearby;
    const madeAt = tied ? of(tied) : options.eventReport ? mainEvent : undefined;
    if (madeAt) {
      add({
        type: 'MADE_AT',
        from: entity.id,
        to: madeAt.id,
        evidence: statement.attribution,
        rule: tied ? 'statement/event-of-paragraph' : 'statement/event-of-report',
        confidence: tied ? 0.75 : 0.6,
      });
      if (speaker)
        add({ type: 'ATTENDED', from: speaker.id, to: madeAt.id, evidence: statement.attribution, rule: 'event/speaker-at-event', confidence: 0.6 });
    }
  }

  // People the text puts at the event (出席, 主持, 参加), one by one or as a list (甲、乙等参加会议).
  if (mainEvent) {
    const text = context.index.text;
    for (const person of found.people) {
      const entity = of(person);
      if (!entity) continue;
      const after = text.slice(context.index.toUnit(person.end), context.index.toUnit(person.end) + 8);
      const verb = ATTEND_VERBS.find((word) => after.startsWith(word) || after.startsWith(`等${word}`));
      if (verb) {
        const end = person.end + after.indexOf(verb) + verb.length;
        add({
          type: 'ATTENDED',
          from: entity.id,
          to: mainEvent.id,
          evidence: { start: person.introduction.start, end },
          rule: 'event/attend-verb',
          confidence: 0.85,
        });
        continue;
      }
      // In a list: only 、 and other people's introductions between this person and 等出席/等参加.
      const sentence = context.sentences[person.sentence]!;
      const rest = text.slice(context.index.toUnit(person.end), sentence.unitStart + sentence.text.length);
      const list = /^((?:、[^，。；、]{2,40}?)+)等(出席|参加|列席)/u.exec(rest);
      if (list)
        add({ type: 'ATTENDED', from: entity.id, to: mainEvent.id, evidence: person.introduction, rule: 'event/attend-list', confidence: 0.75 });
    }
  }

  // Proposals: a person, then 建议 or 提议, then a policy, in one sentence.
  for (const policy of found.policies) {
    const entity = of(policy);
    if (!entity) continue;
    const proposer = found.people
      .filter((person) => person.sentence === policy.sentence && person.end <= policy.start)
      .sort((a, b) => b.end - a.end)[0];
    const who = proposer ? of(proposer) : undefined;
    if (!proposer || !who) continue;
    const between = context.index.text.slice(context.index.toUnit(proposer.end), context.index.toUnit(policy.start));
    if (/^(建议|提议|提出建议)/u.test(between) && !/[。；]/u.test(between)) {
      add({
        type: 'PROPOSED',
        from: who.id,
        to: entity.id,
        evidence: { start: proposer.start, end: policy.end },
        rule: 'policy/proposal',
        confidence: 0.7,
      });
    }
  }
  for (const event of found.events) {
    const entity = of(event);
    const place = event.heldIn ? of(event.heldIn) : undefined;
    if (entity && place && event.heldInEvidence)
      add({ type: 'HELD_IN', from: entity.id, to: place.id, evidence: event.heldInEvidence, rule: 'event/held-in', confidence: 0.9 });
  }

  // Figures: what each measures.
  for (const statistic of found.statistics) {
    const entity = of(statistic);
    const subject = subjectOf(context, statistic, found);
    const target = subject ? of(subject) : undefined;
    if (entity && target && subject) {
      add({
        type: 'MEASURES',
        from: entity.id,
        to: target.id,
        evidence: { start: Math.min(subject.start, statistic.start), end: Math.max(subject.end, statistic.end) },
        rule: 'statistic/subject',
        confidence: 0.7,
      });
    }
  }

  // Who carries out a policy: a place or body, then a verb of doing, then the policy, in one sentence.
  for (const policy of found.policies) {
    const entity = of(policy);
    if (!entity) continue;
    const subject = implementerOf(context, policy, found);
    const target = subject ? of(subject) : undefined;
    if (target && subject) {
      add({
        type: 'IMPLEMENTS',
        from: target.id,
        to: entity.id,
        evidence: { start: subject.start, end: policy.end },
        rule: 'policy/implementer-verb',
        confidence: 0.6,
      });
    }
    for (const theme of found.themes) {
      if (theme.sentence !== policy.sentence) continue;
      const target = of(theme);
      if (target) add({ type: 'ABOUT', from: entity.id, to: target.id, evidence: theme, rule: 'policy/theme-in-sentence', confidence: 0.5 });
    }
  }
  // Relations whose ends are unknown to the draft would not load; keep the ones whose ends exist.
  return relations.filter(
    (relation) => (byId.has(relation.from) || relation.from === options.documentId) && (byId.has(relation.to) || relation.to === options.documentId),
  );
}

function isAbove(context: ExtractionContext, outer: RegionMention, inner: RegionMention): boolean {
  if (inner.code && outer.code) {
    const division = context.gazetteer.byCode.get(inner.code);
    return division ? ancestry(context.gazetteer, division).some((ancestor) => ancestor.code === outer.code) : false;
  }
  if (inner.parentName !== undefined) return inner.parentName === outer.name;
  const rank = { country: 0, area: 1, 'river-basin': 1, province: 2, city: 3, county: 4, landmark: 5 } as const;
  return rank[outer.level] < rank[inner.level] && (outer.level === 'province' || outer.level === 'city');
}

// What a figure is about: the nearest place or policy before it in its clause, then in its sentence, then in
// its paragraph, then the first after it in its sentence; a place inside "在…中" is a scope, not the subject,
// unless the figure stands in that scope itself (在全国168个重点城市中).
function subjectOf(context: ExtractionContext, statistic: StatisticMention, found: FoundMentions): Mention | undefined {
  const text = context.index.text;
  const sentence = context.sentences[statistic.sentence]!;
  const candidates: Mention[] = [...found.regions, ...found.policies].filter(
    (mention) => context.sentences[mention.sentence]!.paragraph === sentence.paragraph,
  );
  const scoped = (mention: Mention) => {
    const from = context.index.toUnit(mention.start);
    const before = text.slice(Math.max(0, from - 2), from);
    const after = text.slice(context.index.toUnit(mention.end), context.index.toUnit(mention.end) + 14);
    return /在/.test(before) && /^[^，。；]{0,12}[中内里]/u.test(after);
  };
  const valueInScope = candidates.find(
    (mention) => scoped(mention) && mention.end <= statistic.valueSpan.start && statistic.valueSpan.start - mention.end < 3,
  );
  if (valueInScope) return valueInScope;
  const before = candidates.filter((mention) => mention.end <= statistic.valueSpan.start && !scoped(mention)).sort((a, b) => b.end - a.end);
  const sameSentence = before.filter((mention) => mention.sentence === statistic.sentence);
  const sameClause = sameSentence.filter(
    (mention) => !/[，；：]/u.test(text.slice(context.index.toUnit(mention.end), context.index.toUnit(statistic.valueSpan.start))),
  );
  return (
    sameClause[0] ??
    sameSentence[0] ??
    before[0] ??
    candidates
      .filter((mention) => mention.sentence === statistic.sentence && mention.start >= statistic.valueSpan.end)
      .sort((a, b) => a.start - b.start)[0]
  );
}

function implementerOf(context: ExtractionContext, policy: Mention, found: FoundMentions): Mention | undefined {
  const text = context.index.text;
  const subjects: Mention[] = [...found.regions, ...found.organizations]
    .filter((mention) => mention.sentence === policy.sentence && mention.end <= policy.start)
    .sort((a, b) => b.end - a.end);
  for (const subject of subjects) {
    const between = text.slice(context.index.toUnit(subject.end), context.index.toUnit(policy.start));
    if (SENTENCE_BREAK.test(between) || /[“”]/.test(between.replace(/“[^”]*”/g, '')) || between.length > 40) return undefined;
    // A body inside a longer body (the place of a local body) is not the implementer; the body is.
    if (found.organizations.some((org) => org !== subject && spanContains(org, subject))) continue;
    if (IMPLEMENT_VERBS.some((verb) => between.includes(verb))) return subject;
  }
  return undefined;
}
