import { describe, expect, it } from 'vitest';
import { configFrom, describeSettings, parseArguments } from '../bin/cli';
import { nextSteps } from '../bin/deploy';
import { deletedResources, retainedResources } from '../bin/destroy';
import { buildStack, withEverything } from './synth';

describe('deploy and destroy arguments', () => {
  it('separate CDK context from other CLI flags, in every spelling', () => {
    expect(parseArguments(['-c', 'stage=test', '--context', 'adminEmail=a@b.cn', '--context=region=ap-east-1', '--profile', 'x'])).toEqual({
      context: { stage: 'test', adminEmail: 'a@b.cn', region: 'ap-east-1' },
      contextArgs: ['-c', 'stage=test', '-c', 'adminEmail=a@b.cn', '-c', 'region=ap-east-1'],
      cdkArgs: ['--profile', 'x'],
    });
  });

  it('keep "=" inside values and refuse a pair without one', () => {
    expect(parseArguments(['-c', 'oidcIssuer=https://id.example/?a=b']).context.oidcIssuer).toBe('https://id.example/?a=b');
    expect(() => parseArguments(['-c', 'stage'])).toThrow(/key=value/);
  });

  it('read settings like the CDK app: context first, then the environment, validated before any build', () => {
    expect(configFrom({ stage: 'test' }, { STAGE: 'dev', ADMIN_EMAIL: 'it@example.edu.cn' })).toMatchObject({
      stage: 'test',
      adminEmail: 'it@example.edu.cn',
    });
    expect(() => configFrom({ stage: 'Bad Stage' }, {})).toThrow(/Invalid stage/);
  });

  it('show the settings before deploying', () => {
    const text = describeSettings(configFrom({ stage: 'test', adminEmail: 'it@example.edu.cn' }, {}), {}).join('\n');
    expect(text).toMatch(/stack\s+Kehou-test/);
    expect(text).toMatch(/first admin \/ alarms\s+it@example.edu.cn/);
    const apps = describeSettings(configFrom({ appClients: '[{"name":"dashboard"},{"name":"parent-app"}]' }, {}), {}).join('\n');
    expect(apps).toMatch(/app clients\s+dashboard, parent-app/);
  });
});

describe('after a deploy', () => {
  const outputs = { ConsoleUrl: 'https://d1.cloudfront.net', GraphqlUrl: 'https://api/graphql', UserPoolId: 'pool' };

  it('tells the first administrator where to sign in', () => {
    const text = nextSteps(configFrom({ adminEmail: 'it@example.edu.cn' }, {}), outputs).join('\n');
    expect(text).toContain('https://d1.cloudfront.net');
    expect(text).toContain('it@example.edu.cn receives a temporary password');
    expect(text).toContain('Subscription Confirmation');
  });

  it('explains how to add an administrator when none was given', () => {
    expect(nextSteps(configFrom({}, {}), outputs).join('\n')).toContain('ADMIN_EMAIL=');
  });
});

describe('npm run destroy', () => {
  it('names every kind of resource the template retains', () => {
    const { template } = buildStack(withEverything);
    const retainedTypes = new Set(
      Object.values(template.toJSON().Resources as Record<string, { Type: string; DeletionPolicy?: string }>)
        .filter((resource) => resource.DeletionPolicy === 'Retain')
        .map((resource) => resource.Type),
    );
    // The first admin and its membership live in the pool, which the list names.
    expect([...retainedTypes].sort()).toEqual([
      'AWS::Backup::BackupVault',
      'AWS::Cognito::UserPool',
      'AWS::Cognito::UserPoolUser',
      'AWS::Cognito::UserPoolUserToGroupAttachment',
      'AWS::DynamoDB::GlobalTable',
      'AWS::Logs::LogGroup',
      'AWS::S3::Bucket',
    ]);
    const text = retainedResources(configFrom({ stage: 'prod', backup: 'on' }, {})).join('\n');
    for (const named of [
      'DynamoDB table kehou-prod',
      'Cognito user pool',
      'kehou-prod-documents-',
      'accesslogsbucket',
      'log groups',
      'Backup vault kehou-prod',
    ]) {
      expect(text).toContain(named);
    }
  });

  it('mentions the console bucket among the deleted resources only where the stack hosts the console', () => {
    expect(deletedResources(configFrom({}, {})).join()).toContain('CloudFront');
    const china = { region: 'cn-north-1', oidcIssuer: 'https://id.example.edu.cn', oidcAudience: 'console' };
    expect(deletedResources(configFrom(china, {})).join()).not.toContain('CloudFront');
    expect(retainedResources(configFrom(china, {})).join()).not.toContain('Cognito');
  });
});
