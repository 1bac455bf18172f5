import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, districtAdmin, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, ROLL_CALL, rollCallInput } from './support/care';
import { createGuardian, createStaff, linkGuardian, ok, teacherOf } from './support/people';

/*
 * `rollCall(activityId:, date:)` for viewers who may not read it: SPEC §4 wants every denial coded, so a parent whose
 * child is not on the roster, another school's teacher or admin, or a colleague without children on it gets FORBIDDEN
 * — before the roll call is taken as after. null stays only for "not taken yet" to a viewer who may read it.
 */

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const read = (activityId: string, date: string, viewer: Parameters<TestApi['exec']>[2]) => api.exec(ROLL_CALL, { a: activityId, d: date }, viewer);

describe('reading a session’s roll call', () => {
  it('is FORBIDDEN to strangers and NOT_FOUND for no such activity; null before it is taken only to those who may read it', async () => {
    const here = await careStage(api, 2);
    const there = await careStage(api, 1);
    const [child, classmate] = here.students;
    const parent = await createGuardian(api);
    const otherParent = await createGuardian(api);
    await linkGuardian(api, child, parent.viewer);
    await linkGuardian(api, there.students[0], otherParent.viewer);
    const colleague = await createStaff(api, here.schoolId, { duties: ['TEACHER'] });
    const strangers = [otherParent.viewer, there.teacher.viewer, schoolAdminOf(there.schoolId), teacherOf(colleague.id, here.schoolId)];

    // Not taken yet: the person in charge gets the draft; the family of a rostered child and the district read null.
    expect((await ok(api, ROLL_CALL, { a: here.activityId, d: here.day }, here.teacher.viewer)).recorded).toBe(false);
    for (const reader of [parent.viewer, districtAdmin]) {
      const answer = await read(here.activityId, here.day, reader);
      expect([reader.role, answer.errors, answer.data]).toEqual([reader.role, undefined, { rollCall: null }]);
    }
    for (const stranger of strangers) {
      const refused = await read(here.activityId, here.day, stranger);
      expect([stranger.role, codeOf(refused), refused.data]).toEqual([stranger.role, 'FORBIDDEN', { rollCall: null }]);
    }
    expect(codeOf(await read('act_doesnotexist000000000', here.day, parent.viewer))).toBe('NOT_FOUND');
    expect(codeOf(await read(here.activityId, here.day, null))).toBe('UNAUTHENTICATED');

    // Taken: the family sees its own child's mark only; strangers are still refused.
    const marks = [
      { studentId: child, status: 'ABSENT' },
      { studentId: classmate, status: 'PRESENT' },
    ];
    expect((await recordRollCall(api, rollCallInput(here.activityId, here.day, marks), here.teacher.viewer)).errors).toBeUndefined();
    expect((await ok(api, ROLL_CALL, { a: here.activityId, d: here.day }, parent.viewer)).marks).toEqual([{ studentId: child, status: 'ABSENT' }]);
    for (const stranger of strangers) {
      const refused = await read(here.activityId, here.day, stranger);
      expect([stranger.role, codeOf(refused), refused.data]).toEqual([stranger.role, 'FORBIDDEN', { rollCall: null }]);
    }
    expect((await ok(api, ROLL_CALL, { a: here.activityId, d: here.day }, schoolAdminOf(here.schoolId))).marks).toHaveLength(2);
  });
});
