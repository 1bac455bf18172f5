import { INTERNAL_ERROR_CODE, metricNames, serviceNames } from '@kehou/functions/observability/metricNames';
import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { backupRules } from '../lib/backup/kehouBackup';
import { readConfig } from '../lib/config';
import { alarmThresholds } from '../lib/monitoring/monitoring';
import { operationsQuery } from '../lib/monitoring/appMetrics';
import { buildStack, createApp, withEverything } from './synth';

const { template } = buildStack();
type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };
const resources = template.toJSON().Resources as Record<string, Resource>;
const ofType = (type: string) => Object.entries(resources).filter(([, resource]) => resource.Type === type);
const alarms = ofType('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
const ourFunctions = ofType('AWS::Lambda::Function').filter(([, fn]) => fn.Properties.Runtime === 'nodejs22.x');
const dimensions = (alarm: Record<string, any>) => Object.fromEntries((alarm.Dimensions ?? []).map((d: { Name: string; Value: unknown }) => [d.Name, d.Value]));

describe('application metrics alarms', () => {
  it('page on any masked INTERNAL_SERVER_ERROR, which reaches clients as HTTP 200 and so no 5xx alarm sees', () => {
    const alarm = alarms.find((a) => a.MetricName === metricNames.errors && a.Namespace === 'Kehou/test');
    expect(alarm).toMatchObject({
      Namespace: 'Kehou/test',
      Statistic: 'Sum',
      Period: 300,
      Threshold: alarmThresholds.graphqlInternalErrors,
      EvaluationPeriods: 1,
    });
    // Exactly the dimensions Powertools writes (functions/test/observability.test.ts checks the EMF side).
    expect(dimensions(alarm!)).toEqual({ service: serviceNames.graphql, code: INTERNAL_ERROR_CODE });
  });

  it('page when p95 latency stays high for three periods in a row', () => {
    const alarm = alarms.find((a) => a.MetricName === metricNames.latency && a.Namespace === 'Kehou/test');
    expect(alarm).toMatchObject({
      Namespace: 'Kehou/test',
      ExtendedStatistic: 'p95',
      Period: 300,
      Threshold: alarmThresholds.graphqlLatencyP95Ms,
      EvaluationPeriods: alarmThresholds.latencyPeriods,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(dimensions(alarm!)).toEqual({ service: serviceNames.graphql });
  });
});

describe('tracing and metrics settings', () => {
  it("every function of ours has active X-Ray tracing, a service name and the stage's metric namespace", () => {
    expect(ourFunctions).toHaveLength(4);
    const services = ourFunctions.map(([, fn]) => {
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Properties.Environment.Variables.POWERTOOLS_METRICS_NAMESPACE).toBe('Kehou/test');
      return fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME;
    });
    expect(services.sort()).toEqual([serviceNames.graphql, serviceNames.qualificationExpiry, serviceNames.studentRetention, serviceNames.parentSignUp].sort());
  });
});

describe('every scheduled job', () => {
  const scheduled = ofType('AWS::Events::Rule').filter(([, rule]) => rule.Properties.ScheduleExpression);
  const queueIdOf = (arn: { 'Fn::GetAtt': [string, string] }) => arn['Fn::GetAtt'][0];

  it('exists (the list below is checked for each)', () => {
    expect(scheduled.length).toBeGreaterThan(0);
  });

  it.each(scheduled.map(([id, rule]) => [id, rule] as const))('%s: failed deliveries and failed runs go to an encrypted dead-letter queue', (_id, rule) => {
    const [target] = rule.Properties.Targets;
    const queueId = queueIdOf(target.DeadLetterConfig.Arn);
    const functionId = target.Arn['Fn::GetAtt'][0];
    expect(resources[queueId]).toMatchObject({ Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 } });
    const invokeConfig = ofType('AWS::Lambda::EventInvokeConfig').find(([, config]) => config.Properties.FunctionName.Ref === functionId);
    expect(invokeConfig?.[1].Properties).toMatchObject({
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    // EventBridge may write to it (the rule's dead letters); plain HTTP is refused.
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage' }),
        ]),
      },
    });
  });

  it.each(scheduled.map(([id, rule]) => [id, rule] as const))('%s: a message in its dead-letter queue raises an alarm', (_id, rule) => {
    const queueId = queueIdOf(rule.Properties.Targets[0].DeadLetterConfig.Arn);
    const alarm = alarms.find((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && JSON.stringify(a.Dimensions).includes(queueId));
    expect(alarm).toMatchObject({ Namespace: 'AWS/SQS', Statistic: 'Maximum', Threshold: alarmThresholds.jobDeadLetters });
  });
});

describe('AWS Backup plan', () => {
  it('is off by default (PITR and object versions cover recent mistakes)', () => {
    expect(ofType('AWS::Backup::BackupPlan')).toEqual([]);
    expect(ofType('AWS::Backup::BackupVault')).toEqual([]);
  });

  it('with backup=on: daily and monthly copies of the table and the documents bucket, in a retained vault', () => {
    const backed = buildStack(withEverything).template;
    const json = backed.toJSON().Resources as Record<string, Resource>;
    const [[vaultId, vault]] = Object.entries(json).filter(([, r]) => r.Type === 'AWS::Backup::BackupVault');
    expect(vault).toMatchObject({ DeletionPolicy: 'Retain', Properties: { BackupVaultName: 'kehou-test' } });
    backed.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: {
        BackupPlanName: 'kehou-test',
        BackupPlanRule: [
          Match.objectLike({
            RuleName: 'Daily',
            ScheduleExpression: 'cron(0 18 * * ? *)',
            Lifecycle: { DeleteAfterDays: backupRules.daily.keepDays },
            TargetBackupVault: { 'Fn::GetAtt': [vaultId, 'BackupVaultName'] },
          }),
          Match.objectLike({ RuleName: 'Monthly', ScheduleExpression: 'cron(0 18 1 * ? *)', Lifecycle: { DeleteAfterDays: backupRules.monthly.keepDays } }),
        ],
      },
    });
    const [selection] = Object.values(json).filter((r) => r.Type === 'AWS::Backup::BackupSelection');
    const selected = JSON.stringify(selection.Properties.BackupSelection.Resources);
    expect(selected).toMatch(/DataTable/);
    expect(selected).toMatch(/DocumentsBucket/);
  });

  it('is switched by the backup setting, from context or environment', () => {
    expect(readConfig(new App({ context: { backup: 'on' } }), {}).backup).toBe(true);
    expect(readConfig(new App(), { BACKUP: 'yes' }).backup).toBe(true);
    expect(readConfig(new App(), { BACKUP: 'off' }).backup).toBeUndefined();
    expect(() => readConfig(new App(), { BACKUP: 'daily' })).toThrow(/backup must be on or off/);
  });
});

describe('termination protection', () => {
  it('guards the prod stage, and only it', () => {
    expect(createApp({ stage: 'prod' }).stack.terminationProtection).toBe(true);
    expect(createApp({ stage: 'test' }).stack.terminationProtection).toBe(false);
  });
});

describe('dashboard', () => {
  it('shows the GraphQL operations, errors by code, latency percentiles, operations by name and the jobs', () => {
    const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const expected of [
      'GraphQL operations and errors by code',
      `SEARCH('{\\\\\\"Kehou/test\\\\\\",service,code} MetricName=\\\\\\"Errors\\\\\\"`,
      'GraphQL latency (ms)',
      '\\"p95\\"',
      operationsQuery[1],
      'Scheduled jobs',
      metricNames.providersFlagged,
      'ApproximateNumberOfMessagesVisible',
    ]) {
      expect(body).toContain(expected);
    }
  });
});
