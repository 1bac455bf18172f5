import { createHash } from 'node:crypto';
import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { idPrefixes } from '../core/ids';
import { billStatusValues } from '../generated/enumValues';

export const billStatuses = billStatusValues;
export type BillStatus = (typeof billStatuses)[number];

/**
 * The id of a student's bill for a month: derived, not random, so that generating a month twice — or twice at the
 * same moment — puts the same key and the second put fails its `attribute_not_exists` condition instead of billing
 * again. Still `bil_` + 20 base32 characters like every other id (unguessable without the student id).
 */
export function billIdOf(studentId: string, month: string): string {
  const digest = createHash('sha256').update(`bill|${studentId}|${month}`).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  for (let i = 0; i < 20; i++) out += alphabet[digest[i]! & 31];
  return `${idPrefixes.Bill}_${out}`;
}

/**
 * One student's fee for one month (SPEC §3.8). Amounts are integer fen; the rates they were computed with are kept
 * on the bill (`feeModel`, `unitFeeFen`, `discountPercent`, `refundDeadlineDay`) so a policy change never rewrites
 * it and a refund uses the same terms. Access patterns:
 * - byId: one bill (its id is derived from student and month, see billIdOf)
 * - bySchoolMonth: a school's bills of a month, by class then student (gsi1)
 * - byStudent: a student's bills by month (gsi2) — the parent's view and refunds on withdrawal
 */
export const billEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'bill', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        studentId: { type: 'string', required: true },
        schoolId: { type: 'string', required: true },
        classId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        applicationId: { type: 'string', required: true },
        month: { type: 'string', required: true },
        feeModel: { type: ['MONTHLY', 'PER_DAY'] as const, required: true },
        unitFeeFen: { type: 'number', required: true },
        discountPercent: { type: 'number', required: true },
        refundDeadlineDay: { type: 'number', required: true },
        hardship: { type: 'boolean', required: true },
        enrolledDays: { type: 'number', required: true },
        billedDays: { type: 'number', required: true },
        fullFen: { type: 'number', required: true },
        discountFen: { type: 'number', required: true },
        amountFen: { type: 'number', required: true },
        refundFen: { type: 'number', default: 0 },
        refundReference: { type: 'string' },
        refundedAt: { type: 'string' },
        status: { type: billStatuses, required: true },
        paymentReference: { type: 'string' },
        paidAt: { type: 'string' },
        paidBy: { type: 'string' },
        waivedReason: { type: 'string' },
        waivedAt: { type: 'string' },
        waivedBy: { type: 'string' },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchoolMonth: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['schoolId'] },
          sk: { field: 'gsi1sk', composite: ['month', 'classId', 'studentId'] },
        },
        byStudent: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['studentId'] }, sk: { field: 'gsi2sk', composite: ['month'] } },
      },
    },
    entityConfig(db),
  );

/**
 * A payment reference (receipt or transaction number) taken by a bill of the school: created in the transaction that
 * records the payment, so one reference pays one bill (a second bill with it is CONFLICT), and a replay of the same
 * payment is recognised by the bill's own reference. Keys are lower-cased, as every ElectroDB key: references that
 * differ only in letter case are the same reference. Access pattern: by school and reference.
 */
export const paymentReferenceEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'paymentReference', version: '1', service: SERVICE_NAME },
      attributes: {
        schoolId: { type: 'string', required: true, readOnly: true },
        reference: { type: 'string', required: true, readOnly: true },
        billId: { type: 'string', required: true, readOnly: true },
      },
      indexes: {
        bySchoolReference: { pk: { field: 'pk', composite: ['schoolId', 'reference'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

/**
 * The district's operating fund for a school and school year (运转经费), in fen; one item per school and year,
 * overwritten by `setFundAllocation` under a version check.
 */
export const fundAllocationEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'fundAllocation', version: '1', service: SERVICE_NAME },
      attributes: {
        schoolId: { type: 'string', required: true },
        schoolYear: { type: 'string', required: true },
        amountFen: { type: 'number', required: true },
        version: { type: 'number', required: true },
        setBy: { type: 'string', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        bySchoolYear: { pk: { field: 'pk', composite: ['schoolId', 'schoolYear'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['schoolYear'] } },
      },
    },
    entityConfig(db),
  );

export type BillEntity = ReturnType<typeof billEntity>;
export type BillRecord = EntityItem<BillEntity>;
export type BillPage = Page<BillRecord>;
export type BillPageItem = PageItem<BillRecord>;
export type FundAllocationRecord = EntityItem<ReturnType<typeof fundAllocationEntity>>;
