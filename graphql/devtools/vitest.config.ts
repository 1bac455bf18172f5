import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql copy for graphql-inspector and our own buildSchema (CJS main, as Node resolves it).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Building the reference with spectaql takes a few seconds, more on a loaded machine.
    testTimeout: 120_000,
  },
});
