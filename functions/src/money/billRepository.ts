import { purgedEnrolmentEntity } from '../enrolment/purgedEnrolmentEntity';
import { conflict, invalidTransition, notFound, versionConflict } from '../core/errors';
import type { Db } from '../db/client';
import { emptyPage, queryPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById } from '../db/versionedPatch';
import { applicationEntity, type EnrolmentApplicationRecord } from '../enrolment/applicationEntity';
import { billEntity, fundAllocationEntity, paymentReferenceEntity, type BillRecord, type BillStatus, type FundAllocationRecord } from './billEntity';

export interface BillListArgs extends PageArgs {
  schoolId?: string | null;
  month?: string | null;
  studentId?: string | null;
  status?: BillStatus | null;
}

/**
 * All bills of a school carry its id as their gsi1 partition key (bySchoolMonth), and a DynamoDB partition takes at
 * most 1 000 writes/s. A month's run writes them back to back in transactions of up to 100, which on DynamoDB could
 * outrun that; it is paced to half of it, leaving the other half to the school's roll calls, handovers and alerts on
 * the same key (see functions/bench/README.md, capacity model).
 */
export const BILL_WRITES_PER_SECOND = 500;

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/** Raised inside generation when a concurrent run created one of the bills first: re-read and write the rest. */
export class BillAlreadyExists extends Error {}

/** The enrolment fields billing reads. */
export type BilledEnrolment = Pick<EnrolmentApplicationRecord, 'id' | 'studentId' | 'classId' | 'termId' | 'days' | 'status' | 'withdrawnFrom' | 'decidedAt'>;

