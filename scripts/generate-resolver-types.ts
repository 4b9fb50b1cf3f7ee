/**
 * Generates, from schema.graphql, src/graphql/generated/resolvers-types.ts (resolver signatures and *Args types
 * follow the contract instead of being written by hand) and src/graph-model/stored-values.ts (each
 * enum's stored values, from its @stored directives, for the server and the seed validator). Run by
 * `npm run codegen`; a test fails when either is stale.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { type DocumentNode, Kind, parse } from 'graphql';

const root = new URL('../', import.meta.url);
const outputFile = fileURLToPath(new URL('src/graphql/generated/resolvers-types.ts', root));
// The stored values are the graph's, not the API's: everything below graphql/ (seed, extraction) reads them too.
const storedValuesFile = fileURLToPath(new URL('src/graph-model/stored-values.ts', root));

/** Renders the resolver types for the given schema text. */
export async function generateResolverTypes(schemaText: string): Promise<string> {
  const schema = parse(schemaText);
  const output = await codegen({
    filename: outputFile,
    schema,
    documents: [],
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
    config: {
      useTypeImports: true,
      contextType: '../context.ts#RequestContext',
      avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: true },
      maybeValue: 'T | null',
      enumsAsTypes: true,
      // Resolvers see and return stored values (ministry-unit); GraphQL maps them to MINISTRY_UNIT and back.
      enumValues: Object.fromEntries(Object.keys(storedEnumValues(schema)).map((name) => [name, `../../graph-model/stored-values.ts#${name}Value`])),
      defaultScalarType: 'unknown',
      scalars: { ID: 'string', Date: 'string' },
      resolversNonOptionalTypename: { interfaceImplementingType: true },
    },
  });
  // The typescript plugin re-exports the imported enum types as values, which verbatimModuleSyntax (and Node's type
  // stripping) refuse for a type.
  const typeExports = output.replace(/^export \{ (\w+) \};$/gm, 'export type { $1 };');
  return `// Generated from schema.graphql by scripts/generate-resolver-types.ts; do not edit.\n/* eslint-disable */\n${typeExports}`;
}

/** Each enum's values and what the graph stores for them, from the @stored directives; enums without any are left out. */
export function storedEnumValues(schema: DocumentNode): Record<string, Record<string, string>> {
  const enums: Record<string, Record<string, string>> = {};
  for (const definition of schema.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    const values = Object.fromEntries(
      (definition.values ?? []).flatMap((value) => {
        const stored = value.directives?.find((directive) => directive.name.value === 'stored')?.arguments?.[0]?.value;
        return stored?.kind === Kind.STRING ? [[value.name.value, stored.value]] : [];
      }),
    );
    if (Object.keys(values).length > 0) enums[definition.name.value] = values;
  }
  return enums;
}

/** Renders stored-values.ts: for each enum with @stored values, the map from GraphQL names to stored values. */
export function generateStoredValues(schemaText: string): string {
  const enums = storedEnumValues(parse(schemaText));
  const entries = Object.entries(enums).map(([name, values]) => `  ${name}: ${JSON.stringify(values)},`);
  const types = Object.keys(enums).map(
    (name) =>
      `/** What the graph stores for a ${name}. */\nexport type ${name}Value = (typeof STORED_ENUM_VALUES.${name})[keyof typeof STORED_ENUM_VALUES.${name}];`,
  );
  return [
    '// Generated from schema.graphql by scripts/generate-resolver-types.ts; do not edit.',
    '',
    '/** Each enum of schema.graphql whose values carry @stored: its GraphQL value names and the values the graph stores. */',
    `export const STORED_ENUM_VALUES = {\n${entries.join('\n')}\n} as const;`,
    '',
    ...types,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schemaText = await readFile(new URL('schema.graphql', root), 'utf8');
  await writeFile(outputFile, await generateResolverTypes(schemaText));
  await writeFile(storedValuesFile, generateStoredValues(schemaText));
  console.log(`wrote ${outputFile} and ${storedValuesFile}`);
}
