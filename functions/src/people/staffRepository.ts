import { invalidTransition, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { whereEquals } from '../db/filters';
import { queryPage, staticPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { deleteUnused, readsById, versionGuard, versionedPatch } from '../db/versionedPatch';
import { staffActivityEntity, staffDutyEntity, staffEntity, type StaffMemberRecord } from './staffEntity';

export interface StaffListArgs extends PageArgs {
  schoolId: string;
  duty?: string | null;
  active?: boolean | null;
  /** Name contains this text. */
  q?: string | null;
}

export function createStaffRepository(db: Db) {
  const staff = staffEntity(db);
  const staffDuty = staffDutyEntity(db);
  const staffActivity = staffActivityEntity(db);
  const reads = readsById<StaffMemberRecord>(staff);

  /** The duty items of a member as they should be after a write, and the steps that get there from `previous`. */
  function dutySteps(previous: StaffMemberRecord | undefined, next: StaffMemberRecord | undefined): GuardedWrite[] {
    const steps: GuardedWrite[] = [];
    for (const duty of previous?.duties ?? []) {
      const kept = next && next.duties.includes(duty) && next.name === previous!.name;
      if (!kept) steps.push({ op: txItem(staffDuty.delete({ schoolId: previous!.schoolId, duty, name: previous!.name, staffId: previous!.id })) });
    }
    for (const duty of next?.duties ?? [])
      steps.push({ op: txItem(staffDuty.put({ schoolId: next!.schoolId, duty, staffId: next!.id, name: next!.name, active: next!.active })) });
    return steps;
  }

  return {
    ...reads,

    /**
     * Staff of a school: by duty (the duty items, then the members in one BatchGetItem) or all of them by name
     * (gsi1). `active` and `q` narrow the Query.
     */
    async list(args: StaffListArgs): Promise<Page<StaffMemberRecord>> {
      const { schoolId, duty, active, q } = args;
      const listId = `staff:${JSON.stringify({ schoolId, duty, active, q })}`;
      if (duty) {
        const query = staffDuty.query
          .byDuty({ schoolId, duty })
          .where((attr, op) => [active == null ? '' : op.eq(attr.active, active), q ? op.contains(attr.name, q) : ''].filter(Boolean).join(' AND '));
        const page = await queryPage<{ staffId: string }>(db, query, { ...args, listId });
        const records = await reads.getMany(page.items.map((item) => item.record.staffId));
        return { ...page, items: page.items.flatMap((item, i) => (records[i] ? [{ record: records[i]!, cursor: item.cursor }] : [])) };
      }
      const base = staff.query.bySchool({ schoolId }).where(whereEquals({ active: active ?? undefined }));
      const query = q ? base.where((attr, op) => op.contains(attr.name, q)) : base;
      return queryPage<StaffMemberRecord>(db, query, { ...args, listId });
    },

    pageOf: (records: StaffMemberRecord[]) => staticPage(records),

    async create(record: StaffMemberRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [{ op: txItem(staff.create(record)) }, ...dutySteps(undefined, record), ...extra]);
      return record;
    },

    async update(previous: StaffMemberRecord, next: StaffMemberRecord, expectedVersion: number, extra: GuardedWrite[]) {
      const { id, createdAt: _createdAt, dependents: _dependents, ...values } = next;
      await transactWrite(db, [
        { op: versionedPatch(staff, { id }, values, expectedVersion), onConditionFail: versionGuard('StaffMember', id, expectedVersion) },
        ...dutySteps(previous, next),
        ...extra,
      ]);
      return next;
    },

    async delete(previous: StaffMemberRecord, extra: GuardedWrite[]) {
      await transactWrite(db, [
        deleteUnused(staff, 'StaffMember', previous, `${previous.name} is still class teacher or in charge of activities; reassign them first`),
        ...dutySteps(previous, undefined),
        ...extra,
      ]);
    },

    /**
     * A step counting a record that refers to the staff member (+1: a class they teach, an activity they run) or
     * its removal (-1). New references need an ACTIVE member of `schoolId`: the condition proves both at commit time.
     */
    dependentDelta(id: string, delta: 1 | -1, schoolId?: string): GuardedWrite {
      return {
        op: txItem(
          staff
            .patch({ id })
            .add({ dependents: delta })
            .where((attr, op) => (delta > 0 && schoolId ? `${op.eq(attr.active, true)} AND ${op.eq(attr.schoolId, schoolId)}` : '')),
        ),
        onConditionFail: (existing) =>
          existing
            ? invalidTransition('The staff member is not an active member of this school', { field: 'staffId', staffId: id })
            : notFound('StaffMember', id),
      };
    },

    /** The link item of an activity run by a staff member (added or removed in the activity's transaction). */
    activityLink(link: { staffId: string; termId: string; activityId: string; schoolId: string }, add: boolean): GuardedWrite {
      return { op: txItem(add ? staffActivity.put(link) : staffActivity.delete(link)) };
    },

    /** Ids of the activities a staff member runs (optionally of one term): a school's timetable bounds them. */
    async activityIdsOf(staffId: string, termId?: string): Promise<string[]> {
      const { data } = await staffActivity.query.byStaff({ staffId, ...(termId ? { termId } : {}) }).go({ pages: 'all' });
      return data.map((link) => link.activityId);
    },
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;
