import { beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { createGuardian, createStudent, ok, schoolWithClass, STUDENT_FIELDS, teacherOf } from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const ISSUE = 'mutation($s: ID!) { issueGuardianCode(studentId: $s) { code expiresAt studentId } }';
const LINK = `mutation($c: String!) { linkChild(code: $c) { ${STUDENT_FIELDS} } }`;

describe('binding codes (家长绑定码)', () => {
  it('links a child once: the code is used up, the guardian joins the contacts and sees the child', async () => {
    const { schoolId, classId, teacher } = await schoolWithClass(api);
    const student = await createStudent(api, classId, { name: '周小雨' });
    const issued = await ok(api, ISSUE, { s: student.id }, teacher.viewer);
    expect(issued.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const mother = await createGuardian(api, '周妈妈');
    const linked = await ok(api, LINK, { c: issued.code.toLowerCase().replace(/(.{4})/, '$1 ') }, mother.viewer);
    expect(linked).toMatchObject({ id: student.id, name: '周小雨' });
    expect(linked.guardians.find((g: { linked: boolean }) => g.linked)).toMatchObject({ name: '周妈妈' });
    // Single use: the second guardian with the same slip gets NOT_FOUND and nothing changes.
    const other = await createGuardian(api, '冒名者');
    const again = await api.exec(LINK, { c: issued.code }, other.viewer);
    expect([codeOf(again), fieldOf(again)]).toEqual(['NOT_FOUND', 'code']);
    expect((await ok(api, 'query { viewer { children { id } } }', {}, other.viewer)).children).toEqual([]);
    expect((await ok(api, 'query { viewer { children { id } } }', {}, mother.viewer)).children).toEqual([{ id: student.id }]);
    const trail = await ok(api, 'query($id: ID!) { auditEvents(entityId: $id) { nodes { action } } }', { id: student.id }, schoolAdminOf(schoolId));
    expect(trail.nodes.map((e: { action: string }) => e.action)).toEqual(['LINK_GUARDIAN', 'ISSUE_GUARDIAN_CODE', 'CREATE']);
  });

  it('lets exactly one of two guardians entering the same code at once link the child', async () => {
    const { classId } = await schoolWithClass(api);
    const student = await createStudent(api, classId);
    const { code } = await ok(api, ISSUE, { s: student.id });
    const [a, b] = [await createGuardian(api), await createGuardian(api)];
    const results = await Promise.all([a, b].map((guardian) => api.exec(LINK, { c: code }, guardian.viewer)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const links = await api.services.repositories.guardians.linksOfStudent(student.id);
    expect(links).toHaveLength(1);
  });

  it('refuses an expired code and a code revoked by a newer one', async () => {
    const { classId } = await schoolWithClass(api);
    const student = await createStudent(api, classId);
    const guardian = await createGuardian(api);
    const old = await ok(api, ISSUE, { s: student.id });
    const fresh = await ok(api, ISSUE, { s: student.id });
    expect(codeOf(await api.exec(LINK, { c: old.code }, guardian.viewer))).toBe('NOT_FOUND');
    vi.useFakeTimers({ now: Date.now() + 8 * 86_400_000, toFake: ['Date'] });
    try {
      expect(codeOf(await api.exec(LINK, { c: fresh.code }, guardian.viewer))).toBe('INVALID_TRANSITION');
    } finally {
      vi.useRealTimers();
    }
    expect((await ok(api, 'query { viewer { children { id } } }', {}, { ...guardian.viewer })).children).toEqual([]);
  });

  it('rate limits a guardian to 10 attempts an hour', async () => {
    const guardian = await createGuardian(api);
    const codes: string[] = [];
    for (let i = 0; i < 10; i++) codes.push(String(codeOf(await api.exec(LINK, { c: `WRONG${i}XY` }, guardian.viewer))));
    expect(new Set(codes)).toEqual(new Set(['NOT_FOUND']));
    expect(codeOf(await api.exec(LINK, { c: 'WRONGXYZ' }, guardian.viewer))).toBe('RATE_LIMITED');
  });

  it('is issued by the school admin or the class teacher only, and used by guardians only', async () => {
    const { schoolId, classId } = await schoolWithClass(api);
    const student = await createStudent(api, classId);
    const otherTeacher = teacherOf('stf_someone', schoolId);
    expect(codeOf(await api.exec(ISSUE, { s: student.id }, otherTeacher))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(ISSUE, { s: student.id }, schoolAdminOf('sch_other')))).toBe('FORBIDDEN');
    const { code } = await ok(api, ISSUE, { s: student.id }, schoolAdminOf(schoolId));
    expect(codeOf(await api.exec(LINK, { c: code }, schoolAdminOf(schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(LINK, { c: code }, null))).toBe('UNAUTHENTICATED');
  });
});
