/**
 * Generates src/graphql/generated/resolvers-types.ts from schema.graphql, so resolver signatures follow
 * the contract instead of being written by hand. Run by `npm run codegen`; a test fails when it is stale.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { parse } from 'graphql';

const root = new URL('../', import.meta.url);
const outputFile = fileURLToPath(new URL('src/graphql/generated/resolvers-types.ts', root));

const records = '../records.ts#';
const mappers = Object.fromEntries(
  [
    ['Entity', 'EntityRecord'],
    ['Person', 'PersonRecord'],
    ['Organization', 'OrganizationRecord'],
    ['Region', 'RegionRecord'],
    ['Policy', 'PolicyRecord'],
    ['Statistic', 'StatisticRecord'],
    ['Theme', 'ThemeRecord'],
    ['Statement', 'StatementRecord'],
    ['Event', 'EventRecord'],
    ['Document', 'DocumentRecord'],
    ['Evidence', 'EvidenceRecord'],
    ['Membership', 'MembershipRecord'],
    ['Position', 'PositionRecord'],
    ['PositionSource', 'PositionSourceRecord'],
    ['IndicatorFigure', 'IndicatorFigureRecord'],
    ['OrganizationLink', 'OrganizationLinkRecord'],
    ['RegionLink', 'RegionLinkRecord'],
    ['Jurisdiction', 'JurisdictionRecord'],
    ['Implementation', 'ImplementationRecord'],
    ['Proposal', 'ProposalRecord'],
    ['Measurement', 'MeasurementRecord'],
    ['ThemeLink', 'ThemeLinkRecord'],
    ['Mention', 'MentionRecord'],
    ['Attendance', 'AttendanceRecord'],
    ['Authorship', 'AuthorshipRecord'],
    ['ThemeDiscussion', 'ThemeDiscussionRecord'],
    ['ThemeDiscussant', 'ThemeDiscussantRecord'],
    ['Path', 'PathRecord'],
    ['Subgraph', 'SubgraphRecord'],
    ['GraphNode', 'GraphNodeRecord'],
    ['GraphEdge', 'GraphEdgeRecord'],
    ['SearchHit', 'SearchHitRecord'],
    ['PersonConnection', 'PersonConnectionRecord'],
    ['OrganizationConnection', 'OrganizationConnectionRecord'],
    ['RegionConnection', 'RegionConnectionRecord'],
    ['PolicyConnection', 'PolicyConnectionRecord'],
    ['StatisticConnection', 'StatisticConnectionRecord'],
    ['ThemeConnection', 'ThemeConnectionRecord'],
    ['StatementConnection', 'StatementConnectionRecord'],
    ['DocumentConnection', 'DocumentConnectionRecord'],
  ].map(([type, record]) => [type, `${records}${record}`]),
);

/** Renders the resolver types for the given schema text. */
export async function generateResolverTypes(schemaText: string): Promise<string> {
  const output = await codegen({
    filename: outputFile,
    schema: parse(schemaText),
    documents: [],
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
    config: {
      useTypeImports: true,
      contextType: '../context.ts#RequestContext',
      mappers,
      mapperTypeSuffix: 'Model',
      avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: true },
      maybeValue: 'T | null',
      enumsAsTypes: true,
      defaultScalarType: 'unknown',
      scalars: { ID: 'string', Date: 'string' },
      resolversNonOptionalTypename: { interfaceImplementingType: true },
    },
  });
  return `// Generated from schema.graphql by scripts/generate-resolver-types.ts; do not edit.\n/* eslint-disable */\n${output}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schemaText = await readFile(new URL('schema.graphql', root), 'utf8');
  await writeFile(outputFile, await generateResolverTypes(schemaText));
  console.log(`wrote ${outputFile}`);
}
