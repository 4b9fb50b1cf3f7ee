import { type DocumentNode, type FragmentDefinitionNode, getVariableValues, Kind, type OperationDefinitionNode, parse, validate } from 'graphql';
import type { FragmentCatalog } from '../../db/cypher-fragments.ts';
import { contractSchema } from '../type-defs.ts';
import { type CompiledRequest, compileRequest } from './compile-request.ts';

/**
 * Compiles a GraphQL document outside a request, as a request would be (`npm run cypher`, cypher/generated and their
 * tests): it is validated against schema.graphql and its variables coerced first, and any error is thrown.
 */
export function compileDocument(options: {
  source: string | DocumentNode;
  catalog: FragmentCatalog;
  operationName?: string;
  variables?: Record<string, unknown>;
}): CompiledRequest {
  const document = typeof options.source === 'string' ? parse(options.source) : options.source;
  const invalid = validate(contractSchema, document);
  if (invalid.length > 0) throw new Error(invalid.map((error) => error.message).join('\n'));
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = options.operationName ? operations.find((candidate) => candidate.name?.value === options.operationName) : operations[0];
  if (!operation || (!options.operationName && operations.length > 1))
    throw new Error('Name the operation to compile (--operation): the document has several');
  const coerced = getVariableValues(contractSchema, operation.variableDefinitions ?? [], options.variables ?? {});
  if (coerced.errors) throw new Error(coerced.errors.map((error) => error.message).join('\n'));
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return compileRequest({ schema: contractSchema, operation, fragments, variableValues: coerced.coerced, catalog: options.catalog });
}

/**
 * The text of a compiled statement as cypher/generated holds it and `npm run cypher` prints it: its parameters as a
 * Neo4j Browser `:param` line, then the statement, so it can be pasted into Neo4j Browser and run as it is.
 */
export function renderCompiled(compiled: CompiledRequest): string {
  return `:param ${JSON.stringify(compiled.params)}\n\n${compiled.cypher}\n`;
}
