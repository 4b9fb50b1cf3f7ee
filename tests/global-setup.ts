import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config/load-config.ts';
import { applySchema } from '../src/db/apply-schema.ts';
import { createGateway } from '../src/db/create-gateway.ts';
import { ensureWebBuild } from '../src/http/ensure-web-build.ts';
import { createLogger } from '../src/logging/create-logger.ts';
import { resetGraph } from '../src/seed/load-seed.ts';
import { seedFromFolder } from '../src/seed/seed-from-folder.ts';
import { startTestNeo4j } from './support/start-test-neo4j.ts';
import { warmQueryPlans } from './support/warm-query-plans.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

/**
 * Starts (or finds) the tests' Neo4j once for the whole run, applies the schema and loads the real
 * report, which tests read but never change; tests that write use ids of their own.
 */
export default async function setup(project: TestProject) {
  const started = performance.now();
  await ensureWebBuild({ log: (line) => console.log(line) });
  const neo4j = await startTestNeo4j();
  const gateway = await createGateway(loadConfig({ NODE_ENV: 'test' }), neo4j);
  try {
    await applySchema(gateway);
    if (neo4j.origin !== 'NEO4J_URI') await resetGraph(gateway);
    await seedFromFolder(gateway, createLogger({ level: 'silent' }));
    // Every test then finds its queries planned, however busy the machine: a first plan can take seconds.
    const warm = await warmQueryPlans(gateway);
    console.log(
      `planned ${warm.queries} queries in ${warm.milliseconds} ms${warm.failed.length > 0 ? `; could not plan ${warm.failed.join('; ')}` : ''}`,
    );
  } finally {
    await gateway.close();
  }
  console.log(`tests use Neo4j at ${neo4j.uri} (${neo4j.origin}), ready and seeded in ${Math.round(performance.now() - started)} ms`);
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  return async () => {
    await neo4j.stop();
  };
}
