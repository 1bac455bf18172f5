import { buildSchema, getNamedType, isNonNullType, type GraphQLArgument, type GraphQLField } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../src/generated/typeDefs';
import { codeOf, createTestApi, type TestApi } from './support/api';
import { activeContract, activityInput, approvedProvider, CREATE_ACTIVITY, schoolWithTerm } from './support/domain';

/**
 * The mutation conventions of README "API", checked on the schema itself so a new mutation cannot drift:
 * - create/record/open/request take one required `input:` object;
 * - `updateX(id:, input:, expectedVersion: Int!)` — the version is required (`updateDistrictPolicy`, a singleton,
 *   has no id);
 * - `deleteX(id:)`;
 * - every other (workflow) mutation takes the record's id and named arguments, plus an optional
 *   `expectedVersion: Int` meaning "fail with CONFLICT if the record changed since I read it".
 * Exceptions, each for a reason: the anonymous `submitSurveyResponse` (SPEC §5 signature; one answer per
 * respondent key, no version to hold) and `issueRespondentKey` (anonymous; it signs a key and stores nothing), the
 * batch imports, `confirmDocumentUpload` (a document has no version:
 * it is confirmed once), `copyTermToAllSchools` (creates terms; changes none) and the batch steps on many records
 * (`importStudents`, a class-list import; `decideApplications`, each application its own transaction with an outcome
 * per id, so no single record or version to name).
 */
const schema = buildSchema(typeDefs);
const mutations = Object.values(schema.getMutationType()!.getFields());
const args = (field: GraphQLField<unknown, unknown>) => Object.fromEntries(field.args.map((arg) => [arg.name, arg]));
const typeOf = (arg: GraphQLArgument | undefined) => arg && String(arg.type);
const exceptions = new Set([
  'submitSurveyResponse',
  'issueRespondentKey',
  'importSchools',
  'importProviders',
  'importStudents',
  'decideApplications',
  'confirmDocumentUpload',
  'copyTermToAllSchools',
  // A school has one duty rota, named by its school (like setFundAllocation): schoolId, not a record id.
  'setDutyRota',
]);
/**
 * Signatures SPEC §5.2 fixes with named arguments instead (front-end teams were promised these): they keep them. A step
 * on an existing record still takes that record's id first (`inspectionId`, `billId`, …).
 */
const specSignatures = new Set([
  // SPEC §5.2 `applyForService(input:)`: a create by its shape (one required input), named for the family's step.
  'applyForService',
  'recordRectification',
  'recordPayment',
  'waiveBill',
  'generateBills',
  'setFundAllocation',
  'publishDisclosure',
  'issueGuardianCode',
  'linkChild',
  'assignToActivity',
  'removeFromActivity',
  'resolveAlert',
  'withdrawApplication',
  'removeAuthorizedPickup',
  // SPEC §5.2 `addAuthorizedPickup(input:)` and `writeCareLog(input:)`: creates by their shape (one required input).
  'addAuthorizedPickup',
  'writeCareLog',
]);
const kind = (name: string) =>
  /^(create|record|open|request)[A-Z]/.test(name) ? 'create' : /^update[A-Z]/.test(name) ? 'update' : /^delete[A-Z]/.test(name) ? 'delete' : 'workflow';

