import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { careStage, weekdayOf } from './support/care';
import { createSchool } from './support/domain';
import { createGuardian, createStaff, ok, parentOf, teacherOf } from './support/people';
import { ROTA, SET_ROTA, leaderAt } from './support/rota';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const WRITE_LOG = 'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id version date dutyLeaderId } }';
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('duty rota (值班表 / 领导带班)', () => {
  it('is set by the school admin over its version, read by the school and its staff, and audited', async () => {
    const school = await createSchool(api);
    const [wang, li] = [await leaderAt(api, school.id), await leaderAt(api, school.id)];
    const admin = schoolAdminOf(school.id);
    expect(await ok(api, ROTA, { s: school.id }, admin)).toBeNull();
    const first = await ok(
      api,
      SET_ROTA,
      {
        s: school.id,
        d: [
          { weekday: 'WEDNESDAY', staffId: li.id },
          { weekday: 'MONDAY', staffId: wang.id },
        ],
      },
      admin,
    );
    // Monday first, whatever the order sent; the staff record comes with it.
    expect(first).toMatchObject({
      version: 1,
      schoolId: school.id,
      days: [
        { weekday: 'MONDAY', staffId: wang.id, staff: { id: wang.id } },
        { weekday: 'WEDNESDAY', staffId: li.id },
      ],
    });
    // The first rota exists: a second "first" is a CONFLICT; a stale version too.
    expect(codeOf(await api.exec(SET_ROTA, { s: school.id, d: [] }, admin))).toBe('CONFLICT');
    const second = await ok(api, SET_ROTA, { s: school.id, d: [{ weekday: 'MONDAY', staffId: li.id }], v: 1 }, admin);
    expect(second).toMatchObject({ version: 2, days: [{ weekday: 'MONDAY', staffId: li.id }] });
    expect(codeOf(await api.exec(SET_ROTA, { s: school.id, d: [], v: 1 }, admin))).toBe('CONFLICT');

    // Readers: the school's staff (on the root field, on School.dutyRota and through node); not families, not other schools.
    const staffView = await ok(api, `query($s: ID!) { school(id: $s) { dutyRota { id version } } }`, { s: school.id }, teacherOf(wang.id, school.id));
    expect(staffView.dutyRota).toEqual({ id: second.id, version: 2 });
    expect((await ok(api, 'query($id: ID!) { node(id: $id) { id } }', { id: second.id }, teacherOf(wang.id, school.id))).id).toBe(second.id);
    const other = await createSchool(api);
    expect(await ok(api, ROTA, { s: school.id }, schoolAdminOf(other.id))).toBeNull();
    expect(codeOf(await api.exec('query($id: ID!) { node(id: $id) { id } }', { id: second.id }, schoolAdminOf(other.id)))).toBe('FORBIDDEN');
    const parent = await createGuardian(api);
    expect(await ok(api, ROTA, { s: school.id }, parent.viewer)).toBeNull();

    const trail = await api.services.repositories.audit.list(second.id, { first: 10 });
    expect(trail.items.map((item) => item.record.action)).toEqual(['SET_DUTY_ROTA', 'SET_DUTY_ROTA']);
  });

  it('refuses others and bad input with coded errors, and writes nothing then', async () => {
    const school = await createSchool(api);
    const leader = await leaderAt(api, school.id);
    const plainTeacher = await createStaff(api, school.id, { duties: ['TEACHER'] });
    const otherSchool = await createSchool(api);
    const elsewhere = await leaderAt(api, otherSchool.id);
    const admin = schoolAdminOf(school.id);
    const refusals: [Record<string, unknown>, unknown, string, string | undefined][] = [
      [{ s: school.id, d: [{ weekday: 'MONDAY', staffId: leader.id }] }, teacherOf(leader.id, school.id), 'FORBIDDEN', undefined],
      [{ s: school.id, d: [{ weekday: 'MONDAY', staffId: leader.id }] }, schoolAdminOf(otherSchool.id), 'FORBIDDEN', undefined],
      [{ s: school.id, d: [] }, parentOf('gdn_nobody'), 'FORBIDDEN', undefined],
      [
        {
          s: school.id,
          d: [
            { weekday: 'MONDAY', staffId: leader.id },
            { weekday: 'MONDAY', staffId: leader.id },
          ],
        },
        admin,
        'BAD_USER_INPUT',
        'days.1.weekday',
      ],
      [{ s: school.id, d: [{ weekday: 'TUESDAY', staffId: plainTeacher.id }] }, admin, 'BAD_USER_INPUT', 'days.0.staffId'],
      [
        {
          s: school.id,
          d: [
            { weekday: 'MONDAY', staffId: leader.id },
            { weekday: 'TUESDAY', staffId: elsewhere.id },
          ],
        },
        admin,
        'BAD_USER_INPUT',
        'days.1.staffId',
      ],
      [{ s: school.id, d: [{ weekday: 'MONDAY', staffId: 'stf_doesnotexist' }] }, admin, 'BAD_USER_INPUT', 'days.0.staffId'],
      [{ s: 'sch_doesnotexist', d: [] }, schoolAdminOf('sch_doesnotexist'), 'NOT_FOUND', undefined],
    ];
    for (const [variables, viewer, code, field] of refusals) {
      const result = await api.exec(SET_ROTA, variables, viewer as never);
      expect([codeOf(result), fieldOf(result)], JSON.stringify(variables)).toEqual([code, field]);
    }
    expect(await ok(api, ROTA, { s: school.id }, admin)).toBeNull();
    // A member who left (离职) is no longer a duty leader of the rota.
    await ok(api, 'mutation($id: ID!) { updateStaffMember(id: $id, input: { active: false }, expectedVersion: 1) { id } }', { id: leader.id });
    expect(fieldOf(await api.exec(SET_ROTA, { s: school.id, d: [{ weekday: 'FRIDAY', staffId: leader.id }] }, admin))).toBe('days.0.staffId');
    expect(await ok(api, ROTA, { s: school.id }, admin)).toBeNull();
  });

  it('proves the duty in the write itself: a duty removed after the read still refuses the rota, and nothing is written', async () => {
    const school = await createSchool(api);
    const member = await createStaff(api, school.id, { duties: ['TEACHER'] });
    const { dutyRotas } = await api.services.loadCareRepositories();
    const record = {
      id: `rot_${school.id.slice(4)}`,
      version: 1,
      schoolId: school.id,
      days: [{ weekday: 'MONDAY' as const, staffId: member.id }],
      updatedBy: 'test',
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    };
    // What a writer that read "DUTY_LEADER" a moment before the duty was taken away would send.
    const refused = await dutyRotas.write([dutyRotas.createStep(record), dutyRotas.dutyLeaderCheck(member.id, school.id, 'days.0.staffId')]).catch((e) => e);
    expect([refused.extensions?.code, refused.extensions?.field]).toEqual(['BAD_USER_INPUT', 'days.0.staffId']);
    expect(await dutyRotas.ofSchool(school.id)).toBeUndefined();
  });
});

