/**
 * `npm run migrate`: applies cypher/schema.cypher (constraints, indexes, the full-text index) to the configured
 * Neo4j and waits until every index is online. Every statement is idempotent, so it runs as a job before each
 * deploy; the API can then run with read-only credentials and MIGRATE_ON_START=false. Without NEO4J_URI it uses
 * the local Neo4j that `npm start` or `npm run neo4j` runs on bolt://127.0.0.1:7687.
 */
import { ConfigError, LOCAL_NEO4J_DEV_PASSWORD, loadConfig } from '../config/load-config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { createGateway } from '../db/create-gateway.ts';
import { localBoltUri } from '../neo4j-local/parse-local-port.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const uri = config.neo4jUri ?? localBoltUri();
  const gateway = await createGateway(config, { uri, user: config.neo4jUser, password: config.neo4jPassword ?? LOCAL_NEO4J_DEV_PASSWORD });
  try {
    const started = performance.now();
    const statements = await applySchema(gateway);
    console.log(`applied ${statements} schema statements of cypher/schema.cypher to ${uri} in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await gateway.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
