import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import { codeOf, createTestApi, fieldOf, type GraphQLResult, type TestApi } from './support/api';
import { activeContract, activityInput, approvedProvider, CREATE_ACTIVITY, createProvider, createSchool, createTerm, providerInput } from './support/domain';

/** Regression tests for the input edges of issue 11: each once answered INTERNAL_SERVER_ERROR. */
let api: TestApi;
let stage: {
  schoolId: string;
  termId: string;
  providerId: string;
  contractId: string;
  exitId: string;
  surveyId: string;
  inspectionId: string;
  findingId: string;
};

/** Every item of the table, in a stable form: a failed mutation must leave this unchanged. */
async function tableItems(): Promise<string> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await api.db.doc.send(new ScanCommand({ TableName: api.db.config.tableName, ExclusiveStartKey: start }));
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return JSON.stringify(items.map((item) => JSON.stringify(item)).sort());
}

async function expectRefusedWithoutWrite(query: string, variables: Record<string, unknown>, field: string) {
  const before = await tableItems();
  const result = await api.exec(query, variables);
  expect(codeOf(result), JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
  expect(fieldOf(result)).toBe(field);
  expect(await tableItems()).toBe(before);
  return result;
}

const ok = (result: GraphQLResult) => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

/** An inspection of the first school on a past day of its first term (2026-09-01 – 2027-01-22): yesterday, at the latest 2027-01-15. */
const inspectionInput = (overrides: Record<string, unknown> = {}) => ({
  schoolId: stage.schoolId,
  date: localDate(-1) < '2027-01-22' ? localDate(-1) : '2027-01-15',
  inspectors: ['区督导室 陈督学'],
  score: 80,
  findings: [{ item: '延时托管无教师在岗', severity: 'HIGH', rectifyBy: localDate(10) }],
  ...overrides,
});

const SURVEY = {
  title: '课后服务满意度',
  intro: '欢迎填写',
  kind: 'SATISFACTION',
  scope: 'DISTRICT',
  questions: [{ kind: 'RATING', text: '您对课后服务满意吗？' }],
};

beforeAll(async () => {
  api = await createTestApi();
  // Two of everything, so every list has a second page to point a cursor at.
  const schools = [await createSchool(api), await createSchool(api)];
  const terms = [
    await createTerm(api, schools[0].id),
    await createTerm(api, schools[0].id, { semester: 2, startDate: '2027-02-20', endDate: '2027-07-01', excludedDates: [] }),
  ];
  await createTerm(api, schools[1].id);
  const providers = [await approvedProvider(api), await approvedProvider(api)];
  const contracts = [
    await activeContract(api, schools[0].id, terms[0].id, providers[0].id),
    await activeContract(api, schools[0].id, terms[0].id, providers[1].id),
  ];
  for (const venue of ['操场', '体育馆'])
    ok(await api.exec(CREATE_ACTIVITY, { input: activityInput(terms[0].id, { venue, staffName: venue, category: 'SPORTS', contractId: contracts[0].id }) }));
  for (const score of [90, 80]) {
    ok(
      await api.exec('mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }', {
        input: {
          providerId: providers[0].id,
          schoolId: schools[0].id,
          kind: 'SPOT_CHECK',
          date: localDate(),
          evaluator: '督导',
          scores: [{ criterion: 'QUALITY', score }],
        },
      }),
    );
  }
  const exits = [];
  for (const provider of providers) {
    exits.push(
      ok(
        await api.exec('mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }', {
          input: { providerId: provider.id, reason: '测试' },
        }),
      ).openProviderExit.id,
    );
  }
  const surveys = [];
  for (let i = 0; i < 2; i++)
    surveys.push(ok(await api.exec('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }', { input: SURVEY })).createSurvey.id);
  stage = {
    schoolId: schools[0].id,
    termId: terms[0].id,
    providerId: providers[0].id,
    contractId: contracts[0].id,
    exitId: exits[0],
    surveyId: surveys[0],
    inspectionId: '',
    findingId: '',
  };
  // An OPEN inspection with one finding (for the inspection steps and the inspections list).
  for (let i = 0; i < 2; i++) {
    const inspection = ok(
      await api.exec('mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id findings { id } } }', { input: inspectionInput() }),
    ).recordInspection;
    stage.inspectionId = inspection.id;
    stage.findingId = inspection.findings[0].id;
  }
});

describe('tampered after cursors → BAD_USER_INPUT on every list', () => {
  /** Each list, with the path from `data` to its connection. */
  const lists = () => [
    { name: 'schools', query: 'query($a: String) { schools(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['schools'] },
    {
      name: 'schools by name',
      query: 'query($a: String) { schools(first: 1, after: $a, orderBy: { field: NAME }) { pageInfo { endCursor } } }',
      at: ['schools'],
    },
    { name: 'terms', query: 'query($a: String) { terms(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['terms'] },
    {
      name: 'terms of a school',
      query: `query($a: String) { terms(first: 1, after: $a, filter: { schoolId: "${stage.schoolId}" }) { pageInfo { endCursor } } }`,
      at: ['terms'],
    },
    { name: 'activities', query: 'query($a: String) { activities(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['activities'] },
    {
      name: 'timetable',
      query: `query($a: String) { activities(first: 1, after: $a, filter: { termId: "${stage.termId}" }) { pageInfo { endCursor } } }`,
      at: ['activities'],
    },
    { name: 'providers', query: 'query($a: String) { providers(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['providers'] },
    { name: 'contracts', query: 'query($a: String) { contracts(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['contracts'] },
    { name: 'evaluations', query: 'query($a: String) { evaluations(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['evaluations'] },
    { name: 'providerExits', query: 'query($a: String) { providerExits(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['providerExits'] },
    { name: 'surveys', query: 'query($a: String) { surveys(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['surveys'] },
    { name: 'inspections', query: 'query($a: String) { inspections(first: 1, after: $a) { pageInfo { endCursor } } }', at: ['inspections'] },
    {
      name: 'auditEvents',
      query: `query($a: String) { auditEvents(entityId: "${stage.providerId}", first: 1, after: $a) { pageInfo { endCursor } } }`,
      at: ['auditEvents'],
    },
    {
      name: 'School.terms',
      query: `query($a: String) { school(id: "${stage.schoolId}") { terms(first: 1, after: $a) { pageInfo { endCursor } } } }`,
      at: ['school', 'terms'],
    },
    {
      name: 'Provider.contracts',
      query: `query($a: String) { provider(id: "${stage.providerId}") { contracts(first: 1, after: $a) { pageInfo { endCursor } } } }`,
      at: ['provider', 'contracts'],
    },
    {
      name: 'Provider.evaluations',
      query: `query($a: String) { provider(id: "${stage.providerId}") { evaluations(first: 1, after: $a) { pageInfo { endCursor } } } }`,
      at: ['provider', 'evaluations'],
    },
  ];

  const encode = (body: unknown) => Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)).toString('base64url');

  /** Ways a client could alter a real cursor; each must be refused, none may reach DynamoDB as a bad request. */
  function tampered(cursor: string): [string, string][] {
    const body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { l: string; k: Record<string, string> };
    const [firstKey] = Object.keys(body.k).filter((name) => name !== 'pk' && name !== 'sk');
    return [
      ['garbage', 'not-a-cursor'],
      ['not JSON', encode('{"l":')],
      ['JSON array', encode([1, 2])],
      ['JSON null', encode('null')],
      ['another list', encode({ ...body, l: 'AAAAAAAAAAAAAAAA' })],
      ['numbers for keys', encode({ ...body, k: Object.fromEntries(Object.keys(body.k).map((name) => [name, 7])) })],
      ['nested objects for keys', encode({ ...body, k: { ...body.k, pk: { S: 'x' } } })],
      ['oversize key value', encode({ ...body, k: { ...body.k, sk: 'x'.repeat(1100) } })],
      ['unknown attribute', encode({ ...body, k: { ...body.k, evil: 'x' } })],
      ['empty key', encode({ ...body, k: {} })],
      ['table keys only', encode({ ...body, k: { pk: body.k.pk, sk: body.k.sk } })],
      ['empty string value', encode({ ...body, k: { ...body.k, pk: '' } })],
      ...(firstKey
        ? [['index key of another partition', encode({ ...body, k: { ...body.k, [firstKey]: `${body.k[firstKey]}-other` } })] as [string, string]]
        : []),
      ['partition key of another record', encode({ ...body, k: { ...body.k, pk: `${body.k.pk}x` } })],
      ['over the length limit', 'a'.repeat(2049)],
    ];
  }

  it('refuses every alteration of a real cursor, list by list', async () => {
    const wrong: string[] = [];
    for (const list of lists()) {
      const first = ok(await api.exec(list.query, {}));
      // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
      const cursor = list.at.reduce((node: any, key) => node[key], first).pageInfo.endCursor as string;
      expect(cursor, list.name).toBeTruthy();
      // The real cursor works.
      ok(await api.exec(list.query, { a: cursor }));
      for (const [how, bad] of tampered(cursor)) {
        const result = await api.exec(list.query, { a: bad });
        if (codeOf(result) !== 'BAD_USER_INPUT' || fieldOf(result) !== 'after')
          wrong.push(`${list.name} / ${how}: ${JSON.stringify(result.errors ?? result.data)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

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
