import { type ExtractionContext, sentenceSpan } from '../extraction-context.ts';
import type { OrganizationMention } from '../mention-types.ts';
import { attachedMention } from '../organizations/attached-bodies.ts';
import { PARTY_COMMITTEE_BODIES } from '../rules/body-system.ts';
import { ATTACHED_BODIES, ATTENDEE_LIST_OPENERS, GENERIC_BODY_ENDINGS, RECEIVING_VERBS } from '../rules/organization-patterns.ts';
import type { TitleWord } from '../rules/title-words.ts';
import type { Span } from '../text-index.ts';
import { CLAUSE_BREAK, type PeopleSentence } from './people-scan.ts';

const GENERIC_ENDINGS = [...GENERIC_BODY_ENDINGS].sort((a, b) => b.ending.length - a.ending.length);
// 驻 of a stationed body's name (某局驻某省某办事处), and the longest such name in characters.
const STATIONED_MARK = '驻';
const STATIONED_NAME_MAX = 32;

/** A body that no table knows, found by its ending right before a title (大气环境处 + 处长), not before `notBefore`. */
export function genericBodyBefore(
  context: ExtractionContext,
  scan: PeopleSentence,
  titleAt: number,
  notBefore: number,
): OrganizationMention | undefined {
  const { text, sentence } = scan;
  let start = titleAt;
  while (start > notBefore && !CLAUSE_BREAK.test(text[start - 1]!) && titleAt - start < 20) start -= 1;
  // A stationed office's name holds its host and its station (国家林业局驻云南省森林资源监督专员办事处: the central
  // administrations' offices stationed in the provinces, 派出机构), longer than other bodies': read on to its start.
  if (text.slice(start, titleAt).includes(STATIONED_MARK))
    while (start > notBefore && !CLAUSE_BREAK.test(text[start - 1]!) && titleAt - start < STATIONED_NAME_MAX) start -= 1;
  // An attendee list's opener before the body ends the clause too (参加论坛的有 + 东岚大学).
  for (const opener of ATTENDEE_LIST_OPENERS) {
    const openerAt = text.lastIndexOf(opener, titleAt - opener.length);
    if (openerAt >= start) start = openerAt + opener.length;
  }
  // A host's verb of receiving a guest ends the host's clause (某某会见了 + 某国某协会副总裁), when the host stands before it.
  for (const verb of RECEIVING_VERBS) {
    const verbAt = text.lastIndexOf(verb, titleAt - verb.length);
    if (verbAt > start) start = verbAt + verb.length;
  }
  const stem = text.slice(start, titleAt);
  // An office named by its function before a title that starts with the office (综合 + 办公室主任: 综合办公室).
  const inTitle =
    stem.length >= 2 && !GENERIC_ENDINGS.some((candidate) => stem.endsWith(candidate.ending))
      ? GENERIC_ENDINGS.find((candidate) => candidate.ending.length >= 2 && text.startsWith(candidate.ending, titleAt))
      : undefined;
  const name = inTitle ? stem + inTitle.ending : stem;
  if (name.length < 3 || !/^\p{Script=Han}+$/u.test(name)) return undefined;
  const ending = GENERIC_ENDINGS.find((candidate) => name.endsWith(candidate.ending));
  if (!ending) return undefined;
  const span = sentenceSpan(context, sentence, start, name.length);
  return {
    ...span,
    label: 'Organization',
    surface: name,
    sentence: sentence.index,
    name,
    kind: ending.kind,
    parents: [],
    former: false,
    rule: 'organization/generic-body',
    confidence: 0.6,
    review: 'organization found only by its ending; check its name and English',
  };
}

/**
 * The 党组 (党委) of a body, made from a party title (生态环境部党组书记 → 生态环境部党组), or the working body of a party
 * committee a head's title names (市委 + 宣传部部长 → 市委宣传部).
 */
export function subBody(host: OrganizationMention, title: TitleWord, span: Span, sentence: number): OrganizationMention {
  const attached = ATTACHED_BODIES.find((body) => body.suffix === title.unit) ?? committeeBody(title.unit!, host);
  return { ...attachedMention(attached, host, span, sentence), rule: 'organization/party-title' };
}

// A working body of a party committee as a body attached to the committee; an office (办公室主任) after another
// kind of body is that body's office, not a party body.
function committeeBody(name: string, host: OrganizationMention): (typeof ATTACHED_BODIES)[number] {
  const body = PARTY_COMMITTEE_BODIES.find((candidate) => candidate.name === name)!;
  const kind = host.kind === 'party-body' ? body.kind : 'other';
  return { suffix: body.name, kind, en: body.en.replace('{place} Party Committee', '{org}'), slug: body.slug };
}