describe('care log and the rota (值班领导写看护日志)', () => {
  it('only the rota’s leader of the weekday or the school admin writes the day; the log names the leader', async () => {
    const stage = await careStage(api, 0);
    const [onDuty, otherLeader, standIn] = [await leaderAt(api, stage.schoolId), await leaderAt(api, stage.schoolId), await leaderAt(api, stage.schoolId)];
    const admin = schoolAdminOf(stage.schoolId);
    const weekday = weekdayOf(stage.day);
    await ok(api, SET_ROTA, { s: stage.schoolId, d: [{ weekday, staffId: onDuty.id }] }, admin);
    const log = (date: string, extra: Record<string, unknown> = {}) => ({
      i: { schoolId: stage.schoolId, date, summary: '秩序良好', incidents: [], ...extra },
    });

    // Another duty leader may not write the rota leader's day (nothing is written), the rota's leader may.
    expect(codeOf(await api.exec(WRITE_LOG, log(stage.day), teacherOf(otherLeader.id, stage.schoolId)))).toBe('FORBIDDEN');
    expect(await ok(api, 'query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { id } }', { s: stage.schoolId, d: stage.day }, admin)).toBeNull();
    expect(fieldOf(await api.exec(WRITE_LOG, log(stage.day, { dutyLeaderId: otherLeader.id }), teacherOf(onDuty.id, stage.schoolId)))).toBe('dutyLeaderId');
    expect(await ok(api, WRITE_LOG, log(stage.day), teacherOf(onDuty.id, stage.schoolId))).toMatchObject({ version: 1, dutyLeaderId: onDuty.id });

    // The school admin writing the same weekday two weeks earlier: the rota's leader by default…
    const earlier = shift(stage.day, -14);
    expect(await ok(api, WRITE_LOG, log(earlier), admin)).toMatchObject({ dutyLeaderId: onDuty.id });
    // …or a stand-in the admin names (who may then change that day's log), never someone without the duty.
    expect(fieldOf(await api.exec(WRITE_LOG, log(earlier, { expectedVersion: 1, dutyLeaderId: stage.teacher.id }), admin))).toBe('dutyLeaderId');
    expect(await ok(api, WRITE_LOG, log(earlier, { expectedVersion: 1, dutyLeaderId: standIn.id }), admin)).toMatchObject({
      version: 2,
      dutyLeaderId: standIn.id,
    });
    expect(await ok(api, WRITE_LOG, log(earlier, { expectedVersion: 2 }), teacherOf(standIn.id, stage.schoolId))).toMatchObject({
      version: 3,
      dutyLeaderId: standIn.id,
    });

    // A weekday the rota leaves empty: any duty leader of the school, as before the rota existed.
    const offRota = [-1, -2, -3, -4].map((days) => shift(stage.day, days)).find((date) => !['SATURDAY', 'SUNDAY'].includes(weekdayOf(date)))!;
    expect(await ok(api, WRITE_LOG, log(offRota), teacherOf(otherLeader.id, stage.schoolId))).toMatchObject({ dutyLeaderId: otherLeader.id });
  });
});

