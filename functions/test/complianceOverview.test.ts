import { beforeAll, describe, expect, it } from 'vitest';
import { isFresh } from '../src/compliance/overviewService';
import type { ComplianceSummaryRecord } from '../src/compliance/summaryEntity';
import { codeOf, createTestApi, providerUser, schoolAdminOf, type TestApi } from './support/api';
import { change, compliantSchool, partOnePickup, partTwoDay, rosterOn, setActive, staffedClass, type CompliantSchool } from './support/complianceFixtures';
import { activeContract, approvedProvider } from './support/domain';

const OVERVIEW = `query($y: String, $s: Int) { complianceOverview(schoolYear: $y, semester: $s) {
  schoolYear semester recomputedCount rules { code seed title explanation }
  rows { schoolId termId compliant issueCount computedAt school { name } term { schoolYear semester } cells { code status issueCount } } } }`;

const week = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

let api: TestApi;
let good: CompliantSchool;
let bad: CompliantSchool;
let other: CompliantSchool;

interface Row {
  schoolId: string;
  compliant: boolean;
  issueCount: number;
  cells: { code: string; status: string; issueCount: number }[];
}

async function overview(viewer = undefined as Parameters<TestApi['exec']>[2], variables: Record<string, unknown> = { y: '2026-2027', s: 1 }) {
  const result = await api.exec(OVERVIEW, variables, viewer);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.complianceOverview as { recomputedCount: number; rules: { code: string }[]; rows: Row[] };
}
const rowOf = (rows: Row[], school: CompliantSchool) => rows.find((row) => row.schoolId === school.schoolId)!;
const cell = (row: Row, code: string) => row.cells.find((c) => c.code === code)!;

/** Counts the DynamoDB commands of one call, and those that read a timetable. */
async function commandsOf(call: () => Promise<unknown>) {
  const send = api.db.doc.send.bind(api.db.doc);
  const sent: string[] = [];
  api.db.doc.send = ((command: { constructor: { name: string }; input: unknown }, ...rest: unknown[]) => {
    sent.push(`${command.constructor.name} ${JSON.stringify(command.input)}`);
    return (send as (...args: unknown[]) => unknown)(command, ...rest);
  }) as typeof api.db.doc.send;
  try {
    await call();
  } finally {
    api.db.doc.send = send;
  }
  return { total: sent.length, timetableReads: sent.filter((line) => line.startsWith('QueryCommand') && line.includes('$activity')).length };
}

beforeAll(async () => {
  api = await createTestApi();
  good = await compliantSchool(api, week, partTwoDay, partOnePickup);
  bad = await compliantSchool(api, week, partTwoDay, partOnePickup);
  await change(api, bad, 'WEDNESDAY:LATE_CARE', { endTime: '17:30' });
  other = await compliantSchool(api, week, partTwoDay, partOnePickup, {
    schoolYear: '2025-2026',
    semester: 2,
    startDate: '2026-02-20',
    endDate: '2026-07-03',
    excludedDates: [],
  });
}, 120_000);

