import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Refuses, at validation, an operation type the schema does not have (a mutation or subscription): the
 * API is read-only, and graphql-js would otherwise only notice at execution with an uncoded error.
 */
export const ReadOnlyOperationsRule: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API is read-only: it has no ${node.operation} operations. Send a query.`, { nodes: node }));
    }
  },
});
