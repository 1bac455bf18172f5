import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';
import { logger } from './logger';
import { INTERNAL_ERROR_CODE, metricNames } from './metricNames';
import type { RequestRecord } from './requestObserver';

/**
 * Lambda-only observability: EMF metrics and X-Ray tracing (Powertools for AWS Lambda). Only the handlers import
 * this module, so the local server and the tests of the domain never load the X-Ray SDK. Namespace and service
 * come from the environment the CDK app sets (POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_SERVICE_NAME).
 */
const serviceName = process.env.POWERTOOLS_SERVICE_NAME || 'kehou';
export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || 'Kehou/local', serviceName });
// Only AWS SDK calls are traced (captureAWSv3Client); the functions make no other outgoing requests.
export const tracer = new Tracer({ serviceName, captureHTTPsRequests: false });

/** X-Ray subsegments for every call of this AWS SDK client (table, bucket, duration, retries; never items). */
export const traced = <T extends object>(client: T): T => tracer.captureAWSv3Client(client);

/** One GraphQL request as metrics (operations, errors by code, latency) and as annotations of its trace. */
export function recordRequest(request: RequestRecord): void {
  metrics.addMetric(metricNames.operations, MetricUnit.Count, 1);
  metrics.addMetric(metricNames.latency, MetricUnit.Milliseconds, request.latencyMs);
  // Metadata rides along in the EMF log line (Logs Insights can group by it) without becoming a billed metric.
  metrics.addMetadata('operation', request.operation);
  metrics.addMetadata('operationType', request.operationType);
  const counts = new Map<string, number>();
  for (const code of request.errorCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  for (const [code, count] of counts) {
    const single = metrics.singleMetric();
    single.addDimension('code', code);
    single.addMetric(metricNames.errors, MetricUnit.Count, count);
  }
  tracer.putAnnotation('operation', request.operation);
  if (counts.has(INTERNAL_ERROR_CODE)) tracer.putAnnotation('internalError', true);
}

/** A Lambda handler as the runtime calls it; the callback is accepted for the Apollo integration's signature. */
export type AsyncHandler<E, R> = (event: E, context: Context, callback?: unknown) => Promise<R>;

/**
 * Wraps a handler so that each invocation logs with the Lambda request id and the caller's correlation id, runs in
 * an X-Ray subsegment annotated with cold start and service, and flushes its metrics when done, failed or not.
 */
export function observed<E, R>(handler: AsyncHandler<E, R>, correlationIdOf: (event: E) => string | undefined = () => undefined): AsyncHandler<E, R> {
  return async (event, context) => {
    logger.addContext(context);
    const correlationId = correlationIdOf(event);
    if (correlationId) logger.setCorrelationId(correlationId);
    const segment = tracer.isTracingEnabled() ? tracer.getSegment() : undefined;
    const subsegment = segment?.addNewSubsegment(`## ${process.env._HANDLER ?? 'handler'}`);
    if (subsegment) {
      tracer.setSegment(subsegment);
      tracer.annotateColdStart();
      tracer.addServiceNameAnnotation();
    }
    metrics.captureColdStartMetric();
    try {
      return await handler(event, context);
    } catch (error) {
      // The trace is only flagged: the failure's text may hold data, and goes to the redacted log line instead.
      logger.error('Invocation failed', error as Error);
      subsegment?.addFaultFlag();
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
      metrics.publishStoredMetrics();
      logger.resetKeys();
    }
  };
}
