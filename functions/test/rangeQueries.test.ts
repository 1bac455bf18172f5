import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { careLogEntity } from '../src/care/careLogEntity';
import { createCareLogRepository } from '../src/care/careLogRepository';
import { dutyRotaEntity } from '../src/care/dutyRotaEntity';
import { leaveEntity } from '../src/care/leaveEntity';
import { handoverEntity } from '../src/care/pickupEntity';
import { rollCallEntity } from '../src/care/rollCallEntity';
import { createRollCallRepository } from '../src/care/rollCallRepository';
import type { Db } from '../src/db/client';
import { billEntity } from '../src/money/billEntity';
import { createBillRepository } from '../src/money/billRepository';
import { studentEntity } from '../src/people/studentEntity';
import { createStudentRepository } from '../src/people/studentRepository';
import { rosterEntity } from '../src/rosters/rosterEntity';
import { createTestDb } from './support/api';
import { recordScannedCounts } from './support/commandLog';

/**
 * Range conditions on an index partition that several record types share (a school's gsi1, a student's gsi2) must
 * stay inside the queried type's own sort-key prefix: DynamoDB reads (and bills) every item between the bounds, and
 * ElectroDB only drops the other types afterwards. Each case puts other types' items in the partition, on both sides,
 * and counts the items DynamoDB read (ScannedCount); the open form of the same condition reads them, as a control.
 */
let db: Db;
const reads: { index: string; scanned: number }[] = [];
beforeAll(async () => {
  db = await createTestDb();
  recordScannedCounts(db.doc, (index, scanned) => reads.push({ index, scanned }));
});

/** Items DynamoDB read on `index` (`table` for the table's own key) while `run` ran. */
async function scannedOn<T>(index: string, run: () => Promise<T>): Promise<{ result: T; scanned: number }> {
  reads.length = 0;
  const result = await run();
  return { result, scanned: reads.filter((read) => read.index === index).reduce((sum, read) => sum + read.scanned, 0) };
}

const now = '2026-03-01T08:00:00.000Z';
const bill = (schoolId: string, studentId: string, month: string) => ({
  id: `bil_${studentId}_${month}`,
  version: 1,
  studentId,
  schoolId,
  classId: 'cls_range',
  termId: 'trm_range',
  applicationId: `app_${studentId}`,
  month,
  feeModel: 'MONTHLY' as const,
  unitFeeFen: 10_000,
  discountPercent: 0,
  refundDeadlineDay: 10,
  hardship: false,
  enrolledDays: 20,
  billedDays: 20,
  fullFen: 10_000,
  discountFen: 0,
  amountFen: 10_000,
  status: 'UNPAID' as const,
  createdAt: now,
  updatedAt: now,
});
const handover = (schoolId: string, studentId: string, date: string) => ({
  id: `hdo_${studentId}_${date}`,
  studentId,
  schoolId,
  date,
  kind: 'RELEASE' as const,
  at: `${date}T09:30:00.000Z`,
  by: 'teacher',
});
const leave = (schoolId: string, studentId: string, from: string) => ({
  id: `lev_${studentId}_${from}`,
  version: 1,
  studentId,
  schoolId,
  classId: 'cls_range',
  from,
  to: from,
  reason: '请假',
  status: 'SUBMITTED' as const,
  requestedBy: 'parent',
  requestedVia: 'GUARDIAN' as const,
  createdAt: now,
  updatedAt: now,
});

/** A child with three months of bills and a history of handovers and leaves (they sort after bills on gsi1 and gsi2). */
async function childWithHistory(schoolId: string, studentId: string) {
  for (const month of ['2026-01', '2026-02', '2026-03'])
    await billEntity(db)
      .put(bill(schoolId, studentId, month))
      .go();
  for (const day of ['02', '03', '04', '05', '06'])
    await handoverEntity(db)
      .put(handover(schoolId, studentId, `2026-03-${day}`))
      .go();
  for (const day of ['09', '10'])
    await leaveEntity(db)
      .put(leave(schoolId, studentId, `2026-03-${day}`))
      .go();
}

