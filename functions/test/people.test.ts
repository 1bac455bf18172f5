import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { recordCommands } from './support/commandLog';
import { auditActions, createSchool } from './support/domain';
import { createClass, createStaff, createStudent, ok, schoolWithClass, STUDENT_FIELDS, teacherOf } from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const STAFF = 'query($f: StaffMemberFilter) { staffMembers(filter: $f, first: 50) { totalCount nodes { id name phone duties active } } }';

describe('staff members (教职工)', () => {
  it('lists a school’s staff by name and by duty, and only its own to a school admin', async () => {
    const school = await createSchool(api);
    const other = await createSchool(api);
    await createStaff(api, school.id, { name: '王值班', duties: ['DUTY_LEADER', 'TEACHER'] });
    await createStaff(api, school.id, { name: '李班主任', duties: ['CLASS_TEACHER'] });
    const former = await createStaff(api, school.id, { name: '赵老师', duties: ['DUTY_LEADER'] });
    await createStaff(api, other.id, { name: '外校值班', duties: ['DUTY_LEADER'] });
    await ok(api, 'mutation($id: ID!) { updateStaffMember(id: $id, input: { active: false }, expectedVersion: 1) { active } }', { id: former.id });

    const all = await ok(api, STAFF, { f: { schoolId: school.id } });
    expect(all.nodes.map((s: { name: string }) => s.name)).toEqual(['李班主任', '王值班', '赵老师'].sort((a, b) => (a < b ? -1 : 1)));
    const leaders = await ok(api, STAFF, { f: { schoolId: school.id, duty: 'DUTY_LEADER', active: true } });
    expect(leaders.nodes.map((s: { name: string }) => s.name)).toEqual(['王值班']);
    expect(leaders.totalCount).toBe(1);

    const asAdmin = await ok(api, STAFF, { f: {} }, schoolAdminOf(school.id));
    expect(asAdmin.totalCount).toBe(3);
    expect(codeOf(await api.exec(STAFF, { f: { schoolId: other.id } }, schoolAdminOf(school.id)))).toBe('FORBIDDEN');
    expect(fieldOf(await api.exec(STAFF, { f: {} }))).toBe('filter.schoolId');
  });

  it('moves duty items with a rename and refuses to delete a class teacher', async () => {
    const { schoolId, teacher } = await schoolWithClass(api);
    await ok(api, 'mutation($id: ID!) { updateStaffMember(id: $id, input: { name: "改名老师", duties: [CLASS_TEACHER] }, expectedVersion: 1) { id } }', {
      id: teacher.id,
    });
    const classTeachers = await ok(api, STAFF, { f: { schoolId, duty: 'CLASS_TEACHER' } });
    expect(classTeachers.nodes.map((s: { name: string }) => s.name)).toEqual(['改名老师']);
    expect((await ok(api, STAFF, { f: { schoolId, duty: 'TEACHER' } })).totalCount).toBe(0);
    const refused = await api.exec('mutation($id: ID!) { deleteStaffMember(id: $id) }', { id: teacher.id });
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    const conflict = await api.exec('mutation($id: ID!) { updateStaffMember(id: $id, input: { name: "x" }, expectedVersion: 1) { id } }', { id: teacher.id });
    expect(codeOf(conflict)).toBe('CONFLICT');
  });

  it('shows colleagues to a teacher without their phones', async () => {
    const { schoolId, teacher } = await schoolWithClass(api);
    const colleague = await createStaff(api, schoolId, { name: '同事', phone: '13912345678' });
    const seen = await ok(api, 'query($id: ID!) { staffMember(id: $id) { name phone } }', { id: colleague.id }, teacher.viewer);
    expect(seen).toEqual({ name: '同事', phone: null });
    const self = await ok(api, 'query { viewer { role staffId staff { id phone } classes { id } } }', {}, teacher.viewer);
    expect(self.staff.id).toBe(teacher.id);
    expect(self.staff.phone).toMatch(/^1\d{10}$/);
    expect(self.classes).toHaveLength(1);
  });
});

