import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Loading aws-cdk-lib and synthesising take seconds: share one module cache (and the
    // memoised stack of test/synth.ts) across test files instead of paying per file.
    isolate: false,
    // Synthesising the stack takes a few seconds on a cold module cache.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
