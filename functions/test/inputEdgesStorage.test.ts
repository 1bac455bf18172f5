import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, fieldOf, type TestApi } from './support/api';
import { activeContract, approvedProvider } from './support/domain';
import { expectRefusedWithoutWrite as refusedWithoutWrite, type InputEdgeStage, ok, stageInputEdges, tableItems as itemsOf } from './support/inputEdgeStage';

/**
 * Regression tests for the input edges of issue 11 (each once answered INTERNAL_SERVER_ERROR): numbers, versions and
 * ids DynamoDB cannot store or must check, and clearing an optional text.
 */
let api: TestApi;
let stage: InputEdgeStage;
beforeAll(async () => {
  ({ api, stage } = await stageInputEdges());
});
const expectRefusedWithoutWrite = (query: string, variables: Record<string, unknown>, field: string) => refusedWithoutWrite(api, query, variables, field);
const tableItems = () => itemsOf(api);

describe('numbers DynamoDB cannot store (found by the fuzz tests)', () => {
  it('are refused or rounded by the field rules, never an internal error', async () => {
    const CREATE = 'mutation($input: CreateContractInput!) { createContract(input: $input) { ratePerHour hours totalAmount } }';
    const input = (overrides: Record<string, unknown>) => ({
      schoolId: stage.schoolId,
      termId: stage.termId,
      providerId: stage.providerId,
      serviceMethod: '校内',
      serviceContent: '足球',
      safetyMeasures: '持证',
      ratePerHour: 120,
      hours: 36,
      ...overrides,
    });
    await expectRefusedWithoutWrite(CREATE, { input: input({ hours: 5e-324 }) }, 'hours');
    await expectRefusedWithoutWrite(CREATE, { input: input({ hours: 1e-7 }) }, 'hours');
    // Within the two-decimal tolerance: rounded to the fen.
    expect(ok(await api.exec(CREATE, { input: input({ ratePerHour: 5e-324 }) })).createContract).toMatchObject({ ratePerHour: 0, totalAmount: 0 });
    const policy = ok(await api.exec('{ districtPolicy { version } }')).districtPolicy;
    const updated = await api.exec(
      'mutation($input: DistrictPolicyInput!, $v: Int!) { updateDistrictPolicy(input: $input, expectedVersion: $v) { satisfactionExitRate } }',
      {
        input: { satisfactionExitRate: 1.5e-323 },
        v: policy.version,
      },
    );
    expect(ok(updated).updateDistrictPolicy.satisfactionExitRate).toBe(0);
  });
});

describe('stale versions (found by the fuzz tests)', () => {
  it('completeProviderExit with a stale expectedVersion is CONFLICT and writes nothing, not even a compliance mark', async () => {
    const provider = await approvedProvider(api);
    await activeContract(api, stage.schoolId, stage.termId, provider.id);
    const opened = ok(
      await api.exec('mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }', {
        input: { providerId: provider.id, reason: '测试' },
      }),
    ).openProviderExit;
    const approved = ok(
      await api.exec('mutation($id: ID!) { decideProviderExit(id: $id, decision: APPROVE) { version } }', { id: opened.id }),
    ).decideProviderExit;
    const before = await tableItems();
    const result = await api.exec('mutation($id: ID!, $v: Int) { completeProviderExit(id: $id, expectedVersion: $v) { id } }', {
      id: opened.id,
      v: approved.version + 1,
    });
    expect([codeOf(result), fieldOf(result)]).toEqual(['CONFLICT', 'expectedVersion']);
    expect(await tableItems()).toBe(before);
    // With the current version it completes.
    expect(
      ok(
        await api.exec('mutation($id: ID!, $v: Int) { completeProviderExit(id: $id, expectedVersion: $v) { status } }', { id: opened.id, v: approved.version }),
      ).completeProviderExit.status,
    ).toBe('COMPLETED');
  });
});

describe('over-long ids (DynamoDB keys are at most 2 KB)', () => {
  const long = 'sch_'.padEnd(3000, 'x');

  it('are refused with BAD_USER_INPUT naming the argument or input field, and write nothing', async () => {
    await expectRefusedWithoutWrite('mutation($id: ID!) { updateSchool(id: $id, input: { name: "x" }, expectedVersion: 1) { id } }', { id: long }, 'id');
    await expectRefusedWithoutWrite(
      'mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }',
      { input: { schoolId: long, schoolYear: '2026-2027', semester: 1, startDate: '2026-09-01', endDate: '2027-01-20' } },
      'schoolId',
    );
    await expectRefusedWithoutWrite('mutation($e: ID!) { cancelActivity(exitId: $e, activityId: "act_x", expectedVersion: 1) { id } }', { e: long }, 'exitId');
    await expectRefusedWithoutWrite(
      'mutation($i: ID!) { recordRectification(inspectionId: $i, findingId: "f_x", note: "已整改") { id } }',
      { i: long },
      'inspectionId',
    );
    await expectRefusedWithoutWrite('mutation($i: ID!) { closeInspection(id: $i) { id } }', { i: long }, 'id');
    const list = await api.exec('query($t: ID) { activities(filter: { termId: $t }) { totalCount } }', { t: long });
    expect([codeOf(list), fieldOf(list)]).toEqual(['BAD_USER_INPUT', 'filter.termId']);
  });

  it('anonymous publicSurvey and issueRespondentKey (accessCode: 3000 characters) are BAD_USER_INPUT', async () => {
    const result = await api.exec('query($c: String!) { publicSurvey(accessCode: $c) { title } }', { c: 'a'.repeat(3000) }, null);
    expect([codeOf(result), fieldOf(result)]).toEqual(['BAD_USER_INPUT', 'accessCode']);
    const before = await tableItems();
    const key = await api.exec('mutation($c: String!) { issueRespondentKey(accessCode: $c) { key } }', { c: 'a'.repeat(3000) }, null);
    expect([codeOf(key), fieldOf(key), key.errors?.[0].extensions?.maxLength]).toEqual(['BAD_USER_INPUT', 'accessCode', 64]);
    expect(await tableItems()).toBe(before);
  });
});

describe('updateSurvey(input: { intro: "" })', () => {
  it('clears the intro', async () => {
    const UPDATE = 'mutation($id: ID!, $input: UpdateSurveyInput!, $v: Int!) { updateSurvey(id: $id, input: $input, expectedVersion: $v) { intro version } }';
    const read = async () => ok(await api.exec('query($id: ID!) { survey(id: $id) { intro version } }', { id: stage.surveyId })).survey;
    const before = await read();
    expect(before.intro).toBe('欢迎填写');
    expect(ok(await api.exec(UPDATE, { id: stage.surveyId, input: { intro: '' }, v: before.version })).updateSurvey).toEqual({
      intro: null,
      version: before.version + 1,
    });
    expect(await read()).toEqual({ intro: null, version: before.version + 1 });
    // null clears too, and a new intro can be set again.
    expect(ok(await api.exec(UPDATE, { id: stage.surveyId, input: { intro: '新的说明' }, v: before.version + 1 })).updateSurvey.intro).toBe('新的说明');
    expect(ok(await api.exec(UPDATE, { id: stage.surveyId, input: { intro: null }, v: before.version + 2 })).updateSurvey.intro).toBeNull();
  });
});
