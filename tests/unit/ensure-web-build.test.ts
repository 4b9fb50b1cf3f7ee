import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/http/ensure-web-build.ts';

// A project in miniature: one page, an example folder and a Vite config shaped like the real one.
let project: string;
const builtPage = () => readFile(path.join(project, 'dist', 'web', 'index.html'), 'utf8');
const touch = (file: string, secondsFromNow: number) => {
  const time = new Date(Date.now() + secondsFromNow * 1000);
  return utimes(path.join(project, file), time, time);
};

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'ecokg-web-build-'));
  await mkdir(path.join(project, 'web'));
  await mkdir(path.join(project, 'examples', 'questions'), { recursive: true });
  await writeFile(path.join(project, 'web', 'index.html'), '<!doctype html><title>one</title><script type="module" src="./main.js"></script>');
  await writeFile(path.join(project, 'web', 'main.js'), 'document.title += "!";');
  await writeFile(path.join(project, 'examples', 'questions', '01-q.graphql'), '{ graphStats { totalNodes } }');
  await writeFile(path.join(project, 'package.json'), '{ "type": "module" }');
  await writeFile(
    path.join(project, 'vite.config.ts'),
    `import { fileURLToPath } from 'node:url';
export default {
  root: fileURLToPath(new URL('./web/', import.meta.url)),
  logLevel: 'silent',
  build: { outDir: fileURLToPath(new URL('./dist/web/', import.meta.url)), emptyOutDir: true, manifest: true },
};
`,
  );
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('ensureWebBuild', () => {
  it('has nothing to build where there is no web/ folder, as in the production image', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'ecokg-no-web-'));
    try {
      expect(await ensureWebBuild({ projectRoot: empty })).toBe('no-sources');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('builds when dist/web is missing, and leaves no staging folder behind', async () => {
    const lines: string[] = [];
    expect(await ensureWebBuild({ projectRoot: project, log: (line) => lines.push(line) })).toBe('built');
    expect(await builtPage()).toContain('<title>one</title>');
    expect(await readdir(path.join(project, 'dist'))).toEqual(['web']);
    expect(lines[0]).toContain('no build yet');
    expect(lines[1]).toMatch(/^built the pages in \d+ ms$/);
  });

  it('does not build again while no source is newer than the build', async () => {
    expect(await ensureWebBuild({ projectRoot: project })).toBe('up-to-date');
  });

  it('builds again when a page or an example question changes', async () => {
    await writeFile(path.join(project, 'web', 'index.html'), '<!doctype html><title>two</title><script type="module" src="./main.js"></script>');
    await touch('web/index.html', 5);
    expect(await ensureWebBuild({ projectRoot: project })).toBe('built');
    expect(await builtPage()).toContain('<title>two</title>');

    await touch('examples/questions/01-q.graphql', 10);
    expect(await ensureWebBuild({ projectRoot: project })).toBe('built');
  });

  it('keeps the last good build when a build fails', async () => {
    await writeFile(path.join(project, 'web', 'main.js'), 'document.title = ;');
    await touch('web/main.js', 15);
    await expect(ensureWebBuild({ projectRoot: project })).rejects.toThrow();
    expect(await builtPage()).toContain('<title>two</title>');
    expect(await readdir(path.join(project, 'dist'))).toEqual(['web']);
  });
});
