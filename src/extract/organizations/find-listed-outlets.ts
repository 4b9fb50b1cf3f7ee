import { outlet } from './find-media-outlets.ts';
import type { OrganizationSentence, OrganizationState } from './organization-scan.ts';

// A list of names closed by the kind they share, the news media (人民日报、某某在线、某某晚报等新闻媒体应邀参加): a
// press-conference report lists the outlets it invited so, each item an outlet's own name. The list opens a clause.
const ITEM = '[\\p{Script=Han}A-Za-z]{2,12}';
const OUTLET_LIST = new RegExp(`(?<=^|[，。；：\\s])(${ITEM}(?:、${ITEM}){1,12})等(?:中央、省、市|中央和地方|省市|各级)?(?:新闻)?媒体`, 'gu');
// Words no outlet's name holds: the verbs and function words of a sentence, which show the list's first item runs
// on from the clause before it (邀请某某日报).
const NOT_IN_OUTLET = /[的了和及与是对向把被请邀]|在(?!线)|参加|出席|报道|采访/u;

/** The outlets a report lists before 等新闻媒体 (某某日报、某某在线等新闻媒体), each a body of its own. */
export function findListedOutlets(state: OrganizationState, scan: OrganizationSentence): void {
  for (const match of scan.text.matchAll(OUTLET_LIST)) {
    const items = match[1]!.split('、');
    if (items.some((item) => NOT_IN_OUTLET.test(item))) continue;
    let at = match.index;
    for (const name of items) {
      const span = scan.span(at, name.length);
      at += name.length + 1;
      if (state.organizations.some((org) => org.start < span.end && span.start < org.end)) continue;
      state.organizations.push(
        outlet(scan, span, name, 'organization/listed-outlet', { confidence: 0.65, review: 'item of a list closed by 等新闻媒体' }),
      );
    }
  }
}