describe('range Queries stay within their record type', () => {
  it('reads only the student’s bills for bills from a month on (gsi2 also holds handovers and leaves)', async () => {
    await childWithHistory('sch_rangea', 'stu_rangea');
    const bills = createBillRepository(db);
    const closed = await scannedOn('gsi2', () => bills.ofStudentFrom('stu_rangea', '2026-02'));
    expect(closed.result.map((record) => record.month)).toEqual(['2026-02', '2026-03']);
    expect(closed.scanned).toBe(2);
    // Control: the open `>=` returns the same bills but reads the 5 handovers and 2 leaves after them too.
    const open = await scannedOn('gsi2', () => billEntity(db).query.byStudent({ studentId: 'stu_rangea' }).gte({ month: '2026-02' }).go({ pages: 'all' }));
    expect(open.result.data.map((record) => record.month)).toEqual(['2026-02', '2026-03']);
    expect(open.scanned).toBe(2 + 5 + 2);
  });

  it('reads only the school’s bills for a run of months (gsi1 also holds handovers and leaves)', async () => {
    await childWithHistory('sch_rangeb', 'stu_rangeb1');
    await childWithHistory('sch_rangeb', 'stu_rangeb2');
    const bills = createBillRepository(db);
    const { result, scanned } = await scannedOn('gsi1', () => bills.allOfSchoolBetween('sch_rangeb', '2026-01', '2026-02'));
    expect(result.map((record) => `${record.month} ${record.studentId}`).sort()).toEqual([
      '2026-01 stu_rangeb1',
      '2026-01 stu_rangeb2',
      '2026-02 stu_rangeb1',
      '2026-02 stu_rangeb2',
    ]);
    expect(scanned).toBe(4);
    // The last month too, and nothing after it.
    expect((await scannedOn('gsi1', () => bills.allOfSchoolBetween('sch_rangeb', '2026-03', '2026-03'))).scanned).toBe(2);
  });

  it('reads only students for students who left before a date (closed below, not only above)', async () => {
    const student = (id: string, leftOn: string) => ({
      id,
      version: 1,
      schoolId: 'sch_rangec',
      classId: 'cls_rangec',
      grade: 3,
      name: id,
      leftBehind: false,
      hardship: false,
      status: 'LEFT' as const,
      leftOn,
      retention: 'left',
      guardians: [],
      createdAt: now,
      updatedAt: now,
    });
    for (const [id, leftOn] of [
      ['stu_left1', '2025-01-10'],
      ['stu_left2', '2025-02-10'],
      ['stu_left3', '2025-09-10'],
    ] as const)
      await studentEntity(db).put(student(id, leftOn)).go();
    // No other type is keyed on the students' retention partition today; this item stands in for one that would be,
    // with a sort key before the students' (an open `<=` reads from the partition's start).
    await db.doc.send(
      new PutCommand({
        TableName: db.config.tableName,
        Item: { pk: 'other#1', sk: 'other', gsi3pk: '$kehou#retention_left', gsi3sk: '$aaa_1#x', __edb_e__: 'aaa', __edb_v__: '1' },
      }),
    );
    const students = createStudentRepository(db);
    const { result, scanned } = await scannedOn('gsi3', () => students.leftBefore('2025-06-30', 25));
    expect(result.map((record) => record.id)).toEqual(['stu_left1', 'stu_left2']);
    expect(scanned).toBe(2);
    const open = await scannedOn('gsi3', () => studentEntity(db).query.byRetention({ retention: 'left' }).lte({ leftOn: '2025-06-30' }).go());
    expect(open.result.data.map((record) => record.id)).toEqual(['stu_left1', 'stu_left2']);
    expect(open.scanned).toBe(3);
  });

  it('reads only roll calls and care logs for a school’s or an activity’s date range', async () => {
    const schoolId = 'sch_ranged';
    const activityId = 'act_ranged';
    // gsi1 of the school: bills, handovers and leaves sort before its roll calls.
    await childWithHistory(schoolId, 'stu_ranged');
    for (const date of ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'])
      await rollCallEntity(db)
        .put({
          id: `rcl_${date}`,
          version: 1,
          activityId,
          date,
          schoolId,
          termId: 'trm_range',
          minutes: 60,
          takenBy: 'teacher',
          takenAt: now,
          marks: [],
          createdAt: now,
          updatedAt: now,
        })
        .go();
    // The activity's table partition also holds its roster (after the roll calls); the school's, its duty rota (after the logs).
    for (const studentId of ['stu_r1', 'stu_r2', 'stu_r3'])
      await rosterEntity(db)
        .put({
          activityId,
          studentId,
          applicationId: `app_${studentId}`,
          schoolId,
          classId: 'cls_range',
          termId: 'trm_range',
          weekday: 'MONDAY',
          weekdayOrder: 1,
          startTime: '15:30',
          endTime: '16:30',
          assignedAt: now,
          assignedBy: 'admin',
        })
        .go();
    for (const date of ['2026-03-02', '2026-03-03', '2026-03-04'])
      await careLogEntity(db)
        .put({ id: `clg_${date}`, version: 1, schoolId, date, writtenBy: 'leader', summary: '正常', incidents: [], createdAt: now, updatedAt: now })
        .go();
    await dutyRotaEntity(db)
      .put({ id: `rota_${schoolId}`, version: 1, schoolId, days: [], updatedBy: 'admin', createdAt: now, updatedAt: now })
      .go();

    const rollCalls = createRollCallRepository(db);
    const ofSchool = await scannedOn('gsi1', () => rollCalls.ofSchool(schoolId, '2026-03-09', '2026-03-23'));
    expect([ofSchool.result.map((record) => record.date), ofSchool.scanned]).toEqual([['2026-03-09', '2026-03-16', '2026-03-23'], 3]);
    const ofActivity = await scannedOn('table', () => rollCalls.ofActivity(activityId, '2026-03-02', '2026-03-23'));
    expect([ofActivity.result.length, ofActivity.scanned]).toEqual([4, 4]);
    const logs = await scannedOn('table', () => createCareLogRepository(db).ofRange(schoolId, '2026-03-03', '2026-03-31'));
    expect([logs.result.map((record) => record.date), logs.scanned]).toEqual([['2026-03-03', '2026-03-04'], 2]);
  });
});
