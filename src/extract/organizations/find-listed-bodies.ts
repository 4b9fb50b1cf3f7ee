import type { OrganizationMention } from '../mention-types.ts';
import {
  BODY_DETERMINERS,
  BODY_LIST_LEADS,
  BODY_LIST_RESTARTS,
  BODY_LIST_TAILS,
  GENERIC_BODY_ENDINGS,
  KIND_LIST_TAILS,
  LOCAL_BODY_SUFFIXES,
  type LocalBodySuffix,
  MEDIA_ENDINGS,
  type OrganizationKind,
} from '../rules/organization-patterns.ts';
import { TITLE_WORDS } from '../rules/title-words.ts';
import { WordTable } from '../word-table.ts';
import { absorbPlaces, type OrganizationSentence, type OrganizationState } from './organization-scan.ts';

const ENDINGS: ReadonlyArray<{ ending: string; kind: OrganizationKind }> = [
  ...GENERIC_BODY_ENDINGS,
  ...MEDIA_ENDINGS.map((ending) => ({ ending, kind: 'media' as const })),
].sort((a, b) => b.ending.length - a.ending.length);
const BARE = new Map<string, LocalBodySuffix>(
  LOCAL_BODY_SUFFIXES.filter((suffix) => !suffix.afterLevelWord).map((suffix) => [suffix.suffix, suffix]),
);
const TAILS = new WordTable([...BODY_LIST_TAILS, ...TITLE_WORDS.map((title) => title.word)], (word) => word);
const MEDIA_TAIL = /^等[^，。；、]{0,10}?媒体/u;
const MAX_ITEM = 14;
const LAST_ITEM_JOINER = /^(?:和|及|与|以及)/u;
const BRANCH_PREFIX = '分';

/**
 * Bodies listed with others (生态处、水处、气处、固管中心、总队相关负责人; 水务局、城管局…围绕…交流发言): each item of a
 * list joined by 、 that ends like a body (处, 中心, 局, 晚报, 社) or is a body of the system written bare (工商联,
 * 经信委) is a body, when the list holds a body already found or a word after it says its items are bodies
 * (负责人, 等媒体, a title). A bare body takes the place of a body listed with it (省改委、经信委). A list closed by the kind of
 * its items (…等企业, …等4家企业) is one of bodies of that kind, whatever their endings.
 */
export function findListedBodies(state: OrganizationState, scan: OrganizationSentence, found: readonly OrganizationMention[]): void {
  for (const clause of scan.text.matchAll(/[^，。；：！？（）()“”\s]+/gu)) {
    // A list closed by 等媒体 ends there, whatever the clause lists after it.
    const media = /等[^，。；、]{0,10}?媒体/u.exec(clause[0]);
    const pieces = (media ? clause[0].slice(0, media.index + media[0].length) : clause[0]).split('、');
    if (pieces.length < 2) continue;
    const bodyEndingAt = (at: number) => found.find((org) => scan.span(at, 0).start === org.end)?.surface;
    const bodyStartingAt = (at: number) => found.find((org) => scan.span(at, 0).start === org.start)?.surface;
    const items = listItems(pieces, clause.index, { bodyEndingAt, bodyStartingAt });
    const known = (item: { at: number; name: string }) => found.find((org) => scan.span(item.at, 0).start === org.start && org.surface === item.name);
    const last = items.at(-1);
    const after = last ? scan.text.slice(last.at + last.name.length) : '';
    const kindTail = KIND_LIST_TAILS.find((entry) => entry.pattern.test(after));
    const tail = last !== undefined && (TAILS.at(scan.text, last.at + last.name.length) !== undefined || MEDIA_TAIL.test(after) || kindTail);
    if (!tail && !items.some((item) => known(item))) continue;
    const place = items.map((item) => known(item)?.region).find((region) => region !== undefined);
    for (const item of items) {
      if (known(item) || (!kindTail && !isBodyName(item.name))) continue;
      const span = scan.span(item.at, item.name.length);
      if (state.organizations.some((org) => org.start < span.end && span.start < org.end)) continue;
      const bare = BARE.get(item.name);
      state.organizations.push({
        ...span,
        label: 'Organization',
        surface: item.name,
        sentence: scan.sentence.index,
        name: item.name,
        kind: bare?.kind ?? ENDINGS.find(({ ending }) => item.name.endsWith(ending))?.kind ?? kindTail!.kind,
        ...(bare && place ? { region: place, slug: bare.slug } : {}),
        parents: [],
        former: false,
        rule: 'organization/listed-body',
        confidence: 0.6,
        review:
          bare && place
            ? `listed with a body of ${place.name}; taken as that place's`
            : kindTail && !isBodyName(item.name)
              ? 'body found in a list closed by its kind'
              : 'body found in a list of bodies by its ending',
      });
      if (!bare) absorbPlaces(state, scan, span);
    }
  }
}

