import type { IResolvers } from '@graphql-tools/utils';
import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { STORED_ENUM_VALUES } from '../../graph-model/stored-values.ts';
import { resolveRootField } from '../compile/answer-request.ts';
import { contractSchema } from '../type-defs.ts';
import { connectionResolvers } from './connection-resolvers.ts';

// graphql-scalars' LocalDate (YYYY-MM-DD, a real calendar day) under the name the schema gives it. Its check builds a
// Date and its ISO string per value; an answer repeats a few hundred report dates thousands of times (a post's sources),
// so a date once found valid is remembered (a set of at most DATES_REMEMBERED, emptied when full).
const LOCAL_DATE = GraphQLLocalDate.toConfig();
const DATES_REMEMBERED = 10_000;
const validDates = new Set<string>();
const DATE_SCALAR = new GraphQLScalarType({
  ...LOCAL_DATE,
  name: 'Date',
  description: 'A calendar date in ISO 8601, YYYY-MM-DD.',
  serialize(value) {
    if (typeof value === 'string' && validDates.has(value)) return value;
    const date = LOCAL_DATE.serialize!(value);
    if (validDates.size >= DATES_REMEMBERED) validDates.clear();
    validDates.add(date as string);
    return date;
  },
});

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
