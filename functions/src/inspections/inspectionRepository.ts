import type { Db } from '../db/client';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { invalidTransition, notFound, versionConflict } from '../core/errors';
import { readsById } from '../db/versionedPatch';
import { inspectionEntity, type InspectionRecord, type InspectionStatus } from './inspectionEntity';

export interface InspectionListArgs extends PageArgs {
  schoolId?: string | null;
  status?: InspectionStatus | null;
  schoolYear?: string | null;
  semester?: number | null;
  /** Only inspections with a finding past its deadline on this date (OPEN ones). */
  overdueOn?: string | null;
}

export function createInspectionRepository(db: Db) {
  const inspection = inspectionEntity(db);

  return {
    ...readsById<InspectionRecord>(inspection),

    /**
     * Inspections newest first: of a school (gsi1), a school year and semester (gsi2), a status (gsi3, also for
     * "overdue": OPEN with an open deadline before the date) or the district (gsi4). Query only.
     */
    async list(args: InspectionListArgs): Promise<Page<InspectionRecord>> {
      const { schoolId, schoolYear, semester, overdueOn } = args;
      const status = overdueOn ? 'OPEN' : args.status;
      const base = schoolId
        ? inspection.query.bySchool({ schoolId })
        : schoolYear && semester
          ? inspection.query.byTerm({ schoolYear, semester })
          : status
            ? inspection.query.byStatus({ status })
            : inspection.query.all({});
      const query = base.where((attr, op) =>
        [
          status && (schoolId || (schoolYear && semester)) ? op.eq(attr.status, status) : '',
          schoolId && schoolYear ? op.eq(attr.schoolYear, schoolYear) : '',
          schoolId && semester ? op.eq(attr.semester, semester) : '',
          !schoolId && schoolYear && !semester ? op.eq(attr.schoolYear, schoolYear) : '',
          overdueOn ? op.lt(attr.nextDeadline, overdueOn) : '',
        ]
          .filter(Boolean)
          .join(' AND '),
      );
      const order = schoolYear && semester && !schoolId ? 'asc' : 'desc';
      return queryPage<InspectionRecord>(db, query, {
        ...args,
        listId: `inspections:${JSON.stringify({ schoolId, status, schoolYear, semester, overdueOn })}`,
        order,
      });
    },

    async create(record: InspectionRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [{ op: txItem(inspection.create(record)) }, ...extra]);
      return record;
    },

    /**
     * A workflow step, written only while the inspection still has the status and version that were read: two
     * concurrent steps never both succeed (INVALID_TRANSITION when the status moved, CONFLICT when the version did).
     */
    async step(previous: InspectionRecord, next: InspectionRecord, extra: GuardedWrite[]) {
      const { id, createdAt: _createdAt, nextDeadline, ...values } = next;
      const set = inspection.patch({ id }).set(values);
      const chain = nextDeadline ? set.set({ nextDeadline }) : set.remove(['nextDeadline']);
      const op = txItem(chain.where((attr, op) => `${op.eq(attr.status, previous.status)} AND ${op.eq(attr.version, previous.version)}`));
      const onConditionFail = (existing?: Record<string, unknown>) => {
        if (!existing) return notFound('Inspection', id);
        if (existing.status !== previous.status) return invalidTransition(`The inspection is now ${String(existing.status)}; reload and try again`);
        return versionConflict('Inspection', id, previous.version, existing.version as number);
      };
      await transactWrite(db, [{ op, onConditionFail }, ...extra]);
      return next;
    },
  };
}

export type InspectionRepository = ReturnType<typeof createInspectionRepository>;