describe('a day without a care log names its duty leader (DAY_WITHOUT_CARE_LOG)', () => {
  it('gives the rota’s leader of the missing day’s weekday, by id and by name', async () => {
    const stage = await careStage(api, 0);
    const admin = schoolAdminOf(stage.schoolId);
    const leader = await leaderAt(api, stage.schoolId);
    const days = (await api.services.calendar.forTerm(stage.termId)).serviceDays({ to: stage.day });
    const [first, missing, last] = days.slice(-3);
    await ok(api, SET_ROTA, { s: stage.schoolId, d: [{ weekday: missing.timetableWeekday, staffId: leader.id }] }, admin);
    for (const day of [first, last]) await ok(api, WRITE_LOG, { i: { schoolId: stage.schoolId, date: day.date, summary: '正常', incidents: [] } }, admin);
    const { complianceReport } = (
      await api.exec('query($s: ID!, $t: ID!) { complianceReport(schoolId: $s, termId: $t) { issues { kind date staffId message } } }', {
        s: stage.schoolId,
        t: stage.termId,
      })
    ).data as { complianceReport: { issues: { kind: string; date: string; staffId: string | null; message: string }[] } };
    const issues = complianceReport.issues.filter((issue) => issue.kind === 'DAY_WITHOUT_CARE_LOG');
    expect(issues.map((issue) => [issue.date, issue.staffId])).toEqual([[missing.date, leader.id]]);
    expect(issues[0].message).toContain(`值班领导（${leader.name}）`);
    // The sentence names the weekday in Chinese (周一), never the enum value (MONDAY).
    expect(issues[0].message).toMatch(new RegExp(`^${missing.date}（周[一二三四五六日]）没有课后看护日志`));
  });
});

