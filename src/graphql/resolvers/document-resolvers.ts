import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import type {
  DocumentAuthorsArgs,
  DocumentPublishersArgs,
  DocumentResolvers,
  DocumentUnreviewedArgs,
  UnreviewedRecord,
} from '../generated/resolvers-types.ts';
import type { AuthorshipRecord, OrganizationLinkRecord } from '../records.ts';
import { entityFields, ownEvidence, relationField } from './relation-field.ts';

/** Resolvers of Document; its full text is loaded only when asked for. */
export const documentResolvers: DocumentResolvers = {
  ...entityFields,
  // A document is its own source: its one mention is its title.
  mentions: (document) => [ownEvidence({ ...document, source: document.id })],
  text: async (document, _args, ctx) => {
    const text = await ctx.loaders.documentText.load(document.id);
    if (text === null) throw new EcokgError(ErrorCode.INTERNAL_SERVER_ERROR, `Document ${document.id} has no text`);
    return text;
  },
  authors: relationField<AuthorshipRecord, DocumentAuthorsArgs>('authorship-by-document'),
  publishers: relationField<OrganizationLinkRecord, DocumentPublishersArgs>('document-publishers'),
  // Documents loaded before review notes were kept have no count: nothing of theirs is known to be unreviewed.
  unreviewedCount: (document) => Number((document as { unreviewedCount?: number | null }).unreviewedCount ?? 0),
  unreviewed: relationField<UnreviewedRecord, DocumentUnreviewedArgs>('document-unreviewed'),
  entityCounts: async (document, _args, ctx) =>
    ctx.loaders.relation<{ label: string; count: number }>('document-entity-counts').load({ id: document.id, params: {} }),
};
