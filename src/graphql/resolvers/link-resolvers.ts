import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import type {
  EvidenceResolvers,
  MembershipResolvers,
  MentionResolvers,
  OrganizationLinkResolvers,
  RegionLinkResolvers,
  ThemeDiscussantResolvers,
  ThemeDiscussionResolvers,
  ThemeLinkResolvers,
} from '../generated/resolvers-types.ts';
import type { DocumentRecord } from '../records.ts';
import { firstStatements } from './relation-field.ts';

/** Resolvers of Evidence: its document is loaded (and shared) through the entity loader. */
export const evidenceResolvers: EvidenceResolvers = {
  document: async (evidence, _args, ctx) => {
    const document = await ctx.loaders.entity.load(evidence.documentId);
    if (document?.label !== 'Document') {
      throw new EcokgError(ErrorCode.INTERNAL_SERVER_ERROR, `Evidence refers to a missing document ${evidence.documentId}`);
    }
    return document as DocumentRecord;
  },
};

/** Resolvers of Membership. */
export const membershipResolvers: MembershipResolvers = {
  former: (membership) => membership.former === true,
};

/** Resolvers of ThemeDiscussion: its statements came with it. */
export const themeDiscussionResolvers: ThemeDiscussionResolvers = {
  statements: firstStatements,
};

/** Resolvers of ThemeDiscussant: its statements came with it. */
export const themeDiscussantResolvers: ThemeDiscussantResolvers = {
  statements: firstStatements,
};

/** Resolvers of OrganizationLink: the row's `node` is the organization at the other end. */
export const organizationLinkResolvers: OrganizationLinkResolvers = { organization: (link) => link.node };
/** Resolvers of RegionLink. */
export const regionLinkResolvers: RegionLinkResolvers = { region: (link) => link.node };
/** Resolvers of ThemeLink. */
export const themeLinkResolvers: ThemeLinkResolvers = { theme: (link) => link.node };
/** Resolvers of Mention. */
export const mentionResolvers: MentionResolvers = { entity: (link) => link.node };
