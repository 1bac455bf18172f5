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
 * Daily EventBridge job: every provider in service whose qualifications have all expired gets an exit case
 * (QUALIFICATION_EXPIRED, at most one per provider). Logs one line per provider flagged and counts them as a metric.
 * A failure is retried by Lambda, then lands in the job's dead-letter queue, whose alarm tells an operator.
 */
export const handler = observed(async (): Promise<{ flagged: string[] }> => {
  const flagged = await services.exitTriggers.expiredQualifications((line) => logger.info(line));
  metrics.addMetric(metricNames.providersFlagged, MetricUnit.Count, flagged.length);
  logger.info('Qualification check done', { flagged: flagged.length });
  return { flagged };
});
