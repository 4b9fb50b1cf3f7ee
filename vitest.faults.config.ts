import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:faults`: the fault tests that take minutes (a 100× corpus load killed part-way, load on a
// slowed database). One file at a time, since each one loads the database on purpose. The lists replace
// the base config's rather than merge with them, which is why this is not mergeConfig.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/faults/**/*.test.ts'],
    exclude: configDefaults.exclude,
    fileParallelism: false,
    testTimeout: 600_000,
  },
});
