import { BODY_DETERMINERS, CONVENED_BODY } from '../rules/organization-patterns.ts';
import { absorbPlaces, type OrganizationSentence, type OrganizationState, printedBody } from './organization-scan.ts';

/**
 * Bodies named by their task where the report convenes them (部长某某主持召开某某实施工作领导小组第二次会议): the
 * name runs from 召开 to the body's kind before the sitting, unless another rule read a body there, or the words open
 * with a determiner of all (召开各…委员会会议 names no one body).
 */
export function findConvenedBodies(state: OrganizationState, scan: OrganizationSentence): void {
  for (const match of scan.text.matchAll(CONVENED_BODY)) {
    const name = match[1]!;
    const at = match.index + match[0].length - name.length;
    if (BODY_DETERMINERS.some((word) => name.startsWith(word)) || name.startsWith('全')) continue;
    const span = scan.span(at, name.length);
    if (state.organizations.some((org) => org.start < span.end && span.start < org.end)) continue;
    state.organizations.push({
      ...printedBody(scan, at, name.length),
      kind: 'government',
      rule: 'organization/convened-body',
      confidence: 0.7,
      review: 'body read from 召开 to its kind before the sitting',
    });
    absorbPlaces(state, scan, span);
  }
}
