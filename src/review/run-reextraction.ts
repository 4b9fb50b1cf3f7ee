import type { GraphGateway } from '../db/graph-gateway.ts';
import { loadSeedDocuments } from '../seed/load-seed.ts';
import { describeDecision } from './decision-log.ts';
import { describeChanges, reextractDocument } from './reextract-document.ts';

/** How `npm run extract -- --reextract` runs. */
export interface ReextractionOptions {
  /** The documents to draft again; all the graph loaded from drafts of the extractor when empty. */
  documentIds: readonly string[];
  /** Show what would change and write nothing. */
  dryRun: boolean;
  /** Where the graph is, for messages. */
  source: string;
  log(line: string): void;
}

/**
 * `npm run extract -- --reextract [document-id …] [--dry-run]`: drafts loaded reports again with the extractor as it
 * is now, replays each one's decision log, prints what changed against the loaded version and which decisions no
 * longer apply, and replaces each loaded version in one transaction (records the new draft flags and no decision
 * answers are loaded with their note, as still to review). Returns how many reports could not be re-extracted.
 */
export async function runReextraction(gateway: GraphGateway, options: ReextractionOptions): Promise<number> {
  const ids = options.documentIds.length > 0 ? options.documentIds : (await gateway.read('documents-extracted')).map((row) => row.id as string);
  if (ids.length === 0) options.log('no document of the graph was loaded from a draft of the extractor: nothing to re-extract');
  let failed = 0;
  for (const documentId of ids) {
    const result = await reextractDocument(gateway, documentId, { source: options.source });
    const { added, removed, changed } = result.changes;
    const { applied, stale } = result.replay;
    options.log(
      `re-extracted ${documentId}: ${added.length} added, ${removed.length} removed, ${changed.length} changed against the loaded version; ${applied} of ${result.decisions.length} decisions replayed${
        stale.length > 0 ? `, ${stale.length} no longer appl${stale.length === 1 ? 'ies' : 'y'}` : ''
      }; ${result.undecided} record(s) still to review`,
    );
    for (const line of describeChanges(result.changes)) options.log(`  ${line}`);
    for (const { decision, reason } of stale) options.log(`  no longer applies: ${describeDecision(decision)} (${reason})`);
    if (!result.prepared) {
      failed += 1;
      for (const problem of result.problems) options.log(`  problem: ${problem.record}, ${problem.field}: ${problem.message}`);
      options.log(`  ${documentId} is left as it is: the loader would refuse the new draft`);
      continue;
    }
    if (options.dryRun) {
      options.log('  dry run: nothing written');
      continue;
    }
    await loadSeedDocuments(gateway, [result.prepared], { existing: 'replace' });
    options.log(`  replaced ${documentId} in the graph, its decision log kept`);
  }
  return failed;
}
