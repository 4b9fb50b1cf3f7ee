import { type OrganizationSentence, type OrganizationState, printedBody, replaceBodiesInside } from './organization-scan.ts';

// The ordinal of a party congress or of a congress's term, in Chinese numerals (十九, 二十, 十四).
const ORDINAL = '(?:二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
// A session's press centre, the body that a party congress and each annual session of the National People's Congress
// and of the CPPCC set up to hold its press conferences and interviews (党的二十大新闻中心, 十四届全国人大二次会议新闻
// 中心, 全国政协十四届二次会议新闻中心): named by its congress or session and 新闻中心, a body of its own that invites
// ministers and hosts the conference.
const SESSION_PRESS_CENTRE = new RegExp(
  `(?:党的)?${ORDINAL}大新闻中心|${ORDINAL}届全国人大${ORDINAL}次会议新闻中心|全国政协${ORDINAL}届${ORDINAL}次会议新闻中心`,
  'gu',
);

/** The press centre of a party congress or of a congress's session (党的二十大新闻中心), named where the report names it. */
export function findSessionPressCentres(state: OrganizationState, scan: OrganizationSentence): void {
  for (const match of scan.text.matchAll(SESSION_PRESS_CENTRE)) {
    const span = scan.span(match.index, match[0].length);
    // A body another rule read there (十二届全国人大四次会议新闻中心 from a post before a name) is kept as it was read.
    if (state.organizations.some((org) => org.start < span.end && span.start < org.end && org.end - org.start >= match[0].length)) continue;
    // Shorter bodies inside it (全国人大, read alone) are part of its name.
    replaceBodiesInside(state, scan, {
      ...printedBody(scan, match.index, match[0].length),
      kind: 'other',
      rule: 'organization/session-press-centre',
      confidence: 0.8,
      review: 'press centre of a party congress or a congress session',
    });
  }
}
