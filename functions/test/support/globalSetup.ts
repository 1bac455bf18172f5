import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoLocal } from '../../src/local/dynamoLocal';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    dataDir: string;
  }
}

/** Starts the run's one DynamoDB Local (in memory, free port) and proves on teardown that its JVM is gone. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kehou-test-'));
  const engine = await startDynamoLocal({ tmpDir: join(dataDir, 'tmp') });
  project.provide('dynamoEndpoint', engine.endpoint);
  project.provide('dataDir', dataDir);
  return async () => {
    await engine.stop();
    rmSync(dataDir, { recursive: true, force: true });
    let alive = true;
    try {
      process.kill(engine.pid, 0);
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`DynamoDB Local (pid ${engine.pid}) is still running after stop()`);
  };
}
