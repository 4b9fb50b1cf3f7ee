import type { IResolvers } from '@graphql-tools/utils';
import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { STORED_ENUM_VALUES } from '../../graph-model/stored-values.ts';
import { resolveRootField } from '../compile/answer-request.ts';
import { contractSchema } from '../type-defs.ts';
import { connectionResolvers } from './connection-resolvers.ts';

// graphql-scalars' LocalDate (YYYY-MM-DD, a real calendar day) under the name the schema gives it.
const DATE_SCALAR = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: 'Date', description: 'A calendar date in ISO 8601, YYYY-MM-DD.' });

/**
 * The resolver map of the whole schema. Every root field reads its value from the request's one statement
 * (compile/answer-request.ts); every other field reads the answer's maps through the server's field resolver, but for
 * a page's edges and page info, which hold cursors Cypher cannot encode.
 */
export function createResolvers(): IResolvers {
  const queryFields = Object.keys(contractSchema.getQueryType()!.getFields());
  const connections = Object.keys(contractSchema.getTypeMap()).filter((name) => name.endsWith('Connection'));
  return {
    Query: Object.fromEntries(queryFields.map((field) => [field, resolveRootField])),
    Entity: { __resolveType: (entity: { __typename: string }) => entity.__typename },
    ...Object.fromEntries(connections.map((name) => [name, connectionResolvers])),
    Date: DATE_SCALAR,
    // Each enum's values map to what the graph stores, as schema.graphql's @stored directives say.
    ...STORED_ENUM_VALUES,
  };
}