// The items of a list: the first is a body found there or starts after a lead word (就, 代表), the last ends where a
// tail or title starts.
function listItems(
  pieces: readonly string[],
  clauseAt: number,
  bodies: { bodyEndingAt(at: number): string | undefined; bodyStartingAt(at: number): string | undefined },
): Array<{ at: number; name: string }> {
  const items: Array<{ at: number; name: string }> = [];
  let at = clauseAt;
  pieces.forEach((whole, position) => {
    // An item holding a leader's post, name and the verb of leading (常务副县长某某带领县整改办) starts after the verb.
    const restart = Math.max(0, ...BODY_LIST_RESTARTS.map((word) => (whole.lastIndexOf(word) >= 0 ? whole.lastIndexOf(word) + word.length : 0)));
    const piece = whole.slice(restart);
    at += restart;
    let name = piece;
    let start = at;
    const first = position === 0 ? bodies.bodyEndingAt(at + piece.length) : undefined;
    const last = position === pieces.length - 1 ? bodies.bodyStartingAt(at) : undefined;
    if (first && piece.endsWith(first)) {
      name = first;
      start = at + piece.length - first.length;
    } else if (last && piece.startsWith(last)) {
      name = last;
    } else if (position === 0) {
      const lead = Math.max(...BODY_LIST_LEADS.map((word) => (piece.lastIndexOf(word) >= 0 ? piece.lastIndexOf(word) + word.length : 0)));
      name = piece.slice(lead);
      start = at + lead;
    } else if (position === pieces.length - 1) {
      name = lastItem(piece);
    } else {
      name = bareBeforeJoiner(piece) ?? piece;
    }
    if (name.length >= 2 && name.length <= MAX_ITEM && /^\p{Script=Han}+$/u.test(name)) items.push({ at: start, name });
    at += piece.length + 1;
  });
  return items;
}

// The last item ends at the first place where a body name ends and a tail or title follows, else at its end. A body of
// the system written bare also ends before the conjunction that joins a list's last item to what follows (省青联、学联和
// 区直机关志愿者), since Chinese sets the items apart by 、 and joins the last one by 和, 及 or 与.
function lastItem(piece: string): string {
  for (let length = 2; length < Math.min(piece.length, MAX_ITEM + 1); length += 1) {
    const rest = piece.slice(length);
    if (KIND_LIST_TAILS.some((entry) => entry.pattern.test(rest))) return piece.slice(0, length);
    if (isBodyName(piece.slice(0, length)) && (TAILS.at(rest, 0) !== undefined || MEDIA_TAIL.test(rest))) return piece.slice(0, length);
  }
  return bareBeforeJoiner(piece) ?? piece;
}

// A body of the system written bare before the conjunction that joins what follows (学联 of 学联和区直机关志愿者).
function bareBeforeJoiner(piece: string): string | undefined {
  for (let length = 2; length < Math.min(piece.length, MAX_ITEM + 1); length += 1)
    if (BARE.has(piece.slice(0, length)) && LAST_ITEM_JOINER.test(piece.slice(length))) return piece.slice(0, length);
  return undefined;
}

function isBodyName(name: string): boolean {
  // An item joining two phrases (综合办公室主任某某以及各局办) is no one name, and one opened by a determiner of all (各局办,
  // 各中心) names no one body.
  if (BODY_LIST_LEADS.some((word) => word.length >= 2 && name.includes(word)) || BODY_DETERMINERS.some((word) => name.startsWith(word))) return false;
  // A branch's kind word (分局, 分院, 分所) names the branches of a body in general: a branch is named by its place or
  // field before the kind word (渝北分局), so 分 and a one-character ending alone name no one body.
  if (name.length === 2 && name.startsWith(BRANCH_PREFIX)) return false;
  // A two-character ending may stand alone (总队); a one-character one needs a stem (水处).
  return BARE.has(name) || ENDINGS.some(({ ending }) => name.endsWith(ending) && (name.length > ending.length || ending.length >= 2));
}
