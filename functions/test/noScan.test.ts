import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/local/seed/seedDemo';
import { createTestApi, createTestDb, schoolAdminOf, type TestApi } from './support/api';

/** Every read operation of the API, nested as deep as the schema allows. */
const READS = [
  '{ schools(first: 5) { totalCount nodes { id terms { totalCount nodes { id school { id } } } } } }',
  '{ schools(first: 5, orderBy: { field: NAME, direction: DESC }, filter: { q: "城关", type: PRIMARY }) { totalCount nodes { id } } }',
  '{ terms(first: 5) { totalCount nodes { id school { code } } } }',
  '{ terms(first: 5, filter: { schoolYear: "2026-2027", semester: 1 }) { totalCount nodes { id } } }',
  '{ districtPolicy { id } viewer { role } }',
];

let api: TestApi;
const commands: string[] = [];

beforeAll(async () => {
  const db = await createTestDb();
  // Record the name of every command sent to DynamoDB by anything built on this client.
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  api = await createTestApi(db);
  await seedDemo(api.services);
});

describe('access patterns', () => {
  it('serves every list with Query, GetItem or BatchGetItem — never Scan', async () => {
    const schoolId = (await api.exec('{ schools(first: 1) { nodes { id } } }')).data!.schools.nodes[0].id;
    commands.length = 0;
    for (const query of READS) {
      for (const viewer of [undefined, schoolAdminOf(schoolId)]) {
        const result = await api.exec(query, {}, viewer);
        expect(result.errors, query).toBeUndefined();
      }
    }
    expect(commands.length).toBeGreaterThan(10);
    expect(commands.filter((name) => name.includes('Scan'))).toEqual([]);
    expect(new Set(commands)).toEqual(new Set(['QueryCommand', 'GetItemCommand', 'BatchGetItemCommand']));
  });
});
