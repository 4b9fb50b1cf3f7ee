import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../src/neo4j-local/start-local-neo4j.ts';

/** Where the tests' Neo4j is and how it was started. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  /** neo4j-uri, testcontainers or local-launcher: printed so a run says what it tested against. */
  origin: 'NEO4J_URI' | 'testcontainers' | 'local-launcher';
  stop(): Promise<void>;
}

const TEST_PASSWORD = 'ecokg-test-password';

/**
 * Finds a Neo4j for the tests, in this order: NEO4J_URI when set; a Testcontainers Neo4j 5.26 when a
 * Docker engine answers; the project's own launcher (Java 17 and Maven). When none can work it throws one
 * line saying what is missing; tests never skip for want of a database.
 */
export async function startTestNeo4j(): Promise<TestNeo4j> {
  if (process.env.NEO4J_URI) {
    const password = process.env.NEO4J_PASSWORD;
    if (!password) throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not: the tests need both');
    return { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password, origin: 'NEO4J_URI', stop: async () => {} };
  }
  const docker = await startWithTestcontainers();
  if (docker) return docker;

  const dataDir = await mkdtemp(path.join(tmpdir(), 'ecokg-test-neo4j-'));
  try {
    const neo4j = await startLocalNeo4j({ dataDir, boltPort: 'auto', httpPort: null, password: TEST_PASSWORD, heap: '1g' });
    return {
      uri: neo4j.boltUri,
      user: 'neo4j',
      password: TEST_PASSWORD,
      origin: 'local-launcher',
      stop: async () => {
        await neo4j.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(
      `No Neo4j for the tests: NEO4J_URI is not set, no Docker engine answers, and the local launcher failed: ${(error as Error).message}`,
    );
  }
}

async function startWithTestcontainers(): Promise<TestNeo4j | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined; // No Docker engine: the launcher is next.
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(TEST_PASSWORD).start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    origin: 'testcontainers',
    stop: async () => {
      await container.stop();
    },
  };
}
