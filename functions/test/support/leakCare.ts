import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Viewer } from '../../src/auth/viewer';
import { localDate } from '../../src/core/clock';
import { randomToken } from '../../src/core/ids';
import { districtAdmin, schoolAdminOf, type TestApi } from './api';
import { activityInput, CREATE_ACTIVITY } from './domain';
import type { LeakPeople } from './leakPeople';
import type { LeakNamed } from './leakNamed';
import { parentOf, teacherOf } from './people';

/**
 * Daily care for the leak world, at schools A and B on the walk's date (a Monday of the term): a Monday session at each
 * school (each run by a teacher of its own) with sA1 / sB1 on it, marked ABSENT (an alert each, to the
 * class teacher and the linked guardians), a leave, an authorized pickup person (code known to the guardians only), a
 * release today, a care log with a marked summary, and a duty rota (值班表) naming a duty leader of the school.
 */
export const WALK_DATE = '2026-10-12';
const marker = (label: string) => `${label}-${randomToken(8)}`;

async function ok(api: TestApi, query: string, variables: Record<string, unknown>, viewer: Viewer = districtAdmin) {
  const result = await api.exec(query, variables, viewer);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
  return Object.values(result.data!)[0] as Record<string, any>;
}

export async function buildCare(api: TestApi, named: LeakNamed, people: LeakPeople) {
  const G2 = await api.services.guardians.ensureByPhone({ phone: `138${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, name: '家长二' });
  const { code } = await ok(api, 'mutation($s: ID!) { issueGuardianCode(studentId: $s) { code } }', { s: people.sB1.id });
  await ok(api, 'mutation($c: String!) { linkChild(code: $c) { id } }', { c: code }, parentOf(G2.id));

  const site = async (schoolId: string, termId: string, studentId: string, guardian: Viewer, label: string) => {
    // The session's teacher: a name on the school's timetable, which the school's families read.
    const { id: staffId } = await ok(api, 'mutation($i: CreateStaffMemberInput!) { createStaffMember(input: $i) { id } }', {
      i: { schoolId, name: `看护老师${label}`, duties: ['TEACHER'] },
    });
    const activity = await ok(api, CREATE_ACTIVITY, {
      input: activityInput(termId, {
        title: marker(`care${label}`),
        venue: marker('room'),
        staffName: null,
        staffId,
        startTime: '16:40',
        endTime: '17:30',
        grades: [3],
      }),
    });
    await ok(api, 'mutation($a: ID!, $s: ID!) { assignToActivity(activityId: $a, studentId: $s) { id } }', { a: activity.id, s: studentId });
    const admin = schoolAdminOf(schoolId);
    const rollCall = await ok(
      api,
      'mutation($i: RecordRollCallInput!) { recordRollCall(input: $i) { id } }',
      {
        i: { activityId: activity.id, date: WALK_DATE, marks: [{ studentId, status: 'ABSENT' }], idempotencyKey: randomUUID() },
      },
      admin,
    );
    const alerts = await ok(api, 'query($s: ID!) { alerts(filter: { schoolId: $s }) { nodes { id } } }', { s: schoolId });
    const leave = await ok(
      api,
      'mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id } }',
      { i: { studentId, from: localDate(1), to: localDate(2), reason: marker(`reason${label}`) } },
      guardian,
    );
    const pickupName = marker(`pickup${label}`);
    const pickup = await ok(
      api,
      'mutation($i: AddAuthorizedPickupInput!) { addAuthorizedPickup(input: $i) { id code } }',
      { i: { studentId, name: pickupName, relation: '奶奶' } },
      guardian,
    );
    const handover = await ok(
      api,
      'mutation($i: RecordHandoverInput!) { recordHandover(input: $i) { id } }',
      { i: { studentId, kind: 'RELEASE', pickupCode: pickup.code } },
      admin,
    );
    const summary = marker(`careLog${label}`);
    const careLog = await ok(
      api,
      'mutation($i: WriteCareLogInput!) { writeCareLog(input: $i) { id } }',
      { i: { schoolId, date: WALK_DATE, summary, incidents: [] } },
      admin,
    );
    const { id: leaderId } = await ok(api, 'mutation($i: CreateStaffMemberInput!) { createStaffMember(input: $i) { id } }', {
      i: { schoolId, name: `值班领导${label}`, duties: ['DUTY_LEADER'] },
    });
    const rota = await ok(
      api,
      'mutation($s: ID!, $d: [DutyRotaDayInput!]!) { setDutyRota(schoolId: $s, days: $d) { id } }',
      { s: schoolId, d: [{ weekday: 'MONDAY', staffId: leaderId }] },
      admin,
    );
    return {
      staffId: staffId as string,
      leaderId: leaderId as string,
      dutyRotaId: rota.id as string,
      activityId: activity.id as string,
      rollCallId: rollCall.id as string,
      alertIds: (alerts.nodes as { id: string }[]).map((node) => node.id),
      leaveId: leave.id as string,
      pickupId: pickup.id as string,
      pickupCode: pickup.code as string,
      pickupName,
      handoverId: handover.id as string,
      careLogId: careLog.id as string,
      summary,
    };
  };
  const careA = await site(named.A.id, named.A.termId, people.sA1.id, parentOf(people.G1.id), 'A');
  const careB = await site(named.B.id, named.B.termId, people.sB1.id, parentOf(G2.id), 'B');
  expect([careA.alertIds.length, careB.alertIds.length]).toEqual([1, 1]);
  // The outboxes (通知): each family's (the alert, the release) and sA1's class teacher's (the alert). Personal: only
  // the recipient reads one, by the bell or by `node` — not even the district office.
  const outbox = async (viewer: Viewer) =>
    ((await ok(api, '{ notifications(first: 50) { nodes { id } } }', {}, viewer)).nodes as { id: string }[]).map((node) => node.id);
  const notifications = {
    guardianA: await outbox(parentOf(people.G1.id)),
    guardianB: await outbox(parentOf(G2.id)),
    teacherA1: await outbox(teacherOf(people.teacherA1.id, named.A.id)),
  };
  expect([notifications.guardianA.length >= 2, notifications.guardianB.length >= 2, notifications.teacherA1.length >= 1]).toEqual([true, true, true]);
  return { careA, careB, notifications };
}

export type LeakCare = Awaited<ReturnType<typeof buildCare>>;

export const careIds = ({ careA, careB, notifications }: LeakCare): Record<string, string[]> => ({
  Notification: Object.values(notifications).flat(),
  RollCall: [careA.rollCallId, careB.rollCallId],
  LeaveRequest: [careA.leaveId, careB.leaveId],
  AuthorizedPickup: [careA.pickupId, careB.pickupId],
  Handover: [careA.handoverId, careB.handoverId],
  Alert: [...careA.alertIds, ...careB.alertIds],
  CareLog: [careA.careLogId, careB.careLogId],
  DutyRota: [careA.dutyRotaId, careB.dutyRotaId],
});

/** What each role may and may not see of daily care. Pickup codes: the child's guardians only (not even the district). */
export function careRoles({ careA, careB, notifications }: LeakCare) {
  const { guardianA, guardianB, teacherA1 } = notifications;
  const all = (site: LeakCare['careA']) => [
    site.activityId,
    site.rollCallId,
    ...site.alertIds,
    site.leaveId,
    site.pickupId,
    site.pickupName,
    site.handoverId,
    site.careLogId,
    site.summary,
    site.dutyRotaId,
  ];
  const codes = [careA.pickupCode, careB.pickupCode];
  return {
    codes,
    /** Nobody's but the recipient's: the district office never sees them either. */
    outboxes: [...guardianA, ...guardianB, ...teacherA1],
    markers: [...all(careA), ...all(careB), ...guardianA, ...guardianB, ...teacherA1],
    schoolAdminA: { forbidden: [...all(careB), ...codes, ...guardianA, ...guardianB, ...teacherA1], expected: all(careA) },
    providerP1: {
      forbidden: [
        careA.activityId,
        careB.activityId,
        careA.rollCallId,
        careB.rollCallId,
        ...careA.alertIds,
        ...careB.alertIds,
        careA.careLogId,
        careB.careLogId,
        careA.summary,
        careB.summary,
        careA.dutyRotaId,
        careB.dutyRotaId,
        ...codes,
        ...guardianA,
        ...guardianB,
        ...teacherA1,
      ],
      expected: [],
    },
    // The class teacher of sA1: their class's mark, the alert addressed to them, the leave, who picks up (not the code),
    // and the school's duty rota (posted for the whole staff).
    teacherA1: {
      forbidden: [...all(careB), careA.careLogId, careA.summary, ...codes, ...guardianA, ...guardianB],
      expected: [careA.rollCallId, ...careA.alertIds, careA.leaveId, careA.pickupId, careA.pickupName, careA.handoverId, careA.dutyRotaId, ...teacherA1],
    },
    // The duty leader of A (值班领导, no class, no session): the care log and the rota, no child's record or alert.
    dutyLeaderA: {
      forbidden: [
        ...all(careB),
        careA.rollCallId,
        ...careA.alertIds,
        careA.leaveId,
        careA.pickupId,
        careA.pickupName,
        careA.handoverId,
        ...codes,
        ...guardianA,
        ...guardianB,
        ...teacherA1,
      ],
      expected: [careA.careLogId, careA.summary, careA.dutyRotaId, careA.activityId],
    },
    // The teacher running A's care session (sA1 on it, not their class): its roll call and the child's leave, pickup
    // persons (no code) and handover; not the care log, nor the alert (addressed to the class teacher).
    sessionTeacherA: {
      forbidden: [...all(careB), careA.careLogId, careA.summary, ...careA.alertIds, ...codes, ...guardianA, ...guardianB, ...teacherA1],
      expected: [careA.activityId, careA.rollCallId, careA.leaveId, careA.pickupId, careA.pickupName, careA.handoverId, careA.dutyRotaId],
    },
    parentA1: {
      forbidden: [...all(careB), careA.careLogId, careA.summary, careA.dutyRotaId, careB.pickupCode, ...guardianB, ...teacherA1],
      expected: [careA.rollCallId, ...careA.alertIds, careA.leaveId, careA.pickupId, careA.pickupCode, careA.handoverId, ...guardianA],
    },
  };
}
