import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildStack } from './synth';

const { template } = buildStack();
const functions = template.findResources('AWS::Lambda::Function', {
  Properties: { Description: Match.stringLikeRegexp('qualification expiry') },
});
const [[jobId, job]] = Object.entries(functions);

describe('qualification expiry job', () => {
  it('is one Node 22 arm64 function with the table name, a longer timeout and no reserved concurrency', () => {
    expect(Object.keys(functions)).toHaveLength(1);
    expect(job.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: 300,
      Environment: { Variables: expect.objectContaining({ TABLE_NAME: { Ref: expect.stringMatching(/^DataTable/) } }) },
    });
    expect(job.Properties.ReservedConcurrentExecutions).toBeUndefined();
    expect(job.Properties.Environment.Variables.DOCUMENTS_BUCKET).toBeUndefined();
  });

  it('runs daily at 01:00 China Standard Time (17:00 UTC) with retries', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 17 * * ? *)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [jobId, 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 7200 },
        }),
      ],
    });
  });

  it('may be invoked by that rule only', () => {
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission')).filter((p) =>
      JSON.stringify(p.Properties.FunctionName).includes(jobId),
    );
    expect(permissions).toHaveLength(1);
    expect(permissions[0].Properties).toMatchObject({
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [expect.stringMatching(/QualificationExpirySchedule/), 'Arn'] },
    });
  });
});
