import type { Db } from '../../src/db/client';
import { applicationEntity, type EnrolmentApplicationRecord } from '../../src/enrolment/applicationEntity';
import { classEntity, type SchoolClassRecord } from '../../src/people/classEntity';
import { studentEntity, type StudentRecord } from '../../src/people/studentEntity';
import type { ApiServer } from '../apiServer';
import { load, scale, seedConcurrency } from '../config';
import type { GraphQLClient } from '../graphqlClient';
import { log } from '../lifecycle';
import { median } from '../loadgen';
import { ms, ratio, type Row } from '../report';
import { batchWriteAll, random } from '../seed/batchWrite';
import type { District } from '../seed/district';

/** Per school: two classes of 50 (a page of 50 is one class), each child with an application, most awaiting the school. */
const CLASSES_PER_SCHOOL = 2;
const STUDENTS_PER_CLASS = 50;
const SMALL_DISTRICT = 10;
const now = '2026-09-10T08:00:00.000Z';

const STUDENTS = `query BenchStudents($classId: ID!) {
  students(first: 50, filter: { classId: $classId }) {
    nodes { id version name maskedName grade className leftBehind hardship status guardians { name relation phone linked } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const QUEUE = `query BenchQueue($schoolId: ID!, $termId: ID!) {
  enrolmentApplications(first: 50, filter: { schoolId: $schoolId, termId: $termId, status: CLASS_APPROVED }) {
    nodes { id version status priority days pickupSlot lateCare submittedAt student { id name className } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Classes, students and applications of the given schools, as the services would write them, by BatchWriteItem. */
async function seedPeople(db: Db, district: District, from: number, to: number, rnd: ReturnType<typeof random>) {
  const entity = { schoolClass: classEntity(db), student: studentEntity(db), application: applicationEntity(db) };
  const item = (chain: { params(): object }) => (chain.params() as { Item: Record<string, unknown> }).Item;
  const items: Record<string, unknown>[] = [];
  const classes: string[] = [];
  for (let s = from; s < to; s++) {
    const school = district.schools[s];
    const term = district.currentTerms[s];
    for (let c = 1; c <= CLASSES_PER_SCHOOL; c++) {
      const schoolClass: SchoolClassRecord = {
        id: rnd.id('cls'),
        version: 1,
        schoolId: school.id,
        grade: school.grades[0],
        name: `${school.grades[0]}年级${c}班`,
        studentCount: STUDENTS_PER_CLASS,
        dependents: STUDENTS_PER_CLASS,
        createdAt: now,
        updatedAt: now,
      };
      classes.push(schoolClass.id);
      items.push(item(entity.schoolClass.put(schoolClass)));
      for (let k = 0; k < STUDENTS_PER_CLASS; k++) {
        const flags = { leftBehind: rnd.next() < 0.08, hardship: rnd.next() < 0.05 };
        const student: StudentRecord = {
          id: rnd.id('stu'),
          version: 1,
          schoolId: school.id,
          classId: schoolClass.id,
          grade: schoolClass.grade,
          name: `学生${s}-${c}-${k}`,
          ...flags,
          status: 'ACTIVE',
          guardians: [{ name: `家长${k}`, relation: '母亲', phone: `139${String(s * 1000 + c * 100 + k).padStart(8, '0')}` }],
          dependents: 1,
          createdAt: now,
          updatedAt: now,
        };
        const priority = (flags.leftBehind ? 1 : 0) + (flags.hardship ? 1 : 0);
        const application: EnrolmentApplicationRecord = {
          id: rnd.id('enr'),
          version: 2,
          studentId: student.id,
          schoolId: school.id,
          classId: schoolClass.id,
          grade: student.grade,
          termId: term.id,
          days: ['MONDAY', 'WEDNESDAY', 'FRIDAY'],
          lateCare: rnd.next() < 0.5,
          pickupSlot: '17:30',
          activityIds: [],
          consentText: '（基准数据）',
          consentAt: now,
          status: rnd.next() < 0.7 ? 'CLASS_APPROVED' : 'SUBMITTED',
          priority,
          rank: String(9 - priority),
          submittedAt: new Date(Date.parse(now) + rnd.int(0, 864_000) * 1000).toISOString(),
          submittedBy: 'bench',
          submittedVia: 'GUARDIAN',
          rosterCount: 0,
          createdAt: now,
          updatedAt: now,
        };
        items.push(item(entity.student.put(student)), item(entity.application.put(application)));
      }
    }
  }
  await batchWriteAll(db, `people of schools ${from + 1}–${to}`, items, seedConcurrency);
  return { classes, items: items.length };
}

/** Median latency of both reads, interleaved so a busy moment of the machine hits both alike. */
async function times(gql: GraphQLClient, classId: string, schoolId: string, termId: string, signal: AbortSignal) {
  const runs = { students: [] as number[], queue: [] as number[] };
  const timed = async (into: number[] | null, query: string, variables: Record<string, unknown>) => {
    const t0 = performance.now();
    const data = await gql<Record<string, { nodes: unknown[] }>>(query, variables);
    into?.push(performance.now() - t0);
    return Object.values(data)[0].nodes.length;
  };
  for (let i = 0; i < 3; i++) await Promise.all([timed(null, STUDENTS, { classId }), timed(null, QUEUE, { schoolId, termId })]);
  let sizes = { students: 0, queue: 0 };
  for (let i = 0; i < load.surveyReads && !signal.aborted; i++) {
    sizes = { students: await timed(runs.students, STUDENTS, { classId }), queue: await timed(runs.queue, QUEUE, { schoolId, termId }) };
  }
  return { students: median(runs.students), queue: median(runs.queue), sizes };
}

/**
 * A class's page of 50 students and a school's queue page of 50 applications (priority order) must cost the same in a
 * district of 10 schools as in one of 200: each is one Query on its own partition (gsi1 by class, gsi1 by school,
 * term and status) plus one BatchGetItem for the nested names; the students' list, delivered with the families' contacts,
 * also records a READ event per child (SPEC §3.11), 25 to a BatchWriteItem.
 */
export async function measurePeople(db: Db, api: ApiServer, gql: GraphQLClient, district: District, signal: AbortSignal): Promise<Row[]> {
  const rnd = random(20261130);
  const total = district.schools.length;
  const small = Math.min(SMALL_DISTRICT, total);
  log(`People: ${CLASSES_PER_SCHOOL}×${STUDENTS_PER_CLASS} students with applications in ${small} schools…`);
  const first = await seedPeople(db, district, 0, small, rnd);
  const [classId, schoolId, termId] = [first.classes[0], district.schools[0].id, district.currentTerms[0].id];
  const at10 = await times(gql, classId, schoolId, termId, signal);
  log(`  at ${small} schools: students ${ms(at10.students)}, queue ${ms(at10.queue)} (${at10.sizes.students} and ${at10.sizes.queue} nodes)`);
  log(`People of the other ${total - small} schools…`);
  const rest = await seedPeople(db, district, small, total, rnd);
  const atAll = await times(gql, classId, schoolId, termId, signal);
  log(`  at ${total} schools: students ${ms(atAll.students)}, queue ${ms(atAll.queue)}`);
  await api.resetCounts();
  await gql(STUDENTS, { classId });
  const counted = await api.counts();
  const calls = counted.total;
  const ok = (n: number) => n === 50;
  const row = (key: string, label: string, a: number, b: number, nodes: number): Row[] => [
    {
      key: `${key}.small`,
      label: `${label}, ${small} schools`,
      result: ms(a),
      goal: '—',
      explain: `median of ${load.surveyReads} reads, ${nodes} nodes`,
      data: { median: a },
    },
    {
      key: `${key}.large`,
      label: `${label}, ${total} schools`,
      result: ms(b),
      goal: '—',
      explain: `same read after ${(first.items + rest.items).toLocaleString('en-US')} people items of ${total} schools${scale !== 1 ? ` (BENCH_SCALE=${scale})` : ''}`,
      data: { median: b },
    },
    {
      key: `${key}.ratio`,
      label: `${label}: ${total} ÷ ${small} schools`,
      result: ratio(b / a),
      goal: '≤ 1.20×',
      pass: ok(nodes) && b / a <= 1.2,
      explain: 'the read stays on its own partition whatever the district’s size',
      data: { ratio: b / a },
    },
  ];
  return [
    ...row('people.students', 'students(first: 50) of a class', at10.students, atAll.students, atAll.sizes.students),
    ...row('people.queue', 'applications queue (first: 50)', at10.queue, atAll.queue, atAll.sizes.queue),
    {
      key: 'people.calls',
      label: 'DynamoDB calls for a page of 50 students',
      result: String(calls),
      goal: '—',
      explain: Object.entries(counted.byShape)
        .map(([shape, n]) => `${n}× ${shape}`)
        .join('; '),
      data: { calls, byShape: counted.byShape },
    },
  ];
}
