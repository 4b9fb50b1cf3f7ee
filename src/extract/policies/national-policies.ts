import { NATIONAL_POLICIES } from '../rules/policy-shapes.ts';
import type { PolicySentence } from './policy-candidate.ts';

/** National campaigns and strategies from the table, by name, with an ordinal before them (第二轮第四批中央生态环境保护督察). */
export function proposeNationalPolicies(scan: PolicySentence): void {
  const { text, candidates } = scan;
  // National campaigns and strategies, by name, with an ordinal before them (第二轮第四批中央生态环境保护督察).
  for (const policy of NATIONAL_POLICIES) {
    for (const name of [policy.name, ...(policy.aliases ?? [])]) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(name, from);
        if (at < 0) break;
        from = at + name.length;
        const ordinal = /(第[一二三四五六七八九十\d]+[轮批])+$/u.exec(text.slice(0, at));
        if (ordinal) {
          const start = at - ordinal[0].length;
          candidates.push({
            from: start,
            to: at + name.length,
            priority: 1,
            mention: {
              name: text.slice(start, at + name.length),
              kind: policy.kind,
              aliases: [],
              rule: 'policy/national-policy-round',
              confidence: 0.85,
            },
          });
        }
        candidates.push({
          from: at,
          to: at + name.length,
          priority: 1,
          mention: {
            name: text.slice(at, at + name.length),
            kind: policy.kind,
            tableId: policy.id,
            nameEn: policy.nameEn,
            aliases: [],
            rule: 'policy/national-policy',
            confidence: 0.95,
          },
        });
      }
    }
  }
}
