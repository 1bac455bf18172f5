/**
 * `npm run check:qualifications`: the daily qualification-expiry check, run by hand against the local engine
 * (start it with `npm start` first, or set DYNAMODB_ENDPOINT). Deployed, an EventBridge rule runs it at 01:00.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createDb, dbConfigFromEnv } from '../db/client';
import { createServices } from '../server/services';
import { engineFile } from './paths';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const config = dbConfigFromEnv();
if (!config.endpoint) {
  if (!existsSync(engineFile())) {
    console.error('No local engine is running: start it with `npm start` (or set DYNAMODB_ENDPOINT).');
    process.exit(1);
  }
  config.endpoint = (JSON.parse(readFileSync(engineFile(), 'utf8')) as { endpoint: string }).endpoint;
}
const services = createServices(createDb(config));
console.log(`Checking provider qualifications in table ${config.tableName} at ${config.endpoint}…`);
const flagged = await services.exitTriggers.expiredQualifications((line) => console.log(`  ${line}`));
console.log(flagged.length ? `${flagged.length} provider(s) now have an exit case.` : 'Every provider in service has a valid qualification.');
