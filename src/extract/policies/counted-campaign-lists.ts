import { COUNTED_CAMPAIGN_NOUNS, POLICY_LEADING_WORDS } from '../rules/policy-shapes.ts';
import type { PolicySentence } from './policy-candidate.ts';

const NOUNS = [...COUNTED_CAMPAIGN_NOUNS].sort((a, b) => b.length - a.length).join('|');
// 等 + a count (8个, 三大, 七项) + an optional adjective of rank + the collective noun, maybe in quotes.
const CLOSER = new RegExp(`等(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:个|项|大|场)(?:标志性|重点|重大|专项)?“?(?:${NOUNS})`, 'gu');
// The verbs before the first item (推进实施好A、B): two characters or more, so that no item is cut at 的 or 和.
const LEADING = [...POLICY_LEADING_WORDS].filter((word) => word.length >= 2).sort((a, b) => b.length - a.length);
// An item is a short run of Han characters: a campaign's name, not a clause.
const ITEM = /^\p{Script=Han}{3,14}$/u;

/**
 * The items of a list that a count of campaigns closes (推进A、B、C等8个标志性“战役”): each is a campaign's name
 * (rules/policy-shapes.ts, COUNTED_CAMPAIGN_NOUNS). The list runs back from 等 to the last comma, colon or
 * semicolon; the first item starts after the last leading verb (推进实施好). Lists of one item are not read.
 */
export function proposeCountedCampaignLists(scan: PolicySentence): void {
  const { text, candidates } = scan;
  for (const match of text.matchAll(CLOSER)) {
    const end = match.index;
    const clauseStart = Math.max(...['，', ',', '：', ':', '；', ';', '。'].map((mark) => text.lastIndexOf(mark, end - 1))) + 1;
    const items = text.slice(clauseStart, end).split('、');
    if (items.length < 2) continue;
    let from = clauseStart;
    items.forEach((raw, index) => {
      let item = raw;
      let at = from;
      if (index === 0) {
        // The name starts after the rightmost leading verb (推进实施好A: after 实施好), with its complement 好.
        let after = 0;
        for (const word of LEADING) {
          const cut = item.lastIndexOf(word);
          if (cut >= 0) after = Math.max(after, cut + word.length + (item[cut + word.length] === '好' ? 1 : 0));
        }
        item = item.slice(after);
        at += after;
      }
      from += raw.length + 1;
      if (!ITEM.test(item)) return;
      candidates.push({
        from: at,
        to: at + item.length,
        priority: 0,
        mention: {
          name: item,
          kind: 'campaign',
          aliases: [],
          rule: 'policy/counted-campaign-list',
          confidence: 0.6,
          review: 'an item of a list closed by a count of campaigns',
        },
      });
    });
  }
}
