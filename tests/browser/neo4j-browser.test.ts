import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gql } from 'graphql-tag';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { browserSetupFor } from '../../src/http/serve-browser-files.ts';
import { createLogger } from '../../src/logging/create-logger.ts';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j-local/start-local-neo4j.ts';
import { type RunningService, startService } from '../../src/service/start-service.ts';
import { reservePort } from '../support/reserve-port.ts';
import { startBrowser, type TestBrowser } from '../support/start-browser.ts';

// A Neo4j of its own, fresh and empty, with Browser on, set up as `npm start` sets up the local one.
const PASSWORD = 'ecokg-browser-test-password';
const grass = await readFile(new URL('../../cypher/browser/style.grass', import.meta.url), 'utf8');
const personColour = /node\.Person \{\n\s*color: (#[0-9A-F]{6});/.exec(grass)![1]!;

let browser: TestBrowser;
let dataDir: string;
let database: LocalNeo4j;
let api: RunningService;
let servicePort: number;
const logs: string[] = [];
const env: Record<string, string> = {};

beforeAll(async () => {
  browser = await startBrowser();
  dataDir = await mkdtemp(path.join(tmpdir(), 'ecokg-browser-neo4j-'));
  // Neo4j Browser is told the service's address before the service starts.
  servicePort = await reservePort();
  database = await startLocalNeo4j({
    dataDir,
    boltPort: 'auto',
    httpPort: 'auto',
    password: PASSWORD,
    heap: '1g',
    browser: browserSetupFor({ host: '127.0.0.1', port: servicePort }),
  });
  Object.assign(env, { NEO4J_URI: database.boltUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: PASSWORD });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function graphql<T>(query: { loc?: { source: { body: string } } }): Promise<T> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.loc!.source.body }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function constraints(): Promise<string[]> {
  const driver = neo4j.driver(database.boltUri, neo4j.auth.basic('neo4j', PASSWORD));
  try {
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    return records.map((record) => record.get('name') as string);
  } finally {
    await driver.close();
  }
}

const npmRun = (script: string) => promisify(execFile)('npm', ['run', '--silent', script], { env: { ...process.env, ...env } });

describe('schema and seed as jobs, the API with neither', () => {
  it('serves an empty graph without migrating or seeding it; npm run migrate and npm run seed prepare it while it runs', async () => {
    const config = loadConfig({
      ...env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(servicePort),
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      RESPONSE_CACHE: 'true',
      WORKERS: '1',
    });
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logs.push(line) } });
    api = await startService({ config, connection: { uri: database.boltUri, user: 'neo4j', password: PASSWORD }, logger });
    const question = gql`{ person(id: "person:li-ganjie") { name } graphStats { totalNodes } }`;
    expect(await graphql(question)).toEqual({ person: null, graphStats: { totalNodes: 0 } });
    expect(await constraints()).toEqual([]);

    const migrate = await npmRun('migrate');
    expect(migrate.stdout).toMatch(/^applied \d+ schema statements of cypher\/schema\.cypher to bolt:\/\/127\.0\.0\.1:\d+ in \d+ ms$/m);
    expect(await constraints()).toEqual(expect.arrayContaining(['entity_id', 'graph_version_id', 'person_id']));

    const seed = await npmRun('seed');
    expect(seed.stdout).toContain('loaded 1 document(s) into');
    // The running API answers the new graph at once: the load bumped the graph version its cache is keyed by.
    expect(await graphql(question)).toEqual({ person: { name: '李干杰' }, graphStats: { totalNodes: 164 } });
  });
});

describe('Neo4j Browser on the local Neo4j', () => {
  it('sends nothing off this machine, applies the service’s style on connect and draws a Person in its colour, and plays the guide', async () => {
    const { page } = browser;
    await page.goto(database.browserUrl!);
    await page.getByTestId('username').fill('neo4j');
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.getByTestId('connect').click();

    // browser.post_connect_cmd: the style and the guide, fetched from the service.
    await page.getByText(`:style http://127.0.0.1:${servicePort}/browser/style.grass`).first().waitFor();
    await page.getByText('ecokg: saved queries').first().waitFor();
    for (const title of ['Officials and the themes they discussed', 'Provinces and the policies they implement', 'Statistics by region']) {
      await expect(page.getByText(title).first().isVisible()).resolves.toBe(true);
    }

    await page.locator('.view-lines').first().click();
    await page.keyboard.type("MATCH (p:Person {name: '李干杰'}) RETURN p");
    await page.keyboard.press('Control+Enter');
    const person = page.locator('svg g.node circle.b-outline').first();
    await person.waitFor();
    expect(await person.getAttribute('fill')).toBe(personColour);
    await expect(page.locator('svg g.node text.caption').first().textContent()).resolves.toContain('李干杰');
    await browser.screenshot('neo4j-browser-styled');

    // Browser's page asks for outside hosts (fonts, analytics): its Content-Security-Policy, from the launcher,
    // refuses each before any request is made, so the test's own blocking of outside hosts never had to act.
    const refusedByPolicy = browser.pageErrors.filter((message) => message.includes('violates the following Content Security Policy directive'));
    for (const url of browser.foreignRequests)
      expect(
        refusedByPolicy.some((message) => message.includes(url)),
        url,
      ).toBe(true);
    const served = logs.map((line) => JSON.parse(line) as { msg: string; req?: { url: string }; res?: { statusCode: number } });
    for (const file of ['/browser/style.grass', '/browser/guide.html']) {
      expect(served.some((line) => line.msg === 'request completed' && line.req?.url === file && line.res?.statusCode === 200)).toBe(true);
    }
  });
});
