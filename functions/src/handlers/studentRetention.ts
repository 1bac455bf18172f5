import { createDb, dbConfigFromEnv } from '../db/client';
import { createServices } from '../server/services';

const services = createServices(createDb(dbConfigFromEnv()));

/**
 * Daily EventBridge job (SPEC §3.11): deletes the students who left longer ago than the district's
 * `studentDataRetentionMonths`, with their applications, roster entries, guardian links and binding code. Logs one
 * JSON line per student and a summary; safe to re-run (a student not finished today is finished tomorrow).
 */
export async function handler(): Promise<{ purged: number; failed: number; cutoff: string }> {
  const result = await services.retention.purgeLeftStudents({ log: (line) => console.log(JSON.stringify({ level: 'info', message: line })) });
  console.log(JSON.stringify({ level: 'info', message: 'Student retention done', cutoff: result.cutoff, purged: result.purged.length, failed: result.failed.length }));
  return { purged: result.purged.length, failed: result.failed.length, cutoff: result.cutoff };
}
