import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Everything the local server answers besides the console itself (`npm start`, port 4000;
// KEHOU_API_URL points the dev server at another one).
const api = process.env.KEHOU_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/config.json': api,
      '/auth/dev-': api,
      // Local stand-in for S3: uploads and downloads of documents go to the API's own origin.
      '/documents': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // dist/.vite/manifest.json: the chunk graph scripts/buildReport.ts measures first loads with.
    manifest: true,
  },
});
