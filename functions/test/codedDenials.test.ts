import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { careStage, recordRollCall, rollCallInput } from './support/care';
import { createGuardian, linkGuardian, ok, parentOf } from './support/people';

/*
 * A child's care lists asked for by `studentId` (handovers, leave, pickup persons, a parent's alerts): SPEC §4 wants
 * every denial to be a coded error, so another family's or another school's child is FORBIDDEN — not an empty list
 * that looks like "nothing happened" — and an unknown child is NOT_FOUND.
 */

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const LISTS = {
  handovers: 'query($s: ID!) { handovers(studentId: $s) { id } }',
  leaveRequests: 'query($s: ID!) { leaveRequests(studentId: $s) { id } }',
  authorizedPickups: 'query($s: ID!) { authorizedPickups(studentId: $s) { id name code } }',
};
const ALERTS = 'query($f: AlertFilter) { alerts(filter: $f, first: 50) { totalCount nodes { kind studentId } } }';
const ADD_PICKUP = 'mutation($i: AddAuthorizedPickupInput!) { addAuthorizedPickup(input: $i) { id code } }';
const REQUEST_LEAVE = 'mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id } }';

describe('a child’s care lists', () => {
  it('are FORBIDDEN for another family, another school and its teachers; NOT_FOUND for no such child; the child’s own side reads them', async () => {
    const here = await careStage(api, 1);
    const there = await careStage(api, 1);
    const [child] = here.students;
    const [otherChild] = there.students;
    const parent = await createGuardian(api);
    const otherParent = await createGuardian(api);
    await linkGuardian(api, child, parent.viewer);
    await linkGuardian(api, otherChild, otherParent.viewer);
    await ok(api, ADD_PICKUP, { i: { studentId: child, name: '王奶奶', relation: '奶奶' } }, parent.viewer);
    await ok(api, REQUEST_LEAVE, { i: { studentId: child, from: here.day, to: here.day, reason: '看病' } }, here.teacher.viewer);

    for (const [name, query] of Object.entries(LISTS)) {
      for (const stranger of [otherParent.viewer, schoolAdminOf(there.schoolId), there.teacher.viewer]) {
        const refused = await api.exec(query, { s: child }, stranger);
        expect([name, stranger.role, codeOf(refused)]).toEqual([name, stranger.role, 'FORBIDDEN']);
        expect(refused.data).toBeNull();
      }
      expect([name, codeOf(await api.exec(query, { s: 'stu_doesnotexist00000000' }, parent.viewer))]).toEqual([name, 'NOT_FOUND']);
      expect([name, codeOf(await api.exec(query, { s: child }, null))]).toEqual([name, 'UNAUTHENTICATED']);
      // The family, the class teacher and the school read them (one pickup person, one leave, no handover yet).
      for (const reader of [parent.viewer, here.teacher.viewer, schoolAdminOf(here.schoolId)]) {
        const read = await api.exec(query, { s: child }, reader);
        expect([name, reader.role, read.errors]).toEqual([name, reader.role, undefined]);
        expect(read.data![name]).toHaveLength(name === 'handovers' ? 0 : 1);
      }
    }
    // The guardian sees the pickup code; the teacher and the school see who may come, never the code.
    const [mine] = (await ok(api, LISTS.authorizedPickups, { s: child }, parent.viewer)) as { code: string }[];
    expect(mine.code).toMatch(/^\d{6}$/);
    expect(await ok(api, LISTS.authorizedPickups, { s: child }, here.teacher.viewer)).toEqual([expect.objectContaining({ code: '' })]);
  });

  it('a parent’s alerts: their only child by default, another family’s child FORBIDDEN, several children must be named', async () => {
    const stage = await careStage(api, 3);
    const [absent, sibling, other] = stage.students;
    const parent = await createGuardian(api);
    const otherParent = await createGuardian(api);
    await linkGuardian(api, absent, parent.viewer);
    await linkGuardian(api, other, otherParent.viewer);
    const marks = [
      { studentId: absent, status: 'ABSENT' },
      { studentId: sibling, status: 'PRESENT' },
      { studentId: other, status: 'PRESENT' },
    ];
    expect((await recordRollCall(api, rollCallInput(stage.activityId, stage.day, marks), stage.teacher.viewer)).errors).toBeUndefined();

    expect(await ok(api, ALERTS, {}, parent.viewer)).toEqual({ totalCount: 1, nodes: [{ kind: 'ABSENT_WITHOUT_LEAVE', studentId: absent }] });
    expect((await ok(api, ALERTS, { f: { studentId: absent } }, parent.viewer)).totalCount).toBe(1);
    const refused = await api.exec(ALERTS, { f: { studentId: absent } }, otherParent.viewer);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    expect(await ok(api, ALERTS, {}, otherParent.viewer)).toEqual({ totalCount: 0, nodes: [] });

    await linkGuardian(api, sibling, parent.viewer);
    // A new request (relations are remembered per viewer object, i.e. per request when served).
    const twoChildren = parentOf(parent.id);
    const unnamed = await api.exec(ALERTS, {}, twoChildren);
    expect([codeOf(unnamed), fieldOf(unnamed)]).toEqual(['BAD_USER_INPUT', 'filter.studentId']);
    expect((await ok(api, ALERTS, { f: { studentId: sibling } }, twoChildren)).totalCount).toBe(0);
  });
});

