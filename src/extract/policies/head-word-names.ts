import { NOT_POLICY_MODIFIERS as NOT_POLICY_MODIFIER_LIST, POLICY_HEADS } from '../rules/policy-shapes.ts';
import type { PolicySentence } from './policy-candidate.ts';
import { nameStart } from './policy-name-start.ts';

const HEADS = [...POLICY_HEADS].sort((a, b) => b.head.length - a.head.length);
const NOT_POLICY_MODIFIERS = new Set(NOT_POLICY_MODIFIER_LIST);

/** Names that end in a head word (…攻坚战, …行动, …制度, …改革, …试点), their start found by `nameStart`. */
export function proposeHeadWordNames(scan: PolicySentence): void {
  const { text, candidates } = scan;
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
      const start = nameStart(text, at, scan.context.tokens[scan.sentence.index]!, scan.context, scan.sentence.unitStart);
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
}
