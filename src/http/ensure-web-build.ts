import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The checkout's root: web/, examples/, vite.config.ts and dist/ are in it.
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What ensureWebBuild found or did. */
export type WebBuildOutcome = 'built' | 'up-to-date' | 'no-sources';

/** Where the pages' sources are, and where to report a build. */
export interface EnsureWebBuildOptions {
  /** The folder holding web/, examples/, vite.config.ts and dist/. @default this checkout */
  projectRoot?: string;
  /** Receives one line when a build starts and one when it ends. */
  log?: (line: string) => void;
}

// What the build reads besides node_modules; the lock file stands for the dependencies' versions.
const SOURCES = ['web', 'examples/questions', 'vite.config.ts', 'package-lock.json'];

/**
 * Builds the pages with Vite when dist/web is missing or older than any of its sources, so `npm start`
 * and the tests serve what web/ holds now without a build on every start. A checkout without web/ (the
 * production image, which ships only dist/web) has nothing to build. The build goes to a staging folder
 * that replaces dist/web only once it is complete, so a service running meanwhile never serves half of it.
 */
export async function ensureWebBuild(options: EnsureWebBuildOptions = {}): Promise<WebBuildOutcome> {
  const root = options.projectRoot ?? PROJECT_ROOT;
  if ((await modifiedAt(path.join(root, 'web'))) === undefined) return 'no-sources';
  const outDir = path.join(root, 'dist', 'web');
  const sourcesChangedAt = await newestModification(SOURCES.map((source) => path.join(root, source)));
  const builtAt = await modifiedAt(path.join(outDir, '.vite', 'manifest.json'));
  if (builtAt !== undefined && builtAt >= sourcesChangedAt) return 'up-to-date';

  const started = performance.now();
  options.log?.(
    `building the pages into ${path.relative(process.cwd(), outDir) || outDir} (${builtAt === undefined ? 'no build yet' : 'their sources changed'})`,
  );
  const vite = await import('vite').catch(() => {
    throw new Error('The pages in web/ need building, but Vite is not installed: run npm install (with dev dependencies), then npm run build');
  });
  const staging = path.join(root, 'dist', `.web-${process.pid}-${Date.now()}`);
  try {
    await vite.build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: staging } });
    await replaceFolder(outDir, staging);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  options.log?.(`built the pages in ${Math.round(performance.now() - started)} ms`);
  return 'built';
}

async function replaceFolder(target: string, replacement: string): Promise<void> {
  const previous = `${target}.previous-${process.pid}`;
  await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  try {
    await rename(replacement, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTEMPTY: another process (a second test run) put its build in place at the same moment, as fresh as ours.
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') {
      await rename(previous, target).catch(() => undefined);
      throw error;
    }
  }
  await rm(previous, { recursive: true, force: true });
}

/** The latest modification time of the files and folders given, and of everything inside the folders. */
async function newestModification(paths: string[]): Promise<number> {
  let newest = 0;
  for (const entry of paths) {
    newest = Math.max(newest, (await modifiedAt(entry)) ?? 0);
    const children = await readdir(entry, { recursive: true }).catch(() => []);
    for (const child of children) newest = Math.max(newest, (await modifiedAt(path.join(entry, child))) ?? 0);
  }
  return newest;
}

async function modifiedAt(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}
