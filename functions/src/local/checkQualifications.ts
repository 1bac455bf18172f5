/**
 * `npm run check:qualifications`: the daily qualification-expiry check, run by hand against the local engine
 * (start it with `npm start` first, or set DYNAMODB_ENDPOINT). Deployed, an EventBridge rule runs it at 01:00.
 */
import { createDb } from '../db/client';
import { createServices } from '../server/services';
import { scriptDbConfig } from './scriptDb';

const config = scriptDbConfig();
const services = createServices(createDb(config));
console.log(`Checking provider qualifications in table ${config.tableName} at ${config.endpoint}…`);
const flagged = await services.exitTriggers.expiredQualifications((line) => console.log(`  ${line}`));
console.log(flagged.length ? `${flagged.length} provider(s) now have an exit case.` : 'Every provider in service has a valid qualification.');
