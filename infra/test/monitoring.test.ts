import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { alarmThresholds } from '../lib/monitoring/monitoring';
import { buildStack, withEverything } from './synth';

const { template } = buildStack();
const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));
const functionIds = Object.keys(
  template.findResources('AWS::Lambda::Function', {
    Properties: { Runtime: 'nodejs22.x' },
  }),
);
const onFunction = (metricName: string, functionId: string) =>
  alarms.find((a) => a.MetricName === metricName && JSON.stringify(a.Dimensions).includes(functionId));

describe('alarms', () => {
  it('watch errors and throttles of every function of ours', () => {
    // GraphQL, qualification expiry, student retention, parents' sign-up trigger.
    expect(functionIds).toHaveLength(4);
    for (const id of functionIds) {
      expect(onFunction('Errors', id)).toMatchObject({ Namespace: 'AWS/Lambda', Threshold: alarmThresholds.functionErrors });
      expect(onFunction('Throttles', id)).toMatchObject({ Namespace: 'AWS/Lambda', Threshold: alarmThresholds.functionThrottles });
    }
  });

  it('watch DynamoDB throttled requests and system errors across the operations used', () => {
    const metricNames = (alarm: Record<string, any>) =>
      (alarm.Metrics ?? []).flatMap((m: Record<string, any>) => (m.MetricStat ? [m.MetricStat.Metric.MetricName] : []));
    const throttled = alarms.find((a) => metricNames(a).includes('ThrottledRequests'));
    const systemErrors = alarms.find((a) => metricNames(a).includes('SystemErrors'));
    expect(throttled?.Threshold).toBe(alarmThresholds.tableThrottledRequests);
    expect(systemErrors?.Threshold).toBe(alarmThresholds.tableSystemErrors);
    // CloudWatch allows at most 10 metrics in one alarm.
    expect(throttled!.Metrics.length).toBeLessThanOrEqual(11);
  });

  it('watch HTTP API 5xx responses', () => {
    expect(alarms.find((a) => a.MetricName === '5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      Threshold: alarmThresholds.apiServerErrors,
      Dimensions: [{ Name: 'ApiId', Value: { Ref: expect.stringMatching(/^ApiHttpApi/) } }],
    });
  });

  it('all notify the topic on alarm and on recovery, and stay quiet without traffic', () => {
    // Per function errors and throttles; table throttles and system errors; API 5xx; GraphQL internal errors and
    // p95 latency; one per scheduled job (qualification expiry, student retention).
    expect(alarms.length).toBe(2 * functionIds.length + 3 + 2 + 2);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.OKActions).toEqual([{ Ref: topicId }]);
      expect(alarm.TreatMissingData).toBe('notBreaching');
    }
  });
});

describe('alarm topic', () => {
  it('is encrypted with a rotating key that CloudWatch may use, and refuses plain HTTP', () => {
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('e-mails the administrator when adminEmail is given, and nobody otherwise', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    buildStack(withEverything).template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'it@example.edu.cn',
    });
  });
});

describe('dashboard', () => {
  it('exists per stage and shows the alarms, the API, the functions and the table', () => {
    const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboard.Properties.DashboardName).toBe('kehou-test');
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const title of ['Alarms', 'API requests and errors', 'Lambda errors and throttles', 'DynamoDB throttled requests']) {
      expect(body).toContain(title);
    }
  });
});
