import { readFileSync } from 'node:fs';
import { buildASTSchema, type GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';

/** The API contract, read once at start-up. */
export const typeDefs = gql(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

/** The contract as a schema without resolvers, for what reads its types (the compiler, the list filters). */
export const contractSchema: GraphQLSchema = buildASTSchema(typeDefs);
