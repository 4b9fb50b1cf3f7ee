import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for @apollo/server; Vite would give our sources the .mjs one, and
    // graphql refuses types from a second copy. One entry for everyone, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    globalSetup: ['tests/global-setup.ts'],
    include: ['tests/**/*.test.ts'],
    // The long fault tests run on their own: npm run test:faults (vitest.faults.config.ts).
    exclude: [...configDefaults.exclude, 'tests/faults/**'],
    // Integration tests talk to a real Neo4j; its first start may include the launcher's Maven build.
    testTimeout: 60_000,
    // A page or a log line waited for by expect.poll may come late on a busy machine: the wait ends when it comes,
    // so a long limit costs nothing when things are well and only turns a slow machine from a failure into a wait.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 240_000,
    pool: 'forks',
    // One process serves in tests (npm start's child processes inherit it); a test that needs workers says so.
    env: { WORKERS: '1' },
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
