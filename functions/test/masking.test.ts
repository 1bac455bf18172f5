import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, districtAdmin, schoolAdminOf, type TestApi } from './support/api';
import { activeContract, approvedProvider } from './support/domain';
import {
  assign,
  createActivity,
  createClass,
  createGuardian,
  createStaff,
  createStudent,
  enrol,
  linkGuardian,
  ok,
  schoolWithClass,
  teacherOf,
} from './support/people';

let api: TestApi;
let world: Awaited<ReturnType<typeof build>>;

/** One child on a provider's activity and on a teacher's activity; a classmate on neither. */
async function build() {
  const { schoolId, termId, classId, teacher } = await schoolWithClass(api);
  const provider = await approvedProvider(api);
  const contract = await activeContract(api, schoolId, termId, provider.id);
  const providerActivity = await createActivity(api, termId, { contractId: contract.id, staffName: null, category: 'SPORTS', weekday: 'TUESDAY', grades: [3] });
  const runner = await createStaff(api, schoolId, { name: '看护老师' });
  const teacherActivity = await createActivity(api, termId, { staffId: runner.id, staffName: null, weekday: 'WEDNESDAY', grades: [3] });
  const child = await createStudent(api, classId, {
    name: '欧阳小明',
    leftBehind: true,
    guardians: [{ name: '欧阳妈妈', relation: '母亲', phone: '13812348000' }],
  });
  const classmate = await createStudent(api, classId, { name: '陈小红' });
  const otherClass = await createClass(api, schoolId, { grade: 3 });
  await enrol(api, child.id, termId);
  for (const id of [providerActivity, teacherActivity]) expect((await assign(api, id, child.id)).errors).toBeUndefined();
  const guardian = await createGuardian(api, '欧阳爸爸');
  await linkGuardian(api, child.id, guardian.viewer);
  return {
    schoolId,
    child,
    classmate,
    otherClass,
    providerActivity,
    teacherActivity,
    viewers: {
      district: districtAdmin,
      schoolAdmin: schoolAdminOf(schoolId),
      classTeacher: teacher.viewer,
      runner: teacherOf(runner.id, schoolId),
      provider: { sub: 'prv-user', role: 'PROVIDER', providerId: provider.id } as Viewer,
      parent: guardian.viewer,
    },
  };
}

beforeAll(async () => {
  api = await createTestApi();
  world = await build();
});

const STUDENT = 'query($id: ID!) { student(id: $id) { name maskedName leftBehind className guardians { name phone } } }';

describe('minors’ data per role (SPEC §3.11)', () => {
  it('shows phones in full to the class teacher and the school admin only', async () => {
    const phoneSeenBy = async (viewer: Viewer) =>
      (await ok(api, STUDENT, { id: world.child.id }, { ...viewer })).guardians.find((g: { name: string }) => g.name === '欧阳妈妈')?.phone;
    expect(await phoneSeenBy(world.viewers.schoolAdmin)).toBe('13812348000');
    expect(await phoneSeenBy(world.viewers.classTeacher)).toBe('13812348000');
    expect(await phoneSeenBy(world.viewers.district)).toBe('138****8000');
    expect(await phoneSeenBy(world.viewers.parent)).toBe('138****8000');
    expect(await phoneSeenBy(world.viewers.runner)).toBe('138****8000');
  });

  it('shows a provider the given name and class of children on its roster only', async () => {
    const provider = world.viewers.provider;
    const seen = await ok(api, STUDENT, { id: world.child.id }, provider);
    expect(seen).toEqual({ name: '小明', maskedName: '小*', leftBehind: null, className: expect.stringMatching(/班$/), guardians: [] });
    const roster = await ok(
      api,
      'query($id: ID!) { activity(id: $id) { roster { totalCount nodes { id name hardship guardians { phone } } } } }',
      { id: world.providerActivity },
      provider,
    );
    expect(roster.roster).toEqual({ totalCount: 1, nodes: [{ id: world.child.id, name: '小明', hardship: null, guardians: [] }] });
    expect(codeOf(await api.exec(STUDENT, { id: world.classmate.id }, provider))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('query($id: ID!) { activity(id: $id) { id } }', { id: world.teacherActivity }, provider))).toBe('FORBIDDEN');
    // Nor the audit trail of its activity's roster changes with the child's full name.
    const trail = JSON.stringify(
      await ok(api, 'query($id: ID!) { auditEvents(entityId: $id) { nodes { summary } } }', { id: world.providerActivity }, provider),
    );
    expect(trail).not.toContain('欧阳小明');
  });

  it('shows a teacher running an activity its children without family circumstances', async () => {
    const seen = await ok(api, STUDENT, { id: world.child.id }, world.viewers.runner);
    expect(seen).toMatchObject({ name: '欧阳小明', leftBehind: null });
    expect(codeOf(await api.exec(STUDENT, { id: world.classmate.id }, world.viewers.runner))).toBe('FORBIDDEN');
    const roster = await ok(api, 'query($id: ID!) { activity(id: $id) { roster { totalCount } } }', { id: world.teacherActivity }, world.viewers.runner);
    expect(roster.roster.totalCount).toBe(1);
  });

  it('shows a guardian their own child only, and a class list nothing beyond them', async () => {
    const parent = world.viewers.parent;
    expect((await ok(api, STUDENT, { id: world.child.id }, parent)).leftBehind).toBe(true);
    expect(codeOf(await api.exec(STUDENT, { id: world.classmate.id }, parent))).toBe('FORBIDDEN');
    const classList = await ok(api, 'query($id: ID!) { schoolClass(id: $id) { students { totalCount nodes { id } } } }', { id: world.child.classId }, parent);
    expect(classList.students).toEqual({ totalCount: 1, nodes: [{ id: world.child.id }] });
    const roster = await ok(
      api,
      'query($id: ID!) { activity(id: $id) { enrolledCount roster { totalCount nodes { id } } } }',
      { id: world.providerActivity },
      parent,
    );
    expect(roster.roster).toEqual({ totalCount: 1, nodes: [{ id: world.child.id }] });
    expect(codeOf(await api.exec('query($id: ID!) { schoolClass(id: $id) { id } }', { id: world.otherClass.id }, parent))).toBe('FORBIDDEN');
  });

  it('masks names for posting (张*明) and keeps the guardian’s own phone for them', async () => {
    expect((await ok(api, STUDENT, { id: world.classmate.id })).maskedName).toBe('陈*红');
    const me = await ok(api, 'query { viewer { guardian { name phone children { id } } } }', {}, world.viewers.parent);
    expect(me.guardian.phone).toMatch(/^1\d{10}$/);
    expect(me.guardian.children).toEqual([{ id: world.child.id }]);
  });
});