describe('mutation conventions (README "API")', () => {
  it('create/record mutations take one required input object', () => {
    const wrong = mutations
      .filter((field) => kind(field.name) === 'create' && !specSignatures.has(field.name))
      .filter(
        (field) =>
          field.args.length !== 1 ||
          field.args[0].name !== 'input' ||
          !isNonNullType(field.args[0].type) ||
          !getNamedType(field.args[0].type).name.endsWith('Input'),
      );
    expect(wrong.map((field) => field.name)).toEqual([]);
  });

  it('updates take (id, input, expectedVersion: Int!)', () => {
    const wrong = mutations.filter((field) => {
      if (kind(field.name) !== 'update') return false;
      const a = args(field);
      const idOk = field.name === 'updateDistrictPolicy' ? !a.id : typeOf(a.id) === 'ID!';
      return !idOk || !String(typeOf(a.input)).endsWith('Input!') || typeOf(a.expectedVersion) !== 'Int!';
    });
    expect(wrong.map((field) => field.name)).toEqual([]);
  });

  it('deletes take the id only', () => {
    const wrong = mutations.filter((field) => kind(field.name) === 'delete' && (field.args.length !== 1 || typeOf(args(field).id) !== 'ID!'));
    expect(wrong.map((field) => field.name)).toEqual([]);
  });

  it('workflow mutations take the record id and an optional expectedVersion', () => {
    const workflow = mutations.filter((field) => kind(field.name) === 'workflow' && !exceptions.has(field.name) && !specSignatures.has(field.name));
    expect(workflow.length).toBeGreaterThan(10);
    const wrong = workflow.filter((field) => {
      const a = args(field);
      const idArg = field.args.find((arg) => arg.name === 'id' || arg.name === 'exitId');
      return typeOf(idArg) !== 'ID!' || typeOf(a.expectedVersion) !== 'Int' || field.args.some((arg) => arg.name === 'input');
    });
    expect(wrong.map((field) => field.name)).toEqual([]);
  });

  it('keeps the named arguments SPEC §5.2 promises for children and families', () => {
    // SPEC §5.2: the front-end teams code against these argument names; more optional arguments are welcome.
    const promised: Record<string, string[]> = {
      applyForService: ['input'],
      reviewApplication: ['id', 'decision', 'comment'],
      decideApplication: ['id', 'decision', 'comment'],
      withdrawApplication: ['id', 'reason', 'from'],
      issueGuardianCode: ['studentId'],
      linkChild: ['code'],
      assignToActivity: ['activityId', 'studentId'],
      removeFromActivity: ['activityId', 'studentId'],
    };
    const fields = schema.getMutationType()!.getFields();
    const missing = Object.entries(promised).flatMap(([name, names]) =>
      fields[name] ? names.filter((arg) => !fields[name].args.some((a) => a.name === arg)).map((arg) => `${name}(${arg}:)`) : [name],
    );
    expect(missing).toEqual([]);
    // Every argument beyond the promised ones is optional, so a client sending only those still works.
    const requiredExtra = Object.entries(promised).flatMap(([name, names]) =>
      fields[name].args.filter((arg) => !names.includes(arg.name) && isNonNullType(arg.type)).map((arg) => `${name}(${arg.name}:)`),
    );
    expect(requiredExtra).toEqual([]);
  });

  it('names only exceptions that still exist (the list stays honest)', () => {
    expect([...exceptions].filter((name) => !mutations.some((field) => field.name === name))).toEqual([]);
  });
});

describe('expectedVersion on the exit transition steps (reassignActivity, cancelActivity)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });

  const CASE = 'id version status affectedActivities { activityId resolution }';
  const REASSIGN = `mutation($e: ID!, $a: ID!, $s: String, $v: Int) { reassignActivity(exitId: $e, activityId: $a, toStaffName: $s, expectedVersion: $v) { ${CASE} } }`;
  const CANCEL = `mutation($e: ID!, $a: ID!, $v: Int) { cancelActivity(exitId: $e, activityId: $a, expectedVersion: $v) { ${CASE} } }`;

  async function approvedCase() {
    const { schoolId, termId } = await schoolWithTerm(api);
    const provider = await approvedProvider(api);
    const contract = await activeContract(api, schoolId, termId, provider.id);
    const activityIds: string[] = [];
    for (const [weekday, venue] of [
      ['MONDAY', '操场'],
      ['TUESDAY', '体育馆'],
    ]) {
      const created = await api.exec(CREATE_ACTIVITY, { input: activityInput(termId, { weekday, venue, contractId: contract.id, staffName: '外聘教练' }) });
      activityIds.push(created.data!.createActivity.id);
    }
    const opened = await api.exec(`mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }`, {
      input: { providerId: provider.id, reason: '测试' },
    });
    const id = opened.data!.openProviderExit.id as string;
    const decided = await api.exec(`mutation($id: ID!) { decideProviderExit(id: $id, decision: APPROVE) { ${CASE} } }`, { id });
    return { exit: decided.data!.decideProviderExit as { id: string; version: number }, activityIds };
  }

  it('resolves with the version read, and refuses a stale one with CONFLICT without changing anything', async () => {
    const { exit, activityIds } = await approvedCase();
    const first = await api.exec(REASSIGN, { e: exit.id, a: activityIds[0], s: '本校王老师', v: exit.version });
    expect(first.errors).toBeUndefined();
    expect(first.data!.reassignActivity.version).toBe(exit.version + 1);

    // Someone else's change moved the case on: the old version is refused and the activity stays unresolved.
    const stale = await api.exec(CANCEL, { e: exit.id, a: activityIds[1], v: exit.version });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ field: 'expectedVersion' });
    const after = await api.exec(`query($id: ID!) { providerExit(id: $id) { ${CASE} } }`, { id: exit.id });
    expect(after.data!.providerExit.version).toBe(exit.version + 1);
    expect(after.data!.providerExit.affectedActivities.find((a: { activityId: string }) => a.activityId === activityIds[1]).resolution).toBe('UNRESOLVED');
    const activity = await api.exec('query($id: ID!) { activity(id: $id) { status } }', { id: activityIds[1] });
    expect(activity.data!.activity.status).toBe('ACTIVE');

    // Without expectedVersion the step still works (the argument is optional, as on every workflow mutation).
    const cancelled = await api.exec(CANCEL, { e: exit.id, a: activityIds[1] });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelActivity.version).toBe(exit.version + 2);
  });
});
