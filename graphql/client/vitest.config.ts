import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The examples test starts `npm start` (DynamoDB Local, the demo district) on a loaded 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
