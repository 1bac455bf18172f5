import { existsSync, readFileSync } from 'node:fs';
import { dbConfigFromEnv, type DbConfig } from '../db/client';
import { engineFile } from './paths';

/**
 * The table a command-line job (`npm run check:alerts`, `purge:students`, …) works on: DYNAMODB_ENDPOINT when set,
 * else the engine `npm start` runs (its endpoint and table name from engine.json). With `deployedTable`, a
 * TABLE_NAME without an endpoint means the deployed table through the default AWS credentials. No engine: a clear
 * message and exit code 1.
 */
export function scriptDbConfig(options: { deployedTable?: boolean } = {}): DbConfig {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const config = dbConfigFromEnv();
  if (config.endpoint || (options.deployedTable && process.env.TABLE_NAME)) return config;
  if (!existsSync(engineFile())) {
    console.error('No local engine is running: start it with `npm start` (or set DYNAMODB_ENDPOINT).');
    process.exit(1);
  }
  const running = JSON.parse(readFileSync(engineFile(), 'utf8')) as { endpoint: string; tableName?: string };
  return { ...config, endpoint: running.endpoint, ...(running.tableName ? { tableName: running.tableName } : {}) };
}
