import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDevtools, devtoolsBuildIsStale } from '../../../graphql/devtools/src/build';
import { buildConsole, consoleBuildIsStale } from '../../../functions/src/local/consoleBuild';
import { startLocalStack, type LocalStack } from '../../../functions/src/local/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The local stack's origin, e.g. `http://localhost:41234`. */
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Vitest runs with NODE_ENV=test, which the Vite child process inherits: the console would be built
 * with React's and react-admin's development code (slower, and it logs every refused request).
 */
async function productionBuild() {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildConsole();
  } finally {
    process.env.NODE_ENV = before;
  }
}

const started = Date.now();
const log = (line: string) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);

/**
 * Once per run: the console is built if its sources changed, then a fresh in-memory stack with the demo
 * data starts on a free port (data files in a temporary directory). Stopped after the last file.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kehou-e2e-'));
  process.env.KEHOU_DATA_DIR = dataDir;
  let stack: LocalStack | undefined;
  try {
    if (consoleBuildIsStale()) {
      log('building the console (admin/dist)…');
      await productionBuild();
    }
    if (devtoolsBuildIsStale()) {
      log('building GraphiQL and the schema reference (graphql/devtools/dist)…');
      await buildDevtools();
    }
    stack = await startLocalStack({ port: await freePort(), persist: false, seed: true, tableName: `kehou-e2e-${process.pid}`, step: log });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  log(`stack ready at ${stack.url}`);
  project.provide('baseUrl', stack.url);
  return async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    log('stack stopped');
  };
}
