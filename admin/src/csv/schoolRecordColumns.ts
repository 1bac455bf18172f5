import type { RaRecord } from 'react-admin';
import type { BillFieldsFragment } from '../generated/graphql';
import { billTable, tableTotals } from '../money/moneyExports';
import { col, enumLabel, type ExportColumn, type ExportSpec, field, joined, schoolRef, refTo, byName, yesNo } from './exportBuilders';

// The school's own records: daily care (预警, 看护日志), bills, staff, classes, students and enrolment applications.

/** A class list exports under the import's headers (班级, 姓名, 性别, 监护人, 电话, 留守, 困难), so it can go back in. */
const studentColumn = (source: string, value: ExportColumn['value']): ExportColumn => ({ label: `app.csv.columns.students.${source}`, value });
const firstGuardian = (row: RaRecord) => ((row.guardians as RaRecord[] | undefined) ?? [])[0];

export const schoolRecordSpecs: Record<string, ExportSpec> = {
  // 预警 and 看护日志 (daily care): the list's columns, kinds and statuses in words.
  alerts: {
    columns: [
      col.ref('alerts', 'schoolId', 'schools'),
      col.date('alerts', 'date'),
      col.enum('alerts', 'kind', 'alertKind'),
      col.text('alerts', 'message'),
      col.enum('alerts', 'status', 'alertStatus'),
      col.dateTime('alerts', 'raisedAt'),
      col.dateTime('alerts', 'resolvedAt'),
      col.text('alerts', 'note'),
    ],
    references: [schoolRef()],
  },
  careLogs: {
    columns: [
      col.ref('careLogs', 'schoolId', 'schools'),
      col.date('careLogs', 'date'),
      col.text('careLogs', 'summary'),
      col.label(field('careLogs', 'incidentCount'), (row) => ((row.incidents as unknown[] | undefined) ?? []).length),
      col.label(field('careLogs', 'incidents'), (row, { translate }) =>
        joined(
          translate,
          ((row.incidents as { at: string; kind: string; description: string; action: string }[] | undefined) ?? []).map(
            (item) => `${item.at} ${enumLabel(translate, 'incidentKind', item.kind)} ${item.description}（${item.action}）`,
          ),
        ),
      ),
    ],
    references: [schoolRef()],
  },
  // 收费账单: amounts in yuan with two decimals, as the finance office books them.
  bills: {
    columns: [
      col.text('bills', 'month'),
      col.text('bills', 'className', 'student.className'),
      col.text('bills', 'studentId', 'student.name'),
      col.text('bills', 'billedDays'),
      ...(['fullAmount', 'discount', 'refund', 'netAmount'] as const).map((source) =>
        col.label(field('bills', source), (row) => Number(row[source] ?? 0).toFixed(2)),
      ),
      col.enum('bills', 'status', 'billStatus'),
      col.text('bills', 'paymentReference'),
      col.text('bills', 'waivedReason'),
    ],
    // 合计: the Excel export's totals row (summed in fen, so it equals the lines to the fen), in yuan with two decimals.
    totals: (rows, { translate }) =>
      tableTotals(billTable(rows as unknown as BillFieldsFragment[], '', translate)).map((cell) => (typeof cell === 'number' ? cell.toFixed(2) : cell)),
  },
  staffMembers: {
    columns: [
      col.text('staffMembers', 'name'),
      col.enums('staffMembers', 'duties', 'staffDuty'),
      col.text('staffMembers', 'phone'),
      col.label(field('staffMembers', 'active'), (row, { translate }) => yesNo(translate, row.active)),
    ],
  },
  schoolClasses: {
    columns: [
      col.text('schoolClasses', 'grade'),
      col.text('schoolClasses', 'name'),
      col.ref('schoolClasses', 'classTeacherId', 'staffMembers'),
      col.text('schoolClasses', 'studentCount'),
    ],
    references: [refTo('staffMembers', 'classTeacherId', byName)],
  },
  students: {
    columns: [
      studentColumn('className', (row) => String(row.className ?? '')),
      studentColumn('name', (row) => String(row.name ?? '')),
      studentColumn('gender', (row, { translate }) => enumLabel(translate, 'gender', row.gender)),
      studentColumn('guardianName', (row) => String(firstGuardian(row)?.name ?? '')),
      studentColumn('guardianRelation', (row) => String(firstGuardian(row)?.relation ?? '')),
      studentColumn('guardianPhone', (row) => String(firstGuardian(row)?.phone ?? '')),
      studentColumn('leftBehind', (row, { translate }) => yesNo(translate, row.leftBehind)),
      studentColumn('hardship', (row, { translate }) => yesNo(translate, row.hardship)),
      col.enum('students', 'status', 'studentStatus'),
    ],
  },
  enrolmentApplications: {
    columns: [
      col.text('enrolmentApplications', 'studentId', 'student.name'),
      col.text('students', 'className', 'student.className'),
      col.enum('enrolmentApplications', 'status', 'applicationStatus'),
      col.text('enrolmentApplications', 'priority'),
      col.enums('enrolmentApplications', 'days', 'weekday'),
      col.text('enrolmentApplications', 'pickupSlot'),
      col.label(field('enrolmentApplications', 'lateCare'), (row, { translate }) => yesNo(translate, row.lateCare)),
      col.date('enrolmentApplications', 'submittedAt'),
      col.text('enrolmentApplications', 'reason'),
    ],
  },
};
