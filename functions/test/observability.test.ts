import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type BatchGetCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { redactingReplacer, redactText } from '../src/observability/redact';
import { providerInput } from './support/domain';
import { httpApiEvent } from './support/lambdaEvent';

// Before any module reads them: the environment the CDK app gives the GraphQL function.
vi.hoisted(() => {
  process.env.POWERTOOLS_SERVICE_NAME = 'graphql';
  process.env.POWERTOOLS_METRICS_NAMESPACE = 'Kehou/test';
  // The other test files keep metrics quiet (vitest.config.ts); this one reads them.
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  process.env.TABLE_NAME = 'kehou-observability';
  // Never reached: every DynamoDB call of this file is answered by the mock below.
  process.env.DYNAMODB_ENDPOINT = 'http://127.0.0.1:9';
});

const PHONE = '13812345678';
const TOKEN = 'eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3QifQ.eyJzdWIiOiJkaXN0cmljdCIsInBob25lIjoiMTM4MTIzNDU2NzgifQ.c2lnbmF0dXJlLXBhcnQ';

/** Everything the process writes to stdout and stderr while `run` runs, as lines (the Logger and EMF write there). */
async function capture(run: () => Promise<unknown>): Promise<string[]> {
  const chunks: string[] = [];
  const spies = [process.stdout, process.stderr].map((stream) =>
    vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    }) as typeof stream.write),
  );
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return chunks.join('').split('\n').filter(Boolean);
}

describe('redaction', () => {
  it('masks phone numbers, ID numbers, e-mail addresses and tokens in free text', () => {
    const text = `call ${PHONE} or +86 138-1234-5678 or 0531-88886666, id 11010519491231002X, it@example.edu.cn, Authorization: Bearer ${TOKEN}`;
    const redacted = redactText(text);
    for (const secret of [PHONE, '138-1234-5678', '88886666', '11010519491231002X', 'it@example.edu.cn', TOKEN.split('.')[1]]) {
      expect(redacted).not.toContain(secret);
    }
    expect(redacted).toContain('[REDACTED]:phone');
  });

  it('masks the value of personal or secret keys, in objects and in quoted records, and keeps the rest readable', () => {
    const replaced = JSON.stringify(
      { headers: { Authorization: 'x', 'x-request-id': 'r-1' }, contactName: '李教练', tableName: 'kehou-prod' },
      redactingReplacer,
    );
    expect(JSON.parse(replaced)).toEqual({
      headers: { Authorization: '[REDACTED]', 'x-request-id': 'r-1' },
      contactName: '[REDACTED]',
      tableName: 'kehou-prod',
    });
    expect(redactText("item contactName='李教练' phone=0531 TableName=kehou")).toBe('item contactName=[REDACTED] phone=[REDACTED] TableName=kehou');
  });

  it('elides records quoted in a message whole, since names in them match no pattern, and keeps stack frames', () => {
    const message = 'invalid: [{"Put":{"Item":{"changes":[{"field":"contactName","after":"李教练"}]}}}] at TableName kehou';
    expect(redactText(message)).toBe('invalid: […] at TableName kehou');
    expect(redactText('    at DynamoDBDocumentClient.send [as send] (/app/index.mjs:3:14)')).toBe(
      '    at DynamoDBDocumentClient.send [as send] (/app/index.mjs:3:14)',
    );
  });

  it('applies to every line the Logger writes, errors and their causes included', async () => {
    const { logger } = await import('../src/observability/logger');
    const lines = await capture(async () => {
      const cause = new Error(`condition failed for contactPhone ${PHONE}`);
      logger.error(`lookup of ${PHONE} failed`, { request: { headers: { authorization: `Bearer ${TOKEN}` } }, error: new Error(`token ${TOKEN}`, { cause }) });
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(PHONE);
    expect(lines[0]).not.toContain(TOKEN.split('.')[1]);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 'ERROR', service: 'graphql', message: 'lookup of [REDACTED]:phone failed' });
    expect(line.error.cause.message).toBe('condition failed for contactPhone [REDACTED]:phone');
  });
});

