import { ancestry } from '../division-gazetteer.ts';
import type { ExtractionContext } from '../extraction-context.ts';
import type { RegionMention } from '../mention-types.ts';
import type { ResolvedEntity } from '../resolve-entities.ts';
import { NAMED_AREAS } from '../rules/region-areas.ts';
import type { RelationSink } from './relation-sink.ts';

/** Places nested as written (福建省厦门市) and a place written as part of an area (作为长江流域的重要组成部分，江西省…). */
export function addWrittenPlaceRelations(sink: RelationSink): void {
  const { context, found, of, add } = sink;
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
  // A site whose official name begins with its province (云南轿子山国家级自然保护区) lies in that province.
  for (const inner of regions) {
    const outer = regions.find((r) => r !== inner && r.sentence === inner.sentence && r.start === inner.start && r.end < inner.end);
    const outerEntity = outer && outer.name === inner.parentName ? of(outer) : undefined;
    const innerEntity = of(inner);
    if (outerEntity && innerEntity)
      add({ type: 'PART_OF', from: innerEntity.id, to: outerEntity.id, evidence: inner, rule: 'region/official-name-province', confidence: 0.9 });
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
}

/** Places as the division dataset nests them, and areas as the areas table does (PART_OF). */
export function addPlaceTreeRelations(sink: RelationSink): void {
  const { context, add, entities, byId } = sink;
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
