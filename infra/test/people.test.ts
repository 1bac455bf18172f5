import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { PARENT_GROUP, parentSignUpTableAccess } from '../lib/auth/parentSignUp';
import { studentRetentionTableAccess } from '../lib/jobs/scheduledJobs';
import { buildStack } from './synth';

const { template } = buildStack();
// `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any>; DependsOn?: string[] }>;
const ids = (type: string, prefix: string) => Object.keys(resources).filter((id) => resources[id].Type === type && id.startsWith(prefix));
const [parentPoolId] = ids('AWS::Cognito::UserPool', 'ParentsUserPool');
const parentPool = resources[parentPoolId].Properties;

/** Every statement of the policies attached to a role (default and inline ones). */
const statementsOf = (rolePrefix: string) => {
  const [role] = ids('AWS::IAM::Role', rolePrefix);
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: role }]))
    .flatMap((r) => r.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
};
const tableArn = { 'Fn::GetAtt': [ids('AWS::DynamoDB::GlobalTable', 'DataTable')[0], 'Arn'] };

describe('parents’ self sign-up by phone', () => {
  it('is a pool of its own: self sign-up, the phone as user name, verified by SMS code', () => {
    expect(parentPool.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(false);
    expect(parentPool.UsernameAttributes).toEqual(['phone_number']);
    expect(parentPool.AutoVerifiedAttributes).toEqual(['phone_number']);
    expect(parentPool.DeletionProtection).toBe('ACTIVE');
    expect(parentPool.Schema).toEqual(expect.arrayContaining([expect.objectContaining({ Name: 'guardianId', AttributeDataType: 'String' })]));
  });

  it('has the PARENT group and no other: a confirmed user can never land in a staff group', () => {
    const groups = Object.values(resources).filter((r) => r.Type === 'AWS::Cognito::UserPoolGroup' && r.Properties.UserPoolId.Ref === parentPoolId);
    expect(groups.map((g) => g.Properties.GroupName)).toEqual([PARENT_GROUP]);
  });

  it('runs the post-confirmation trigger, allowed to set that pool’s group and guardian attribute only', () => {
    const [triggerId] = ids('AWS::Lambda::Function', 'ParentsPostConfirmation');
    expect(parentPool.LambdaConfig).toEqual({ PostConfirmation: { 'Fn::GetAtt': [triggerId, 'Arn'] } });
    const statements = statementsOf('ParentsPostConfirmationRole');
    const cognito = statements.filter((s) => JSON.stringify(s.Action).includes('cognito-idp'));
    expect(cognito).toEqual([
      expect.objectContaining({
        Action: ['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminUpdateUserAttributes'],
        Resource: { 'Fn::GetAtt': [parentPoolId, 'Arn'] },
      }),
    ]);
    expect(statements.find((s) => JSON.stringify(s.Resource) === JSON.stringify(tableArn))!.Action).toEqual([...parentSignUpTableAccess.itemActions].sort());
  });

  it('lets the parents’ app write the phone and name but never custom:guardianId', () => {
    const [clientId] = ids('AWS::Cognito::UserPoolClient', 'ParentsUserPoolParentClient');
    const client = resources[clientId].Properties;
    expect(client.GenerateSecret).toBe(false);
    expect(client.WriteAttributes.sort()).toEqual(['name', 'phone_number']);
    expect(client.ReadAttributes).toContain('custom:guardianId');
  });
});

describe('student data retention job', () => {
  it('runs daily at 01:30 China Standard Time with exactly the table access it needs', () => {
    const [jobId] = ids('AWS::Lambda::Function', 'JobsStudentRetention');
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(30 17 * * ? *)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [jobId, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 7200 } })],
    });
    const statements = statementsOf('JobsStudentRetentionRole');
    expect(statements.find((s) => JSON.stringify(s.Resource) === JSON.stringify(tableArn))!.Action).toEqual(
      [...studentRetentionTableAccess.itemActions].sort(),
    );
    expect(statements.find((s) => s.Action === 'dynamodb:Query')!.Resource).toEqual(
      ['gsi1', 'gsi3'].map((name) => ({ 'Fn::Join': ['', [tableArn, `/index/${name}`]] })),
    );
  });
});
