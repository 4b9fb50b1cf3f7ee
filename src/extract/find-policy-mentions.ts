import { type ExtractionContext, sentenceSpan } from './extraction-context.ts';
import type { PolicyMention } from './mention-types.ts';
import { proposeBareLawNames } from './policies/bare-law-names.ts';
import { proposeCountedCampaignLists } from './policies/counted-campaign-lists.ts';
import { proposeHeadWordNames } from './policies/head-word-names.ts';
import { proposeNationalPolicies } from './policies/national-policies.ts';
import type { PolicySentence } from './policies/policy-candidate.ts';
import { proposeCountedArticlePlans, proposeQuotedLayouts, proposeQuotedPractices } from './policies/quoted-practices.ts';
import { proposeTitledDocuments } from './policies/titled-documents.ts';

// The rules of policies/, each proposing names in a sentence.
const RULES: ReadonlyArray<(scan: PolicySentence) => void> = [
  proposeTitledDocuments,
  proposeNationalPolicies,
  proposeBareLawNames,
  proposeHeadWordNames,
  proposeQuotedPractices,
  proposeCountedArticlePlans,
  proposeCountedCampaignLists,
  proposeQuotedLayouts,
];

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
    const scan: PolicySentence = { context, sentence, text, candidates: [], blocked: [] };
    for (const rule of RULES) rule(scan);
    const { candidates, blocked } = scan;
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
