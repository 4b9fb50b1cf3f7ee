import { type ExtractionContext, sentenceSpan } from './extraction-context.ts';
import type { PolicyMention } from './mention-types.ts';
import {
  NATIONAL_POLICIES,
  NOT_POLICY_MODIFIERS as NOT_POLICY_MODIFIER_LIST,
  NOT_POLICY_TITLES,
  POLICY_HEADS,
  POLICY_LEADING_WORDS,
  POLICY_NAME_MAX,
  type PolicyKind,
  TITLE_KINDS,
} from './rules/policy-shapes.ts';
import type { Token } from './tag-tokens.ts';

const HEADS = [...POLICY_HEADS].sort((a, b) => b.head.length - a.head.length);
const LEADING = new Set(POLICY_LEADING_WORDS);
const NOT_POLICY_MODIFIERS = new Set(NOT_POLICY_MODIFIER_LIST);
const TITLE_ENDINGS = [...TITLE_KINDS].sort((a, b) => b.ending.length - a.ending.length);
// Parts of speech a policy's name is made of: nouns, verbal nouns, places, abbreviations, numerals (第二轮).
const NAME_TAGS = /^(n|nz|vn|ns|nt|j|l|b|m|an|i|v|a|eng|f|q|x|t|s|nr|nrt)$/;
// Tags that never start a policy's name even inside the length limit: pronouns, prepositions, conjunctions.
const STOP_TAGS = /^(r|p|c|u|uj|ul|uz|y|e|o|zg)$/;

/**
 * Finds policies: titles in 《》 (kind by their ending: 条例, 办法, 方案 …), national campaigns and strategies
 * from the table, and names that end in a head word (…攻坚战, …行动, …制度, …改革, …试点), whose start is
 * found by walking back over the segmenter's words until a verb of the genre (打好, 推进, 实施), a function
 * word or punctuation; a quoted slogan right before a head word belongs to the name (“放管服”改革).
 */
export function findPolicyMentions(context: ExtractionContext): PolicyMention[] {
  const mentions: PolicyMention[] = [];
  for (const sentence of context.sentences) {
    const text = sentence.text;
    const tokens = context.tokens[sentence.index]!;
    // Every rule proposes names; titles win, then the longest name (第二轮中央生态环境保护督察 over its table name).
    const candidates: Array<{
      from: number;
      to: number;
      priority: number;
      mention: Omit<PolicyMention, 'start' | 'end' | 'surface' | 'sentence' | 'label'>;
    }> = [];
    const blocked: Array<[number, number]> = [];
    // Titles in 《》: the name is inside the brackets.
    for (const match of text.matchAll(/《([^《》]{2,60})》/gu)) {
      const title = match[1]!;
      const from = match.index + 1;
      if (NOT_POLICY_TITLES.some((ending) => title.endsWith(ending))) {
        blocked.push([match.index, match.index + match[0].length]);
        continue;
      }
      const kind: PolicyKind = TITLE_ENDINGS.find((entry) => title.endsWith(entry.ending))?.kind ?? 'plan';
      candidates.push({
        from,
        to: from + title.length,
        priority: 2,
        mention: { name: title, kind, aliases: [], rule: 'policy/titled-document', confidence: 0.95 },
      });
    }
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
    // Names that end in a head word.
    for (const head of HEADS) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(head.head, from);
        if (at < 0) break;
        from = at + head.head.length;
        const end = at + head.head.length;
        // 攻坚战 inside 攻坚战役, 督察 inside 督察局, 工程 inside 工程师: another word.
        if (/^[役计师局组站员处厅专]/u.test(text[end] ?? '')) continue;
        // 督察工作动员会: the head word names the meeting's work, the meeting is an event.
        if (/^工作(?:动员会|推进会|会议|会|组)/u.test(text.slice(end))) continue;
        // A head word inside a quoted slogan that goes on (“一项问题、一名领导、一套方案、一抓到底”) is the slogan's word.
        const open = text.lastIndexOf('“', at);
        if (open > text.lastIndexOf('”', at) && at - open <= 20 && !/[，。；：]/u.test(text.slice(open, at)) && text[end] === '、') continue;
        const start = nameStart(text, at, tokens, context, sentence.unitStart);
        if (start === undefined || end - start <= head.head.length) continue;
        const modifier = text.slice(start, at);
        if ((modifier.length < 2 && !modifier.includes('”')) || NOT_POLICY_MODIFIERS.has(modifier)) continue;
        const name = text.slice(start, end);
        candidates.push({
          from: start,
          to: end,
          priority: 0,
          mention: {
            name,
            kind: head.kind,
            aliases: [],
            rule: 'policy/head-word',
            confidence: name.includes('“') ? 0.85 : 0.7,
            review: name.length > 14 ? 'long policy name: check where it starts' : undefined,
          },
        });
      }
    }
    // A quoted slogan carried out as a way of working: 实行“一企一策”, 推行“双随机、一公开”.
    // A word of management right after the quote belongs to the name: 推行“双随机、一公开”监管.
    for (const match of text.matchAll(/(实行|推行|实施|落实|建立|探索)“([^“”]{2,12})”(监管|管理|模式|机制|制度)?/gu)) {
      const from = match.index + match[1]!.length;
      if (/^[”“]/u.test(text[from + match[2]!.length + 2] ?? '')) continue;
      const suffix = match[3] ?? '';
      const name = suffix ? `“${match[2]!}”${suffix}` : match[2]!;
      candidates.push({
        from: suffix ? from : from + 1,
        to: from + (suffix ? name.length : 1 + match[2]!.length),
        priority: 0,
        mention: {
          name,
          kind: 'mechanism',
          aliases: [],
          rule: 'policy/quoted-practice',
          confidence: 0.6,
          review: 'a quoted practice read as a policy',
        },
      });
    }
    const taken: Array<[number, number]> = [...blocked];
    candidates.sort((a, b) => b.priority - a.priority || b.to - b.from - (a.to - a.from) || a.from - b.from);
    for (const candidate of candidates) {
      if (taken.some(([a, b]) => candidate.from < b && a < candidate.to)) continue;
      taken.push([candidate.from, candidate.to]);
      mentions.push({
        ...sentenceSpan(context, sentence, candidate.from, candidate.to - candidate.from),
        label: 'Policy',
        surface: text.slice(candidate.from, candidate.to),
        sentence: sentence.index,
        ...candidate.mention,
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

// Where a policy's name starts: back from the head over words that can be part of a name.
function nameStart(text: string, headAt: number, tokens: readonly Token[], context: ExtractionContext, unitStart: number): number | undefined {
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
  return start < headAt ? start : undefined;
}
