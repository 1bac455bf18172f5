import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Browser tests in real Chromium against one local stack (DynamoDB Local, the seeded demo district, the
 * API and the built console on a free port), started once per run by test/e2e/globalSetup.ts.
 */
export default defineConfig({
  resolve: {
    // The global setup runs the API in this process. graphql 16 ships CJS (main) and ESM (module) copies: Vite would
    // give our server code the ESM one while Apollo gets the CJS one, and the schema built by one would not be a
    // GraphQLSchema to the other (same alias as functions/vitest.config.ts).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    // One stack, one browser at a time: the files change shared demo data in different places.
    fileParallelism: false,
    testTimeout: 90_000,
    // The global setup may build the console and start the whole local stack.
    hookTimeout: 300_000,
  },
});