describe('lists narrowed to the viewer’s own school', () => {
  it('refuse another school in the filter (teacher’s class list and applications, a parent’s applications) and another school’s care log', async () => {
    const here = await careStage(api, 1);
    const there = await careStage(api, 1);
    const [child] = here.students;
    const parent = await createGuardian(api);
    await linkGuardian(api, child, parent.viewer);
    const STUDENTS = 'query($f: StudentFilter) { students(filter: $f) { totalCount nodes { id schoolId } } }';
    const APPLICATIONS = 'query($f: EnrolmentApplicationFilter) { enrolmentApplications(filter: $f) { totalCount nodes { id schoolId } } }';
    const LOG = 'query($s: ID!, $d: Date!) { careLog(schoolId: $s, date: $d) { id } }';

    // Their own school (or none named) answers with their class / child, as before.
    for (const f of [{}, { schoolId: here.schoolId }]) {
      expect((await ok(api, STUDENTS, { f }, here.teacher.viewer)).nodes).toEqual([{ id: child, schoolId: here.schoolId }]);
      expect((await ok(api, APPLICATIONS, { f }, here.teacher.viewer)).totalCount).toBe(1);
      expect((await ok(api, APPLICATIONS, { f }, parent.viewer)).nodes).toEqual([expect.objectContaining({ schoolId: here.schoolId })]);
    }
    // Another school is refused, not answered with their own school's records.
    for (const [query, viewer] of [
      [STUDENTS, here.teacher.viewer],
      [APPLICATIONS, here.teacher.viewer],
      [APPLICATIONS, parent.viewer],
    ] as const) {
      const refused = await api.exec(query, { f: { schoolId: there.schoolId } }, viewer);
      expect([viewer.role, codeOf(refused), refused.data]).toEqual([viewer.role, 'FORBIDDEN', null]);
    }
    // The care log: another school's admin, a parent and a teacher who is no duty leader are refused, with or without a log.
    await ok(
      api,
      'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id } }',
      {
        i: { schoolId: here.schoolId, date: here.day, summary: '平稳', incidents: [] },
      },
      schoolAdminOf(here.schoolId),
    );
    for (const viewer of [schoolAdminOf(there.schoolId), parent.viewer, here.teacher.viewer]) {
      for (const d of [here.day, here.excluded]) {
        const refused = await api.exec(LOG, { s: here.schoolId, d }, viewer);
        expect([viewer.role, d, codeOf(refused)]).toEqual([viewer.role, d, 'FORBIDDEN']);
      }
    }
    expect(await ok(api, LOG, { s: here.schoolId, d: here.day }, schoolAdminOf(here.schoolId))).toEqual({ id: expect.any(String) });
    expect(await ok(api, LOG, { s: here.schoolId, d: here.excluded }, schoolAdminOf(here.schoolId))).toBeNull();
  });
});