describe('the rota and the district policy', () => {
  const OVERVIEW = 'query($y: String, $s: Int) { complianceOverview(schoolYear: $y, semester: $s) { recomputedCount rows { schoolId } } }';

  it('names service weekdays only: another day is BAD_USER_INPUT on that day, and nothing is written', async () => {
    const fresh = await createTestApi();
    const school = await createSchool(fresh);
    const leader = await leaderAt(fresh, school.id);
    const admin = schoolAdminOf(school.id);
    const days = [
      { weekday: 'MONDAY', staffId: leader.id },
      { weekday: 'SATURDAY', staffId: leader.id },
    ];
    const refused = await fresh.exec(SET_ROTA, { s: school.id, d: days }, admin);
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'days.1.weekday']);
    expect(await ok(fresh, ROTA, { s: school.id }, admin)).toBeNull();

    // Under a four-day week (篇五: 星期一至星期四), Friday is no service day either; Thursday is.
    const { version } = await ok(fresh, '{ districtPolicy { version } }', {});
    const week = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'];
    await ok(fresh, 'mutation($d: [Weekday!], $v: Int!) { updateDistrictPolicy(input: { serviceDays: $d }, expectedVersion: $v) { version } }', {
      d: week,
      v: version,
    });
    const friday = await fresh.exec(SET_ROTA, { s: school.id, d: [{ weekday: 'FRIDAY', staffId: leader.id }] }, admin);
    expect([codeOf(friday), fieldOf(friday)]).toEqual(['BAD_USER_INPUT', 'days.0.weekday']);
    expect(await ok(fresh, ROTA, { s: school.id }, admin)).toBeNull();
    expect(await ok(fresh, SET_ROTA, { s: school.id, d: [{ weekday: 'THURSDAY', staffId: leader.id }] }, admin)).toMatchObject({ version: 1 });
  });

  it('marks the compliance summary of the school’s begun terms in the same write (the overview recomputes that school)', async () => {
    const fresh = await createTestApi();
    const stage = await careStage(fresh, 0);
    const admin = schoolAdminOf(stage.schoolId);
    const leader = await leaderAt(fresh, stage.schoolId);
    const { schoolYear, semester } = (await ok(fresh, 'query($id: ID!) { term(id: $id) { schoolYear semester } }', { id: stage.termId })) as {
      schoolYear: string;
      semester: number;
    };
    // A term that has not begun: its report reads no care logs, so the rota is not its input.
    const later = (await ok(fresh, 'mutation($i: CreateTermInput!) { createTerm(input: $i) { id } }', {
      i: { schoolId: stage.schoolId, schoolYear: '2031-2032', semester: 1, startDate: '2031-09-01', endDate: '2032-01-20', excludedDates: [] },
    })) as { id: string };
    const revisions = async () =>
      (
        await fresh.services.repositories.complianceSummaries.getMany([
          { schoolId: stage.schoolId, termId: stage.termId },
          { schoolId: stage.schoolId, termId: later.id },
        ])
      ).map((summary) => summary?.revision ?? 0);

    expect((await ok(fresh, OVERVIEW, { y: schoolYear, s: semester })).recomputedCount).toBe(1);
    expect((await ok(fresh, OVERVIEW, { y: schoolYear, s: semester })).recomputedCount).toBe(0);
    const before = await revisions();
    // A refused rota marks nothing.
    expect(codeOf(await fresh.exec(SET_ROTA, { s: stage.schoolId, d: [{ weekday: 'SUNDAY', staffId: leader.id }] }, admin))).toBe('BAD_USER_INPUT');
    expect(await revisions()).toEqual(before);

    await ok(fresh, SET_ROTA, { s: stage.schoolId, d: [{ weekday: weekdayOf(stage.day), staffId: leader.id }] }, admin);
    expect(await revisions()).toEqual([before[0] + 1, before[1]]);
    expect((await ok(fresh, OVERVIEW, { y: schoolYear, s: semester })).recomputedCount).toBe(1);
  });
});
