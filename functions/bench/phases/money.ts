import type { Db } from '../../src/db/client';
import { BILL_WRITES_PER_SECOND } from '../../src/money/billRepository';
import { rollCallEntity, type RollCallRecord } from '../../src/care/rollCallEntity';
import { applicationEntity, type EnrolmentApplicationRecord } from '../../src/enrolment/applicationEntity';
import { studentEntity, type StudentRecord } from '../../src/people/studentEntity';
import type { ApiServer } from '../apiServer';
import { seedConcurrency } from '../config';
import type { GraphQLClient } from '../graphqlClient';
import { log } from '../lifecycle';
import { ms, type Row } from '../report';
import { batchWriteAll, random } from '../seed/batchWrite';
import { shapes } from './care';
import type { District } from '../seed/district';

/** A large school (SPEC §3.8 bench): 2 000 enrolled children, and a month of roll calls by 40 teachers. */
const STUDENTS = 2000;
const TEACHERS = 40;
const MONTH = '2026-10';
const now = '2026-09-05T08:00:00.000Z';

const GENERATE = 'mutation BenchBills($s: ID!, $m: String!) { generateBills(schoolId: $s, month: $m) { createdCount billCount totalAmount } }';
const SHEET = 'query BenchStipends($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { total rows { staffId sessions amount } } }';

