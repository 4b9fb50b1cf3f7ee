import type { PersonMention } from '../mention-types.ts';
import type { Span } from '../text-index.ts';

/** How a rule found a person: the rule and its confidence, and the posts, roles and introduction it read. */
export interface PersonFinding {
  rule: string;
  confidence: number;
  review?: string;
  posts?: PersonMention['posts'];
  roles?: PersonMention['roles'];
  /** The words that introduce the person; the name alone when not given. */
  introduction?: Span;
  unnamed?: boolean;
}

/** A person named at a span of a sentence, as the text writes the name. */
export function personMention(span: Span, sentence: number, name: string, finding: PersonFinding): PersonMention {
  return {
    ...span,
    label: 'Person',
    surface: name,
    sentence,
    name,
    posts: finding.posts ?? [],
    introduction: finding.introduction ?? span,
    roles: finding.roles ?? [],
    unnamed: finding.unnamed ?? false,
    rule: finding.rule,
    confidence: finding.confidence,
    review: finding.review,
  };
}
