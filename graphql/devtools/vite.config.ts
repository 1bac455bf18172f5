import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The offline GraphiQL page: everything (editor, workers, styles) bundled into dist/graphiql, served by the
 * local server under /graphiql/ and on `GET /graphql` for browsers.
 */
export default defineConfig({
  root: 'graphiql',
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: '../dist/graphiql',
    emptyOutDir: true,
    // The editor (Monaco) is large by nature; it is a local developer tool, loaded once.
    chunkSizeWarningLimit: 6000,
  },
  worker: { format: 'es' },
});
