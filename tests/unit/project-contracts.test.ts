import { readdir, readFile } from 'node:fs/promises';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateResolverTypes, generateStoredValues } from '../../scripts/generate-resolver-types.ts';
import { renderExampleStatements } from '../../scripts/print-cypher.ts';
import { QUESTIONS_PAGE, renderQuestionsSection, replaceQuestionsSection } from '../../scripts/update-questions-page.ts';
import { CONFIG_VARIABLES } from '../../src/config/load-config.ts';
import { loadCypherCatalog } from '../../src/db/cypher-catalog.ts';
import { loadFragmentCatalog } from '../../src/db/cypher-fragments.ts';
import { QUERY_NAMES } from '../../src/db/query-names.ts';
import { filterFieldsOf, LIST_DEFINITIONS } from '../../src/graphql/compile/list-definitions.ts';
import { browserSetupFor } from '../../src/http/serve-browser-files.ts';

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
    expect(await read('src/graph-model/stored-values.ts')).toBe(generateStoredValues(await read('schema.graphql')));
  });
});

describe('cypher/', () => {
  it('holds exactly the named queries the code uses', async () => {
    const files = (await readdir(new URL('cypher/queries/', root))).map((file) => file.replace(/\.cypher$/, '')).sort();
    expect(files).toEqual([...QUERY_NAMES].sort());
    const catalog = await loadCypherCatalog();
    for (const [name, cypher] of catalog) expect(cypher.length, name).toBeGreaterThan(20);
  });

  it('never builds Cypher from values: no string concatenation or interpolation in the query files or fragments', async () => {
    const catalog = await loadCypherCatalog();
    for (const [name, cypher] of catalog) expect(cypher, name).not.toMatch(/\$\{|`\s*\+|\+\s*`/);
    for (const [name, fragment] of await loadFragmentCatalog()) {
      expect(fragment.tokens.map((token) => token.text).join(''), name).not.toMatch(/\$\{|`\s*\+|\+\s*`/);
    }
  });
});

type ComposeService = {
  image?: string;
  build?: string;
  command?: string[];
  profiles?: string[];
  ports: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  environment: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas: number };
};
type Compose = { services: Record<string, ComposeService>; volumes: Record<string, unknown> };

// Compose files share settings through YAML anchors and merge keys (`<<: *name`).
const readCompose = async () => parseYaml(await read('docker-compose.yml'), { merge: true }) as Compose;

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a volume and a health check, and the service once Neo4j is healthy', async () => {
    const compose = await readCompose();
    const { neo4j, ecokg } = compose.services;
    expect(neo4j!.image).toBe('neo4j:5.26-community');
    expect(neo4j!.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(neo4j!.volumes).toEqual(['neo4j-data:/data']);
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
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

describe('docker-compose.yml, offline and styled like npm start', () => {
  it('sets Neo4j and Browser as the local launcher does: no usage report or telemetry, the same page policy, the service’s style and guide', async () => {
    const { neo4j } = (await readCompose()).services;
    const launcher = await read('neo4j-local/src/main/java/dev/ecokg/neo4jlocal/LocalNeo4j.java');
    const launcherPolicy = /BROWSER_POLICY = String\.join\(\s*"; ",([^)]*)\);/s
      .exec(launcher)![1]!
      .split(',')
      .map((part) => part.trim().replace(/^"|"$/g, ''))
      .filter(Boolean)
      .join('; ');
    expect(launcher).toContain('.setConfig(GraphDatabaseSettings.udc_enabled, false)');
    expect(launcher).toContain('.setConfig(ServerSettings.allow_telemetry, false)');
    expect(neo4j!.environment).toMatchObject({
      NEO4J_dbms_usage__report_enabled: 'false',
      NEO4J_client_allow__telemetry: 'false',
      NEO4J_dbms_security_http__static__content__security__policy__header: launcherPolicy,
      // The service publishes 4000 on the host's loopback, where the user's browser runs Neo4j Browser.
      NEO4J_browser_post__connect__cmd: browserSetupFor({ host: '0.0.0.0', port: 4000 })!.postConnectCmd,
      NEO4J_browser_remote__content__hostname__whitelist: '127.0.0.1,localhost',
    });
  });
});

describe('docker-compose.yml, profile cluster', () => {
  it('runs service replicas against a three-server Neo4j cluster through a routing URI, read-only, after the schema and seed jobs', async () => {
    const { services } = await readCompose();
    const inCluster = Object.entries(services).filter(([, service]) => service.profiles?.includes('cluster'));
    expect(inCluster.map(([name]) => name).sort()).toEqual(
      ['ecokg-migrate', 'ecokg-replica', 'ecokg-seed', 'neo4j-core1', 'neo4j-core2', 'neo4j-core3', 'neo4j-reader-user'].sort(),
    );
    // `docker compose up` without the profile runs what it always ran.
    expect(services.neo4j!.profiles).toBeUndefined();
    expect(services.ecokg!.profiles).toBeUndefined();

    const cores = ['neo4j-core1', 'neo4j-core2', 'neo4j-core3'].map((name) => [name, services[name]!] as const);
    for (const [name, core] of cores) {
      expect(core.image).toBe('neo4j:5.26-enterprise');
      expect(core.environment).toMatchObject({
        NEO4J_server_default__advertised__address: name,
        NEO4J_dbms_cluster_discovery_version: 'V2_ONLY',
        NEO4J_dbms_cluster_discovery_v2_endpoints: 'neo4j-core1:6000,neo4j-core2:6000,neo4j-core3:6000',
        NEO4J_initial_dbms_default__primaries__count: '3',
        NEO4J_ACCEPT_LICENSE_AGREEMENT: '${NEO4J_ACCEPT_LICENSE_AGREEMENT:-no}',
        NEO4J_dbms_usage__report_enabled: 'false',
      });
      expect(core.volumes).toEqual([`${name}-data:/data`]);
      expect(core.healthcheck!.test.join(' ')).toContain('cypher-shell');
    }

    const { 'ecokg-migrate': migrate, 'ecokg-seed': seed, 'ecokg-replica': replica, 'neo4j-reader-user': reader } = services;
    expect(migrate!.command).toEqual(['node', 'src/cli/migrate-cli.ts']);
    expect(Object.keys(migrate!.depends_on!).sort()).toEqual(['neo4j-core1', 'neo4j-core2', 'neo4j-core3']);
    expect(seed!.command).toEqual(['node', 'src/cli/seed-cli.ts']);
    expect(seed!.depends_on).toEqual({ 'ecokg-migrate': { condition: 'service_completed_successfully' } });
    expect(reader!.command!.join(' ')).toContain('GRANT ROLE reader TO ecokg_reader');

    expect(replica!.environment).toMatchObject({
      NEO4J_URI: 'neo4j://neo4j-core1:7687',
      NEO4J_USER: 'ecokg_reader',
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      NODE_ENV: 'production',
    });
    expect(replica!.deploy!.replicas).toBe(2);
    expect(replica!.ports).toEqual(['127.0.0.1:4001-4002:4000']);
    expect(replica!.depends_on).toEqual({
      'ecokg-seed': { condition: 'service_completed_successfully' },
      'neo4j-reader-user': { condition: 'service_completed_successfully' },
    });
    // The scripts the jobs run are npm's, so `npm run migrate` and `npm run seed` do what the jobs do.
    const scripts = (JSON.parse(await read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.migrate).toBe(`node ${migrate!.command![1]}`);
    expect(scripts.seed).toBe(`node ${seed!.command![1]}`);
  });
});

describe('README.md', () => {
  it('links the questions page, which shows the example questions exactly as examples/questions holds them (run npm run docs after changing one)', async () => {
    expect(await read('README.md')).toContain(`](${QUESTIONS_PAGE})`);
    const page = await read(QUESTIONS_PAGE);
    expect(replaceQuestionsSection(page, await renderQuestionsSection())).toBe(page);
  });

  it('is short, with its map of the house within its first 60 lines, naming every folder of src/', async () => {
    const lines = (await read('README.md')).split('\n');
    expect(lines.length).toBeLessThan(350);
    const mapAt = lines.indexOf('## Where things are');
    expect(mapAt).toBeGreaterThanOrEqual(0);
    expect(mapAt).toBeLessThan(60);
    const map = lines
      .slice(
        mapAt,
        lines.findIndex((line, index) => index > mapAt && line.startsWith('## ')),
      )
      .join('\n');
    const folders = (await readdir(new URL('src/', root), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    for (const folder of folders) expect(map, `the map leaves out src/${folder.name}`).toContain(`\`${folder.name}/\``);
  });

  it('links only files that exist, and so does every page of docs/', async () => {
    const pages = ['README.md', ...(await readdir(new URL('docs/', root))).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
    for (const page of pages) {
      const links = [...(await read(page)).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((match) => match[1]!).filter((link) => !/^[a-z]+:/.test(link));
      for (const link of links)
        await expect(
          readFile(new URL(link, new URL(page, root))).then(() => link),
          `${page} links ${link}`,
        ).resolves.toBe(link);
    }
  });

  it('documents every environment variable the service reads in docs/operations.md', async () => {
    const operations = await read('docs/operations.md');
    for (const variable of [...CONFIG_VARIABLES, 'NEO4J_LOCAL_BOLT_PORT', 'NEO4J_LOCAL_HTTP_PORT', 'NEO4J_LOCAL_HEAP']) {
      expect(operations, variable).toContain(`\`${variable}\``);
    }
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

describe('root lists', () => {
  it('have a candidates fragment for every way a page is read, and a filter', async () => {
    const catalog = await loadFragmentCatalog();
    for (const definition of Object.values(LIST_DEFINITIONS)) {
      const walks = Object.keys(definition.walkable).flatMap((key) => {
        const kebab = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
        return [`walk-${kebab}-asc`, `walk-${kebab}-desc`];
      });
      const ways = [...walks, ...definition.candidates.map(([fragment]) => fragment), 'all', 'filter'];
      const present = [...catalog.keys()].filter((key) => key.startsWith(`lists/${definition.folder}/`)).map((key) => key.split('/')[2]);
      expect(present.sort(), definition.folder).toEqual([...new Set(ways)].sort());
    }
  });

  it('filter by exactly the fields of their filter input in schema.graphql, each checked by its type', () => {
    expect(filterFieldsOf(LIST_DEFINITIONS.statistics)).toEqual({
      indicatorContains: 'text',
      period: 'period',
      region: 'id',
      theme: 'id',
      document: 'id',
      from: 'date',
      to: 'date',
      documents: 'ids',
    });
    expect(filterFieldsOf(LIST_DEFINITIONS.documents)).toEqual({
      nameContains: 'text',
      from: 'date',
      to: 'date',
      kind: 'enum',
      publisher: 'text',
      unreviewed: 'boolean',
    });
    for (const definition of Object.values(LIST_DEFINITIONS)) {
      const fields = Object.keys(filterFieldsOf(definition));
      for (const [, filters] of definition.candidates) for (const filter of filters) expect(fields, definition.folder).toContain(filter);
    }
  });
});

describe('Cypher files', () => {
  it('repeat no block of six or more lines: a block two fragments share is an include (cypher/fields/includes)', async () => {
    const files = (await readdir(new URL('cypher/', root), { recursive: true })).filter(
      (file) => file.endsWith('.cypher') && !file.startsWith('generated'),
    );
    expect(files.length).toBeGreaterThan(100);
    const placesOf = new Map<string, Set<string>>();
    for (const file of files) {
      const lines = (await read(`cypher/${file}`))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !line.startsWith('//'));
      for (let at = 0; at + 6 <= lines.length; at += 1) {
        const block = lines.slice(at, at + 6).join('\n');
        placesOf.set(block, new Set([...(placesOf.get(block) ?? []), file]));
      }
    }
    const repeated = [...placesOf].filter(([, places]) => places.size > 1).map(([block, places]) => `${[...places].join(' and ')}:\n${block}`);
    expect(repeated).toEqual([]);
  });
});

describe('cypher/generated', () => {
  it('holds the statement of every example question as the compiler writes it now (run npm run cypher -- --write-examples)', async () => {
    const expected = await renderExampleStatements();
    const files = (await readdir(new URL('cypher/generated/', root))).sort();
    expect(files).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(await read(`cypher/generated/${file}`), file).toBe(text);
  });
});
