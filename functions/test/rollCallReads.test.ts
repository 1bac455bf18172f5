import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, rollCallInput, weekdayOf } from './support/care';
import { activeContract, approvedProvider, createTerm } from './support/domain';
import { assign, createActivity, ok } from './support/people';
import { recordScannedCounts } from './support/commandLog';

/**
 * The reads a roll call makes before its transaction (one BatchGetItem for activity, idempotency key, policy, a
 * teacher's staff record and a guessed term; the roster; the leaves) decide on what DynamoDB holds at that moment:
 * nothing is kept from one submission to the next, and a wrong guess costs a read, never a wrong write.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const present = (students: string[]) => students.map((studentId) => ({ studentId, status: 'PRESENT' }));
const TERM = 'query($id: ID!) { node(id: $id) { ... on Term { version excludedDates } } }';
const UPDATE_TERM = 'mutation($id: ID!, $i: UpdateTermInput!, $v: Int!) { updateTerm(id: $id, input: $i, expectedVersion: $v) { version } }';
const POLICY = '{ districtPolicy { version serviceDays } }';
const UPDATE_POLICY = 'mutation($i: DistrictPolicyInput!, $v: Int!) { updateDistrictPolicy(input: $i, expectedVersion: $v) { version serviceDays } }';

describe('roll call reads (one batch, nothing kept between submissions)', () => {
  it('sees a holiday added to the term after the school’s last roll call', async () => {
    const stage = await careStage(api, 2);
    const admin = schoolAdminOf(stage.schoolId);
    // A first roll call: the school's term is now the one its next submission reads with the activity.
    expect((await recordRollCall(api, rollCallInput(stage.activityId, stage.day, present(stage.students)), admin)).errors).toBeUndefined();
    const holiday = shift(stage.day, -14);
    const term = await ok(api, TERM, { id: stage.termId });
    await ok(api, UPDATE_TERM, { id: stage.termId, i: { excludedDates: [...term.excludedDates, holiday] }, v: term.version });
    const refused = await recordRollCall(api, rollCallInput(stage.activityId, holiday, present(stage.students)), admin);
    expect([codeOf(refused), fieldOf(refused), refused.errors?.[0].extensions?.calendarDayKind]).toEqual(['BAD_USER_INPUT', 'date', 'EXCLUDED']);
    expect(await api.services.repositories.rollCalls.ofSession(stage.activityId, holiday)).toBeUndefined();
    // A service day of the same term still records.
    expect((await recordRollCall(api, rollCallInput(stage.activityId, shift(stage.day, -21), present(stage.students)), admin)).errors).toBeUndefined();
  });

  it('checks an activity of another term against that term, not the one the school used last', async () => {
    const stage = await careStage(api, 1);
    const admin = schoolAdminOf(stage.schoolId);
    expect((await recordRollCall(api, rollCallInput(stage.activityId, stage.day, present(stage.students)), admin)).errors).toBeUndefined();
    // An earlier term of the school that ended 100 days ago, with an activity on the same weekday (no roster).
    const earlier = await createTerm(api, stage.schoolId, {
      schoolYear: '2019-2020',
      semester: 1,
      startDate: shift(stage.day, -240),
      endDate: shift(stage.day, -100),
      excludedDates: [],
    });
    const oldActivity = await createActivity(api, earlier.id, { weekday: weekdayOf(stage.day), startTime: '15:30', endTime: '16:30', venue: '旧操场' });
    // A date of the current term (a service day there) lies outside the activity's own term.
    const outside = await recordRollCall(api, rollCallInput(oldActivity, shift(stage.day, -21), []), admin);
    expect([codeOf(outside), fieldOf(outside), outside.errors?.[0].extensions?.calendarDayKind]).toEqual(['BAD_USER_INPUT', 'date', 'OUTSIDE_TERM']);
    // A date inside it records; and the school's own term is still checked as its own afterwards.
    const inEarlier = await recordRollCall(api, rollCallInput(oldActivity, shift(stage.day, -105), []), admin);
    expect(inEarlier.errors).toBeUndefined();
    const beforeCurrent = await recordRollCall(api, rollCallInput(stage.activityId, shift(stage.day, -63), present(stage.students)), admin);
    expect([codeOf(beforeCurrent), beforeCurrent.errors?.[0].extensions?.calendarDayKind]).toEqual(['BAD_USER_INPUT', 'OUTSIDE_TERM']);
  });

  it('sees a weekday the district drops from its service days, and a teacher who has left', async () => {
    const stage = await careStage(api, 1);
    const teacher = stage.teacher.viewer;
    expect((await recordRollCall(api, rollCallInput(stage.activityId, stage.day, present(stage.students)), teacher)).errors).toBeUndefined();
    const policy = await ok(api, POLICY);
    const weekday = weekdayOf(stage.day);
    const dropped = await ok(api, UPDATE_POLICY, { i: { serviceDays: policy.serviceDays.filter((day: string) => day !== weekday) }, v: policy.version });
    try {
      const refused = await recordRollCall(api, rollCallInput(stage.activityId, shift(stage.day, -21), present(stage.students)), teacher);
      expect([codeOf(refused), refused.errors?.[0].extensions?.calendarDayKind]).toEqual(['BAD_USER_INPUT', 'NO_SERVICE_WEEKDAY']);
    } finally {
      await ok(api, UPDATE_POLICY, { i: { serviceDays: policy.serviceDays }, v: dropped.version });
    }
    // The teacher leaves the school (staff record inactive): the teacher's next submission is refused.
    const STAFF = 'query($id: ID!) { node(id: $id) { ... on StaffMember { version } } }';
    const member = await ok(api, STAFF, { id: stage.teacher.id });
    await ok(api, 'mutation($id: ID!, $v: Int!) { updateStaffMember(id: $id, input: { active: false }, expectedVersion: $v) { active } }', {
      id: stage.teacher.id,
      v: member.version,
    });
    expect(codeOf(await recordRollCall(api, rollCallInput(stage.activityId, shift(stage.day, -28), present(stage.students)), teacher))).toBe('FORBIDDEN');
    expect(await api.services.repositories.rollCalls.ofSession(stage.activityId, shift(stage.day, -28))).toBeUndefined();
  });

  it('marks LEAVE from the activity’s school’s leaves when its provider takes the roll call', async () => {
    const stage = await careStage(api, 2);
    const provider = await approvedProvider(api);
    const contract = await activeContract(api, stage.schoolId, stage.termId, provider.id);
    const activityId = await createActivity(api, stage.termId, {
      weekday: weekdayOf(stage.day),
      startTime: '16:40',
      endTime: '17:30',
      category: 'SPORTS',
      title: '足球',
      venue: '足球场',
      providerId: provider.id,
      contractId: contract.id,
      staffName: '外聘教练',
      grades: [3],
      capacity: 60,
    });
    for (const studentId of stage.students) expect((await assign(api, activityId, studentId)).errors).toBeUndefined();
    const [onLeave, here] = stage.students;
    const now = new Date().toISOString();
    const { leaves } = await api.services.loadCareRepositories();
    await leaves.write([
      leaves.createStep({
        id: 'lev_providerleave',
        version: 1,
        studentId: onLeave,
        schoolId: stage.schoolId,
        classId: stage.classId,
        from: stage.day,
        to: shift(stage.day, 2),
        reason: '请假',
        status: 'SUBMITTED',
        requestedBy: 'parent',
        requestedVia: 'GUARDIAN',
        createdAt: now,
        updatedAt: now,
      }),
    ]);
    const asProvider = { sub: 'provider-user', role: 'PROVIDER' as const, providerId: provider.id };
    const recorded = await recordRollCall(api, rollCallInput(activityId, stage.day, [{ studentId: here, status: 'PRESENT' }]), asProvider);
    expect(recorded.errors).toBeUndefined();
    expect(Object.fromEntries(recorded.data!.recordRollCall.marks.map((mark: { studentId: string; status: string }) => [mark.studentId, mark.status]))).toEqual(
      {
        [onLeave]: 'LEAVE',
        [here]: 'PRESENT',
      },
    );
  });

  it('reads only leave requests for the leaves of a date, however many roll calls the school has', async () => {
    const stage = await careStage(api, 2);
    const admin = schoolAdminOf(stage.schoolId);
    // Roll calls share the school's index partition with its leaves, and sort after them.
    for (const weeksBack of [0, 2, 3, 4])
      expect(
        (await recordRollCall(api, rollCallInput(stage.activityId, shift(stage.day, -7 * weeksBack), present(stage.students)), admin)).errors,
      ).toBeUndefined();
    const scanned: number[] = [];
    recordScannedCounts(api.db.doc, (index, count) => index === 'gsi1' && scanned.push(count));
    try {
      const { leaves } = await api.services.loadCareRepositories();
      expect(await leaves.coveringDate(stage.schoolId, stage.day)).toEqual([]);
      expect(scanned).toEqual([0]);
    } finally {
      api.db.doc.middlewareStack.remove('scannedCount');
    }
  });
});
