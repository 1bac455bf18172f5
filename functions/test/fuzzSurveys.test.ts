import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { createFuzzApi, families, prepareFamily } from '../fuzz/harness';
import { schema } from '../fuzz/schemaArbitraries';
import { fuzzFamilies } from './support/fuzz';

// Property-based tests (fast-check) over surveys, documents and inspections; see support/fuzz.ts.
describe('fuzz: surveys, documents, inspections', () => fuzzFamilies(['surveys', 'documents', 'inspections']));

describe('fuzz harness', () => {
  it('covers every mutation of the schema (a new mutation must join a family)', () => {
    const fuzzed = new Set(families.flatMap((family) => family.mutations));
    expect(Object.keys(schema.getMutationType()!.getFields()).filter((name) => !fuzzed.has(name))).toEqual([]);
  });

  it('notices a refused mutation that changed the table', async () => {
    const api = await createFuzzApi(inject('dynamoEndpoint'), `test-fuzz-self-${Date.now().toString(36)}`);
    try {
      const { run } = await prepareFamily(api, families.find((family) => family.name === 'schools')!);
      const refused = {
        mutation: 'createSchool',
        viewer: { sub: 'x', role: 'DISTRICT_ADMIN' as const },
        args: { input: { name: '', code: 'X1', type: 'PRIMARY', ownership: 'PUBLIC', grades: [1] } },
      };
      expect(await run(refused)).toMatchObject({ code: 'BAD_USER_INPUT', wroteOnFailure: false });
      // A write slipping in next to a refused mutation is what a partial write looks like to the check.
      await api.db.doc.send(new PutCommand({ TableName: api.db.config.tableName, Item: { pk: 'stray', sk: 'stray' } }));
      expect(await run(refused)).toMatchObject({ code: 'BAD_USER_INPUT', wroteOnFailure: true });
    } finally {
      await api.stop();
    }
  });
});
