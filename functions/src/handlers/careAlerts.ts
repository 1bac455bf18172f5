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
 * EventBridge job, every 5 minutes in service hours: NOT_PICKED_UP and ROLL_CALL_MISSING alerts (SPEC §3.7). Each alert
 * is created only if absent, so a retried or overlapping run raises nothing twice. A failure is retried by Lambda,
 * then lands in the job's dead-letter queue, whose alarm tells an operator.
 */
export const handler = observed(async () => {
  const result = await services.alertJob.run(new Date());
  metrics.addMetric(
    metricNames.alertsRaised,
    MetricUnit.Count,
    result.raised.NOT_PICKED_UP + result.raised.ROLL_CALL_MISSING + result.raised.ABSENT_WITHOUT_LEAVE,
  );
  logger.info('Care alert check done', { ...result });
  return result;
});
