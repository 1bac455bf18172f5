import { createDb, dbConfigFromEnv } from '../db/client';
import { createServices } from '../server/services';

const services = createServices(createDb(dbConfigFromEnv()));

/**
 * Daily EventBridge job: every provider in service whose qualifications have all expired gets an exit case
 * (QUALIFICATION_EXPIRED, at most one per provider). Logs one JSON line per provider flagged.
 */
export async function handler(): Promise<{ flagged: string[] }> {
  const flagged = await services.exitTriggers.expiredQualifications((line) => console.log(JSON.stringify({ level: 'info', message: line })));
  console.log(JSON.stringify({ level: 'info', message: 'Qualification check done', flagged: flagged.length }));
  return { flagged };
}
