/**
 * `npm run seed [-- --reset] [--check] [--replace] [folder …]`: validates every seed document (all of seed/ by
 * default) and, when all are valid, writes them to Neo4j, one transaction per document, with a progress bar
 * on a terminal (one line per document otherwise). A folder without graph.json stands for the seed folders in
 * it, such as the drafts `npm run extract -- <folder> --out drafts` writes. A report the graph holds already (same
 * text, URL or id) is refused with one line unless `--replace` asks to replace it, its review decisions kept; one
 * loaded again exactly as it is changes nothing. `--reset` clears
 * the graph first; `--check` validates without connecting and lists possible duplicates (against seed/ too)
 * without failing. `npm run seed -- --remove <document-id>` takes one document out of the graph instead.
 * A draft whose text printed no date (`dateUnconfirmed`) is refused until `--date YYYY-MM-DD` confirms it.
 * Without NEO4J_URI it uses the local Neo4j that `npm start` or `npm run neo4j` runs on bolt://127.0.0.1:7687.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { EcokgError } from '../errors/error-codes.ts';
import { backfillTextChecksums, DocumentExistsError } from '../seed/existing-documents.ts';
import { findPossibleDuplicates } from '../seed/find-possible-duplicates.ts';
import { type LoadOutcome, loadSeedDocuments, refuseExistingDocuments, resetGraph } from '../seed/load-seed.ts';
import { removeDocument } from '../seed/remove-document.ts';
import { SEED_ROOT } from '../seed/seed-from-folder.ts';
import { listSeedFolders, type PreparedDocument, SeedValidationError, validateSeedFolder, validateSeedFolders } from '../seed/validate-seed.ts';
import { createProgress } from './create-progress.ts';
import { withCliGateway } from './with-cli-gateway.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      reset: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      remove: { type: 'string' },
      date: { type: 'string' },
      replace: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const config = loadConfig();
  if (values.remove !== undefined) {
    if (positionals.length > 0 || values.reset || values.check || values.replace)
      throw new UsageError('--remove takes one document id and nothing else');
    return withCliGateway(config, async (gateway, uri) => {
      const removed = await removeDocument(gateway, values.remove as string);
      console.log(
        `removed ${removed.documentId} from ${uri}: ${removed.deletedRelationships} relationships and ${removed.deletedNodes} entities no other document names; ${removed.rebuiltNodes} shared entities rebuilt from the other documents`,
      );
      return 0;
    });
  }
  const folders = positionals.length > 0 ? await expandSeedFolders(positionals) : await listSeedFolders(SEED_ROOT);
  // A draft whose text printed no date loads only once its date is confirmed: --date, for one folder.
  if (values.date !== undefined && folders.length !== 1) throw new UsageError('--date confirms the date of one document: name one folder');
  const started = performance.now();
  const documents = await validateSeedFolders(folders, { date: values.date, requireConfirmedDate: !values.check });
  const nodes = documents.reduce((sum, doc) => sum + doc.nodes.length + 1, 0);
  console.log(`validated ${documents.length} document(s), ${nodes} nodes, in ${Math.round(performance.now() - started)} ms`);
  if (values.check) {
    for (const duplicate of findPossibleDuplicates(await withSeedDocuments(folders, documents)))
      console.log(`possible duplicate: ${duplicate.message}`);
    return 0;
  }

  return withCliGateway(config, async (gateway, uri) => {
    await applySchema(gateway);
    await backfillTextChecksums(gateway);
    if (values.reset) {
      await resetGraph(gateway);
      console.log('cleared the graph');
    }
    if (!values.replace) await refuseExistingDocuments(gateway, documents);
    const writeStarted = performance.now();
    const progress = createProgress({ total: documents.length, unit: 'documents' });
    const summary = await loadSeedDocuments(gateway, documents, {
      existing: values.replace ? 'replace' : 'refuse',
      onDocument: (doc, counts, outcome) => {
        const file = path.relative(process.cwd(), doc.file);
        progress.advance(
          file,
          outcome.status === 'unchanged'
            ? `unchanged ${file}: the graph holds ${doc.document.id} exactly as it is`
            : `${describeOutcome(outcome)} ${file}: ${counts.nodes} nodes, ${counts.relationships} relationships${unreviewedNote(doc)}`,
        );
      },
    });
    progress.stop();
    const seconds = (performance.now() - writeStarted) / 1000;
    const rate = Math.round((summary.nodes + summary.relationships) / seconds);
    console.log(
      `loaded ${summary.documents} document(s) into ${uri}: ${summary.nodes} nodes and ${summary.relationships} relationships merged in ${seconds.toFixed(1)} s (${rate} per second)${
        summary.unchanged > 0 ? `; ${summary.unchanged} unchanged` : ''
      }`,
    );
    return 0;
  });
}

function describeOutcome(outcome: LoadOutcome): string {
  return outcome.status === 'replaced' ? `replaced ${outcome.replaced.join(', ')} with` : 'loaded';
}

// Records a draft still flags are loaded with their note, to be reviewed later (Document.unreviewed in the API).
function unreviewedNote(doc: PreparedDocument): string {
  const count = Number(doc.document.properties.unreviewedCount ?? 0);
  return count > 0 ? `; ${count} record(s) still flagged for review, kept as unreviewed` : '';
}

/** A mistake in the command line; its message is the one line to show. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

// Folders as given: a seed folder (with graph.json) is itself, any other folder the seed folders in it.
async function expandSeedFolders(args: string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const arg of args) {
    const folder = path.resolve(arg);
    if ((await stat(path.join(folder, 'graph.json')).catch(() => null))?.isFile()) {
      folders.push(folder);
      continue;
    }
    const inside = (await stat(folder).catch(() => null))?.isDirectory() ? await listSeedFolders(folder) : [];
    if (inside.length === 0) throw new UsageError(`${arg} holds no graph.json, nor folders that do`);
    folders.push(...inside);
  }
  return folders;
}

// Duplicates are looked for against what seed/ already holds too, so a new draft is compared with the graph's sources.
async function withSeedDocuments(folders: string[], documents: PreparedDocument[]): Promise<PreparedDocument[]> {
  const checked = new Set(folders.map((folder) => path.resolve(folder)));
  const others = (await listSeedFolders(SEED_ROOT)).filter((folder) => !checked.has(path.resolve(folder)));
  const results = await Promise.all(others.map((folder) => validateSeedFolder(folder)));
  return [...documents, ...results.flatMap((result) => (result.document ? [result.document] : []))];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DocumentExistsError) {
      console.error(`${error.message}; not loaded (pass --replace to replace it)`);
      process.exit(1);
    }
    if (error instanceof SeedValidationError && error.problems.some((problem) => problem.code === 'DATE_UNCONFIRMED')) {
      console.error(`${error.message}\nconfirm the date: npm run seed -- --date YYYY-MM-DD <folder>`);
      process.exit(1);
    }
    const known = error instanceof SeedValidationError || error instanceof ConfigError || error instanceof UsageError || error instanceof EcokgError;
    console.error(known ? (error as Error).message : `seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