describe('the GraphQL Lambda', () => {
  const mock = mockClient(DynamoDBDocumentClient);
  let handler: typeof import('../src/handlers/graphql')['handler'];

  beforeAll(async () => {
    handler = (await import('../src/handlers/graphql')).handler;
  });
  afterEach(() => mock.reset());
  afterAll(() => mock.restore());

  const context = { awsRequestId: 'lambda-request-7', functionName: 'kehou-test-graphql', functionVersion: '$LATEST', memoryLimitInMB: '1024' } as Context;
  const claims = { sub: 'district-admin', 'cognito:groups': 'DISTRICT_ADMIN' };

  it('logs a masked failure once, with request and correlation ids, and never the phone number or the token it carried', async () => {
    // Reads find nothing; the write fails like a DynamoDB validation error quoting the item (and, for good measure, a token).
    mock.on(GetCommand).resolves({});
    mock.on(QueryCommand).resolves({ Items: [], Count: 0 });
    mock.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => ({ Responses: { [Object.keys(input.RequestItems!)[0]]: [] }, UnprocessedKeys: {} }));
    mock.on(TransactWriteCommand).callsFake((input: TransactWriteCommandInput) => {
      throw Object.assign(new Error(`One or more parameter values were invalid: ${JSON.stringify(input.TransactItems)} (caller Bearer ${TOKEN})`), {
        name: 'ValidationException',
      });
    });
    const event = httpApiEvent(
      {
        query: 'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
        variables: { input: providerInput({ contactPhone: PHONE }) },
      },
      { claims },
    );
    event.headers.authorization = `Bearer ${TOKEN}`;

    let body: { errors?: { extensions: { code: string } }[] } = {};
    const lines = await capture(async () => {
      const result = await handler(event, context);
      body = JSON.parse(result.body ?? '{}');
    });
    expect(body.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    for (const line of lines) {
      expect(line).not.toContain(PHONE);
      expect(line).not.toContain(TOKEN.split('.')[1]);
      expect(line).not.toContain('李教练');
    }
    const records = lines.map((line) => JSON.parse(line));
    const failures = records.filter((record) => record.message === 'Unhandled resolver error');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      level: 'ERROR',
      service: 'graphql',
      correlation_id: 'request-1',
      function_request_id: 'lambda-request-7',
      path: ['createProvider'],
    });
    // The message carried the whole item, and was redacted: the operator still sees what failed.
    expect(failures[0].error.message).toBe('One or more parameter values were invalid: […] (caller Bearer [REDACTED])');
  });

  it('emits EMF metrics: the operation, its latency, and its errors by code', async () => {
    mock
      .on(GetCommand)
      .rejects(Object.assign(new Error('Throughput exceeds the current capacity of your table'), { name: 'ProvisionedThroughputExceededException' }));
    mock.on(QueryCommand).resolves({ Items: [], Count: 0 });
    const lines = await capture(() =>
      handler(httpApiEvent({ query: 'query($id: ID!) { school(id: $id) { id } }', variables: { id: 'sch_x' } }, { claims }), context),
    );
    const emf = lines.map((line) => JSON.parse(line)).filter((record) => record._aws);
    const metricsOf = (record: { _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] } }) =>
      record._aws.CloudWatchMetrics.flatMap((set) => set.Metrics.map((metric) => `${set.Namespace} ${metric.Name} [${set.Dimensions.flat().join(',')}]`));
    const request = emf.find((record) => metricsOf(record).some((name) => name.includes('Operations')));
    expect(metricsOf(request)).toEqual(['Kehou/test Operations [service]', 'Kehou/test Latency [service]']);
    expect(request).toMatchObject({ service: 'graphql', Operations: 1, operation: 'school', operationType: 'query' });
    expect(request.Latency).toBeGreaterThan(0);
    const errors = emf.find((record) => metricsOf(record).some((name) => name.includes('Errors')));
    expect(metricsOf(errors)).toEqual(['Kehou/test Errors [service,code]']);
    expect(errors).toMatchObject({ service: 'graphql', code: 'INTERNAL_SERVER_ERROR', Errors: 1 });
  });

  it("counts a client's mistake under its own code, without an error log line", async () => {
    const lines = await capture(() => handler(httpApiEvent({ query: '{ nope }' }, { claims }), context));
    const records = lines.map((line) => JSON.parse(line));
    expect(records.filter((record) => record.level === 'ERROR')).toEqual([]);
    expect(records.find((record) => record.code)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', Errors: 1 });
    expect(records.find((record) => record.Operations)).toMatchObject({ operation: 'invalid', operationType: 'invalid' });
  });
});

describe('SMS sending (SNS): no phone number in any log line', () => {
  it('logs a refused text message by notification id and error name, never the number SNS quoted back', async () => {
    const { PublishCommand, SNSClient } = await import('@aws-sdk/client-sns');
    const { createAlertService } = await import('../src/care/alertService');
    const { createSnsSmsSender } = await import('../src/care/snsSmsSender');
    const sns = mockClient(SNSClient);
    sns
      .on(PublishCommand)
      .rejects(
        Object.assign(new Error(`Invalid parameter: PhoneNumber Reason: +86${PHONE} is not valid to publish to`), { name: 'InvalidParameterException' }),
      );
    const moves: string[] = [];
    // Pure unit: the outbox's SMS step with stand-ins for the stores (the integration test is smsOutbox.test.ts).
    const service = createAlertService({
      alerts: { moveSms: async (_record: unknown, from: string, to: string) => Boolean(moves.push(`${from}>${to}`)) },
      guardians: { get: async (id: string) => ({ id, phone: PHONE }) },
      staff: { get: async () => undefined },
      sms: createSnsSmsSender({ client: new SNSClient({ region: 'cn-north-1' }), sleep: async () => {} }),
    } as never);
    const record = { id: 'ntf_smstest', recipient: 'guardian#gdn_x', createdAt: new Date().toISOString(), title: '放学交接', body: '已接走', sms: 'PENDING' };
    const lines = await capture(() => service.sendSms([record as never]));
    expect(sns.commandCalls(PublishCommand).map((call) => call.args[0].input.PhoneNumber)).toEqual([`+86${PHONE}`]);
    expect(moves).toEqual(['PENDING>SENDING', 'SENDING>FAILED']);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'WARN', message: 'SMS not sent', notificationId: 'ntf_smstest', reason: 'InvalidParameterException' });
    for (const line of lines) for (const shape of [PHONE, PHONE.slice(3), '138-1234-5678']) expect(line).not.toContain(shape);
    sns.restore();
  });
});
