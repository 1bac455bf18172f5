import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type HorizontalAnnotation,
  LogQueryWidget,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { KehouFunction } from '../api/kehouFunction';
import type { KehouTable } from '../data/kehouTable';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { appMetrics, operationsQuery } from './appMetrics';

/**
 * Alarm thresholds per five-minute period. Any Lambda error or throttle is worth a
 * look at district scale (a few hundred users); API 5xx tolerate a handful, since
 * one Lambda error already raises its own alarm and also shows up as a 5xx.
 */
export const alarmThresholds = {
  functionErrors: 1,
  functionThrottles: 1,
  tableThrottledRequests: 1,
  tableSystemErrors: 1,
  apiServerErrors: 5,
  /** Masked unexpected failures (INTERNAL_SERVER_ERROR in a 200 response, invisible to the 5xx alarm). */
  graphqlInternalErrors: 1,
  /** p95 of the GraphQL operations' latency, sustained for `latencyPeriods` periods (cold starts alone do not trip it). */
  graphqlLatencyP95Ms: 3000,
  latencyPeriods: 3,
  /** A scheduled job's run that failed after its retries. */
  jobDeadLetters: 1,
} as const;

/** Operations the functions perform (transactions count separately from their items); at most 10 per alarm. */
const tableOperations = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.TRANSACT_GET_ITEMS,
];

export interface MonitoringProps {
  stage: string;
  functions: Record<string, KehouFunction>;
  table: KehouTable;
  httpApi: HttpApi;
  /** Subscribed to the alarm topic (AWS sends a confirmation e-mail first). */
  alarmEmail?: string;
  /** The GraphQL function's log group, where its EMF lines can be queried per operation. */
  graphqlLogGroup: ILogGroup;
  /** Every scheduled job's dead-letter queue: a message there is a run that failed after its retries. */
  jobs: { name: string; deadLetters: IQueue }[];
}

/** Alarms to an encrypted SNS topic, and one dashboard with the numbers an operator checks first. */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);

    // A customer managed key, because CloudWatch cannot publish to a topic encrypted
    // with the AWS managed aws/sns key (its key policy cannot be changed to admit CloudWatch).
    const key = new Key(this, 'AlarmTopicKey', {
      description: `kehou ${props.stage}: encrypts the alarm topic`,
      enableKeyRotation: true,
      // Only alarm notifications in flight are encrypted with it: nothing to keep after the stack.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `kehou ${props.stage} alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const action = new SnsAction(this.topic);

    const alarm = (alarmId: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1) => {
      const created = new Alarm(this, alarmId, {
        alarmDescription: `kehou ${props.stage}: ${description}`,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No traffic is not an outage; a missing datapoint must not page anyone.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
    };
    const period = Duration.minutes(5);

    for (const [name, fn] of Object.entries(props.functions)) {
      const handler = fn.handler;
      alarm(`${name}Errors`, handler.metricErrors({ period }), alarmThresholds.functionErrors, `${name} function errors`);
      alarm(`${name}Throttles`, handler.metricThrottles({ period }), alarmThresholds.functionThrottles, `${name} function throttled`);
    }
    const table = props.table.table;
    const tableThrottles = table.metricThrottledRequestsForOperations({ operations: tableOperations, period });
    const tableErrors = table.metricSystemErrorsForOperations({ operations: tableOperations, period });
    alarm('TableThrottles', tableThrottles, alarmThresholds.tableThrottledRequests, 'DynamoDB requests throttled');
    alarm('TableSystemErrors', tableErrors, alarmThresholds.tableSystemErrors, 'DynamoDB system errors');
    const api5xx = props.httpApi.metricServerError({ period, statistic: 'Sum' });
    alarm('Api5xx', api5xx, alarmThresholds.apiServerErrors, 'HTTP API 5xx responses');
    const app = appMetrics(props.stage, period);
    alarm(
      'GraphqlInternalErrors',
      app.internalErrors,
      alarmThresholds.graphqlInternalErrors,
      'GraphQL INTERNAL_SERVER_ERROR responses (unexpected failures; see the function log)',
    );
    alarm(
      'GraphqlLatencyP95',
      app.latency('p95'),
      alarmThresholds.graphqlLatencyP95Ms,
      `GraphQL p95 latency at or over ${alarmThresholds.graphqlLatencyP95Ms} ms for ${alarmThresholds.latencyPeriods * 5} minutes`,
      alarmThresholds.latencyPeriods,
    );
    const deadLetters = props.jobs.map((job) => ({
      name: job.name,
      metric: job.deadLetters.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
    }));
    for (const job of deadLetters) {
      alarm(
        `${job.name}Failed`,
        job.metric,
        alarmThresholds.jobDeadLetters,
        `scheduled job ${job.name} failed after its retries (messages in its dead-letter queue)`,
      );
    }

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `kehou-${props.stage}`,
      defaultInterval: Duration.days(1),
    });
    const fns = Object.entries(props.functions);
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 4 }));
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'GraphQL operations and errors by code', left: [app.operations.with({ label: 'operations' })], right: [app.errorsByCode] }),
      new GraphWidget({
        title: 'GraphQL latency (ms)',
        left: ['p50', 'p95', 'p99'].map((statistic) => app.latency(statistic).with({ label: statistic })),
        leftAnnotations: [{ value: alarmThresholds.graphqlLatencyP95Ms, label: 'p95 alarm' } satisfies HorizontalAnnotation],
      }),
      new LogQueryWidget({
        title: 'GraphQL operations: requests and latency',
        logGroupNames: [props.graphqlLogGroup.logGroupName],
        queryLines: operationsQuery,
      }),
      new GraphWidget({
        title: 'Scheduled jobs',
        left: [app.providersFlagged.with({ label: 'providers flagged (qualification expiry)' })],
        right: deadLetters.map((job) => job.metric.with({ label: `${job.name} failed runs` })),
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [props.httpApi.metricCount({ period, statistic: 'Sum' })],
        right: [props.httpApi.metricClientError({ period, statistic: 'Sum' }), api5xx],
      }),
      new GraphWidget({
        title: 'API latency (p95, ms)',
        left: [props.httpApi.metricLatency({ period, statistic: 'p95' })],
      }),
      new GraphWidget({
        title: 'Lambda errors and throttles',
        left: fns.flatMap(([name, fn]) => [
          fn.handler.metricErrors({ period, label: `${name} errors` }),
          fn.handler.metricThrottles({ period, label: `${name} throttles` }),
        ]),
      }),
    );
    // Two math expressions over the same per-operation metrics cannot share a graph (metric ids clash).
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Lambda duration (p95, ms)',
        width: 6,
        left: fns.map(([name, fn]) => fn.handler.metricDuration({ period, statistic: 'p95', label: name })),
      }),
      new GraphWidget({
        title: 'DynamoDB capacity consumed',
        width: 6,
        left: [table.metricConsumedReadCapacityUnits({ period }), table.metricConsumedWriteCapacityUnits({ period })],
      }),
      new GraphWidget({ title: 'DynamoDB throttled requests', width: 6, left: [tableThrottles] }),
      new GraphWidget({ title: 'DynamoDB system errors', width: 6, left: [tableErrors] }),
    );
  }
}
