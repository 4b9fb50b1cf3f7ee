import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLEnumType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  isEnumType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { STORED_ENUM_VALUES } from '../graph-model/stored-values.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { RequestContext } from './context.ts';

/**
 * The release that stops accepting the label strings. Until 0.2.0, `search(kinds:)` took strings ("Person"); 0.2.0
 * made it `[EntityKind!]` without notice, so clients that sent ["Person"] failed validation. The strings are
 * accepted again, announced as deprecated in CHANGELOG.md and in each answer, until this release removes them.
 */
export const LEGACY_KINDS_REMOVED_IN = '0.4.0';

const ENTITY_KIND = 'EntityKind';
const LABELS: ReadonlySet<string> = new Set(Object.values(STORED_ENUM_VALUES.EntityKind));

/** One use of a deprecated input form in a request, as the answer's `extensions.deprecations` lists it. */
export interface DeprecatedUse {
  input: string;
  instead: string;
  removedIn: string;
}

const useOf = (label: string): DeprecatedUse => ({
  input: JSON.stringify(label),
  instead: Object.entries(STORED_ENUM_VALUES.EntityKind).find(([, stored]) => stored === label)![0],
  removedIn: LEGACY_KINDS_REMOVED_IN,
});

/**
 * Makes the schema's EntityKind also take the label strings of the earlier API ("Person" for PERSON), as a literal
 * or a variable's value. GraphQL has no way to declare a second input form of an enum, so the enum's own parsing
 * is widened; every other string is refused as before, with the allowed values.
 */
export function acceptLegacyEntityKindLabels(schema: GraphQLSchema): GraphQLSchema {
  const entityKind = schema.getType(ENTITY_KIND);
  if (!isEnumType(entityKind)) throw new Error(`${ENTITY_KIND} is not an enum of the schema`);
  const parseLiteral = entityKind.parseLiteral.bind(entityKind);
  const parseValue = entityKind.parseValue.bind(entityKind);
  const widened = entityKind as GraphQLEnumType;
  widened.parseLiteral = (node, variables) => (node.kind === Kind.STRING && LABELS.has(node.value) ? node.value : parseLiteral(node, variables));
  widened.parseValue = (value) => (typeof value === 'string' && LABELS.has(value) ? value : parseValue(value));
  return schema;
}

// Where a document can carry label strings: the labels written in it where an EntityKind goes, and its variables of an
// EntityKind type. Apollo Server keeps one parsed document per query text, so the walk with TypeInfo runs once per
// document, not per request; a document with neither (nearly all) then costs a lookup.
interface KindPositions {
  literals: string[];
  variables: string[];
}
const kindPositionsByDocument = new WeakMap<DocumentNode, KindPositions>();

function kindPositionsOf(schema: GraphQLSchema, document: DocumentNode): KindPositions {
  let positions = kindPositionsByDocument.get(document);
  if (positions) return positions;
  const literals = new Set<string>();
  const variables: string[] = [];
  const typeInfo = new TypeInfo(schema);
  const isEntityKind = (type: GraphQLType | null | undefined) => (type ? getNamedType(type).name === ENTITY_KIND : false);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (isEntityKind(typeInfo.getInputType()) && LABELS.has(node.value)) literals.add(node.value);
      },
      VariableDefinition(node) {
        if (isEntityKind(typeFromAST(schema, node.type))) variables.push(node.variable.name.value);
      },
    }),
  );
  positions = { literals: [...literals], variables };
  kindPositionsByDocument.set(document, positions);
  return positions;
}

// The label strings a request sends for EntityKind inputs, in its document or in its variables.
function findLegacyLabels(schema: GraphQLSchema, context: { document: DocumentNode; variables: Record<string, unknown> }): string[] {
  const { literals, variables } = kindPositionsOf(schema, context.document);
  if (variables.length === 0) return literals;
  // Variables are defined before the selection that holds the literals: the order the document reads.
  const found = new Set<string>();
  for (const name of variables) {
    const value = context.variables[name];
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string' && LABELS.has(item)) found.add(item);
  }
  for (const label of literals) found.add(label);
  return [...found];
}

/**
 * Tells a client that sends the label strings what to send instead: the answer's `extensions.deprecations`, and a
 * warning in the request's log line, so an operator can see when no client uses them any more.
 */
export function createLegacyKindsPlugin(schema: GraphQLSchema, logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let uses: DeprecatedUse[] = [];
      return {
        async didResolveOperation({ document, request, contextValue }) {
          uses = findLegacyLabels(schema, { document, variables: request.variables ?? {} }).map(useOf);
          if (uses.length > 0) (contextValue.logger ?? logger).warn({ deprecations: uses }, 'deprecated EntityKind label strings');
        },
        async willSendResponse({ response }) {
          if (uses.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, deprecations: uses };
        },
      };
    },
  };
}