describe('district compliance overview', () => {
  it('shows every school × rule of a term, from summaries it computes once', async () => {
    const first = await overview();
    expect(first.rules.map((rule) => rule.code)).toContain('GRADE_NOT_SERVED');
    expect(first.rows.map((row) => row.schoolId).sort()).toEqual([good.schoolId, bad.schoolId].sort());
    expect(first.recomputedCount).toBe(2);
    expect(rowOf(first.rows, good)).toMatchObject({ compliant: true, issueCount: 0 });
    expect(rowOf(first.rows, bad)).toMatchObject({ compliant: false });
    expect(cell(rowOf(first.rows, bad), 'LATE_CARE_ENDS_EARLY')).toEqual({ code: 'LATE_CARE_ENDS_EARLY', status: 'FAILED', issueCount: 1 });
    expect(cell(rowOf(first.rows, good), 'CLASS_WITHOUT_STAFF').status).toBe('NOT_CHECKED');
    expect(rowOf(first.rows, bad).cells).toHaveLength(first.rules.length);

    const cost = await commandsOf(async () => expect((await overview()).recomputedCount).toBe(0));
    expect(cost.timetableReads).toBe(0);
  });

  it('recomputes only the school whose timetable changed, in the same transaction as the change', async () => {
    await overview();
    await change(api, bad, 'WEDNESDAY:LATE_CARE', { endTime: '18:00' });
    const after = await overview();
    expect(after.recomputedCount).toBe(1);
    expect(rowOf(after.rows, bad)).toMatchObject({ compliant: true, issueCount: 0 });
  });

  it('recomputes a school whose term calendar, contract or provider changed', async () => {
    await overview();
    const termVersion = (await api.exec('query($id: ID!) { term(id: $id) { version } }', { id: good.termId })).data!.term.version;
    await api.exec(
      'mutation($id: ID!, $v: Int!) { updateTerm(id: $id, input: { makeUpDays: [{ date: "2026-10-10", timetableWeekday: FRIDAY }] }, expectedVersion: $v) { id } }',
      { id: good.termId, v: termVersion },
    );
    expect((await overview()).recomputedCount).toBe(1);

    const provider = await approvedProvider(api);
    const contract = await activeContract(api, good.schoolId, good.termId, provider.id);
    expect((await overview()).recomputedCount).toBe(1);
    await change(api, good, 'MONDAY:CLUB', { staffName: null, contractId: contract.id });
    expect((await overview()).recomputedCount).toBe(1);
    const version = (await api.exec('query($id: ID!) { provider(id: $id) { version } }', { id: provider.id })).data!.provider.version;
    await api.exec('mutation($id: ID!, $v: Int!) { updateProvider(id: $id, input: { staff: [] }, expectedVersion: $v) { id } }', {
      id: provider.id,
      v: version,
    });
    const uncertified = await overview();
    expect(uncertified.recomputedCount).toBe(1);
    expect(cell(rowOf(uncertified.rows, good), 'PROVIDER_STAFF_UNCERTIFIED').status).toBe('FAILED');
  });

  it('recomputes every school when the policy changes', async () => {
    await overview();
    const { version } = (await api.exec('{ districtPolicy { version } }')).data!.districtPolicy;
    await api.exec('mutation($v: Int!) { updateDistrictPolicy(input: { minDailyMinutes: 180 }, expectedVersion: $v) { version } }', { v: version });
    const after = await overview();
    expect(after.recomputedCount).toBe(2);
    expect(after.rows.every((row) => cell(row, 'SHORT_DAY').status === 'FAILED')).toBe(true);
  });

  it('takes each school’s current term when no slot is given, and another slot when asked', async () => {
    const current = await overview(undefined, {});
    expect(current.rows.map((row) => row.schoolId).sort()).toEqual([good.schoolId, bad.schoolId, other.schoolId].sort());
    const spring = await overview(undefined, { y: '2025-2026', s: 2 });
    expect(spring.rows.map((row) => row.schoolId)).toEqual([other.schoolId]);
    expect(codeOf(await api.exec(OVERVIEW, { s: 1 }))).toBe('BAD_USER_INPUT');
  });

  it('shows a school admin their own row only, and nothing to a provider user', async () => {
    const own = await overview(schoolAdminOf(bad.schoolId));
    expect(own.rows.map((row) => row.schoolId)).toEqual([bad.schoolId]);
    expect(codeOf(await api.exec(OVERVIEW, {}, providerUser))).toBe('FORBIDDEN');
  });

  it("recomputes a school whose classes, class teachers or rosters changed, each marked in the write's transaction", async () => {
    await overview();
    const { teacher } = await staffedClass(api, good);
    const staffed = await overview();
    expect(staffed.recomputedCount).toBe(1);
    expect(cell(rowOf(staffed.rows, good), 'CLASS_WITHOUT_STAFF').status).toBe('PASSED');

    // A change that cannot move a result (the teacher's phone) marks nothing; the teacher leaving does.
    const renamed = await api.exec(
      'mutation($id: ID!, $v: Int!) { updateStaffMember(id: $id, input: { phone: "13900000009" }, expectedVersion: $v) { version } }',
      { id: teacher.id, v: teacher.version },
    );
    expect(renamed.errors).toBeUndefined();
    expect((await overview()).recomputedCount).toBe(0);
    await setActive(api, { id: teacher.id, version: teacher.version + 1 }, false);
    const left = await overview();
    expect(left.recomputedCount).toBe(1);
    expect(cell(rowOf(left.rows, good), 'CLASS_WITHOUT_STAFF')).toEqual({ code: 'CLASS_WITHOUT_STAFF', status: 'FAILED', issueCount: 1 });

    // A roster is the homework group's size: a child put on it marks the school term too.
    const { classId } = await staffedClass(api, bad);
    expect((await overview()).recomputedCount).toBe(1);
    await rosterOn(api, bad, 'MONDAY:HOMEWORK', 1, {}, classId);
    const rostered = await overview();
    expect(rostered.recomputedCount).toBe(1);
    expect(cell(rowOf(rostered.rows, bad), 'SMALL_HOMEWORK_GROUP').status).toBe('FAILED');
  });

  it('treats a summary as stale once a date passes that changes a result (a contract’s end, a certificate’s)', () => {
    const school = { version: 3 } as Parameters<typeof isFresh>[2];
    const term = { version: 2 } as Parameters<typeof isFresh>[3];
    const policy = { version: 5 } as Parameters<typeof isFresh>[1];
    const summary: ComplianceSummaryRecord = {
      schoolId: 's',
      termId: 't',
      revision: 4,
      computedRevision: 4,
      policyVersion: 5,
      schoolVersion: 3,
      termVersion: 2,
      validUntil: '2026-12-01',
    };
    expect(isFresh(summary, policy, school, term, '2026-11-30')).toBe(true);
    expect(isFresh(summary, policy, school, term, '2026-12-01')).toBe(false);
    expect(isFresh({ ...summary, revision: 5 }, policy, school, term, '2026-11-30')).toBe(false);
    expect(isFresh({ ...summary, validUntil: undefined }, policy, school, term, '2027-06-01')).toBe(true);
    expect(isFresh(undefined, policy, school, term, '2026-11-30')).toBe(false);
  });
});
