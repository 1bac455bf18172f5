import { conflict, invalidTransition, notFound, versionConflict } from '../core/errors';
import type { Db } from '../db/client';
import { emptyPage, queryPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById } from '../db/versionedPatch';
import { purgedEnrolmentEntity } from './purgedEnrolmentEntity';
import { applicationEntity, applicationSlotEntity, type ApplicationStatus, type EnrolmentApplicationRecord } from './applicationEntity';

export interface ApplicationListArgs extends PageArgs {
  schoolId?: string | null;
  classId?: string | null;
  studentId?: string | null;
  termId?: string | null;
  status?: ApplicationStatus | null;
}

/** Fields kept by other transactions (roster entries) that a status step must never write back. */
const counters = ['rosterCount'] as const;

export function createApplicationRepository(db: Db) {
  const application = applicationEntity(db);
  const purged = purgedEnrolmentEntity(db);
  const slot = applicationSlotEntity(db);
  const reads = readsById<EnrolmentApplicationRecord>(application);

  return {
    ...reads,

    /**
     * A queue in priority order: of a class (gsi2) or a school (gsi1), by term and status as sort-key prefixes, so a
     * page of the school's CLASS_APPROVED applications for a term is one Query reading exactly that page. A student's
     * applications come from gsi3 by term.
     */
    async list(args: ApplicationListArgs): Promise<Page<EnrolmentApplicationRecord>> {
      const { schoolId, classId, studentId, termId, status } = args;
      const listId = `applications:${JSON.stringify({ schoolId, classId, studentId, termId, status })}`;
      // Status is a key prefix only after the term; without a term it filters.
      const prefix = { ...(termId ? { termId } : {}), ...(termId && status ? { status } : {}) };
      const filter = (attr: Record<string, unknown>, op: { eq(a: unknown, v: unknown): string }) => (status && !termId ? op.eq(attr.status, status) : '');
      const query = studentId
        ? application.query.byStudent({ studentId, ...(termId ? { termId } : {}) }).where((attr, op) => (status ? op.eq(attr.status, status) : ''))
        : classId
          ? application.query.byClass({ classId, ...prefix }).where(filter as never)
          : schoolId
            ? application.query.bySchool({ schoolId, ...prefix }).where(filter as never)
            : undefined;
      // No student, class or school: no application matches (the service names one of them first).
      if (!query) return emptyPage<EnrolmentApplicationRecord>({ ...args, listId });
      return queryPage<EnrolmentApplicationRecord>(db, query, { ...args, listId });
    },

    /** Every application of a school's term (bounded by the school's size), for its statistics: status and reason only. */
    async allOfSchoolTerm(schoolId: string, termId: string): Promise<Pick<EnrolmentApplicationRecord, 'status' | 'optOutReason' | 'priority'>[]> {
      const { data } = await application.query.bySchool({ schoolId, termId }).go({ pages: 'all', attributes: ['status', 'optOutReason', 'priority'] });
      return data;
    },

    /** The APPROVED applications of a school's term (one Query on the key prefix): who stays and their pickup slot. */
    async approvedOfSchoolTerm(schoolId: string, termId: string): Promise<Pick<EnrolmentApplicationRecord, 'studentId' | 'classId' | 'pickupSlot'>[]> {
      const { data } = await application.query
        .bySchool({ schoolId, termId, status: 'APPROVED' })
        .go({ pages: 'all', attributes: ['studentId', 'classId', 'pickupSlot'] });
      return data;
    },

    /** Every application of a student (a few per term): for the retention purge. */
    async allOfStudent(studentId: string): Promise<EnrolmentApplicationRecord[]> {
      const { data } = await application.query.byStudent({ studentId }).go({ pages: 'all' });
      return data as EnrolmentApplicationRecord[];
    },

    /** The id of the student's live application for the term, if any (GetItem on the slot). */
    async liveIdOf(studentId: string, termId: string): Promise<string | undefined> {
      return (await slot.get({ studentId, termId }).go()).data?.applicationId;
    },

    /** Creates the application and claims the student's slot for the term (CONFLICT if one is live already). */
    async create(record: EnrolmentApplicationRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [
        { op: txItem(application.create(record)) },
        {
          op: txItem(slot.create({ studentId: record.studentId, termId: record.termId, applicationId: record.id })),
          onConditionFail: (existing) =>
            conflict('This student already has an application for this term', { field: 'studentId', applicationId: existing?.applicationId }),
        },
        ...extra,
      ]);
      return record;
    },

    /**
     * A workflow step: writes `next` only while the stored status is still `fromStatus` and the version is the one
     * read — two concurrent steps can never both pass. With `emptyRoster`, it also needs the enrolment's roster to
     * be empty (a withdrawal completes only once every roster entry is gone).
     */
    step(next: EnrolmentApplicationRecord, fromStatus: ApplicationStatus, expectedVersion: number, options: { rosterCountWas?: number } = {}): GuardedWrite {
      const { id, createdAt: _createdAt, ...rest } = next;
      const values: Record<string, unknown> = { ...rest };
      for (const name of counters) delete values[name];
      // A withdrawal empties the roster in this very transaction: the count it read must still hold, then it is 0.
      const was = options.rosterCountWas;
      if (was !== undefined && was > 0) values.rosterCount = 0;
      const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
      const remove = Object.keys(values).filter((name) => values[name] === undefined || values[name] === null);
      let chain = application.patch({ id }).set(set as never);
      if (remove.length) chain = chain.remove(remove as never);
      return {
        op: txItem(
          chain.where((attr, op) =>
            [
              op.eq(attr.status, fromStatus),
              op.eq(attr.version, expectedVersion),
              was === undefined ? '' : was === 0 ? `(${op.notExists(attr.rosterCount)} OR ${op.eq(attr.rosterCount, 0)})` : op.eq(attr.rosterCount, was),
            ]
              .filter(Boolean)
              .join(' AND '),
          ),
        ),
        onConditionFail: (existing) => {
          if (!existing) return notFound('EnrolmentApplication', id);
          if (existing.status !== fromStatus)
            return invalidTransition(`The application is now ${String(existing.status)}, not ${fromStatus}; reload and try again`);
          if (Number(existing.version) !== expectedVersion) return versionConflict('EnrolmentApplication', id, expectedVersion, Number(existing.version));
          return conflict('Students were added to activities meanwhile; try again', { retry: true });
        },
      };
    },

    /** Releases the student's slot for the term (after a rejection or withdrawal). */
    releaseSlotStep: (record: Pick<EnrolmentApplicationRecord, 'studentId' | 'termId' | 'id'>): GuardedWrite => ({
      op: txItem(slot.delete({ studentId: record.studentId, termId: record.termId }).where((attr, op) => op.eq(attr.applicationId, record.id))),
    }),

    /**
     * The step of a roster change: +1 needs the enrolment to be APPROVED at commit time; removals just count down.
     */
    rosterDelta(id: string, delta: number): GuardedWrite {
      return {
        op: txItem(
          application
            .patch({ id })
            .add({ rosterCount: delta })
            .where((attr, op) => (delta > 0 ? op.eq(attr.status, 'APPROVED') : '')),
        ),
        onConditionFail: (existing) =>
          existing ? invalidTransition(`The student's enrolment is ${String(existing.status)}, not APPROVED`) : notFound('EnrolmentApplication', id),
      };
    },

    /**
     * The purge of one application (retention); an enrolment (APPROVED) is counted on its school term first, so the
     * term's enrolled count does not change (see purgedEnrolmentEntity.ts).
     */
    purgeSteps: (record: Pick<EnrolmentApplicationRecord, 'id' | 'status' | 'schoolId' | 'termId'>): GuardedWrite[] => [
      { op: txItem(application.delete({ id: record.id })) },
      ...(record.status === 'APPROVED' ? [{ op: txItem(purged.update({ schoolId: record.schoolId, termId: record.termId }).add({ count: 1 })) }] : []),
    ],

    /** The purge of a student's slot for a term, whoever holds it (the student is being deleted). */
    slotPurgeStep: (studentId: string, termId: string): GuardedWrite => ({ op: txItem(slot.delete({ studentId, termId })) }),

    run: (writes: GuardedWrite[]) => transactWrite(db, writes),
  };
}

export type ApplicationRepository = ReturnType<typeof createApplicationRepository>;
