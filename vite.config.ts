import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const fromHere = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const compress = promisify(gzip);

/**
 * Writes a gzip copy beside each script, style sheet and font, once at build time, so the service can
 * send the copy (src/http/serve-pages.ts) instead of compressing megabytes of editor on every request.
 */
function gzipAssets(): Plugin {
  return {
    name: 'ecokg-gzip-assets',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir as string;
      const files = Object.keys(bundle).filter((file) => /^assets\/.+\.(?:js|css|ttf)$/.test(file));
      await Promise.all(
        files.map(async (file) => writeFile(path.join(outDir, `${file}.gz`), await compress(await readFile(path.join(outDir, file)), { level: 9 }))),
      );
    },
  };
}

/** Builds the playground, the graph explorer and the review page from web/ into dist/web/, which the service serves. */
export default defineConfig({
  root: fromHere('./web/'),
  publicDir: false,
  plugins: [gzipAssets()],
  build: {
    outDir: fromHere('./dist/web/'),
    emptyOutDir: true,
    // The manifest's modification time tells src/http/ensure-web-build.ts when this build was made.
    manifest: true,
    target: 'es2022',
    // Monaco, the editor inside GraphiQL, is one large chunk by design; the other chunks stay far below this.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: {
        playground: fromHere('./web/playground/index.html'),
        explore: fromHere('./web/explore/index.html'),
        review: fromHere('./web/review/index.html'),
      },
      // GraphiQL's React dependencies mark their modules "use client", which means nothing outside a
      // server-components framework; the bundler would warn once per module.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // Monaco's language workers as ES modules: the GraphQL one is 480 KB this way, 600 KB as a classic script.
  worker: { format: 'es' },
});
