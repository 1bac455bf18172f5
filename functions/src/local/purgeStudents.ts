/**
 * `npm run purge:students`: the daily student-data retention job, run by hand against the local engine (start it with
 * `npm start` first, or set DYNAMODB_ENDPOINT). Deployed, an EventBridge rule runs it at 01:30 China time.
 * `--today YYYY-MM-DD` pretends another day (to try the job on demo data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb, dbConfigFromEnv } from '../db/client';
import { createServices } from '../server/services';
import { engineFile } from './paths';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { values } = parseArgs({ options: { today: { type: 'string' } } });
const config = dbConfigFromEnv();
if (!config.endpoint) {
  if (!existsSync(engineFile())) {
    console.error('No local engine is running: start it with `npm start` (or set DYNAMODB_ENDPOINT).');
    process.exit(1);
  }
  const running = JSON.parse(readFileSync(engineFile(), 'utf8')) as { endpoint: string; tableName?: string };
  config.endpoint = running.endpoint;
  if (running.tableName) config.tableName = running.tableName;
}
const services = createServices(createDb(config));
const result = await services.retention.purgeLeftStudents({ today: values.today, log: (line) => console.log(`  ${line}`) });
console.log(
  `Retention ${result.months} months: students who left on or before ${result.cutoff} — ${result.purged.length} deleted${result.failed.length ? `, ${result.failed.length} to retry tomorrow` : ''}.`,
);
