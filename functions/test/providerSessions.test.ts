import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, districtAdmin, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, rollCallInput, weekdayOf } from './support/care';
import { activeContract, approvedProvider, createSchool, createTerm } from './support/domain';
import { assign, createActivity, createClass, createGuardian, createStudent, enrol, linkGuardian, ok } from './support/people';

/**
 * A provider's on-site instructor (机构老师) takes roll call on the teachers' phone page: `careSessions(date:)` lists, to
 * a PROVIDER viewer, the day's sessions of the activities its provider runs at every school where it runs them — each
 * as its roll call or the draft — with the children by given name and class only (SPEC §3.7, §3.11, §4). Nobody
 * else's sessions reach a provider, and a provider's sessions reach no other provider, teacher or parent.
 */
const SESSIONS = `query($d: Date!) { careSessions(date: $d) {
  id version activityId date recorded takenBy
  activity { id title schoolId school { name principal } }
  marks { studentId status student { id name maskedName classId className grade gender leftBehind hardship guardians { name phone } applications { id } } }
} }`;

/** A session as SESSIONS selects it (the child's other fields are compared whole). */
interface SessionRow {
  id: string;
  version: number;
  activityId: string;
  date: string;
  recorded: boolean;
  takenBy: string | null;
  activity: { id: string; title: string; schoolId: string; school: { name: string; principal: string | null } };
  marks: { studentId: string; status: string; student: { name: string } & Record<string, unknown> }[];
}

const providerUser = (providerId: string): Viewer => ({ sub: `instructor-${providerId}`, role: 'PROVIDER', providerId });
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

/**
 * Two schools: at the first (careStage) a teacher's session and provider A's club, at the second provider A's club
 * again (earlier in the day), and provider B's club at the first school — all held on `stage.day`.
 */
async function twoSchools() {
  const stage = await careStage(api, 1);
  const [teachersOnly] = stage.students;
  // A Chinese name, so that its given name (名) is what a provider reads.
  const child = (await createStudent(api, stage.classId, { name: '李小明' })).id as string;
  await enrol(api, child, stage.termId);
  await assign(api, stage.activityId, child);
  const [providerA, providerB] = [await approvedProvider(api), await approvedProvider(api)];
  const weekday = weekdayOf(stage.day);
  const club = (termId: string, providerId: string, contractId: string, [startTime, endTime]: [string, string], title: string) =>
    createActivity(api, termId, { weekday, startTime, endTime, category: 'SPORTS', title, providerId, contractId, staffName: null });
  const contractA = await activeContract(api, stage.schoolId, stage.termId, providerA.id);
  const clubA = await club(stage.termId, providerA.id, contractA.id, ['16:40', '17:20'], '机构足球');
  await assign(api, clubA, child);

  const second = await createSchool(api, { pickupSlots: [{ grades: [1, 2, 3, 4, 5, 6], times: ['17:00', '17:30'] }] });
  const secondTerm = await createTerm(api, second.id, { startDate: shift(stage.day, -60), endDate: shift(stage.day, 60), excludedDates: [] });
  const secondClass = await createClass(api, second.id);
  const secondChild = await createStudent(api, secondClass.id, { name: '王小虎' });
  await enrol(api, secondChild.id, secondTerm.id);
  const contractA2 = await activeContract(api, second.id, secondTerm.id, providerA.id);
  const clubA2 = await club(secondTerm.id, providerA.id, contractA2.id, ['15:10', '15:50'], '机构足球（二校）');
  await assign(api, clubA2, secondChild.id);

  const contractB = await activeContract(api, stage.schoolId, stage.termId, providerB.id);
  const clubB = await club(stage.termId, providerB.id, contractB.id, ['17:30', '18:10'], '机构书法');
  await assign(api, clubB, teachersOnly);
  return { stage, child, teachersOnly, secondChild, second, providerA, providerB, clubA, clubA2, clubB };
}

