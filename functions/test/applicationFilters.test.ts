import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, districtAdmin, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { careStage } from './support/care';
import { apply, applyInput, createClass, createStudent, ok } from './support/people';

/*
 * `enrolmentApplications(filter:)` applies every filter it is given: a class teacher's `studentId` narrows the class's
 * queue to that child (FORBIDDEN outside their classes), and a school, class and student that do not go together are
 * refused (BAD_USER_INPUT on the field; FORBIDDEN where the viewer may not read that school) — never answered for
 * one of them with the others quietly dropped. The students list does the same with a school and a class.
 */

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const APPLICATIONS = 'query($f: EnrolmentApplicationFilter) { enrolmentApplications(filter: $f) { totalCount nodes { studentId schoolId } } }';
const list = (f: Record<string, unknown>, viewer: Viewer) => api.exec(APPLICATIONS, { f }, viewer);

describe('enrolment application filters', () => {
  it('narrow a class teacher’s queue to the named child; a child outside their classes is FORBIDDEN, no such child NOT_FOUND', async () => {
    const here = await careStage(api, 2);
    const there = await careStage(api, 1);
    const [child, classmate] = here.students;
    const otherClass = await createClass(api, here.schoolId);
    const neighbour = await createStudent(api, otherClass.id);
    await apply(api, applyInput(neighbour.id, here.termId));
    const teacher = here.teacher.viewer;

    expect((await ok(api, APPLICATIONS, { f: {} }, teacher)).totalCount).toBe(2);
    for (const f of [{ studentId: child }, { studentId: child, classId: here.classId }, { studentId: child, schoolId: here.schoolId }])
      expect(await ok(api, APPLICATIONS, { f }, teacher)).toEqual({ totalCount: 1, nodes: [{ studentId: child, schoolId: here.schoolId }] });
    expect((await ok(api, APPLICATIONS, { f: { studentId: classmate } }, teacher)).nodes).toEqual([{ studentId: classmate, schoolId: here.schoolId }]);

    for (const studentId of [neighbour.id, there.students[0]]) {
      const refused = await list({ studentId }, teacher);
      expect([studentId, codeOf(refused), refused.data]).toEqual([studentId, 'FORBIDDEN', null]);
    }
    expect(codeOf(await list({ studentId: 'stu_doesnotexist00000000' }, teacher))).toBe('NOT_FOUND');
    // The school admin still reads the neighbour's application by child.
    expect((await ok(api, APPLICATIONS, { f: { studentId: neighbour.id } }, schoolAdminOf(here.schoolId))).totalCount).toBe(1);
  });

  it('refuse a class or child of another school than the filter’s school, and a child of another class', async () => {
    const here = await careStage(api, 2);
    const there = await careStage(api, 1);
    const [child] = here.students;
    const otherClass = await createClass(api, here.schoolId);
    const neighbour = await createStudent(api, otherClass.id);

    // The district may read both schools: the contradiction is bad input, named by field.
    for (const [f, field] of [
      [{ classId: here.classId, schoolId: there.schoolId }, 'filter.schoolId'],
      [{ studentId: child, schoolId: there.schoolId }, 'filter.schoolId'],
      [{ classId: here.classId, studentId: neighbour.id }, 'filter.classId'],
    ] as const) {
      const refused = await list(f, districtAdmin);
      expect([f, codeOf(refused), fieldOf(refused), refused.data]).toEqual([f, 'BAD_USER_INPUT', field, null]);
    }
    // A school admin or teacher naming a school they may not read is FORBIDDEN, whichever class is named.
    for (const [f, viewer] of [
      [{ classId: here.classId, schoolId: there.schoolId }, schoolAdminOf(here.schoolId)],
      [{ classId: here.classId, schoolId: there.schoolId }, schoolAdminOf(there.schoolId)],
      [{ classId: there.classId, schoolId: here.schoolId }, schoolAdminOf(here.schoolId)],
      [{ classId: here.classId, schoolId: there.schoolId }, here.teacher.viewer],
    ] as const) {
      const refused = await list(f, viewer);
      expect([f, viewer.role, codeOf(refused)]).toEqual([f, viewer.role, 'FORBIDDEN']);
    }
    // A school admin naming a class of their own school with it: the class's queue.
    for (const viewer of [schoolAdminOf(here.schoolId), districtAdmin])
      expect((await ok(api, APPLICATIONS, { f: { classId: here.classId, schoolId: here.schoolId } }, viewer)).totalCount).toBe(2);
    const refused = await list({ classId: otherClass.id, studentId: child }, schoolAdminOf(here.schoolId));
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'filter.classId']);
  });

  it('the students list refuses a class of another school than the filter’s school, as the applications do', async () => {
    const STUDENTS = 'query($f: StudentFilter) { students(filter: $f) { totalCount nodes { id } } }';
    const here = await careStage(api, 2);
    const there = await careStage(api, 1);
    const refused = await api.exec(STUDENTS, { f: { classId: here.classId, schoolId: there.schoolId } }, districtAdmin);
    expect([codeOf(refused), fieldOf(refused), refused.errors?.[0].extensions?.reason, refused.data]).toEqual([
      'BAD_USER_INPUT',
      'filter.schoolId',
      'WRONG_RECORD',
      null,
    ]);
    for (const [f, viewer] of [
      [{ classId: here.classId, schoolId: there.schoolId }, schoolAdminOf(here.schoolId)],
      [{ classId: here.classId, schoolId: there.schoolId }, schoolAdminOf(there.schoolId)],
      [{ classId: there.classId, schoolId: here.schoolId }, schoolAdminOf(here.schoolId)],
    ] as const) {
      const denied = await api.exec(STUDENTS, { f }, viewer);
      expect([f, codeOf(denied)]).toEqual([f, 'FORBIDDEN']);
    }
    for (const viewer of [schoolAdminOf(here.schoolId), districtAdmin])
      expect((await ok(api, STUDENTS, { f: { classId: here.classId, schoolId: here.schoolId } }, viewer)).totalCount).toBe(2);
  });
});
