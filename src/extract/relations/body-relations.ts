import type { RelationSink } from './relation-sink.ts';

/** Bodies: the place they serve (LOCATED_IN, HAS_JURISDICTION) and the bodies they are part of (PART_OF). */
export function addBodyRelations(sink: RelationSink): void {
  const { found, of, add, byId } = sink;
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
}
