/**
 * `npm run backfill:members`: gives schools and providers stored before the member lists existed their kept child ids
 * (db/memberLists.ts), so their nested connections are read with the response's BatchGetItem instead of a Query per
 * parent. Against the local engine (start it with `npm start` first) or, with DYNAMODB_ENDPOINT / the deployed
 * table's environment, against DynamoDB; safe to run while the API serves and to run again. Also gives notifications
 * stored before their id index existed its keys (care/notificationIdBackfill.ts), so `node(id:)` finds them, and
 * schools stored before term copies existed their copies (schools/termCopyBackfill.ts), so `School.terms` reads nothing.
 */
import { createDb } from '../db/client';
import { backfillNotificationIds } from '../care/notificationIdBackfill';
import { backfillMemberLists } from '../db/memberBackfill';
import { backfillTermCopies } from '../schools/termCopyBackfill';
import { scriptDbConfig } from './scriptDb';

const config = scriptDbConfig({ deployedTable: true });
const db = createDb(config);
await backfillMemberLists(db, (line) => console.log(`  ${line}`));
await backfillNotificationIds(db, (line) => console.log(`  ${line}`));
await backfillTermCopies(db, (line) => console.log(`  ${line}`));
