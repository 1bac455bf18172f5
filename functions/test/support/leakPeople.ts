import { expect } from 'vitest';
import { randomToken } from '../../src/core/ids';
import { givenNameOf } from '../../src/people/names';
import type { TestApi } from './api';
import type { LeakNamed } from './leakNamed';
import { parentOf, teacherOf } from './people';

/**
 * Children and families for the leak world: at school A a class teacher's class (A1, with child sA1 and its linked
 * guardian G1) and another class (A2, child sA2), at school B a class with child sB1. sA1 is on the roster of P1's
 * activity at A, sB1 on P1's activity at B; sA2 is on no roster. Names are Chinese (a provider sees the given name
 * only), phones unique, so a walk can tell whose data a response shows.
 */
const givenPool = '安宝博辰丹鼎恩帆刚海浩宏华佳嘉杰俊凯乐磊琳敏楠鹏琪睿珊涛婷伟欣雪阳怡悦哲';
const chineseName = (surname: string) => surname + Array.from({ length: 6 }, () => givenPool[Math.floor(Math.random() * givenPool.length)]).join('');
const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const marker = (label: string) => `${label}-${randomToken(8)}`;

async function ok(api: TestApi, query: string, variables: Record<string, unknown>, viewer?: Parameters<TestApi['exec']>[2]) {
  const result = await api.exec(query, variables, viewer);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
  return Object.values(result.data!)[0] as Record<string, any>;
}

export async function buildPeople(api: TestApi, named: LeakNamed) {
  const { A, B } = named;
  const staff = async (schoolId: string, label: string, duties: string[]) => {
    const name = marker(label);
    const number = phone();
    const created = await ok(api, 'mutation($i: CreateStaffMemberInput!) { createStaffMember(input: $i) { id } }', {
      i: { schoolId, name, phone: number, duties },
    });
    return { id: created.id as string, name, phone: number };
  };
  const teacherA1 = await staff(A.id, 'staffA1', ['CLASS_TEACHER']);
  const otherA = await staff(A.id, 'staffA2', ['TEACHER']);
  const staffB = await staff(B.id, 'staffB', ['CLASS_TEACHER']);

  const schoolClass = async (schoolId: string, name: string, classTeacherId?: string) =>
    (await ok(api, 'mutation($i: CreateSchoolClassInput!) { createSchoolClass(input: $i) { id } }', { i: { schoolId, grade: 3, name, classTeacherId } }))
      .id as string;
  const clsA1 = await schoolClass(A.id, '三年级1班', teacherA1.id);
  const clsA2 = await schoolClass(A.id, '三年级2班');
  const clsB1 = await schoolClass(B.id, '三年级1班', staffB.id);

  const student = async (classId: string, surname: string) => {
    const name = chineseName(surname);
    const contact = phone();
    const created = await ok(api, 'mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }', {
      i: { classId, name, guardians: [{ name: '监护人', relation: '母亲', phone: contact }] },
    });
    return { id: created.id as string, name, given: givenNameOf(name), phone: contact };
  };
  const sA1 = await student(clsA1, '欧阳');
  const sA2 = await student(clsA2, '李');
  const sB1 = await student(clsB1, '王');

  const guardianPhone = phone();
  const G1 = await api.services.guardians.ensureByPhone({ phone: guardianPhone, name: '家长一' });
  const { code } = await ok(api, 'mutation($s: ID!) { issueGuardianCode(studentId: $s) { code } }', { s: sA1.id });
  await ok(api, 'mutation($c: String!) { linkChild(code: $c) { id } }', { c: code }, parentOf(G1.id));

  const application = async (studentId: string, termId: string, wishes: string[], approve: boolean) => {
    const input = {
      studentId,
      termId,
      days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
      lateCare: true,
      pickupSlot: '16:00',
      activityIds: wishes,
      consent: true,
    };
    const { id } = await ok(api, 'mutation($i: ApplyForServiceInput!) { applyForService(input: $i) { id } }', { i: input });
    if (approve) {
      await ok(api, 'mutation($id: ID!) { reviewApplication(id: $id, decision: APPROVE) { id } }', { id });
      await ok(api, 'mutation($id: ID!) { decideApplication(id: $id, decision: APPROVE) { id } }', { id });
    }
    return id as string;
  };
  // Approval places the children on the wished activities run by provider P1 (at A and at B).
  const appA1 = await application(sA1.id, A.termId, [named.aA2.id], true);
  const appA2 = await application(sA2.id, A.termId, [], false);
  const appB1 = await application(sB1.id, B.termId, [named.aB1.id], true);
  for (const activityId of [named.aA2.id, named.aB1.id]) {
    const { enrolledCount } = await ok(api, 'query($a: ID!) { activity(id: $a) { enrolledCount } }', { a: activityId });
    expect(enrolledCount).toBe(1);
  }

  return {
    teacherA1,
    otherA,
    staffB,
    clsA1,
    clsA2,
    clsB1,
    sA1,
    sA2,
    sB1,
    G1: { id: G1.id, phone: guardianPhone },
    appA1,
    appA2,
    appB1,
    phones: [sA1.phone, sA2.phone, sB1.phone, guardianPhone],
  };
}

