import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ActivityRecord } from '../../activities/activityEntity';
import { localDate, nowIso } from '../../core/clock';
import { optOutReasons, type EnrolmentApplicationRecord } from '../../enrolment/applicationEntity';
import { pickupTimesFor, priorityOf, rankOf } from '../../enrolment/enrolmentRules';
import type { SchoolClassRecord } from '../../people/classEntity';
import type { StaffDuty, StaffMemberRecord } from '../../people/staffEntity';
import type { StudentRecord } from '../../people/studentEntity';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { Services } from '../../server/services';
import type { TermRecord } from '../../terms/termEntity';
import { bulkWrite } from './bulkWrite';
import { adultName, applicationFate, childName, className, DEMO_GUARDIAN_PHONES, generator, guardianOf, mobileOf, type Generator } from './demoPeople';
import { placeOnRosters } from './demoRosters';
import { entitiesOf, type PeopleEntities, type Put } from './peopleItems';

export interface PeopleSeedOptions {
  classesPerGrade?: number;
  studentsPerClass?: number;
}

/** Staff, classes, students and their applications and rosters of one school, as items (and the counters they move). */
function buildSchool(
  put: Put,
  random: Generator,
  school: SchoolRecord,
  term: TermRecord,
  activities: ActivityRecord[],
  serviceDays: string[],
  options: Required<PeopleSeedOptions>,
  entities: PeopleEntities,
) {
  const now = nowIso();
  // The school approved its enrolments the day before the term began (10:00 Beijing time), or just now when the demo
  // runs before that day.
  const enrolledBy = Math.min(Date.parse(`${term.startDate}T10:00:00+08:00`) - 86_400_000, Date.now() - 3_600_000);
  const staff = (duties: StaffDuty[], dependents = 0): StaffMemberRecord => {
    const record: StaffMemberRecord = {
      id: random.id('stf'),
      version: 1,
      schoolId: school.id,
      name: adultName(random),
      phone: mobileOf(random),
      duties,
      active: true,
      dependents,
      createdAt: now,
      updatedAt: now,
    };
    put(entities.staff, record);
    for (const duty of duties) put(entities.staffDuty, { schoolId: school.id, duty, staffId: record.id, name: record.name, active: true });
    return record;
  };
  staff(['SCHOOL_ADMIN']);
  staff(['DUTY_LEADER', 'TEACHER']);
  for (let i = 0; i < 3; i++) staff(['TEACHER']);
  const students: StudentRecord[] = [];
  const approved: EnrolmentApplicationRecord[] = [];
  const classes: SchoolClassRecord[] = [];
  for (const grade of school.grades) {
    const times = pickupTimesFor(school, grade);
    for (let index = 1; index <= options.classesPerGrade; index++) {
      const teacher = staff(['CLASS_TEACHER', 'TEACHER'], 1);
      const schoolClass: SchoolClassRecord = {
        id: random.id('cls'),
        version: 1,
        schoolId: school.id,
        grade,
        name: className(grade, index),
        classTeacherId: teacher.id,
        studentCount: options.studentsPerClass,
        dependents: options.studentsPerClass,
        createdAt: now,
        updatedAt: now,
      };
      classes.push(schoolClass);
      for (let k = 0; k < options.studentsPerClass; k++) {
        const gender = random.next() < 0.5 ? 'FEMALE' : 'MALE';
        const name = childName(random, gender);
        const student: StudentRecord = {
          id: random.id('stu'),
          version: 1,
          schoolId: school.id,
          classId: schoolClass.id,
          grade,
          name,
          gender,
          leftBehind: random.next() < 0.08,
          hardship: random.next() < 0.05,
          status: 'ACTIVE',
          guardians: [guardianOf(random, name)],
          dependents: 0,
          createdAt: now,
          updatedAt: now,
        };
        students.push(student);
        const fate = applicationFate(random);
        if (fate === 'NONE' || times.length === 0) continue;
        student.dependents = 1;
        const days = random.next() < 0.7 ? serviceDays : serviceDays.filter(() => random.next() < 0.7);
        const chosen = days.length > 0 ? days : serviceDays;
        const wishes = activities
          .filter((a) => a.grades.includes(grade) && chosen.includes(a.weekday) && a.category !== 'LATE_CARE')
          .slice(0, 2)
          .map((a) => a.id);
        // Pending applications came in over the last weeks; enrolments (and withdrawals) were decided before the term
        // began, so each enrolled child is billed, and on the seeded roll calls, from the term's first day.
        const ageDays = 5 + random.next() * 40;
        const settled = fate === 'APPROVED' || fate === 'WITHDRAWN';
        const submittedAt = new Date((settled ? enrolledBy : Date.now()) - ageDays * 86_400_000).toISOString();
        const priority = priorityOf(student);
        const application: EnrolmentApplicationRecord = {
          id: random.id('enr'),
          version: 1,
          studentId: student.id,
          schoolId: school.id,
          classId: schoolClass.id,
          grade,
          termId: term.id,
          days: chosen,
          lateCare: random.next() < 0.6,
          pickupSlot: random.pick(times),
          activityIds: wishes,
          consentText: '（演示数据：家长已在纸质申请表上签字同意托管协议）',
          consentAt: submittedAt,
          status: fate,
          priority,
          rank: rankOf(priority),
          submittedAt,
          submittedBy: 'seed',
          submittedVia: random.next() < 0.7 ? 'GUARDIAN' : 'SCHOOL',
          rosterCount: 0,
          createdAt: submittedAt,
          updatedAt: now,
        };
        const reviewedAt = settled ? new Date(enrolledBy - 86_400_000).toISOString() : now;
        if (fate !== 'SUBMITTED') Object.assign(application, { classReviewedBy: `demo-teacher-${teacher.id}`, classReviewedAt: reviewedAt, version: 2 });
        if (settled) Object.assign(application, { decidedBy: 'demo-school-admin', decidedAt: new Date(enrolledBy).toISOString(), version: 3 });
        if (fate === 'REJECTED') Object.assign(application, { reason: '本学期延时托管名额已满，下学期优先安排' });
        if (fate === 'WITHDRAWN')
          Object.assign(application, {
            withdrawnFrom: localDate(-10),
            withdrawnAt: now,
            withdrawnBy: 'seed',
            optOutReason: random.next() < 0.6 ? random.pick(optOutReasons) : undefined,
          });
        if (fate === 'APPROVED') approved.push(application);
        else put(entities.application, application);
        if (['SUBMITTED', 'CLASS_APPROVED', 'APPROVED'].includes(fate))
          put(entities.slot, { studentId: student.id, termId: term.id, applicationId: application.id });
      }
    }
  }
  const seats = placeOnRosters(put, approved, activities, entities, now);
  for (const application of approved) put(entities.application, application);
  for (const schoolClass of classes) {
    put(entities.schoolClass, schoolClass);
    put(entities.className, { schoolId: school.id, name: schoolClass.name, classId: schoolClass.id });
  }
  return { students, seats, staffAndClasses: 5 + classes.length * 2, approved: approved.length };
}

