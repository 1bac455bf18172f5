import type { Duration } from 'aws-cdk-lib';
import { MathExpression, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { INTERNAL_ERROR_CODE, metricNames, metricNamespace, serviceNames } from '@kehou/functions/observability/metricNames';

/**
 * The functions' own metrics (EMF, written by Powertools Metrics; names in functions/src/observability/metricNames.ts)
 * as CloudWatch metric objects for alarms and the dashboard. Dimensions must match exactly what the code emits.
 * No labels here: a labelled metric turns an alarm into a metric-math alarm; the dashboard adds them.
 */
export function appMetrics(stage: string, period: Duration) {
  const namespace = metricNamespace(stage);
  const graphql = { service: serviceNames.graphql };
  const latency = (statistic: string) => new Metric({ namespace, metricName: metricNames.latency, dimensionsMap: graphql, statistic, period });
  return {
    operations: new Metric({ namespace, metricName: metricNames.operations, dimensionsMap: graphql, statistic: 'Sum', period }),
    internalErrors: new Metric({
      namespace,
      metricName: metricNames.errors,
      dimensionsMap: { ...graphql, code: INTERNAL_ERROR_CODE },
      statistic: 'Sum',
      period,
    }),
    latency,
    /** Every error code that occurred, one line each (a search: codes appear as they happen). */
    errorsByCode: new MathExpression({
      expression: `SEARCH('{"${namespace}",service,code} MetricName="${metricNames.errors}" service="${serviceNames.graphql}"', 'Sum', ${period.toSeconds()})`,
      usingMetrics: {},
      label: '',
      period,
    }),
    providersFlagged: new Metric({
      namespace,
      metricName: metricNames.providersFlagged,
      dimensionsMap: { service: serviceNames.qualificationExpiry },
      statistic: 'Sum',
      period,
    }),
  };
}

/** Logs Insights over the GraphQL function's EMF lines: which operations run, how often, how slowly. */
export const operationsQuery = [
  'filter ispresent(Operations)',
  'stats count(*) as requests, pct(Latency, 50) as p50_ms, pct(Latency, 95) as p95_ms by operation',
  'sort requests desc',
  'limit 20',
];