/** Students with APPROVED applications (approved before the month) and the month's roll calls, by BatchWriteItem. */
async function seedSchool(db: Db, district: District, schoolIndex: number) {
  const rnd = random(20261014);
  const school = district.schools[schoolIndex];
  const term = district.currentTerms[schoolIndex];
  const entity = { student: studentEntity(db), application: applicationEntity(db), rollCall: rollCallEntity(db) };
  const item = (chain: { params(): object }) => (chain.params() as { Item: Record<string, unknown> }).Item;
  const items: Record<string, unknown>[] = [];
  const classId = rnd.id('cls');
  for (let k = 0; k < STUDENTS; k++) {
    const student: StudentRecord = {
      id: rnd.id('stu'),
      version: 1,
      schoolId: school.id,
      classId,
      grade: school.grades[0],
      name: `学生${k}`,
      leftBehind: false,
      hardship: k % 20 === 0,
      status: 'ACTIVE',
      guardians: [{ name: `家长${k}`, relation: '母亲', phone: `139${String(k).padStart(8, '0')}` }],
      dependents: 1,
      createdAt: now,
      updatedAt: now,
    };
    const application: EnrolmentApplicationRecord = {
      id: rnd.id('enr'),
      version: 3,
      studentId: student.id,
      schoolId: school.id,
      classId,
      grade: student.grade,
      termId: term.id,
      days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
      lateCare: true,
      pickupSlot: '17:30',
      activityIds: [],
      consentText: '（基准数据）',
      consentAt: now,
      status: 'APPROVED',
      priority: 0,
      rank: '9',
      submittedAt: now,
      submittedBy: 'bench',
      submittedVia: 'GUARDIAN',
      decidedAt: now,
      decidedBy: 'bench',
      rosterCount: 0,
      createdAt: now,
      updatedAt: now,
    };
    items.push(item(entity.student.put(student)), item(entity.application.put(application)));
  }
  // Each teacher runs one activity a weekday; a roll call on every service weekday of October except a few missed.
  let rollCalls = 0;
  for (let day = 1; day <= 31; day++) {
    const date = `${MONTH}-${String(day).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || term.excludedDates.includes(date)) continue;
    for (let t = 0; t < TEACHERS; t++) {
      if ((day + t) % 13 === 0) continue; // a session nobody took the roll call of: it pays nothing
      const record: RollCallRecord = {
        id: `rcl_bench${t}x${day}`,
        version: 1,
        activityId: `act_bench${t}`,
        date,
        schoolId: school.id,
        termId: term.id,
        staffId: `stf_bench${t}`,
        minutes: 60,
        takenBy: 'bench',
        takenAt: `${date}T09:00:00.000Z`,
        marks: [],
        createdAt: now,
        updatedAt: now,
      } as RollCallRecord;
      items.push(item(entity.rollCall.put(record)));
      rollCalls++;
    }
  }
  await batchWriteAll(db, `money: ${STUDENTS} enrolled children and ${rollCalls} roll calls`, items, seedConcurrency);
  return { schoolId: school.id, rollCalls };
}

/**
 * Bill generation and the stipend sheet of one large school (SPEC §3.8): time and DynamoDB calls. Bills are written in
 * transactions of up to 100 conditional puts and students read by BatchGetItem of 100, so calls grow per hundred
 * children, not per child; a second run writes nothing.
 */
export async function measureMoney(db: Db, api: ApiServer, gql: GraphQLClient, district: District): Promise<Row[]> {
  const schoolIndex = Math.min(5, district.schools.length - 1);
  log(`Money: ${STUDENTS} enrolled children and ${TEACHERS} teachers' roll calls of ${MONTH} at one school…`);
  const { schoolId, rollCalls } = await seedSchool(db, district, schoolIndex);
  const policy = await gql<{ districtPolicy: { version: number } }>('{ districtPolicy { version } }');
  await gql(
    'mutation($v: Int!) { updateDistrictPolicy(input: { feeModel: MONTHLY, monthlyFee: 80, hardshipDiscountPercent: 50 }, expectedVersion: $v) { version } }',
    { v: policy.districtPolicy.version },
  );

  const measure = async <T>(query: string) => {
    await api.resetCounts();
    const t0 = performance.now();
    const data = await gql<T>(query, { s: schoolId, m: MONTH });
    const seconds = performance.now() - t0;
    return { data, millis: seconds, counts: await api.counts() };
  };
  const first = await measure<{ generateBills: { createdCount: number; billCount: number; totalAmount: number } }>(GENERATE);
  const again = await measure<{ generateBills: { createdCount: number } }>(GENERATE);
  const sheet = await measure<{ stipendSheet: { total: number; rows: unknown[] } }>(SHEET);
  log(
    `  bills: ${first.data.generateBills.createdCount} in ${ms(first.millis)} (${first.counts.total} calls); again ${again.data.generateBills.createdCount} in ${ms(again.millis)}; stipends ${sheet.data.stipendSheet.rows.length} rows in ${ms(sheet.millis)}`,
  );
  const perHundred = (calls: number) => (calls / STUDENTS) * 100;
  // The partition key that took the most writes within one second (by send time).
  const [hotShape, hot] = Object.entries(first.counts.writes.byPartition).sort(([, a], [, b]) => b.maxPerKeySecond - a.maxPerKeySecond)[0] ?? [
    'none',
    { maxPerKey: 0, maxPerKeySecond: 0 },
  ];
  const hottest = { shape: hotShape, writes: hot.maxPerKey, perSecond: hot.maxPerKeySecond };
  // Expected total: 2 000 × 80 less 5 % of children at half price.
  const expectedTotal = STUDENTS * 80 - (STUDENTS / 20) * 40;
  return [
    {
      key: 'money.bills.first',
      label: `generateBills, ${STUDENTS} children`,
      result: `${ms(first.millis)} · ${first.data.generateBills.createdCount} bills`,
      goal: `${STUDENTS} bills, ${expectedTotal} yuan`,
      pass: first.data.generateBills.createdCount === STUDENTS && first.data.generateBills.totalAmount === expectedTotal,
      explain: `${first.counts.total} DynamoDB calls (${shapes(first.counts)}); total ${first.data.generateBills.totalAmount} yuan; ${first.counts.writes.items} items written (${first.counts.writes.wcu} WCU), ${first.counts.reads.rru} RRU read`,
      data: {
        millis: first.millis,
        students: STUDENTS,
        calls: first.counts.total,
        byCommand: first.counts.byCommand,
        writes: first.counts.writes,
        reads: first.counts.reads,
      },
      metric: { value: first.millis, unit: 'ms', better: 'lower' },
    },
    {
      key: 'money.bills.hotPartition',
      label: 'generateBills: writes/s on the hottest partition key',
      result: `${Math.round(hottest.perSecond)}/s`,
      goal: '≤ 1 000/s',
      pass: hottest.perSecond <= 1000,
      explain: `most writes one key took within a second: ${hottest.shape}, ${hottest.writes} writes in all; every bill of the school carries its gsi1 key, so a run is paced to ${BILL_WRITES_PER_SECOND}/s (half of a partition's 1 000)`,
      data: { ...hottest, pace: BILL_WRITES_PER_SECOND },
      metric: { value: hottest.perSecond, unit: '/s', better: 'lower' },
    },
    {
      key: 'money.bills.callsPerHundred',
      label: 'generateBills: DynamoDB calls per 100 children',
      result: perHundred(first.counts.total).toFixed(1),
      goal: '≤ 5.0',
      pass: perHundred(first.counts.total) <= 5,
      explain: 'transactions of 100 conditional puts, BatchGetItem of 100 students: calls grow per hundred, not per child',
      data: { perHundred: perHundred(first.counts.total) },
      metric: { value: perHundred(first.counts.total), unit: 'calls', better: 'lower' },
    },
    {
      key: 'money.bills.again',
      label: 'generateBills again (nothing to write)',
      result: `${ms(again.millis)} · ${again.data.generateBills.createdCount} bills`,
      goal: '0 bills',
      pass: again.data.generateBills.createdCount === 0,
      explain: `${again.counts.total} calls (${shapes(again.counts)})`,
      data: { millis: again.millis, calls: again.counts.total },
      metric: { value: again.millis, unit: 'ms', better: 'lower' },
    },
    {
      key: 'money.stipends',
      label: `stipendSheet, ${TEACHERS} teachers, ${rollCalls} roll calls`,
      result: `${ms(sheet.millis)} · ${sheet.data.stipendSheet.total} yuan`,
      goal: `${TEACHERS} rows, ${rollCalls * 85} yuan`,
      pass: sheet.data.stipendSheet.rows.length === TEACHERS && sheet.data.stipendSheet.total === rollCalls * 85,
      explain: `${sheet.counts.total} calls (${shapes(sheet.counts)}); total ${sheet.data.stipendSheet.total} yuan`,
      data: { millis: sheet.millis, calls: sheet.counts.total },
      metric: { value: sheet.millis, unit: 'ms', better: 'lower' },
    },
  ];
}
