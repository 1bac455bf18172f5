/**
 * `npm run backfill:members`: gives schools and providers stored before the member lists existed their kept child ids
 * (db/memberLists.ts), so their nested connections are read with the response's BatchGetItem instead of a Query per
 * parent. Against the local engine (start it with `npm start` first) or, with DYNAMODB_ENDPOINT / the deployed
 * table's environment, against DynamoDB; safe to run while the API serves and to run again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createDb, dbConfigFromEnv } from '../db/client';
import { backfillMemberLists } from '../db/memberBackfill';
import { engineFile } from './paths';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const config = dbConfigFromEnv();
if (!config.endpoint && !process.env.TABLE_NAME) {
  if (!existsSync(engineFile())) {
    console.error('No local engine is running: start it with `npm start` (or set DYNAMODB_ENDPOINT).');
    process.exit(1);
  }
  const running = JSON.parse(readFileSync(engineFile(), 'utf8')) as { endpoint: string; tableName?: string };
  config.endpoint = running.endpoint;
  if (running.tableName) config.tableName = running.tableName;
}
await backfillMemberLists(createDb(config), (line) => console.log(`  ${line}`));
