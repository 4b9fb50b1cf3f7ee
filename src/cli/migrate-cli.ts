/**
 * `npm run migrate`: applies cypher/schema.cypher (constraints, indexes, the full-text index) to the configured
 * Neo4j and waits until every index is online. Every statement is idempotent, so it runs as a job before each
 * deploy; the API can then run with read-only credentials and MIGRATE_ON_START=false. Without NEO4J_URI it uses
 * the local Neo4j that `npm start` or `npm run neo4j` runs on bolt://127.0.0.1:7687.
 */
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { withCliGateway } from './with-cli-gateway.ts';

async function main(): Promise<void> {
  await withCliGateway(loadConfig(), async (gateway, uri) => {
    const started = performance.now();
    const statements = await applySchema(gateway);
    console.log(`applied ${statements} schema statements of cypher/schema.cypher to ${uri} in ${Math.round(performance.now() - started)} ms`);
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
