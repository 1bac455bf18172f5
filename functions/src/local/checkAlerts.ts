/**
 * `npm run check:alerts`: one run of the care alert job (NOT_PICKED_UP, ROLL_CALL_MISSING) against the local engine
 * (start it with `npm start` first, or set DYNAMODB_ENDPOINT). `npm start` runs it every 5 minutes; deployed, an
 * EventBridge rule does. `--at 2026-11-30T17:50+08:00` checks as of another instant.
 */
import { createDb } from '../db/client';
import { createServices } from '../server/services';
import { scriptDbConfig } from './scriptDb';

const config = scriptDbConfig();
const atFlag = process.argv.indexOf('--at');
const now = atFlag > 0 ? new Date(process.argv[atFlag + 1]) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error('--at needs an instant, e.g. 2026-11-30T17:50+08:00');
  process.exit(1);
}
const services = createServices(createDb(config));
console.log(`Checking care alerts as of ${now.toISOString()} in table ${config.tableName} at ${config.endpoint}…`);
const result = await services.alertJob.run(now);
console.log(
  `${result.schools} school(s) with ${result.sessions} session(s) today: ${result.raised.ROLL_CALL_MISSING} ROLL_CALL_MISSING, ${result.raised.NOT_PICKED_UP} NOT_PICKED_UP and ${result.raised.ABSENT_WITHOUT_LEAVE} missed ABSENT_WITHOUT_LEAVE raised.`,
);
