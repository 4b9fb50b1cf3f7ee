import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import type { RequestContext } from '../context.ts';
import type {
  EvidenceResolvers,
  IndicatorFigureResolvers,
  MembershipResolvers,
  MentionResolvers,
  OrganizationLinkResolvers,
  PositionResolvers,
  PositionSourceResolvers,
  RegionLinkResolvers,
  ThemeDiscussantResolvers,
  ThemeDiscussionResolvers,
  ThemeLinkResolvers,
} from '../generated/resolvers-types.ts';
import type { DocumentRecord } from '../records.ts';
import { firstStatements, ownEvidence } from './relation-field.ts';

/** Loads the document a piece of evidence or a report's figure comes from, shared through the entity loader. */
async function loadDocument(ctx: RequestContext, documentId: string): Promise<DocumentRecord> {
  const document = await ctx.loaders.entity.load(documentId);
  if (document?.label !== 'Document') throw new EcokgError(ErrorCode.INTERNAL_SERVER_ERROR, `Evidence refers to a missing document ${documentId}`);
  return document as DocumentRecord;
}

/** Resolvers of Evidence: its document is loaded (and shared) through the entity loader. */
export const evidenceResolvers: EvidenceResolvers = {
  document: (evidence, _args, ctx) => loadDocument(ctx, evidence.documentId),
};

/** Resolvers of PositionSource. */
export const positionSourceResolvers: PositionSourceResolvers = {
  document: (source, _args, ctx) => loadDocument(ctx, source.documentId),
};

/** Resolvers of Position: a post is former when its latest report says so. */
export const positionResolvers: PositionResolvers = {
  former: (position) => position.former === true,
};

/** Resolvers of IndicatorFigure: its fields are the statistic's, as the report that gives it states them. */
export const indicatorFigureResolvers: IndicatorFigureResolvers = {
  indicator: (figure) => figure.statistic.indicator,
  value: (figure) => figure.statistic.value,
  unit: (figure) => figure.statistic.unit,
  period: (figure) => figure.statistic.period,
  change: (figure) => figure.statistic.change ?? null,
  changeUnit: (figure) => figure.statistic.changeUnit ?? null,
  qualifier: (figure) => figure.statistic.qualifier,
  document: (figure, _args, ctx) => loadDocument(ctx, figure.statistic.source),
  publishedAt: (figure) => figure.statistic.publishedAt,
  evidence: (figure) => ownEvidence(figure.statistic),
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
