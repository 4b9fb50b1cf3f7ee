import { ENVIRONMENT_LAWS } from '../rules/environment-laws.ts';
import type { PolicySentence } from './policy-candidate.ts';

// The field's laws, longest first, so that 海洋环境保护法 is read before the 环境保护法 inside it.
const LAWS = [...ENVIRONMENT_LAWS].sort((a, b) => b[0].length - a[0].length);
const STATE_PREFIX = '中华人民共和国';
// Characters after a law's name that make it part of a longer word (环境保护法律法规, 环境保护法规, 水污染防治法治):
// then the name is not the law's.
const LONGER_WORD = /^[律规治典院官庭学人]/u;

/**
 * A national law of the field named without 《》 (市人大常委会开展大气污染防治法执法检查): a congress's news names the
 * law it inspects bare. The name takes 中华人民共和国 when printed before it; a title in 《》 is read first and wins.
 */
export function proposeBareLawNames(scan: PolicySentence): void {
  const { text, candidates } = scan;
  const taken: Array<[number, number]> = [];
  for (const [name, english] of LAWS) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (taken.some(([from, to]) => at < to && from < end) || LONGER_WORD.test(text.slice(end))) continue;
      const from = text.slice(0, at).endsWith(STATE_PREFIX) ? at - STATE_PREFIX.length : at;
      taken.push([from, end]);
      candidates.push({
        from,
        to: end,
        priority: 1,
        mention: { name: text.slice(from, end), kind: 'legislation', nameEn: english, aliases: [], rule: 'policy/bare-law-name', confidence: 0.85 },
      });
    }
  }
}
