import { implementersOf } from './implementers.ts';
import type { RelationSink } from './relation-sink.ts';

/** Proposals: a person, then 建议 or 提议, then a policy, in one sentence (PROPOSED). */
export function addProposalRelations(sink: RelationSink): void {
  const { context, found, of, add } = sink;
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
}

/** Who carries out a policy (IMPLEMENTS, implementers.ts) and the themes of its sentence (ABOUT). */
export function addPolicyRelations(sink: RelationSink): void {
  const { context, found, of, add } = sink;
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
}
