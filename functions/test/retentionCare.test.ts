import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, localDate } from '../src/core/clock';
import { codeOf, createTestApi, type TestApi } from './support/api';
import { careStage, recordRollCall, ROLL_CALL, rollCallInput } from './support/care';
import { createGuardian, linkGuardian, ok } from './support/people';

/**
 * SPEC §3.11: a student who left is deleted after the district's retention period — and with it everything daily
 * care kept of the child (leave and its reason, pickup persons and their codes, handovers, alerts and notifications
 * naming it, its roll-call marks). What money was computed on stays right: the month's bills and the stipend sheet.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  const { version } = await ok(api, 'query { districtPolicy { version } }');
  await ok(api, 'mutation($v: Int!) { updateDistrictPolicy(input: { feeModel: MONTHLY, monthlyFee: 80 }, expectedVersion: $v) { version } }', { v: version });
});

const ADD_PICKUP = 'mutation($i: AddAuthorizedPickupInput!) { addAuthorizedPickup(input: $i) { id code } }';
const NOTIFICATIONS = '{ notifications(first: 50) { nodes { kind studentId body } } }';
const BILLS = 'query($s: ID!, $m: String!) { bills(filter: { schoolId: $s, month: $m }, first: 100) { totalCount nodes { studentId amount } } }';
const STIPENDS = 'query($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { total rows { staffId sessions amount } } }';

describe('student data retention: daily care (数据保留期限)', () => {
  it('deletes the child’s leave, pickup persons, handovers, alerts, notifications and marks; bills and stipends stay', async () => {
    const stage = await careStage(api, 2);
    const [child, stays] = stage.students;
    const teacher = stage.teacher.viewer;
    const parent = await createGuardian(api);
    await linkGuardian(api, child, parent.viewer);
    const grandma = await ok(api, ADD_PICKUP, { i: { studentId: child, name: '王奶奶', relation: '奶奶' } }, parent.viewer);
    await ok(
      api,
      'mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id } }',
      {
        i: { studentId: child, from: stage.future, to: stage.future, reason: '看牙医' },
      },
      parent.viewer,
    );
    const taken = await recordRollCall(
      api,
      rollCallInput(stage.activityId, stage.day, [
        { studentId: child, status: 'ABSENT' },
        { studentId: stays, status: 'PRESENT' },
      ]),
      teacher,
    );
    expect(taken.errors, JSON.stringify(taken.errors)).toBeUndefined();
    await ok(
      api,
      'mutation($i: RecordHandoverInput!) { recordHandover(input: $i) { id } }',
      { i: { studentId: child, kind: 'RELEASE', pickupCode: grandma.code } },
      teacher,
    );
    const month = stage.day.slice(0, 7);
    await ok(api, 'mutation($s: ID!, $m: String!) { generateBills(schoolId: $s, month: $m) { billCount } }', { s: stage.schoolId, m: month });
    const bills = await ok(api, BILLS, { s: stage.schoolId, m: month });
    const stipends = await ok(api, STIPENDS, { s: stage.schoolId, m: month });
    // The traces are there before the purge (so their absence afterwards is the purge's doing).
    const care = await api.services.loadCareRepositories();
    expect(await care.leaves.ofStudent(child)).toHaveLength(1);
    expect(await care.pickups.pickupsOf(child)).toHaveLength(1);
    expect(await care.pickups.ofStudent(child)).toHaveLength(1);
    const aboutChild = (nodes: { studentId: string | null }[]) => nodes.filter((node) => node.studentId === child);
    expect(aboutChild((await ok(api, NOTIFICATIONS, {}, parent.viewer)).nodes).length).toBeGreaterThan(0);
    expect(aboutChild((await ok(api, NOTIFICATIONS, {}, teacher)).nodes).length).toBeGreaterThan(0);
    expect((await care.alerts.ofSchoolDate(stage.schoolId, stage.day)).map((alert) => alert.studentId)).toEqual([child]);

    // The family withdraws, the child leaves; 13 months on the daily job runs.
    const [application] = await api.services.repositories.applications.allOfStudent(child);
    await ok(api, 'mutation($id: ID!) { withdrawApplication(id: $id) { status } }', { id: application.id });
    const { version } = await ok(api, 'query($id: ID!) { student(id: $id) { version } }', { id: child });
    await ok(api, 'mutation($id: ID!, $v: Int!) { updateStudent(id: $id, input: { status: LEFT }, expectedVersion: $v) { status } }', {
      id: child,
      v: version,
    });
    const lines: string[] = [];
    const result = await api.services.retention.purgeLeftStudents({ today: addMonths(localDate(), 13), log: (line) => lines.push(line) });
    expect(result.purged, lines.join('\n')).toEqual([child]);

    expect(codeOf(await api.exec('query($id: ID!) { student(id: $id) { id } }', { id: child }))).toBe('NOT_FOUND');
    expect(await care.leaves.ofStudent(child)).toEqual([]);
    expect(await care.pickups.pickupsOf(child)).toEqual([]);
    expect(await care.pickups.ofStudent(child)).toEqual([]);
    expect(await care.alerts.ofSchoolDate(stage.schoolId, stage.day)).toEqual([]);
    expect(aboutChild((await ok(api, NOTIFICATIONS, {}, parent.viewer)).nodes)).toEqual([]);
    expect(aboutChild((await ok(api, NOTIFICATIONS, {}, teacher)).nodes)).toEqual([]);
    const school = await ok(api, '{ notifications(first: 50) { nodes { studentId } } }', {}, { sub: 'admin', role: 'SCHOOL_ADMIN', schoolId: stage.schoolId });
    expect(aboutChild(school.nodes)).toEqual([]);
    // The session stays held (with the other child's mark); the money computed on it does not change.
    const rollCall = await ok(api, ROLL_CALL, { a: stage.activityId, d: stage.day });
    expect(rollCall.marks).toEqual([{ studentId: stays, status: 'PRESENT' }]);
    expect(await ok(api, BILLS, { s: stage.schoolId, m: month })).toEqual(bills);
    expect(await ok(api, STIPENDS, { s: stage.schoolId, m: month })).toEqual(stipends);
    expect(JSON.stringify(await ok(api, 'query($id: ID!) { auditEvents(entityId: $id) { nodes { summary } } }', { id: child }))).not.toContain('看牙医');
  });

  it('keeps counting the child among an ended term’s enrolled students (the year’s fund, the fund rule)', async () => {
    const stage = await careStage(api, 2);
    const [child] = stage.students;
    // The term ends (yesterday); its enrolments stay APPROVED, so the child may leave without withdrawing.
    const term = await ok(api, 'query($id: ID!) { term(id: $id) { version schoolYear } }', { id: stage.termId });
    await ok(api, 'mutation($id: ID!, $v: Int!, $i: UpdateTermInput!) { updateTerm(id: $id, input: $i, expectedVersion: $v) { version } }', {
      id: stage.termId,
      v: term.version,
      i: { endDate: localDate(-1) },
    });
    await ok(api, 'mutation($s: ID!, $y: String!) { setFundAllocation(schoolId: $s, schoolYear: $y, amount: 150) { version } }', {
      s: stage.schoolId,
      y: term.schoolYear,
    });
    const FUND = 'query($s: ID!, $y: String!) { fundAllocation(schoolId: $s, schoolYear: $y) { enrolledCount requiredAmount belowMinimum } }';
    const before = await ok(api, FUND, { s: stage.schoolId, y: term.schoolYear });
    expect(before.enrolledCount).toBe(2);
    const rule = async () =>
      (
        await ok(api, 'query($s: ID!, $t: ID!) { complianceReport(schoolId: $s, termId: $t) { rules { code status } } }', {
          s: stage.schoolId,
          t: stage.termId,
        })
      ).rules.find((r: { code: string }) => r.code === 'OPERATING_FUND_LOW');
    expect(await rule()).toEqual({ code: 'OPERATING_FUND_LOW', status: 'FAILED' });

    const { version } = await ok(api, 'query($id: ID!) { student(id: $id) { version } }', { id: child });
    await ok(api, 'mutation($id: ID!, $v: Int!) { updateStudent(id: $id, input: { status: LEFT }, expectedVersion: $v) { status } }', {
      id: child,
      v: version,
    });
    expect((await api.services.retention.purgeLeftStudents({ today: addMonths(localDate(), 13) })).purged).toEqual([child]);
    expect(await api.services.repositories.applications.allOfStudent(child)).toEqual([]);
    expect(await ok(api, FUND, { s: stage.schoolId, y: term.schoolYear })).toEqual(before);
    expect(await rule()).toEqual({ code: 'OPERATING_FUND_LOW', status: 'FAILED' });
  });
});
