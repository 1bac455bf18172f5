import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import type { TestApi } from './support/api';
import { createProvider, providerInput } from './support/domain';
import {
  expectRefusedWithoutWrite as refusedWithoutWrite,
  type InputEdgeStage,
  inspectionInput as inspectionOf,
  ok,
  stageInputEdges,
} from './support/inputEdgeStage';

/** Regression tests for the input edges of issue 11 (each once answered INTERNAL_SERVER_ERROR): text and record sizes. */
let api: TestApi;
let stage: InputEdgeStage;
beforeAll(async () => {
  ({ api, stage } = await stageInputEdges());
});
const expectRefusedWithoutWrite = (query: string, variables: Record<string, unknown>, field: string) => refusedWithoutWrite(api, query, variables, field);
const inspectionInput = (overrides: Record<string, unknown> = {}) => inspectionOf(stage, overrides);

describe('free text on workflow mutations is bounded', () => {
  const huge = '评'.repeat(450 * 1024);

  it('refuses a 450 KB comment or reason on review, suspend, reinstate, terminate, decide and reassign, writing nothing', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['mutation($id: ID!, $c: String) { reviewProvider(id: $id, decision: APPROVE, comment: $c) { id } }', { id: stage.providerId, c: huge }, 'comment'],
      ['mutation($id: ID!, $c: String) { suspendProvider(id: $id, reason: $c) { id } }', { id: stage.providerId, c: huge }, 'reason'],
      ['mutation($id: ID!, $c: String) { reinstateProvider(id: $id, comment: $c) { id } }', { id: stage.providerId, c: huge }, 'comment'],
      ['mutation($id: ID!, $c: String) { terminateContract(id: $id, reason: $c) { id } }', { id: stage.contractId, c: huge }, 'reason'],
      ['mutation($id: ID!, $c: String) { decideProviderExit(id: $id, decision: REJECT, comment: $c) { id } }', { id: stage.exitId, c: huge }, 'comment'],
      [
        'mutation($e: ID!, $a: ID!, $c: String, $v: Int) { reassignActivity(exitId: $e, activityId: $a, toStaffName: $c, expectedVersion: $v) { id } }',
        { e: stage.exitId, a: stage.contractId, c: huge, v: 1 },
        'toStaffName',
      ],
      [
        'mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }',
        { input: { providerId: stage.providerId, reason: huge } },
        'reason',
      ],
      [
        'mutation($i: ID!, $f: ID!, $n: String!) { recordRectification(inspectionId: $i, findingId: $f, note: $n, expectedVersion: 1) { id } }',
        { i: stage.inspectionId, f: stage.findingId, n: huge },
        'note',
      ],
      ['mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', { input: inspectionInput({ summary: huge }) }, 'summary'],
      [
        'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }',
        { input: inspectionInput({ inspectors: ['陈督学', huge] }) },
        'inspectors.1',
      ],
      [
        'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }',
        { input: inspectionInput({ findings: [{ item: huge, severity: 'LOW', rectifyBy: localDate(10) }] }) },
        'findings.0.item',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const result = await expectRefusedWithoutWrite(query, variables, field);
      expect(result.errors![0].extensions!.maxLength).toBeGreaterThan(0);
    }
  });

  it('accepts a comment at the limit', async () => {
    const result = await api.exec('mutation($id: ID!, $c: String) { decideProviderExit(id: $id, decision: REJECT, comment: $c) { decisionComment } }', {
      id: stage.exitId,
      c: '评'.repeat(1000),
    });
    expect(ok(result).decideProviderExit.decisionComment).toHaveLength(1000);
  });
});

describe('item-size guard: no record can exceed DynamoDB’s 400 KB', () => {
  /** 200 staff × 20 certificates of the longest allowed texts: every field within its limit, the record far over 400 KB. */
  const hugeStaff = Array.from({ length: 200 }, (_, i) => ({
    name: `员工${i}`.padEnd(40, '员'),
    role: '教练'.padEnd(40, '练'),
    certificates: Array.from({ length: 20 }, (_, j) => ({ certificateType: `证${j}`.padEnd(40, '证'), number: `N${i}-${j}`.padEnd(60, '号') })),
  }));

  it('refuses a create whose record would be too large, naming the field, and writes nothing', async () => {
    const result = await expectRefusedWithoutWrite(
      'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
      { input: providerInput({ staff: hugeStaff }) },
      'staff',
    );
    expect(result.errors![0].extensions!.maxItemBytes).toBe(400 * 1024);
  });

  it('refuses an update that would grow a record past the limit, and writes nothing', async () => {
    const provider = await createProvider(api);
    await expectRefusedWithoutWrite(
      'mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input, expectedVersion: 1) { id } }',
      { id: provider.id, input: { staff: hugeStaff } },
      'staff',
    );
  });
});