export type LeakPeople = Awaited<ReturnType<typeof buildPeople>>;

export const peopleIds = (p: LeakPeople): Record<string, string[]> => ({
  StaffMember: [p.teacherA1.id, p.otherA.id, p.staffB.id],
  SchoolClass: [p.clsA1, p.clsA2, p.clsB1],
  Student: [p.sA1.id, p.sA2.id, p.sB1.id],
  Guardian: [p.G1.id],
  EnrolmentApplication: [p.appA1, p.appA2, p.appB1],
});

/** What each role may and may not see of the children and families, added to the roles of the leak world. */
export function peopleRoles(named: LeakNamed, p: LeakPeople) {
  const { A, B, C, P1, P2, P3, cA1, cB1, cB2, aA1, aA2, aB1, aB2, aC, eA1, eB1, eB2, exit, exitComment, sA, sB, iA, iB, rectificationA } = named;
  const internals = (s: typeof A) => [s.principal, s.leader];
  const staffText = (s: { id: string; name: string; phone: string }) => [s.id, s.name, s.phone];
  const child = (s: LeakPeople['sA1']) => [s.id, s.name, s.given, s.phone];
  const otherSchools = [
    B.id,
    C.id,
    B.termId,
    C.termId,
    cB1.id,
    cB2.id,
    aB1.id,
    aB2.id,
    aC.id,
    eB1.id,
    eB2.id,
    sB.id,
    ...internals(B),
    ...internals(C),
    cB1.content,
    eB1.findings,
    eB2.findings,
    aB1.title,
    aB2.title,
    aC.title,
    iB.id,
    iB.item,
  ];
  // Inspections are the district's and the school admin's business (a teacher or a family reads none, of A either).
  const districtBusiness = [eA1.id, eA1.findings, cA1.content, sA.id, exit.id, exitComment, P2.id, P3.id, iA.id, iA.item, rectificationA];
  return {
    markers: [
      ...[p.teacherA1, p.otherA, p.staffB].flatMap((s) => [s.name, s.phone]),
      ...[p.sA1, p.sA2, p.sB1].flatMap((s) => [s.name, s.given, s.phone]),
      p.G1.phone,
    ],
    schoolAdminA: {
      forbidden: [...child(p.sB1), p.clsB1, p.appB1, ...staffText(p.staffB)],
      expected: [
        p.sA1.id,
        p.sA2.id,
        p.sA1.name,
        p.sA2.name,
        p.sA1.phone,
        p.sA2.phone,
        p.G1.phone,
        p.clsA1,
        p.clsA2,
        p.appA1,
        p.appA2,
        p.teacherA1.id,
        p.teacherA1.phone,
        p.otherA.id,
      ],
    },
    providerP1: {
      // Given names of the children on its rosters, never their surnames or their families' phones.
      forbidden: [
        ...child(p.sA2),
        p.sA1.name,
        p.sB1.name,
        ...p.phones,
        ...staffText(p.teacherA1),
        ...staffText(p.otherA),
        ...staffText(p.staffB),
        p.appA1,
        p.appA2,
        p.appB1,
        p.G1.id,
      ],
      expected: [p.sA1.id, p.sA1.given, p.sB1.id, p.sB1.given],
    },
    teacherA1: {
      name: 'class teacher of A1',
      viewer: teacherOf(p.teacherA1.id, A.id),
      forbidden: [
        ...otherSchools,
        ...districtBusiness,
        ...child(p.sA2),
        ...child(p.sB1),
        p.clsB1,
        p.appA2,
        p.appB1,
        ...staffText(p.staffB),
        p.otherA.phone,
        p.G1.id,
      ],
      expected: [
        A.id,
        A.termId,
        aA1.id,
        aA2.id,
        p.clsA1,
        p.clsA2,
        p.sA1.id,
        p.sA1.name,
        p.sA1.phone,
        p.G1.phone,
        p.appA1,
        p.teacherA1.id,
        p.otherA.id,
        p.otherA.name,
        P1.id,
      ],
    },
    parentA1: {
      name: 'guardian of sA1',
      viewer: parentOf(p.G1.id),
      forbidden: [
        ...otherSchools,
        ...districtBusiness,
        ...internals(A),
        ...child(p.sA2),
        ...child(p.sB1),
        p.sA1.phone,
        p.clsA2,
        p.clsB1,
        p.appA2,
        p.appB1,
        ...staffText(p.otherA),
        ...staffText(p.staffB),
        p.teacherA1.name,
        p.teacherA1.phone,
      ],
      expected: [A.id, A.termId, aA1.id, aA2.id, p.sA1.id, p.sA1.name, p.appA1, p.clsA1, p.G1.id, p.G1.phone],
    },
  };
}
