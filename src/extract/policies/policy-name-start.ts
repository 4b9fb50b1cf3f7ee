import type { ExtractionContext } from '../extraction-context.ts';
import { NATIONAL_POLICIES, POLICY_LEADING_WORDS, POLICY_NAME_MAX } from '../rules/policy-shapes.ts';
import type { Token } from '../tag-tokens.ts';

const LEADING = new Set(POLICY_LEADING_WORDS);
// The national names printed in quotes (“十四五”): the table reads them on their own, and a plan named after them
// (“十四五”生态环境监测规划) keeps the name the head gives it.
const QUOTED_NATIONAL = new Set(
  NATIONAL_POLICIES.flatMap((policy) => [policy.name, ...(policy.aliases ?? [])]).filter((name) => /^“[^”]+”$/u.test(name)),
);
// Parts of speech a policy's name is made of: nouns, verbal nouns, places, abbreviations, numerals (第二轮).
const NAME_TAGS = /^(n|nz|vn|ns|nt|j|l|b|m|an|i|v|a|eng|f|q|x|t|s|nr|nrt)$/;
// Tags that never start a policy's name even inside the length limit: pronouns, prepositions, conjunctions.
const STOP_TAGS = /^(r|p|c|u|uj|ul|uz|y|e|o|zg)$/;

/** Where a policy's name starts: back from the head over words that can be part of a name. */
export function nameStart(text: string, headAt: number, tokens: readonly Token[], context: ExtractionContext, unitStart: number): number | undefined {
  // A quoted slogan right before the head: “放管服”改革, “无废城市”建设试点.
  if (text[headAt - 1] === '”') {
    const open = text.lastIndexOf('“', headAt - 1);
    if (open >= 0 && headAt - open <= POLICY_NAME_MAX) return open;
  }
  const headPoint = context.index.toPoint(unitStart + headAt);
  let start = headAt;
  const before = tokens.filter((token) => token.end <= headPoint).reverse();
  for (const token of before) {
    const tokenStart = context.index.toUnit(token.start) - unitStart;
    if (headAt - tokenStart > POLICY_NAME_MAX) break;
    // A year belongs to the name (内蒙古自治区2023年挥发性有机物治理攻坚行动); other numbers and classifiers end it.
    const year = /^\d{4}$/.test(token.word) && text.startsWith('年', tokenStart + token.word.length);
    if (
      !year &&
      (!/^\p{Script=Han}|^[A-Za-z.]/u.test(token.word) || /^\d/.test(token.word) || token.tag === 'q' || /^[个项家条座批次名]$/u.test(token.word))
    )
      break;
    // A season is part of a campaign's name (秋冬季大气污染综合治理攻坚行动); other time words are not.
    if (token.tag === 't' && !/季$/u.test(token.word)) break;
    if (LEADING.has(token.word) || STOP_TAGS.test(token.tag) || !NAME_TAGS.test(token.tag)) break;
    // A one-character verb (打攻坚战) ends the name; a longer one ends it unless it is close to the head (整治).
    if (token.tag === 'v' && (token.word.length === 1 || start < headAt - 6)) break;
    start = tokenStart;
  }
  // Leading words the segmenter merged into the first token (深入推进河长制 → 河长制), an enumeration (四是…), and
  // a verb the name starts with (保持战略, 确保改革).
  for (const word of POLICY_LEADING_WORDS) if (text.startsWith(word, start) && start + word.length < headAt) start += word.length;
  const enumeration = /^[一二三四五六七八九十]是/u.exec(text.slice(start));
  if (enumeration) start += enumeration[0].length;
  const first = tokens.find((token) => context.index.toUnit(token.start) - unitStart === start);
  if (first && first.tag === 'v' && context.index.toUnit(first.end) - unitStart < headAt) start = context.index.toUnit(first.end) - unitStart;
  // A list before 三大 or 两大 belongs to the name: 蓝天、碧水、净土三大保卫战 (the walk stops at the last 、).
  if (/^[两三四五]大/u.test(text.slice(start))) {
    const list = /((?:\p{Script=Han}{1,4}、)+\p{Script=Han}{1,4})$/u.exec(text.slice(0, start));
    if (list) start -= list[1]!.length;
  } else if (/^\p{Script=Han}{1,2}[两三四五]大/u.test(text.slice(start)) && text[start - 1] === '、') {
    const list = /((?:\p{Script=Han}{1,2}、)+)$/u.exec(text.slice(0, start));
    if (list) start -= list[1]!.length;
  }
  // A classifier after a count is no part of the name: 开展10个近零碳排放社区试点.
  if (/^[个项家条座批次名处]/u.test(text.slice(start)) && /[\d一二三四五六七八九十百千万两]$/u.test(text.slice(0, start))) start += 1;
  // The complement of a one-character verb of doing (打好, 抓好, 做好, 守好 + the name; the segmenter may cut 打/好空气…)
  // belongs to the verb, as a result complement does, and starts no name.
  if (text[start] === '好' && /[打抓做守管用办建搞]/u.test(text[start - 1] ?? '') && start + 1 < headAt) start += 1;
  // A quoted slogan before the words of the name is its first part, as one right before the head is (“三个五”发展战略,
  // “一核三带”区域发展格局): a plan's short name in quotes, then what it lays out, then the head.
  if (start < headAt && text[start - 1] === '”') {
    const open = text.lastIndexOf('“', start - 1);
    if (open >= 0 && headAt - open <= POLICY_NAME_MAX && !QUOTED_NATIONAL.has(text.slice(open, start))) return open;
  }
  return start < headAt ? start : undefined;
}
