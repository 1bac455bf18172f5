import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) copies; Vite would give our code the ESM one while Apollo
    // gets the CJS one, and `instanceof GraphQLError` would then fail. Node and esbuild both pick `main`.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // One DynamoDB Local for the whole run; each test file makes its own table in it.
    globalSetup: ['test/support/globalSetup.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Generous: integration tests share one engine on a 2-core machine with other work running.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Two cores: two workers keep the engine busy without starving it.
    maxWorkers: 2,
    // Metrics lines (EMF) are for CloudWatch; in test output they only bury the results.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_METRICS_DISABLED: 'true' },
  },
});