/**
 * Demo people of every school (idempotent: skipped when the first school has staff): staff, every grade's classes,
 * ~30 children per class with generated Chinese names, guardians, applications in every status, left-behind and
 * hardship children, rosters filled from the approved applications, and two guardian accounts. Bulk-loaded
 * (bulkWrite.ts) — thousands of records through the services, one transaction each, would keep `npm start` waiting.
 */
export async function seedPeople(
  services: Services,
  schools: Map<string, { school: SchoolRecord; term: TermRecord }>,
  progress: (line: string) => void,
  options: PeopleSeedOptions = {},
) {
  const settings = { classesPerGrade: options.classesPerGrade ?? 2, studentsPerClass: options.studentsPerClass ?? 30 };
  const first = [...schools.values()][0];
  if (!first || (await services.repositories.staff.list({ schoolId: first.school.id, first: 1 })).items.length > 0) return progress('people already there');
  const started = Date.now();
  const items: Record<string, unknown>[] = [];
  const entities = entitiesOf(services, (item) => items.push(item));
  const put: Put = (entity, record) => items.push((entity.put(record as never).params() as { Item: Record<string, unknown> }).Item);
  const random = generator(20261130);
  const policy = await services.policy.current();
  const counters: { activityId: string; seats: number }[] = [];
  const schoolCounts: { schoolId: string; delta: number }[] = [];
  let studentCount = 0;
  let approvedCount = 0;
  const studentsOfFirst: StudentRecord[] = [];
  for (const { school, term } of schools.values()) {
    const activities = (await services.repositories.activities.list({ schoolId: school.id, termId: term.id, first: 100 })).items
      .map((item) => item.record)
      .filter((a) => a.status === 'ACTIVE');
    const built = buildSchool(put, random, school, term, activities, policy.serviceDays, settings, entities);
    studentCount += built.students.length;
    approvedCount += built.approved;
    if (school.id === first.school.id) studentsOfFirst.push(...built.students);
    else for (const student of built.students) put(entities.student, student);
    for (const [activityId, seats] of built.seats) counters.push({ activityId, seats });
    schoolCounts.push({ schoolId: school.id, delta: built.staffAndClasses });
  }
  linkDemoGuardians(put, entities, studentsOfFirst, random);
  for (const student of studentsOfFirst) put(entities.student, student);
  let shown = 0;
  await bulkWrite(services.db, items, (done) => {
    if (done - shown >= items.length / 4 || done === items.length) progress(`children and families: ${(shown = done)}/${items.length} items`);
  });
  const db = services.db;
  for (const { activityId, seats } of counters) {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.config.tableName,
        Key: { pk: `$kehou#id_${activityId}`, sk: '$activity_1' },
        UpdateExpression: 'SET enrolledCount = :n',
        ExpressionAttributeValues: { ':n': seats },
      }),
    );
  }
  for (const { schoolId, delta } of schoolCounts) {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.config.tableName,
        Key: { pk: `$kehou#id_${schoolId}`, sk: '$school_1' },
        UpdateExpression: 'ADD dependents :n',
        ExpressionAttributeValues: { ':n': delta },
      }),
    );
  }
  progress(
    `${studentCount} students in ${schools.size} schools, ${approvedCount} approved applications, rosters filled — ${items.length} items in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** The demo guardian accounts: one linked to an enrolled child, one to a child without an application yet. */
function linkDemoGuardians(put: Put, entities: PeopleEntities, students: StudentRecord[], random: Generator) {
  const now = nowIso();
  const withApplication = students.find((student) => student.dependents === 1);
  const without = students.find((student) => student.dependents === 0);
  const pairs: [string, string, StudentRecord | undefined][] = [
    [DEMO_GUARDIAN_PHONES[0], '王女士', withApplication],
    [DEMO_GUARDIAN_PHONES[1], '李先生', without],
  ];
  for (const [phone, name, child] of pairs) {
    const guardian = { id: random.id('gdn'), version: 1, name, phone, createdAt: now, updatedAt: now };
    put(entities.guardian, guardian);
    put(entities.guardianPhone, { phone, guardianId: guardian.id });
    if (!child) continue;
    put(entities.link, { guardianId: guardian.id, studentId: child.id, schoolId: child.schoolId, relation: '家长', linkedAt: now });
    child.guardians = [...child.guardians, { name, relation: '家长', phone, guardianId: guardian.id }];
  }
}
