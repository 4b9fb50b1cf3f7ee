import { readdir, readFile } from 'node:fs/promises';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateResolverTypes, generateStoredValues } from '../../scripts/generate-resolver-types.ts';
import { renderQuestionsSection, replaceQuestionsSection } from '../../scripts/update-readme-questions.ts';
import { loadCypherCatalog } from '../../src/db/cypher-catalog.ts';
import { QUERY_NAMES } from '../../src/db/query-names.ts';
import { RELATIONSHIP_RULES } from '../../src/seed/seed-schema.ts';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFile(new URL(file, root), 'utf8');

describe('schema.graphql', () => {
  it('describes every type, field and argument', async () => {
    const schema = buildSchema(await read('schema.graphql'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('matches the generated resolver types (run npm run codegen after changing it)', async () => {
    expect(await read('src/graphql/generated/resolvers-types.ts')).toBe(await generateResolverTypes(await read('schema.graphql')));
    expect(await read('src/graphql/generated/stored-values.ts')).toBe(generateStoredValues(await read('schema.graphql')));
  });
});

describe('cypher/', () => {
  it('holds exactly the named queries the code uses', async () => {
    const files = (await readdir(new URL('cypher/queries/', root))).map((file) => file.replace(/\.cypher$/, '')).sort();
    expect(files).toEqual([...QUERY_NAMES].sort());
    const catalog = await loadCypherCatalog();
    for (const [name, cypher] of catalog) expect(cypher.length, name).toBeGreaterThan(20);
  });

  it('merges every relationship type the seed schema allows, each in a branch of its own', async () => {
    const cypher = (await loadCypherCatalog()).get('seed-merge-relationships')!;
    const branches = [...cypher.matchAll(/WHERE row\.type = '(\w+)'\s+MERGE \(a\)-\[r:(\w+) /g)].map(([, filtered, merged]) => {
      expect(merged).toBe(filtered);
      return merged;
    });
    expect(branches.sort()).toEqual(Object.keys(RELATIONSHIP_RULES).sort());
  });

  it('never builds Cypher from values: no string concatenation or interpolation in the query files', async () => {
    const catalog = await loadCypherCatalog();
    for (const [name, cypher] of catalog) expect(cypher, name).not.toMatch(/\$\{|`\s*\+|\+\s*`/);
  });
});

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a volume and a health check, and the service once Neo4j is healthy', async () => {
    const compose = parseYaml(await read('docker-compose.yml')) as {
      services: Record<
        string,
        {
          image?: string;
          build?: string;
          ports: string[];
          volumes?: string[];
          healthcheck?: { test: string[] };
          environment: Record<string, string>;
          depends_on?: Record<string, { condition: string }>;
        }
      >;
      volumes: Record<string, unknown>;
    };
    const { neo4j, ecokg } = compose.services;
    expect(neo4j!.image).toBe('neo4j:5.26-community');
    expect(neo4j!.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(neo4j!.volumes).toEqual(['neo4j-data:/data']);
    expect(Object.keys(compose.volumes)).toEqual(['neo4j-data']);
    expect(neo4j!.healthcheck!.test.join(' ')).toContain('cypher-shell');
    expect(neo4j!.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-ecokg-dev-password}');
    expect(ecokg!.build).toBe('.');
    expect(ecokg!.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(ecokg!.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_PASSWORD: '${NEO4J_PASSWORD:-ecokg-dev-password}' });
    expect(await read('.env.example')).toContain('NEO4J_PASSWORD=ecokg-dev-password');
    expect(await read('Dockerfile')).toMatch(/^FROM node:24-bookworm-slim$/m);
    expect(await read('Dockerfile')).toMatch(/CMD \["node", "src\/main.ts"\]/);
  });
});

describe('README.md', () => {
  it('shows the example questions exactly as examples/questions holds them (run npm run docs after changing one)', async () => {
    const readme = await read('README.md');
    expect(replaceQuestionsSection(readme, await renderQuestionsSection())).toBe(readme);
  });

  it('gives the two commands and CI runs the same test command', async () => {
    const readme = await read('README.md');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    const ci = await read('.ci/run');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
