import type { PersonMention } from '../mention-types.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import { isPaddedName } from './find-roster-lines.ts';
import type { PeopleSentence, PeopleState } from './people-scan.ts';
import { personMention } from './person-mention.ts';

// The signature line of a speech or report printed whole (the format of a delivered 讲话 or 报告): under the title, a
// subtitle line that opens with a dash (——2024年3月26日在某省人民代表大会常务委员会第八次会议上), then the line of the
// person who delivered it, the posts, a gap, and the name, padded to three characters when it has two (厅长 王 明).
const SIGNATURE_LINE = /^[ \u3000]*([\p{Script=Han}、]{2,40}?)[ \u3000]+(\p{Script=Han}[ \u3000]{1,2}\p{Script=Han}|\p{Script=Han}{2,4})[ \u3000]*$/u;
const SUBTITLE_BEFORE = /\n[ \u3000]*——[^\n]*\n[\s\u3000]*$/u;
const TITLES = [...TITLE_WORDS].sort((a, b) => b.word.length - a.word.length);

/**
 * The person on the signature line of a speech or report printed whole, after its dash subtitle: the name, and the
 * post its last title gives when a body ends right before that title (自治区生态环境厅 + 厅长).
 */
export function findSignatureLines(state: PeopleState, scan: PeopleSentence, already: readonly PersonMention[]): PersonMention[] {
  const readable = state.context.index.readable;
  const { sentence } = scan;
  if (!SUBTITLE_BEFORE.test(`\n${readable.slice(Math.max(0, sentence.unitStart - 120), sentence.unitStart)}`)) return [];
  const match = SIGNATURE_LINE.exec(scan.text);
  if (!match) return [];
  const posts = match[1]!;
  const name = match[2]!;
  if (!isPaddedName(name)) return [];
  const title = TITLES.find((candidate) => posts.endsWith(candidate.word));
  if (!title) return [];
  const postsAt = match[0].indexOf(posts);
  const nameAt = match[0].lastIndexOf(name);
  const span = scan.local(nameAt, name.length);
  if (already.some((person) => person.start < span.end && span.start < person.end)) return [];
  const body = scan.bodiesEndingAt.get(postsAt + posts.length - title.word.length);
  const evidence = scan.local(postsAt, nameAt + name.length - postsAt);
  state.knownNames.add(name);
  return [
    personMention(span, sentence.index, name, {
      introduction: evidence,
      posts: body ? [{ title: title.word, titleEn: title.en, organization: body, former: false, evidence }] : [],
      rule: 'person/signature-line',
      confidence: 0.75,
      review: body ? undefined : `signer of a printed speech or report with the posts ${posts}, no body named`,
    }),
  ];
}
