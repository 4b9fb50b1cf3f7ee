import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphGateway } from '../db/graph-gateway.ts';
import type { Logger } from '../logging/create-logger.ts';
import { loadSeedDocuments } from './load-seed.ts';
import { listSeedFolders, validateSeedFolders } from './validate-seed.ts';

/** The seed/ folder of this checkout: the documents the project ships. */
export const SEED_ROOT = fileURLToPath(new URL('../../seed/', import.meta.url));

/**
 * Validates and loads every document under seed/ (or `root`), logging what was written. seed/ is the curated truth: a
 * version of one of its reports that the graph holds already is replaced by it, one the graph holds as it is stays.
 */
export async function seedFromFolder(gateway: GraphGateway, logger: Logger, root: string = SEED_ROOT): Promise<void> {
  const documents = await validateSeedFolders(await listSeedFolders(root));
  const summary = await loadSeedDocuments(gateway, documents, { existing: 'replace' });
  logger.info({ ...summary, from: path.relative(process.cwd(), root) || '.' }, 'seeded the empty graph');
}
