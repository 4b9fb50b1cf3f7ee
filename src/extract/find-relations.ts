import { ancestry } from './division-gazetteer.ts';
import { type ExtractionContext, groupBySentence } from './extraction-context.ts';
import type { Mention, RegionMention, StatisticMention } from './mention-types.ts';
import type { FoundMentions, Resolution, ResolvedEntity } from './resolve-entities.ts';
import { ATTEND_VERBS } from './rules/event-shapes.ts';
import { CAUSATIVE_END, GUIDING_FRAME_WORDS, IMPLEMENT_VERBS, PLACE_LIST_TAIL, SUBJECT_JOINERS, SUBJECT_PREFIX } from './rules/policy-shapes.ts';
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
  for (const m of context.index.readable.matchAll(/作为([^，。；]{2,20}?)的?(?:重要)?组成部分[，,]/gu)) {
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
    const text = context.index.readable;
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
    const between = context.index.readable.slice(context.index.toUnit(proposer.end), context.index.toUnit(policy.start));
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
    for (const implementer of implementersOf(context, policy, found)) {
      const target = of(implementer.mention);
      if (!target) continue;
      add({
        type: 'IMPLEMENTS',
        from: target.id,
        to: entity.id,
        evidence: { start: Math.min(implementer.evidenceStart, policy.start), end: policy.end },
        rule: implementer.rule,
        confidence: implementer.rule === 'policy/implementer-verb' ? 0.6 : 0.5,
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
  const text = context.index.readable;
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

// A place or body that carries out a policy, the rule that found it, and where its evidence starts.
interface Implementer {
  mention: Mention;
  rule: string;
  evidenceStart: number;
}

// Who carries out a policy (IMPLEMENTS): a verb of doing (推进, 实施, 签署) or the frame 以…为主线 must stand in
// the policy's own clause, or in the clause before when this one only lists policies (清单化攻坚，“一河一策”).
// The doer is the nearest place or body before it in the sentence that is a clause's subject (only times and
// adverbs before it: 2021年，安庆市…; not 对海南省, 完成巢湖流域…), with the subjects joined to it (生态环境部与河北省
// 人民政府、安徽省人民政府签署); or the places of 在X、Y等地开展; or, in a quote whose speaker says 我们, the
// speaker's body.
function implementersOf(context: ExtractionContext, policy: Mention, found: FoundMentions): Implementer[] {
  const text = context.index.readable;
  const sentence = context.sentences[policy.sentence]!;
  const unitOf = (point: number) => context.index.toUnit(point);
  const policyAt = unitOf(policy.start);
  if (!doingClauseBefore(context, policy, found)) return [];
  const here = placesAndBodiesOf(found, policy.sentence);
  const subjects: Mention[] = [...here.regions, ...here.organizations]
    .filter((mention) => mention.end <= policy.start)
    // A body inside a longer body (the place of a local body) is not the doer; the body is.
    .filter((mention) => !here.organizations.some((org) => org !== mention && spanContains(org, mention)))
    .sort((a, b) => a.start - b.start);
  const clauseStart = (at: number) => {
    let start = sentence.unitStart;
    for (let i = at - 1; i >= sentence.unitStart; i--) {
      if (/[，：；。！？“”]/u.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
    return start;
  };
  // The text before a subject in its clause, with the subjects before it replaced by Ⓢ.
  const prefixOf = (subject: Mention) => {
    const at = unitOf(subject.start);
    const from = clauseStart(at);
    let prefix = '';
    let cursor = from;
    for (const other of subjects) {
      const otherAt = unitOf(other.start);
      if (otherAt < from || otherAt >= at) continue;
      prefix += `${text.slice(cursor, otherAt)}Ⓢ`;
      cursor = unitOf(other.end);
    }
    return prefix + text.slice(cursor, at);
  };
  const isClauseSubject = (subject: Mention) => {
    const pieces = prefixOf(subject).split('Ⓢ');
    // 指导云屏制定…: the place or body guided is who does it.
    if (pieces.length === 1 && CAUSATIVE_END.test(pieces[0]!)) return true;
    return SUBJECT_PREFIX.test(pieces[0]!) && pieces.slice(1).every((joiner) => SUBJECT_JOINERS.test(joiner));
  };
  for (const subject of [...subjects].reverse()) {
    const between = text.slice(unitOf(subject.end), policyAt);
    if (SENTENCE_BREAK.test(between) || between.length > 60) break;
    if (!IMPLEMENT_VERBS.some((verb) => between.includes(verb)) && !hasOpenFrame(between)) continue;
    // 在X、Y等地开展…: the places carry it out.
    const prefix = prefixOf(subject);
    const place = /在((?:Ⓢ[、和及与]?)*)$/u.exec(prefix);
    const beforePlace = prefix.slice(0, place?.index ?? 0);
    const doerWords = beforePlace.slice(beforePlace.lastIndexOf('Ⓢ') + 1).replace(/^(?:我们|我省|我市|我厅|我局|我部)/u, '');
    // With a subject of its own before 在 (生态环境部…在北京签署), the place is only where it happened.
    if (place && beforePlace.includes('Ⓢ')) continue;
    if (place && subject.label === 'Region' && SUBJECT_PREFIX.test(doerWords)) {
      const tail = between.slice(0, between.search(new RegExp(IMPLEMENT_VERBS.join('|'), 'u')));
      if (!PLACE_LIST_TAIL.test(tail)) continue;
      const places = subjects.filter(
        (other) =>
          other.label === 'Region' &&
          other.start <= subject.start &&
          clauseStart(unitOf(other.start)) === clauseStart(unitOf(subject.start)) &&
          /在(?:Ⓢ[、和及与]?)*$/u.test(prefixOf(other)),
      );
      return places.map((mention) => ({ mention, rule: 'policy/implementer-place', evidenceStart: mention.start }));
    }
    if (!isClauseSubject(subject)) continue;
    // The subjects joined to it in its clause do it too; a place right before a body or a place names where it is.
    const joined = subjects.filter((other) => {
      if (other === subject || other.start > subject.start || other.start < subject.start - 60) return false;
      if (clauseStart(unitOf(other.start)) !== clauseStart(unitOf(subject.start)) || !isClauseSubject(other)) return false;
      const next = subjects.find((candidate) => candidate.start >= other.end);
      return next !== undefined && text.slice(unitOf(other.end), unitOf(next.start)) !== '';
    });
    return [subject, ...joined].map((mention, i) => ({
      mention,
      rule: i === 0 ? 'policy/implementer-verb' : 'policy/implementer-joined',
      evidenceStart: joined[0]?.start ?? subject.start,
    }));
  }
  return speakerBodyOf(context, policy, found);
}

const bySentenceCache = new WeakMap<FoundMentions, { regions: Map<number, Mention[]>; organizations: Map<number, Mention[]> }>();

// The places and bodies of one sentence, grouped once per extraction: every policy looks at those of its sentence.
function placesAndBodiesOf(found: FoundMentions, sentence: number): { regions: Mention[]; organizations: Mention[] } {
  let groups = bySentenceCache.get(found);
  if (!groups) {
    groups = { regions: groupBySentence<Mention>(found.regions), organizations: groupBySentence<Mention>(found.organizations) };
    bySentenceCache.set(found, groups);
  }
  return { regions: groups.regions.get(sentence) ?? [], organizations: groups.organizations.get(sentence) ?? [] };
}

// Whether the policy's clause has a verb of doing before it (or 以…为主线 around it), or only lists policies after
// a clause that has one.
function doingClauseBefore(context: ExtractionContext, policy: Mention, found: FoundMentions): boolean {
  const text = context.index.readable;
  const sentenceStart = context.sentences[policy.sentence]!.unitStart;
  const sentenceIndex = policy.sentence;
  const policyAt = context.index.toUnit(policy.start);
  const policyEnd = context.index.toUnit(policy.end);
  const hasVerb = (clause: string) => IMPLEMENT_VERBS.some((verb) => clause.includes(verb));
  const guided = () =>
    hasOpenFrame(text.slice(sentenceStart, policyAt)) && GUIDING_FRAME_WORDS.some((word) => text.startsWith(`为${word}`, policyEnd));
  let end = policyAt;
  for (let step = 0; step < 3; step++) {
    let start = end;
    while (start > sentenceStart && !/[，：；。！？]/u.test(text[start - 1]!)) start--;
    const clause = text.slice(start, end);
    if (hasVerb(clause)) return true;
    if (step === 0 && guided()) return true;
    // A clause of nothing but policies and list marks: the verb is in the clause before.
    let rest = clause;
    for (const other of found.policies) {
      if (other.sentence !== sentenceIndex) continue;
      const at = context.index.toUnit(other.start);
      if (at >= start && at < end) rest = rest.replace(text.slice(at, context.index.toUnit(other.end)), '');
    }
    if (!/^[、和及与“”\s]*$/u.test(rest) || start <= sentenceStart) return false;
    end = start - 1;
  }
  return false;
}

// Whether a 以 (of 以…为主线) stands in the text with no ，or ； after it. The regular expression /以[^，；]*$/ says
// the same but tries every 以 to the end of the text, which grew with the square of a long sentence.
function hasOpenFrame(text: string): boolean {
  const last = text.lastIndexOf('以');
  return last >= 0 && !/[，；]/u.test(text.slice(last + 1));
}

// In a quote, 我们 (我厅, 我局) before the policy in its sentence is the speaker's body.
function speakerBodyOf(context: ExtractionContext, policy: Mention, found: FoundMentions): Implementer[] {
  const text = context.index.readable;
  const statement = found.statements.find((candidate) => spanContains(candidate.textSpan, policy) && candidate.speaker);
  // The speaker's post is given where the text introduces them, often sentences before the quote.
  const body = statement && found.people.find((person) => person.name === statement.speaker!.name && person.posts.length > 0)?.posts[0]?.organization;
  if (!statement || !body) return [];
  const sentence = context.sentences[policy.sentence]!;
  const before = text.slice(Math.max(sentence.unitStart, context.index.toUnit(statement.textSpan.start)), context.index.toUnit(policy.start));
  const we = /(?:^|[，：；。“])(?:[^，：；。“]{0,12}?)(我们|我厅|我局|我部|我委)[^；。]*$/u.exec(before);
  if (!we || !SUBJECT_PREFIX.test(we[0].replace(/^[，：；。“]/u, '').split(we[1]!)[0]!)) return [];
  return [{ mention: body, rule: 'policy/speaker-body', evidenceStart: Math.min(statement.speaker!.start, statement.textSpan.start) }];
}
