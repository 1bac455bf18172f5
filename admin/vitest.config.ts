import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    server: {
      deps: {
        // Ships ESM that imports lodash subpaths Node cannot resolve un-bundled.
        inline: ['ra-data-graphql'],
      },
    },
    // Page tests render the whole console, compiling lazy pages on first use.
    // jsdom renders of react-admin pages are slow on a loaded 2-core machine.
    testTimeout: 90_000,
  },
});
