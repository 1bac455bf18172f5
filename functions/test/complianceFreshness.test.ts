import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, localDate } from '../src/core/clock';
import { createTestApi, type TestApi } from './support/api';
import { careStage } from './support/care';
import { activeContract, activityInput, approvedProvider, CREATE_ACTIVITY } from './support/domain';
import { createClass, ok } from './support/people';

/**
 * SPEC §3.9: the district overview is kept from stored summaries; after each kind of change that can move a result it
 * must say what a fresh report of the same school term says (never a stale summary). One school, one change after
 * another, the overview's cells compared with the live report after each.
 */
let api: TestApi;
let stage: Awaited<ReturnType<typeof careStage>>;
let slot: { schoolYear: string; semester: number };

beforeAll(async () => {
  api = await createTestApi();
  stage = await careStage(api, 2);
  slot = await ok(api, 'query($id: ID!) { term(id: $id) { schoolYear semester } }', { id: stage.termId });
});

type Outcome = Record<string, { status: string; issueCount: number }>;

async function overview(): Promise<Outcome> {
  const data = await ok(
    api,
    'query($y: String, $s: Int) { complianceOverview(schoolYear: $y, semester: $s) { rows { schoolId termId cells { code status issueCount } } } }',
    { y: slot.schoolYear, s: slot.semester },
  );
  const row = data.rows.find((r: { schoolId: string }) => r.schoolId === stage.schoolId);
  return Object.fromEntries(
    row.cells.map((c: { code: string; status: string; issueCount: number }) => [c.code, { status: c.status, issueCount: c.issueCount }]),
  );
}

async function report(): Promise<Outcome> {
  const data = await ok(api, 'query($s: ID!, $t: ID!) { complianceReport(schoolId: $s, termId: $t) { rules { code status issueCount } } }', {
    s: stage.schoolId,
    t: stage.termId,
  });
  return Object.fromEntries(
    data.rules.map((r: { code: string; status: string; issueCount: number }) => [r.code, { status: r.status, issueCount: r.issueCount }]),
  );
}

/** Makes a change and checks the overview agrees with the report afterwards, and that `code` moved. */
async function afterChange(code: string, change: () => Promise<unknown>) {
  await overview(); // a stored summary exists and is fresh before the change
  const before = (await report())[code];
  await change();
  const live = await report();
  expect(await overview(), code).toEqual(live);
  expect(live[code], `${code} should move`).not.toEqual(before);
}

const version = async (type: string, id: string) => (await ok(api, `query($id: ID!) { ${type}(id: $id) { version } }`, { id })).version as number;

describe('the compliance overview after each kind of change (no stale summary)', () => {
  it('follows care logs, the term calendar, the policy, the school, classes, rosters, funds, enrolments, providers and contracts', async () => {
    const admin = { sub: 'admin', role: 'SCHOOL_ADMIN' as const, schoolId: stage.schoolId };
    await afterChange('DAY_WITHOUT_CARE_LOG', () =>
      ok(
        api,
        'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id } }',
        { i: { schoolId: stage.schoolId, date: stage.day, summary: '正常', incidents: [] } },
        admin,
      ),
    );
    // An earlier log: the service days between the two have none.
    await afterChange('DAY_WITHOUT_CARE_LOG', () =>
      ok(
        api,
        'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id } }',
        { i: { schoolId: stage.schoolId, date: localDate(-14), summary: '正常', incidents: [] } },
        admin,
      ),
    );
    await afterChange('DAY_WITHOUT_CARE_LOG', async () =>
      ok(api, 'mutation($id: ID!, $v: Int!, $i: UpdateTermInput!) { updateTerm(id: $id, input: $i, expectedVersion: $v) { version } }', {
        id: stage.termId,
        v: await version('term', stage.termId),
        // Every day between the two logs becomes a holiday: no day is missing a log any more.
        i: { excludedDates: [...new Set([stage.excluded, ...Array.from({ length: 12 }, (_, i) => localDate(-2 - i))])].filter((d) => d !== stage.day) },
      }),
    );
    await afterChange('SERVICE_ENDS_LATE', async () =>
      ok(api, 'mutation($v: Int!) { updateDistrictPolicy(input: { serviceEndsBy: "16:00" }, expectedVersion: $v) { version } }', {
        v: (await ok(api, '{ districtPolicy { version } }')).version,
      }),
    );
    await afterChange('GRADE_NOT_SERVED', async () =>
      ok(api, 'mutation($id: ID!, $v: Int!, $i: UpdateSchoolInput!) { updateSchool(id: $id, input: $i, expectedVersion: $v) { version } }', {
        id: stage.schoolId,
        v: await version('school', stage.schoolId),
        i: { grades: [3], pickupSlots: [{ grades: [3], times: ['16:00'] }] },
      }),
    );
    await afterChange('CLASS_WITHOUT_STAFF', () => createClass(api, stage.schoolId, { classTeacherId: null, name: '三年级9班' }));
    await afterChange('OPERATING_FUND_LOW', () =>
      ok(api, 'mutation($s: ID!, $y: String!) { setFundAllocation(schoolId: $s, schoolYear: $y, amount: 150) { version } }', {
        s: stage.schoolId,
        y: slot.schoolYear,
      }),
    );
    // A withdrawal takes the child off the roster and out of the enrolled count (the fund now suffices).
    const [leaving] = stage.students;
    const [application] = await api.services.repositories.applications.allOfStudent(leaving);
    await afterChange('OPERATING_FUND_LOW', () => ok(api, 'mutation($id: ID!) { withdrawApplication(id: $id) { status } }', { id: application.id }));
    // Deleting the child who left (retention) changes no count: the overview still agrees.
    await ok(api, 'mutation($id: ID!, $v: Int!) { updateStudent(id: $id, input: { status: LEFT }, expectedVersion: $v) { status } }', {
      id: leaving,
      v: await version('student', leaving),
    });
    expect((await api.services.retention.purgeLeftStudents({ today: addMonths(localDate(), 13) })).purged).toEqual([leaving]);
    expect(await overview()).toEqual(await report());

    // A provider's homework under contract; it becomes a training institution, then its contract ends early.
    const provider = await approvedProvider(api, { kind: 'SOCIAL_PROFESSIONAL', serviceCategories: ['HOMEWORK', 'SPORTS'] });
    const contract = await activeContract(api, stage.schoolId, stage.termId, provider.id);
    const row = activityInput(stage.termId, { weekday: 'TUESDAY', staffName: null, contractId: contract.id, venue: '操场', grades: [3] });
    expect((await api.exec(CREATE_ACTIVITY, { input: row })).errors).toBeUndefined();
    await afterChange('ACADEMIC_BY_TRAINING_INSTITUTION', async () =>
      ok(
        api,
        'mutation($id: ID!, $v: Int!) { updateProvider(id: $id, input: { kind: TRAINING_INSTITUTION, serviceCategories: [SPORTS] }, expectedVersion: $v) { version } }',
        {
          id: provider.id,
          v: await version('provider', provider.id),
        },
      ),
    );
    await afterChange('NO_ACTIVE_CONTRACT', () =>
      ok(api, 'mutation($id: ID!) { terminateContract(id: $id, reason: "提前终止") { status } }', { id: contract.id }),
    );
    await afterChange('PROVIDER_BANNED', async () =>
      ok(api, 'mutation($v: Int!) { updateDistrictPolicy(input: { outsideProvidersAllowed: false }, expectedVersion: $v) { version } }', {
        v: (await ok(api, '{ districtPolicy { version } }')).version,
      }),
    );
  });
});