describe('a provider’s sessions of a day (careSessions as PROVIDER)', () => {
  it('lists its own sessions at every school, in start order, as drafts; the children by given name and class only', async () => {
    const world = await twoSchools();
    const sessions = await ok<SessionRow[]>(api, SESSIONS, { d: world.stage.day }, providerUser(world.providerA.id));
    expect(sessions.map((session) => [session.activityId, session.recorded, session.version, session.takenBy])).toEqual([
      [world.clubA2, false, 0, ''],
      [world.clubA, false, 0, ''],
    ]);
    // The schools: their names, never the school's people.
    expect(sessions.map((session) => session.activity.school.principal)).toEqual([null, null]);
    expect(sessions[0].activity.school.name).toEqual(expect.any(String));

    const full = await ok<{ className: string }>(api, 'query($id: ID!) { student(id: $id) { className } }', { id: world.child });
    const [mark] = sessions[1].marks;
    expect(mark).toEqual({
      studentId: world.child,
      status: 'PRESENT',
      student: {
        id: world.child,
        name: '小明',
        maskedName: expect.any(String),
        classId: world.stage.classId,
        className: full.className,
        grade: 3,
        gender: null,
        leftBehind: null,
        hardship: null,
        guardians: [],
        applications: [],
      },
    });
    expect(sessions[0].marks.map((m: { student: { name: string } }) => m.student.name)).toEqual(['小虎']);
    // Neither the teacher's session nor provider B's, nor a child who is on neither of A's rosters.
    const text = JSON.stringify(sessions);
    for (const hidden of [world.stage.activityId, world.clubB, world.teachersOnly]) expect(text).not.toContain(hidden);
  });

  it('takes the roll call with the teachers’ rules: idempotency key, expectedVersion, CONFLICT on a stale version', async () => {
    const world = await twoSchools();
    const asA = providerUser(world.providerA.id);
    const input = rollCallInput(world.clubA, world.stage.day, [{ studentId: world.child, status: 'LATE' }]);
    const first = await recordRollCall(api, input, asA);
    expect(first.errors).toBeUndefined();
    // The same submission again (the phone's queue resending): recorded once.
    expect((await recordRollCall(api, input, asA)).data!.recordRollCall.version).toBe(1);
    const after = await ok<SessionRow[]>(api, SESSIONS, { d: world.stage.day }, asA);
    const taken = after.find((session) => session.activityId === world.clubA)!;
    expect([taken.recorded, taken.version, taken.takenBy, taken.marks.map((m: { status: string }) => m.status)]).toEqual([true, 1, asA.sub, ['LATE']]);
    // A correction carries the version read; a stale one is refused and changes nothing.
    const corrected = await recordRollCall(
      api,
      rollCallInput(world.clubA, world.stage.day, [{ studentId: world.child, status: 'PRESENT' }], { expectedVersion: 1 }),
      asA,
    );
    expect(corrected.data!.recordRollCall.version).toBe(2);
    const stale = await recordRollCall(
      api,
      rollCallInput(world.clubA, world.stage.day, [{ studentId: world.child, status: 'ABSENT' }], { expectedVersion: 1 }),
      asA,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const { rollCall } = (
      await api.exec('query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { version marks { status } } }', { a: world.clubA, d: world.stage.day })
    ).data!;
    expect(rollCall).toEqual({ version: 2, marks: [{ status: 'PRESENT' }] });
  });

  it('gives nothing of a provider’s sessions to another provider, a teacher, a parent or an anonymous caller', async () => {
    const world = await twoSchools();
    const guardian = await createGuardian(api);
    await linkGuardian(api, world.child, guardian.viewer);
    const teacher = world.stage.teacher.viewer;
    const ofA = [world.clubA, world.clubA2];

    // Provider B: only its own session; A's are neither listed, readable nor writable.
    const asB = providerUser(world.providerB.id);
    expect((await ok<SessionRow[]>(api, SESSIONS, { d: world.stage.day }, asB)).map((session) => session.activityId)).toEqual([world.clubB]);
    // The teacher: their own session only; the school admin: the school's three (A's second school is not theirs).
    expect((await ok<SessionRow[]>(api, SESSIONS, { d: world.stage.day }, teacher)).map((session) => session.activityId)).toEqual([world.stage.activityId]);
    expect((await ok<SessionRow[]>(api, SESSIONS, { d: world.stage.day }, schoolAdminOf(world.stage.schoolId))).map((s) => s.activityId).sort()).toEqual(
      [world.stage.activityId, world.clubA, world.clubB].sort(),
    );
    // A parent and an anonymous caller take no roll call: nothing listed.
    expect(await ok<SessionRow[]>(api, SESSIONS, { d: world.stage.day }, guardian.viewer)).toEqual([]);
    expect(await ok<SessionRow[]>(api, SESSIONS, { d: world.stage.day }, null)).toEqual([]);

    for (const [viewer, code] of [
      [asB, 'FORBIDDEN'],
      [teacher, 'FORBIDDEN'],
      [guardian.viewer, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      for (const activityId of ofA) {
        const input = rollCallInput(activityId, world.stage.day, [
          { studentId: activityId === world.clubA ? world.child : world.secondChild.id, status: 'ABSENT' },
        ]);
        const refused = await recordRollCall(api, input, viewer);
        expect([viewer?.role ?? 'anonymous', codeOf(refused), refused.data]).toEqual([viewer?.role ?? 'anonymous', code, null]);
      }
    }
    // Nothing was recorded by the refusals.
    for (const activityId of ofA) {
      const { rollCall } = (
        await api.exec('query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { recorded } }', { a: activityId, d: world.stage.day }, districtAdmin)
      ).data!;
      expect(rollCall).toBeNull();
    }
    // Another provider may not read A's session even once it is taken.
    await recordRollCall(api, rollCallInput(world.clubA, world.stage.day, [{ studentId: world.child, status: 'PRESENT' }]), providerUser(world.providerA.id));
    expect(codeOf(await api.exec('query($a: ID!, $d: Date!) { rollCall(activityId: $a, date: $d) { id } }', { a: world.clubA, d: world.stage.day }, asB))).toBe(
      'FORBIDDEN',
    );
  });

  it('follows each school’s calendar: a holiday of one school’s term leaves the other school’s session; a weekend none', async () => {
    const world = await twoSchools();
    const asA = providerUser(world.providerA.id);
    // `excluded` is a holiday of the first school's term only.
    expect((await ok<SessionRow[]>(api, SESSIONS, { d: world.stage.excluded }, asA)).map((session) => session.activityId)).toEqual([world.clubA2]);
    const saturday = [1, 2, 3, 4, 5, 6, 7].map((n) => shift(world.stage.day, -n)).find((date) => weekdayOf(date) === 'SATURDAY')!;
    expect(await ok<SessionRow[]>(api, SESSIONS, { d: saturday }, asA)).toEqual([]);
  });
});
