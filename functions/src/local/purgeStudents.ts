/**
 * `npm run purge:students`: the daily student-data retention job, run by hand against the local engine (start it with
 * `npm start` first, or set DYNAMODB_ENDPOINT). Deployed, an EventBridge rule runs it at 01:30 China time.
 * `--today YYYY-MM-DD` pretends another day (to try the job on demo data).
 */
import { parseArgs } from 'node:util';
import { createDb } from '../db/client';
import { createServices } from '../server/services';
import { scriptDbConfig } from './scriptDb';

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const config = scriptDbConfig();
const services = createServices(createDb(config));
const result = await services.retention.purgeLeftStudents({ today: values.today, log: (line) => console.log(`  ${line}`) });
console.log(
  `Retention ${result.months} months: students who left on or before ${result.cutoff} — ${result.purged.length} deleted${result.failed.length ? `, ${result.failed.length} to retry tomorrow` : ''}.`,
);