export function createBillRepository(db: Db) {
  const bill = billEntity(db);
  const fund = fundAllocationEntity(db);
  const application = applicationEntity(db);
  const purged = purgedEnrolmentEntity(db);
  const paymentReference = paymentReferenceEntity(db);

  return {
    ...readsById<BillRecord>(bill),

    /** Bills of a student (gsi2, by month), of a school and month (gsi1, by class) or of a school (gsi1). Query only. */
    async list(args: BillListArgs): Promise<Page<BillRecord>> {
      const { schoolId, month, studentId, status } = args;
      const listId = `bills:${JSON.stringify({ schoolId, month, studentId, status })}`;
      const base = studentId
        ? bill.query.byStudent({ studentId, ...(month ? { month } : {}) })
        : schoolId
          ? bill.query.bySchoolMonth({ schoolId, ...(month ? { month } : {}) })
          : undefined;
      // Neither a student nor a school: no bill matches (the service asks for one of them first).
      if (!base) return emptyPage<BillRecord>({ ...args, listId });
      const query = base.where((attr, op) =>
        [status ? op.eq(attr.status, status) : '', studentId && schoolId ? op.eq(attr.schoolId, schoolId) : ''].filter(Boolean).join(' AND '),
      );
      return queryPage<BillRecord>(db, query, {
        ...args,
        listId,
        order: studentId ? 'desc' : 'asc',
      });
    },

    /** Every bill of a school's month (one Query, paged through): generation, sums and the disclosure. */
    async allOfSchoolMonth(schoolId: string, month: string): Promise<BillRecord[]> {
      const { data } = await bill.query.bySchoolMonth({ schoolId, month }).go({ pages: 'all' });
      return data as BillRecord[];
    },

    /** Every bill of a school between two months inclusive (a term's bills for the disclosure). */
    async allOfSchoolBetween(schoolId: string, fromMonth: string, toMonth: string): Promise<BillRecord[]> {
      const { data } = await bill.query
        .bySchoolMonth({ schoolId })
        .between({ month: fromMonth }, { month: `${toMonth}~` })
        .go({ pages: 'all' });
      return data as BillRecord[];
    },

    /**
     * A student's bills from a month on (refunds on withdrawal). The range is closed above: the student's gsi2
     * partition also holds the child's handovers and leave requests, whose sort keys sort after the bills', and an
     * open `>=` would read every one of them (then drop them).
     */
    async ofStudentFrom(studentId: string, fromMonth: string): Promise<BillRecord[]> {
      const { data } = await bill.query.byStudent({ studentId }).between({ month: fromMonth }, { month: '\uffff' }).go({ pages: 'all' });
      return data as BillRecord[];
    },

    /** The APPROVED and WITHDRAWN enrolments of a school's term (the ones that may owe a fee). */
    async enrolmentsOf(schoolId: string, termId: string): Promise<BilledEnrolment[]> {
      const attributes = ['id', 'studentId', 'classId', 'termId', 'days', 'status', 'withdrawnFrom', 'decidedAt'] as const;
      const [approved, withdrawn] = await Promise.all(
        (['APPROVED', 'WITHDRAWN'] as const).map((status) =>
          application.query.bySchool({ schoolId, termId, status }).go({ pages: 'all', attributes: [...attributes] }),
        ),
      );
      return [...approved.data, ...withdrawn.data] as BilledEnrolment[];
    },

    /**
     * Creates bills in transactions of at most `maxItems`, each bill only if its (derived) key is still free. A
     * concurrent run that got there first cancels the transaction with BillAlreadyExists: nothing of it is written.
     */
    async createMany(records: BillRecord[], maxItems: number, auditOf: (count: number) => GuardedWrite) {
      // Each transaction starts no sooner than its predecessor's share of the pace allows (the wait overlaps the write).
      let pause: Promise<unknown> = Promise.resolve();
      for (let start = 0; start < records.length; start += maxItems - 1) {
        const chunk = records.slice(start, start + maxItems - 1);
        if (start > 0) await pause;
        if (start + chunk.length < records.length) pause = sleep((chunk.length / BILL_WRITES_PER_SECOND) * 1000);
        await transactWrite(db, [
          ...chunk.map((record) => ({ op: txItem(bill.create(record)), onConditionFail: () => new BillAlreadyExists(record.id) as never })),
          auditOf(chunk.length),
        ]);
      }
    },

    /** A change of one bill, only while it still has the status and version read. */
    async step(previous: BillRecord, next: BillRecord, extra: GuardedWrite[]) {
      const { id, createdAt: _createdAt, ...values } = next;
      const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
      const op = txItem(
        bill
          .patch({ id })
          .set(set as never)
          .where((attr, op) => `${op.eq(attr.status, previous.status)} AND ${op.eq(attr.version, previous.version)}`),
      );
      const onConditionFail = (existing?: Record<string, unknown>) => {
        if (!existing) return notFound('Bill', id);
        if (existing.status !== previous.status) return invalidTransition(`The bill is now ${String(existing.status)}; reload and try again`);
        return versionConflict('Bill', id, previous.version, existing.version as number);
      };
      await transactWrite(db, [{ op, onConditionFail }, ...extra]);
      return next;
    },

    /** The step that takes a payment reference for a bill: CONFLICT when another bill of the school has it. */
    async claimReferenceStep(paid: Pick<BillRecord, 'id' | 'schoolId'>, reference: string): Promise<GuardedWrite> {
      return {
        op: txItem(paymentReference.create({ schoolId: paid.schoolId, reference, billId: paid.id })),
        onConditionFail: () =>
          conflict(`Payment reference ${reference} already paid another bill of the school`, { field: 'reference', reason: 'DUPLICATE_PAYMENT_REFERENCE' }),
      };
    },

    /** How many of a school term's enrolments the retention job deleted with their students (0 when none). */
    async purgedEnrolments(schoolId: string, termId: string): Promise<number> {
      return (await purged.get({ schoolId, termId }).go()).data?.count ?? 0;
    },

    /** The fund allocation of a school and year, if set. */
    async fundOf(schoolId: string, schoolYear: string): Promise<FundAllocationRecord | undefined> {
      return (await fund.get({ schoolId, schoolYear }).go()).data ?? undefined;
    },

    /** Sets the allocation: creates it (version 1) or overwrites the version read. */
    async saveFund(record: FundAllocationRecord, expectedVersion: number | undefined, extra: GuardedWrite[]) {
      const op =
        expectedVersion === undefined
          ? {
              op: txItem(fund.create(record)),
              onConditionFail: () => conflict('The fund allocation was set meanwhile; reload and try again', { field: 'expectedVersion' }),
            }
          : {
              op: txItem(
                fund
                  .patch({ schoolId: record.schoolId, schoolYear: record.schoolYear })
                  .set({ amountFen: record.amountFen, version: record.version, setBy: record.setBy, updatedAt: record.updatedAt })
                  .where((attr, op) => op.eq(attr.version, expectedVersion)),
              ),
              onConditionFail: (existing?: Record<string, unknown>) =>
                versionConflict('FundAllocation', `${record.schoolId}/${record.schoolYear}`, expectedVersion, Number(existing?.version ?? 0)),
            };
      await transactWrite(db, [op, ...extra]);
      return record;
    },
  };
}

export type BillRepository = ReturnType<typeof createBillRepository>;
