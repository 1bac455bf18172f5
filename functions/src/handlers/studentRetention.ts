import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { createDb, dbConfigFromEnv } from '../db/client';
import { noDocumentStorage } from '../documents/storage';
import { observed, metrics, traced } from '../observability/lambda';
import { logger } from '../observability/logger';
import { metricNames } from '../observability/metricNames';
import { createServices } from '../server/services';

const db = createDb(dbConfigFromEnv());
traced(db.client);
const services = createServices(db, noDocumentStorage);

/**
 * Daily EventBridge job (SPEC §3.11): deletes the students who left longer ago than the district's
 * `studentDataRetentionMonths`, with their applications, roster entries, guardian links and binding code. Logs one
 * line per student and a summary, counts both as metrics; safe to re-run (a student not finished today is finished
 * tomorrow). A failed run is retried by Lambda, then lands in the job's dead-letter queue, whose alarm tells an operator.
 */
export const handler = observed(async (): Promise<{ purged: number; failed: number; cutoff: string }> => {
  const result = await services.retention.purgeLeftStudents({ log: (line) => logger.info(line) });
  metrics.addMetric(metricNames.studentsPurged, MetricUnit.Count, result.purged.length);
  metrics.addMetric(metricNames.studentsPurgeFailed, MetricUnit.Count, result.failed.length);
  logger.info('Student retention done', { cutoff: result.cutoff, purged: result.purged.length, failed: result.failed.length });
  return { purged: result.purged.length, failed: result.failed.length, cutoff: result.cutoff };
});
