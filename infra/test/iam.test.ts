import { globalIndexes } from '@kehou/functions/table';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/api/kehouFunction';
import { graphqlTableAccess } from '../lib/api/graphqlApi';
import { documentActions } from '../lib/documents/documentsBucket';
import { qualificationExpiryTableAccess } from '../lib/jobs/scheduledJobs';
import { buildStack } from './synth';

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
const { template } = buildStack();
/** What these tests read of a synthesized resource's properties (CloudFormation JSON). */
type Properties = { PolicyDocument: { Statement: unknown[] }; Roles: unknown; [name: string]: unknown };
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Properties }>;
const idOf = (type: string, prefix: string) => {
  const ids = Object.keys(resources).filter((id) => resources[id].Type === type && id.startsWith(prefix));
  expect(ids, `${type} ${prefix}*`).toHaveLength(1);
  return ids[0];
};

/** Every statement of every policy attached to the role whose logical id starts with `rolePrefix`. */
function statementsOf(rolePrefix: string): Statement[] {
  const role = idOf('AWS::IAM::Role', rolePrefix);
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: role }]))
    .flatMap((r) => r.Properties.PolicyDocument.Statement as Statement[]);
}
const actionsOf = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat()).sort();

const tableArn = { 'Fn::GetAtt': [idOf('AWS::DynamoDB::GlobalTable', 'DataTable'), 'Arn'] };
const indexArn = (name: string) => ({ 'Fn::Join': ['', [tableArn, `/index/${name}`]] });
const documentsArn = { 'Fn::GetAtt': [idOf('AWS::S3::Bucket', 'DocumentsBucket'), 'Arn'] };
/** Active X-Ray tracing: these two actions have no resource-level permissions. */
const tracing = { Effect: 'Allow', Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], Resource: '*' };
const logsOf = (prefix: string) => ({
  Effect: 'Allow',
  Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  Resource: { 'Fn::GetAtt': [idOf('AWS::Logs::LogGroup', prefix), 'Arn'] },
});

describe('GraphQL function role', () => {
  const statements = statementsOf('ApiGraphqlFunctionRole');

  it('holds exactly: its log group, its traces, the API item actions, Query on each GSI, and documents/* objects', () => {
    expect(statements).toEqual([
      logsOf('ApiGraphqlFunctionLogs'),
      tracing,
      { Effect: 'Allow', Action: [...graphqlTableAccess.itemActions].sort(), Resource: tableArn },
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: globalIndexes.map((index) => indexArn(index.indexName)) },
      {
        Effect: 'Allow',
        Action: [...documentActions].sort(),
        Resource: { 'Fn::Join': ['', [documentsArn, '/documents/*']] },
      },
    ]);
  });

  /**
   * Evidence in functions/src (outside local/ and tests) that each granted action is used.
   * ElectroDB names: get({…}) → GetItem, get([…]) → BatchGetItem, create/put → PutItem,
   * patch/update → UpdateItem, delete/remove → DeleteItem, check → ConditionCheckItem.
   */
  const evidence: Record<string, RegExp> = {
    'dynamodb:GetItem': /\.get\(\{|GetCommand\b/,
    'dynamodb:BatchGetItem': /\.get\(\w+\.map\(|BatchGetCommand\b/,
    'dynamodb:Query': /\.query\.\w+\(|QueryCommand\b/,
    'dynamodb:PutItem': /\.(create|put)\(|PutCommand\b/,
    'dynamodb:UpdateItem': /\.(patch|update)\(\{|UpdateCommand\b/,
    'dynamodb:DeleteItem': /\.(delete|remove)\(\{|DeleteCommand\b/,
    'dynamodb:ConditionCheckItem': /\.check\(\{|ConditionCheck\b/,
    's3:PutObject': /PutObjectCommand\b/,
    's3:GetObject': /(Get|Head)ObjectCommand\b/,
    's3:DeleteObject': /DeleteObjectCommand\b/,
  };

  it('grants no action the function code does not use', () => {
    const source = sourceFiles(join(repoRoot, 'functions/src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Logs and traces are written by the runtime and Powertools for every function, not by domain code.
    const granted = actionsOf(statements).filter((action) => !action.startsWith('logs:') && !action.startsWith('xray:'));
    expect(granted.filter((action) => !evidence[action])).toEqual([]);
    expect(granted.filter((action) => !evidence[action].test(source))).toEqual([]);
  });
});

describe('qualification expiry job role', () => {
  it('holds exactly: its log group, its traces, its dead-letter queue, item reads and transactional writes, Query on gsi3', () => {
    expect(statementsOf('JobsQualificationExpiryRole')).toEqual([
      logsOf('JobsQualificationExpiryLogs'),
      tracing,
      // Lambda's on-failure destination (aws-cdk-lib grants the queue's send actions).
      {
        Effect: 'Allow',
        Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
        Resource: { 'Fn::GetAtt': [idOf('AWS::SQS::Queue', 'JobsQualificationExpiryDeadLetters'), 'Arn'] },
      },
      { Effect: 'Allow', Action: [...qualificationExpiryTableAccess.itemActions].sort(), Resource: tableArn },
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: indexArn('gsi3') },
    ]);
  });

  it('has no action the API lacks, and none to delete or batch-read', () => {
    const job = qualificationExpiryTableAccess.itemActions;
    expect(job.filter((action) => !graphqlTableAccess.itemActions.includes(action))).toEqual([]);
    expect(job).not.toContain('dynamodb:DeleteItem');
    expect(job).not.toContain('dynamodb:BatchGetItem');
  });
});

describe('every role in the stack', () => {
  const all = Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .flatMap((r) => r.Properties.PolicyDocument.Statement as Statement[]);

  it('never allows Scan, batch writes, stream reads or a service-wide wildcard action', () => {
    const actions = actionsOf(all);
    for (const forbidden of ['dynamodb:Scan', 'dynamodb:BatchWriteItem', 'dynamodb:GetRecords', 'dynamodb:*', 's3:*', '*']) {
      expect(actions).not.toContain(forbidden);
    }
  });

  it('reaches the table only from the four functions and the documents bucket only from the API', () => {
    const touching = (arn: unknown) =>
      Object.entries(resources)
        .filter(([, r]) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.PolicyDocument).includes(JSON.stringify(arn)))
        .map(([id]) => id.replace(/DefaultPolicy.*$/, ''));
    expect(touching(tableArn).sort()).toEqual([
      'ApiGraphqlFunctionRole',
      'JobsCareAlertsRole',
      'JobsQualificationExpiryRole',
      'JobsStudentRetentionRole',
      'ParentsPostConfirmationRole',
    ]);
    expect(touching(documentsArn)).toEqual(['ApiGraphqlFunctionRole']);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'local' || entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}
