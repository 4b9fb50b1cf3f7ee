import { type ExtractionContext, isTokenBoundary, sentenceSpan } from '../extraction-context.ts';
import type { OrganizationMention } from '../mention-types.ts';
import { GENERIC_BODY_ENDINGS, SHORT_FORM_MARKS } from '../rules/organization-patterns.ts';

// A kind's own word defined as the short form (以下简称“督察组”) is read by the rules of that kind, as a speaker.
const KIND_WORDS = new Set(GENERIC_BODY_ENDINGS.map((entry) => entry.ending));
const SHORT_FORM = new RegExp(`^[（(](?:${SHORT_FORM_MARKS.join('|')})[“"]?(\\p{Script=Han}{2,8}?)[”"]?[）)]`, 'u');

/**
 * Bodies by the short form a report defines for them in brackets after their full name (某某研究所(以下简称某所)):
 * every later mention of the short form is that body, named in full, as official documents and news define
 * abbreviations once (GB/T 9704's 以下简称 convention). A body read there by another rule takes the full name too.
 */
export function findShortForms(context: ExtractionContext, organizations: OrganizationMention[]): void {
  const { readable } = context.index;
  const defined: Array<{ short: string; body: OrganizationMention; after: number }> = [];
  for (const body of organizations) {
    const match = SHORT_FORM.exec(readable.slice(context.index.toUnit(body.end)));
    // The short form's own occurrence inside the brackets is the definition, not a mention.
    if (match && !KIND_WORDS.has(match[1]!) && !defined.some((entry) => entry.short === match[1]))
      defined.push({ short: match[1]!, body, after: body.end + match[0].length });
  }
  for (const { short, body, after } of defined) {
    for (const org of organizations) if (org.surface === short && org.start > after) Object.assign(org, { name: body.name, kind: body.kind });
    for (const sentence of context.sentences) {
      const tokens = context.tokens[sentence.index]!;
      for (let at = sentence.text.indexOf(short); at >= 0; at = sentence.text.indexOf(short, at + short.length)) {
        const span = sentenceSpan(context, sentence, at, short.length);
        if (span.start <= after || !isTokenBoundary(tokens, span.start)) continue;
        if (organizations.some((org) => org.start < span.end && span.start < org.end)) continue;
        organizations.push({
          ...span,
          label: 'Organization',
          surface: short,
          sentence: sentence.index,
          name: body.name,
          kind: body.kind,
          nameEn: body.nameEn,
          tableId: body.tableId,
          parents: body.parents,
          former: false,
          rule: 'organization/short-form',
          confidence: 0.8,
          review: `${short} is the short form the report defines for ${body.name}`,
        });
      }
    }
  }
}
