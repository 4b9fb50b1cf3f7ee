/**
 * `npm run seed [-- --reset] [--check] [folder …]`: validates every seed document (all of seed/ by
 * default) and, when all are valid, writes them to Neo4j, one transaction per document. `--reset` clears
 * the graph first; `--check` validates without connecting. Without NEO4J_URI it uses the local Neo4j that
 * `npm start` or `npm run neo4j` runs on bolt://127.0.0.1:7687.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, LOCAL_NEO4J_DEV_PASSWORD, loadConfig } from '../config/load-config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { createGateway } from '../db/create-gateway.ts';
import { SEED_ROOT } from '../service/start-service.ts';
import { loadSeedDocuments, resetGraph } from './load-seed.ts';
import { listSeedFolders, SeedValidationError, validateSeedFolders } from './validate-seed.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { reset: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const config = loadConfig();
  const folders = positionals.length > 0 ? positionals.map((folder) => path.resolve(folder)) : await listSeedFolders(SEED_ROOT);
  const started = performance.now();
  const documents = await validateSeedFolders(folders);
  const nodes = documents.reduce((sum, doc) => sum + doc.nodes.length + 1, 0);
  console.log(`validated ${documents.length} document(s), ${nodes} nodes, in ${Math.round(performance.now() - started)} ms`);
  if (values.check) return 0;

  const uri = config.neo4jUri ?? `bolt://127.0.0.1:${process.env.NEO4J_LOCAL_BOLT_PORT ?? 7687}`;
  const gateway = await createGateway(config, {
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword ?? LOCAL_NEO4J_DEV_PASSWORD,
  });
  try {
    await applySchema(gateway);
    if (values.reset) {
      await resetGraph(gateway);
      console.log('cleared the graph');
    }
    const writeStarted = performance.now();
    const summary = await loadSeedDocuments(gateway, documents, {
      onDocument: (doc, counts) => {
        if (documents.length <= 20)
          console.log(`loaded ${path.relative(process.cwd(), doc.file)}: ${counts.nodes} nodes, ${counts.relationships} relationships`);
      },
    });
    const seconds = (performance.now() - writeStarted) / 1000;
    const rate = Math.round((summary.nodes + summary.relationships) / seconds);
    console.log(
      `loaded ${summary.documents} document(s) into ${uri}: ${summary.nodes} nodes and ${summary.relationships} relationships merged in ${seconds.toFixed(1)} s (${rate} per second)`,
    );
    return 0;
  } finally {
    await gateway.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof SeedValidationError || error instanceof ConfigError;
    console.error(known ? (error as Error).message : `seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