describe('classes (班级)', () => {
  it('refuses a duplicate name, a grade the school does not teach, and a teacher of another school', async () => {
    const { schoolId, classId } = await schoolWithClass(api);
    const name = (await ok(api, 'query($id: ID!) { schoolClass(id: $id) { name } }', { id: classId })).name;
    expect(codeOf(await api.exec('mutation($i: CreateSchoolClassInput!) { createSchoolClass(input: $i) { id } }', { i: { schoolId, grade: 3, name } }))).toBe(
      'CONFLICT',
    );
    const junior = await api.exec('mutation($i: CreateSchoolClassInput!) { createSchoolClass(input: $i) { id } }', {
      i: { schoolId, grade: 8, name: '八年级1班' },
    });
    expect([codeOf(junior), fieldOf(junior)]).toEqual(['BAD_USER_INPUT', 'grade']);
    const elsewhere = await createSchool(api);
    const stranger = await createStaff(api, elsewhere.id);
    const foreign = await api.exec('mutation($i: CreateSchoolClassInput!) { createSchoolClass(input: $i) { id } }', {
      i: { schoolId, grade: 3, name: '三年级9班', classTeacherId: stranger.id },
    });
    expect(codeOf(foreign)).toBe('INVALID_TRANSITION');
  });

  it('counts active students and keeps a class with students', async () => {
    const { classId } = await schoolWithClass(api);
    const a = await createStudent(api, classId);
    await createStudent(api, classId);
    expect((await ok(api, 'query($id: ID!) { schoolClass(id: $id) { studentCount } }', { id: classId })).studentCount).toBe(2);
    await ok(api, `mutation($id: ID!) { updateStudent(id: $id, input: { status: LEFT }, expectedVersion: 1) { ${STUDENT_FIELDS} } }`, { id: a.id });
    expect((await ok(api, 'query($id: ID!) { schoolClass(id: $id) { studentCount } }', { id: classId })).studentCount).toBe(1);
    expect(codeOf(await api.exec('mutation($id: ID!) { deleteSchoolClass(id: $id) }', { id: classId }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.exec('mutation($id: ID!) { updateSchoolClass(id: $id, input: { grade: 4 }, expectedVersion: 1) { id } }', { id: classId }))).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('students (学生)', () => {
  it('creates, moves between classes and lets a student leave, with audit events that never keep the full name or phone', async () => {
    const { schoolId, classId } = await schoolWithClass(api);
    const other = await createClass(api, schoolId, { grade: 4, name: '四年级1班' });
    const student = await createStudent(api, classId, { name: '王小明', guardians: [{ name: '王爸爸', relation: '父亲', phone: '13800138000' }] });
    expect(student).toMatchObject({ grade: 3, maskedName: '王*明', status: 'ACTIVE', guardians: [{ name: '王爸爸', phone: '138****8000', linked: false }] });
    const moved = await ok(api, `mutation($id: ID!, $c: ID!) { updateStudent(id: $id, input: { classId: $c }, expectedVersion: 1) { ${STUDENT_FIELDS} } }`, {
      id: student.id,
      c: other.id,
    });
    expect(moved).toMatchObject({ grade: 4, classId: other.id, className: '四年级1班' });
    const left = await ok(
      api,
      `mutation($id: ID!) { updateStudent(id: $id, input: { status: LEFT, leftOn: "2026-11-01" }, expectedVersion: 2) { ${STUDENT_FIELDS} } }`,
      { id: student.id },
    );
    expect(left).toMatchObject({ status: 'LEFT', leftOn: '2026-11-01' });
    const trail = await ok(api, 'query($id: ID!) { auditEvents(entityId: $id) { nodes { action summary changes { field before after } } } }', {
      id: student.id,
    });
    expect(trail.nodes.map((e: { action: string }) => e.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    const text = JSON.stringify(trail);
    expect(text).not.toContain('王小明');
    expect(text).not.toContain('13800138000');
    expect(text).toContain('王*明');
  });

  it('validates input and refuses a future leaving date', async () => {
    const { classId } = await schoolWithClass(api);
    const bad = await api.exec('mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }', {
      i: { classId, name: '小红', guardians: [{ name: '妈妈', phone: '12345' }] },
    });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'guardians.0.phone']);
    const student = await createStudent(api, classId);
    const future = await api.exec('mutation($id: ID!) { updateStudent(id: $id, input: { status: LEFT, leftOn: "2099-01-01" }, expectedVersion: 1) { id } }', {
      id: student.id,
    });
    expect([codeOf(future), fieldOf(future)]).toEqual(['BAD_USER_INPUT', 'leftOn']);
  });

  it('lists a class to its class teacher only, and a school’s students to its admin', async () => {
    const { schoolId, classId, teacher } = await schoolWithClass(api);
    const otherClass = await createClass(api, schoolId, { grade: 3 });
    await createStudent(api, classId, { name: '甲同学' });
    await createStudent(api, otherClass.id, { name: '乙同学' });
    const mine = await ok(api, 'query { students(first: 50) { totalCount nodes { name } } }', {}, teacher.viewer);
    expect(mine.nodes.map((s: { name: string }) => s.name)).toEqual(['甲同学']);
    expect(codeOf(await api.exec('query($c: ID!) { students(filter: { classId: $c }) { totalCount } }', { c: otherClass.id }, teacher.viewer))).toBe(
      'FORBIDDEN',
    );
    const school = await ok(api, 'query($s: ID!) { students(filter: { schoolId: $s, grade: 3 }) { totalCount } }', { s: schoolId }, schoolAdminOf(schoolId));
    expect(school.totalCount).toBe(2);
    // A teacher whose staff record is inactive reads nothing of the school any more (a new request: a new viewer).
    await ok(api, 'mutation($id: ID!, $v: Int!) { updateStaffMember(id: $id, input: { active: false }, expectedVersion: $v) { id } }', {
      id: teacher.id,
      v: teacher.version,
    });
    expect(codeOf(await api.exec('query { students { totalCount } }', {}, { ...teacher.viewer }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.exec('query($id: ID!) { schoolClass(id: $id) { id } }', { id: classId }, { ...teacher.viewer }))).toBe('FORBIDDEN');
  });

  it('records a READ event when school staff open a student’s full record, or list it with its family’s contacts', async () => {
    const { schoolId, classId, teacher } = await schoolWithClass(api);
    const student = await createStudent(api, classId);
    await ok(api, 'query($c: ID!) { students(filter: { classId: $c }) { nodes { id name } } }', { c: classId }, schoolAdminOf(schoolId));
    expect(await auditActions(api, student.id)).toEqual(['CREATE']);
    await ok(api, 'query($id: ID!) { student(id: $id) { name guardians { phone } } }', { id: student.id }, schoolAdminOf(schoolId));
    await ok(api, 'query($id: ID!) { node(id: $id) { id } }', { id: student.id }, teacher.viewer);
    // A class list (the console's list and its CSV export) with the guardians' phones: once per request, however
    // often the child appears in it.
    const LIST =
      'query($c: ID!) { students(filter: { classId: $c }) { nodes { id guardians { phone } } } schoolClass(id: $c) { students { nodes { guardians { name } } } } }';
    await ok(api, LIST, { c: classId }, teacher.viewer);
    const trail = await ok(api, 'query($id: ID!) { auditEvents(entityId: $id) { nodes { action actorRole } } }', { id: student.id });
    expect(trail.nodes).toEqual([
      { action: 'READ', actorRole: 'TEACHER' },
      { action: 'READ', actorRole: 'TEACHER' },
      { action: 'READ', actorRole: 'SCHOOL_ADMIN' },
      { action: 'CREATE', actorRole: 'DISTRICT_ADMIN' },
    ]);
    // The district office's list too (phones masked, the rest in full), as its `student(id)` is.
    const before = await auditActions(api, student.id);
    await ok(api, 'query($c: ID!) { students(filter: { classId: $c }) { nodes { guardians { phone } } } }', { c: classId });
    expect(await auditActions(api, student.id)).toEqual(['READ', ...before]);
  });

  it('records a class list of 30 children with their contacts as 30 READ events, written in batches, not one call each', async () => {
    const own = await createTestApi();
    const { classId, teacher } = await schoolWithClass(own);
    const children: string[] = [];
    for (let i = 0; i < 30; i++) children.push((await createStudent(own, classId)).id as string);
    const sent: string[] = [];
    recordCommands(own.db.doc, sent);
    const listed = await ok(
      own,
      'query($c: ID!) { students(first: 50, filter: { classId: $c }) { nodes { id guardians { phone } } } }',
      { c: classId },
      teacher.viewer,
    );
    expect(listed.nodes).toHaveLength(30);
    expect(sent.filter((name) => name === 'PutCommand' || name === 'PutItemCommand')).toEqual([]);
    expect(sent.filter((name) => name.startsWith('BatchWrite'))).toHaveLength(2);
    for (const id of children) expect(await auditActions(own, id)).toEqual(['READ', 'CREATE']);
  });
});

describe('class list import (班级名单导入)', () => {
  const IMPORT =
    'mutation($s: ID!, $rows: [StudentImportRow!]!, $dry: Boolean, $only: Boolean) { importStudents(schoolId: $s, rows: $rows, dryRun: $dry, onlyValid: $only) { dryRun valid created errors { row field code message } createdIds } }';

  it('previews, names each bad row, and creates only when asked', async () => {
    const { schoolId, classId } = await schoolWithClass(api);
    const className = (await ok(api, 'query($id: ID!) { schoolClass(id: $id) { name } }', { id: classId })).name;
    await createStudent(api, classId, { name: '已在班', guardians: [{ name: '家长', phone: '13700000001' }] });
    const rows = [
      { className, name: '刘一', gender: 'MALE', guardianName: '刘爸爸', guardianRelation: '父亲', guardianPhone: '13700000002', leftBehind: true },
      { className, name: '陈二', guardianName: '陈妈妈', guardianPhone: '137' },
      { className: '不存在班', name: '周三' },
      { className, name: '刘一', gender: 'MALE', guardianName: '刘爸爸', guardianPhone: '13700000002' },
      { className, name: '已在班', guardianName: '家长', guardianPhone: '13700000001' },
      { className, name: '孙五', hardship: true },
    ];
    const preview = await ok(api, IMPORT, { s: schoolId, rows, dry: true });
    expect(preview).toMatchObject({ dryRun: true, valid: 2, created: 0 });
    expect(preview.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [2, 'guardianPhone', 'BAD_USER_INPUT'],
      [3, 'className', 'BAD_USER_INPUT'],
      [4, 'name', 'CONFLICT'],
      [5, 'name', 'CONFLICT'],
    ]);
    expect((await ok(api, IMPORT, { s: schoolId, rows, dry: false })).created).toBe(0);
    const done = await ok(api, IMPORT, { s: schoolId, rows, dry: false, only: true });
    expect(done.created).toBe(2);
    const list = await ok(api, 'query($c: ID!) { students(filter: { classId: $c }, first: 50) { nodes { name leftBehind hardship } } }', { c: classId });
    expect(list.nodes).toContainEqual({ name: '刘一', leftBehind: true, hardship: false });
    expect(list.nodes).toContainEqual({ name: '孙五', leftBehind: false, hardship: true });
    expect(codeOf(await api.exec(IMPORT, { s: schoolId, rows, dry: true }, teacherOf('stf_x', schoolId)))).toBe('FORBIDDEN');
  });
});
