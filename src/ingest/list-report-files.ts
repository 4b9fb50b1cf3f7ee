import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A report file to read, and the name its draft folder gets. */
export interface ReportFile {
  path: string;
  /** The path as the user gave it (or under the folder they gave), for messages. */
  shown: string;
  /** The draft folder's name: the file's name without its extension, made unique among the batch. */
  folderName: string;
}

/** An argument that names neither a file nor a folder; its message is the one line to show. */
export class MissingInputError extends Error {
  override readonly name = 'MissingInputError';
}

/**
 * The files the arguments name: files as given, and every file under a folder (hidden files and folders
 * left out, in name order). Each gets a draft folder name from its file name, with -2, -3 … for repeats.
 */
export async function listReportFiles(args: string[]): Promise<ReportFile[]> {
  const files: Array<{ path: string; shown: string }> = [];
  for (const arg of args) {
    const found = await stat(arg).catch(() => null);
    if (!found) throw new MissingInputError(`${arg} is neither a file nor a folder`);
    if (found.isDirectory()) files.push(...(await walk(arg)));
    else files.push({ path: path.resolve(arg), shown: arg });
  }
  const used = new Map<string, number>();
  return files.map((file) => {
    const base = path.basename(file.path, path.extname(file.path)).replace(/[\\/:*?"<>|\s]+/g, '-') || 'report';
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { ...file, folderName: count === 1 ? base : `${base}-${count}` };
  });
}

async function walk(folder: string): Promise<Array<{ path: string; shown: string }>> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const files: Array<{ path: string; shown: string }> = [];
  for (const entry of entries) {
    const shown = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(shown)));
    else if (entry.isFile()) files.push({ path: path.resolve(shown), shown });
  }
  return files;
}
