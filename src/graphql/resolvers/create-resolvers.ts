import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { STORED_ENUM_VALUES } from '../generated/stored-values.ts';
import { collectLoadPlans } from '../prefetch-selections.ts';
import { connectionResolvers } from './connection-resolvers.ts';
import { documentResolvers } from './document-resolvers.ts';
import { eventResolvers } from './event-resolvers.ts';
import { graphNodeResolvers, pathResolvers } from './graph-resolvers.ts';
import {
  evidenceResolvers,
  indicatorFigureResolvers,
  membershipResolvers,
  mentionResolvers,
  organizationLinkResolvers,
  positionResolvers,
  positionSourceResolvers,
  regionLinkResolvers,
  themeDiscussantResolvers,
  themeDiscussionResolvers,
  themeLinkResolvers,
} from './link-resolvers.ts';
import { organizationResolvers } from './organization-resolvers.ts';
import { personResolvers } from './person-resolvers.ts';
import { policyResolvers } from './policy-resolvers.ts';
import { createQueryResolvers } from './query-resolvers.ts';
import { regionResolvers } from './region-resolvers.ts';
import { statementResolvers } from './statement-resolvers.ts';
import { statisticResolvers } from './statistic-resolvers.ts';
import { themeResolvers } from './theme-resolvers.ts';

// graphql-scalars' LocalDate (YYYY-MM-DD, a real calendar day) under the name the schema gives it.
const DATE_SCALAR = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: 'Date', description: 'A calendar date in ISO 8601, YYYY-MM-DD.' });

/** The resolver map of the whole schema. */
export function createResolvers(): Resolvers {
  const typeResolvers = {
    Entity: { __resolveType: (entity) => entity.label },
    Person: personResolvers,
    Organization: organizationResolvers,
    Region: regionResolvers,
    Policy: policyResolvers,
    Statistic: statisticResolvers,
    Theme: themeResolvers,
    Statement: statementResolvers,
    Event: eventResolvers,
    Document: documentResolvers,
    Evidence: evidenceResolvers,
    Membership: membershipResolvers,
    Position: positionResolvers,
    PositionSource: positionSourceResolvers,
    IndicatorFigure: indicatorFigureResolvers,
    Date: DATE_SCALAR,
    // Each enum's values map to what the graph stores, as schema.graphql's @stored directives say.
    ...STORED_ENUM_VALUES,
    ThemeDiscussion: themeDiscussionResolvers,
    ThemeDiscussant: themeDiscussantResolvers,
    Path: pathResolvers,
    GraphNode: graphNodeResolvers,
    OrganizationLink: organizationLinkResolvers,
    RegionLink: regionLinkResolvers,
    ThemeLink: themeLinkResolvers,
    Mention: mentionResolvers,
    PersonConnection: connectionResolvers,
    OrganizationConnection: connectionResolvers,
    RegionConnection: connectionResolvers,
    PolicyConnection: connectionResolvers,
    StatisticConnection: connectionResolvers,
    ThemeConnection: connectionResolvers,
    StatementConnection: connectionResolvers,
    DocumentConnection: connectionResolvers,
  } satisfies Resolvers;
  return { Query: createQueryResolvers(collectLoadPlans(typeResolvers)), ...typeResolvers };
}
