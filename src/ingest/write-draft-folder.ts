import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportDraft } from './draft-report.ts';

/** A draft folder that cannot be written where asked; its message is the one line to show. */
export class DraftFolderError extends Error {
  override readonly name = 'DraftFolderError';
}

/** Refuses a target that is a file, or a folder that holds something, unless `force`. */
export async function checkDraftFolder(folder: string, force: boolean): Promise<void> {
  const existing = await stat(folder).catch(() => null);
  if (!existing) return;
  if (!existing.isDirectory()) throw new DraftFolderError(`${folder} exists and is not a folder`);
  if (!force && (await readdir(folder)).length > 0) throw new DraftFolderError(`${folder} exists and is not empty; pass --force to replace it`);
}

/**
 * Writes a draft as a seed folder, `report.txt` (the text the evidence refers to, UTF-8) and `graph.json`, into
 * a temporary folder beside the target that is renamed into place once both are complete, so a failure leaves
 * nothing half written.
 */
export async function writeDraftFolder(folder: string, draft: ReportDraft): Promise<void> {
  await mkdir(path.dirname(folder), { recursive: true });
  const temporary = await mkdtemp(path.join(path.dirname(folder), `.${path.basename(folder)}-`));
  try {
    await writeFile(path.join(temporary, 'report.txt'), draft.text);
    await writeFile(path.join(temporary, 'graph.json'), `${JSON.stringify(draft.graph, null, 2)}\n`);
    await rm(folder, { recursive: true, force: true });
    await rename(temporary, folder);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}
