import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type GetCommandInput,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb } from '../src/db/client';
import { logger } from '../src/observability/logger';
import { codeOf, createTestApi, createTestDb, fieldOf, type TestApi } from './support/api';
import { schoolInput } from './support/builders';

const CREATE = 'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }';

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

let real: TestApi;
let faulty: TestApi;
let mock: ReturnType<typeof mockClient>;

beforeAll(async () => {
  real = await createTestApi();
  // A second client on the same table whose writes we break on purpose; its reads still reach the engine.
  const db = createDb(real.db.config);
  mock = mockClient(db.doc);
  mock.on(GetCommand).callsFake((input: GetCommandInput) => real.db.doc.send(new GetCommand(input)));
  mock.on(QueryCommand).callsFake((input: QueryCommandInput) => real.db.doc.send(new QueryCommand(input)));
  faulty = await createTestApi(db);
});

const schoolsWithCode = async (code: string) =>
  (await real.exec('query($q: String) { schools(filter: { q: $q }) { totalCount } }', { q: code })).data!.schools.totalCount;

describe('fault injection', () => {
  it('turns a transaction conflict into CONFLICT and leaves nothing written', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('None', 'TransactionConflict'));
    const input = schoolInput({ code: 'FAULT-1' });
    const result = await faulty.exec(CREATE, { input });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(await schoolsWithCode('FAULT-1')).toBe(0);
  });

  it('maps a failed condition to the error its write declares (the code item → CONFLICT on code)', async () => {
    mock.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    const result = await faulty.exec(CREATE, { input: schoolInput({ code: 'FAULT-2' }) });
    expect([codeOf(result), fieldOf(result)]).toEqual(['CONFLICT', 'code']);
    expect(await schoolsWithCode('FAULT-2')).toBe(0);
  });

  it('masks unexpected failures (throttling) as INTERNAL_SERVER_ERROR without leaking details', async () => {
    const throttled = Object.assign(new Error('Rate of requests exceeds the allowed throughput for table kehou'), { name: 'ThrottlingException' });
    mock.on(TransactWriteCommand).rejects(throttled);
    const log = vi.spyOn(logger, 'error').mockImplementation(() => {});
    const result = await faulty.exec(CREATE, { input: schoolInput({ code: 'FAULT-3' }) });
    expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors![0].message).toBe('Internal server error');
    expect(JSON.stringify(result)).not.toContain('kehou');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
    expect(await schoolsWithCode('FAULT-3')).toBe(0);
  });

  it('the same request succeeds once the fault is gone', async () => {
    mock.on(TransactWriteCommand).callsFake((input: TransactWriteCommandInput) => real.db.doc.send(new TransactWriteCommand(input)));
    const result = await faulty.exec(CREATE, { input: schoolInput({ code: 'FAULT-1' }) });
    expect(result.errors).toBeUndefined();
    expect(await schoolsWithCode('FAULT-1')).toBe(1);
  });
});

it('createTestDb gives each test file its own table', async () => {
  const a = await createTestDb();
  const b = await createTestDb();
  expect(a.config.tableName).not.toBe(b.config.tableName);
});
