import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, localDate } from '../src/core/clock';
import { codeOf, createTestApi, type TestApi } from './support/api';
import { assign, createActivity, createGuardian, createStudent, enrol, linkGuardian, ok, rosterOf, schoolWithClass } from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const leave = (id: string, version: number, leftOn: string) =>
  ok(api, 'mutation($id: ID!, $v: Int!, $d: Date) { updateStudent(id: $id, input: { status: LEFT, leftOn: $d }, expectedVersion: $v) { version status } }', {
    id,
    v: version,
    d: leftOn,
  });

describe('student data retention (数据保留期限)', () => {
  it('deletes students who left longer ago than the policy allows, with their applications, rosters and links', async () => {
    const policy = (await api.exec('query { districtPolicy { version studentDataRetentionMonths } }')).data!.districtPolicy;
    expect(policy.studentDataRetentionMonths).toBe(12);
    await ok(api, 'mutation($v: Int!) { updateDistrictPolicy(input: { studentDataRetentionMonths: 6 }, expectedVersion: $v) { studentDataRetentionMonths } }', {
      v: policy.version,
    });

    const { termId, classId } = await schoolWithClass(api);
    const activityId = await createActivity(api, termId, { grades: [3], capacity: 10 });
    const old = await createStudent(api, classId, { name: '早走生' });
    const recent = await createStudent(api, classId, { name: '新走生' });
    const staying = await createStudent(api, classId, { name: '在读生' });
    const guardian = await createGuardian(api);
    await linkGuardian(api, old.id, guardian.viewer);
    const enrolment = await enrol(api, old.id, termId);
    expect((await assign(api, activityId, old.id)).errors).toBeUndefined();
    await ok(api, 'mutation($id: ID!) { withdrawApplication(id: $id) { status } }', { id: enrolment.id });
    expect((await assign(api, activityId, staying.id)).errors).toBeDefined();

    const current = (id: string) => ok(api, 'query($id: ID!) { student(id: $id) { version } }', { id });
    await leave(old.id, (await current(old.id)).version, addMonths(localDate(), -7));
    await leave(recent.id, (await current(recent.id)).version, addMonths(localDate(), -2));

    const lines: string[] = [];
    const result = await api.services.retention.purgeLeftStudents({ log: (line) => lines.push(line) });
    expect(result.purged).toEqual([old.id]);
    expect(result.months).toBe(6);
    expect(lines).toHaveLength(1);

    expect(codeOf(await api.exec('query($id: ID!) { student(id: $id) { id } }', { id: old.id }))).toBe('NOT_FOUND');
    expect(codeOf(await api.exec('query($id: ID!) { enrolmentApplication(id: $id) { id } }', { id: enrolment.id }))).toBe('NOT_FOUND');
    expect(await api.services.repositories.guardians.linksOfGuardian(guardian.id)).toEqual([]);
    expect((await ok(api, 'query { viewer { children { id } } }', {}, { ...guardian.viewer })).children).toEqual([]);
    expect(await rosterOf(api, activityId)).toMatchObject({ enrolledCount: 0, roster: { totalCount: 0 } });
    expect((await ok(api, 'query($id: ID!) { schoolClass(id: $id) { studentCount } }', { id: classId })).studentCount).toBe(1);
    for (const id of [recent.id, staying.id]) expect((await ok(api, 'query($id: ID!) { student(id: $id) { id } }', { id })).id).toBe(id);
    // The trail keeps that the record was deleted, never who the child was.
    const trail = await ok(api, 'query($id: ID!) { auditEvents(entityId: $id) { nodes { action summary } } }', { id: old.id });
    expect(trail.nodes[0].action).toBe('PURGE');
    expect(JSON.stringify(trail)).not.toContain('早走生');
    // Nothing left to do: a second run deletes nobody.
    expect((await api.services.retention.purgeLeftStudents()).purged).toEqual([]);
  });

  it('deletes a student with many dependent items in batches', async () => {
    const small = await createTestApi(undefined, { maxTransactionItems: 4 });
    const { termId, classId } = await schoolWithClass(small);
    const student = await createStudent(small, classId);
    for (let i = 0; i < 3; i++) {
      const enrolment = await enrol(small, student.id, termId);
      await ok(small, 'mutation($id: ID!) { withdrawApplication(id: $id) { status } }', { id: enrolment.id });
    }
    const version = (await ok(small, 'query($id: ID!) { student(id: $id) { version } }', { id: student.id })).version;
    await ok(small, 'mutation($id: ID!, $v: Int!, $d: Date) { updateStudent(id: $id, input: { status: LEFT, leftOn: $d }, expectedVersion: $v) { status } }', {
      id: student.id,
      v: version,
      d: addMonths(localDate(), -13),
    });
    const lines: string[] = [];
    expect((await small.services.retention.purgeLeftStudents({ log: (line) => lines.push(line) })).purged, lines.join('\n')).toEqual([student.id]);
    expect(await small.services.repositories.applications.allOfStudent(student.id)).toEqual([]);
  });
});
