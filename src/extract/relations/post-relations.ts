import type { RelationSink } from './relation-sink.ts';

/** Posts (SPEAKS_FOR) and bylines (REPORTED, WROTE, and PUBLISHED for the media of a byline). */
export function addPostRelations(sink: RelationSink): void {
  const { found, of, add, options, resolution } = sink;
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
}
