import type { RecordAccess } from '../access/recordAccess';
import { requireSchoolAccess, requireViewer } from '../auth/access';
import { idsPage, matchesFilters } from '../db/idsPage';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import { effectiveStatus } from '../contracts/contractStatus';
import type { ContractRepository } from '../contracts/contractRepository';
import { emptyPage, pageSize, type Page, type PageArgs } from '../db/paging';
import type { GuardedWrite } from '../db/transactions';
import type { ProviderRepository } from '../providers/providerRepository';
import { activeProviderStatuses } from '../providers/providerRules';
import { academicCategories } from '../providers/providerInput';
import type { TermRepository } from '../terms/termRepository';
import type { ActivityRecord } from './activityEntity';
import { activityProblem, createActivitySchema, updateActivitySchema, weekdayOrder } from './activityInput';
import type { ActivityListArgs, ActivityRepository } from './activityRepository';
import type { BookingRepository } from './bookingRepository';
import { writeWithBookings } from './timetableWrites';
import { param, summary } from '../audit/auditSummaries';
import type { StaffRepository } from '../people/staffRepository';
import { staffSteps } from './activityStaff';

export interface ActivityListInput extends PageArgs {
  filter?: (Omit<ActivityListArgs, 'first' | 'after'> & { ids?: readonly string[] | null }) | null;
}

export function createActivityService(deps: {
  activities: ActivityRepository;
  bookings: BookingRepository;
  terms: TermRepository;
  contracts: ContractRepository;
  providers: ProviderRepository;
  audit: AuditRepository;
  access: RecordAccess;
  staff: StaffRepository;
}) {
  const { activities, bookings, terms, contracts, providers, audit, access } = deps;

  async function load(id: string) {
    const activity = await activities.get(id);
    if (!activity) throw notFound('Activity', id);
    return activity;
  }

  /**
   * An activity run by a provider needs that provider's ACTIVE contract at the school for the term, and the
   * provider must be APPROVED (an EXITING provider takes no new activity). Returns the transaction steps that
   * re-prove both at commit time.
   */
  async function providerSteps(activity: ActivityRecord): Promise<GuardedWrite[]> {
    if (!activity.providerId && !activity.contractId) return [];
    if (!activity.contractId) {
      throw invalidTransition('An activity run by a provider needs the provider’s ACTIVE contract for this school and term (contractId)', {
        field: 'contractId',
        reason: 'NEEDS_ACTIVE_CONTRACT',
      });
    }
    const contract = await contracts.get(activity.contractId);
    if (!contract) throw badInput('contractId', `Contract ${activity.contractId} does not exist`, { reason: 'UNKNOWN_RECORD' });
    if (activity.providerId && activity.providerId !== contract.providerId)
      throw badInput('contractId', 'The contract belongs to another provider', { reason: 'WRONG_RECORD' });
    activity.providerId = contract.providerId;
    if (contract.schoolId !== activity.schoolId || contract.termId !== activity.termId) {
      throw invalidTransition('The contract does not cover this school and term', { field: 'contractId', reason: 'CONTRACT_SCOPE' });
    }
    const status = effectiveStatus(contract);
    if (status !== 'ACTIVE')
      throw invalidTransition(`The contract is ${status}, not ACTIVE: activate it before scheduling`, {
        field: 'contractId',
        reason: 'WRONG_STATUS',
        status,
        statusType: 'ContractStatus',
      });
    return [providers.statusCheck(contract.providerId, activeProviderStatuses)];
  }

  /** A training institution runs no academic activity (HOMEWORK, SELF_STUDY): SPEC §3.9, 篇二 非学科类. */
  async function assertNonAcademicForTraining(activity: ActivityRecord) {
    if (!activity.providerId || !academicCategories.includes(activity.category)) return;
    const provider = await providers.get(activity.providerId);
    if (provider?.kind === 'TRAINING_INSTITUTION') {
      throw badInput('category', `${provider.name} is a training institution: it may run non-academic activities only, not ${activity.category}`);
    }
  }

  function assertConsistent(activity: ActivityRecord) {
    const problem = activityProblem(activity);
    if (problem) throw badInput(problem.field, problem.message);
  }

  return {
    async get(viewer: Viewer | null, id: string): Promise<ActivityRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'Activity', await load(id));
    },

    async list(viewer: Viewer | null, input: ActivityListInput): Promise<Page<ActivityRecord>> {
      const signedIn = requireViewer(viewer);
      pageSize(input.first);
      const { ids, q, ...filter } = { ...(input.filter ?? {}) };
      if (ids) return access.page(signedIn, 'Activity', await idsPage(ids, activities.getMany, (activity) => matchesFilters(activity, filter)));
      // A term names its school; a term that does not exist names none: its list is empty (no Query), and a viewer bound
      // to a school is refused as for another school's term (so an id's existence is not told apart).
      let noSuchTerm = false;
      if (filter.termId && !filter.schoolId) {
        const term = await terms.get(filter.termId);
        if (term) filter.schoolId = term.schoolId;
        else noSuchTerm = true;
      }
      if (signedIn.role === 'SCHOOL_ADMIN') {
        if ((noSuchTerm || filter.schoolId) && filter.schoolId !== signedIn.schoolId) throw forbidden('School admins see only their own school’s activities');
        filter.schoolId = signedIn.schoolId;
      } else if (signedIn.role === 'PROVIDER') {
        if (filter.providerId && filter.providerId !== signedIn.providerId) throw forbidden('Provider users see only their own activities');
        filter.providerId = signedIn.providerId;
      } else if (signedIn.role === 'TEACHER') {
        if ((noSuchTerm || filter.schoolId) && filter.schoolId !== signedIn.schoolId) throw forbidden('Teachers see only their own school’s timetable');
        filter.schoolId = signedIn.schoolId;
      } else if (signedIn.role === 'PARENT') {
        // A family reads the timetable of a school where it has a child (to choose activities when applying).
        if (!filter.schoolId || !(await access.relationsOf(signedIn).guardianSchoolIds()).has(filter.schoolId))
          throw forbidden('Guardians read the timetable of their children’s school (filter.schoolId or termId)');
      }
      if (noSuchTerm) return emptyPage({ first: input.first, after: input.after, listId: `activities:noSuchTerm:${filter.termId}` });
      return access.page(signedIn, 'Activity', await activities.list({ first: input.first, after: input.after, ...filter, q }));
    },

    async create(viewer: Viewer | null, input: unknown): Promise<ActivityRecord> {
      const values = parseInput(createActivitySchema, input);
      const term = await terms.get(values.termId);
      if (!term) throw badInput('termId', `Term ${values.termId} does not exist`, { reason: 'UNKNOWN_RECORD' });
      const signedIn = requireSchoolAccess(viewer, term.schoolId);
      const now = nowIso();
      const record: ActivityRecord = {
        ...values,
        id: newId('Activity'),
        version: 1,
        schoolId: term.schoolId,
        weekdayOrder: weekdayOrder(values.weekday),
        status: 'ACTIVE',
        createdAt: now,
        updatedAt: now,
      };
      assertConsistent(record);
      const steps = [...(await providerSteps(record)), ...(await staffSteps(deps.staff, undefined, record))];
      await assertNonAcademicForTraining(record);
      if (record.contractId) steps.push(contracts.dependentDelta(record.contractId, 1, record.id));
      steps.push(
        terms.dependentDelta(record.termId, 1),
        audit.entry({
          viewer: signedIn,
          action: 'CREATE',
          entityType: 'Activity',
          entityId: record.id,
          summary: summary('activity.created', {
            weekday: param.enum('Weekday', record.weekday),
            startTime: param.time(record.startTime),
            endTime: param.time(record.endTime),
            title: param.text(record.title),
          }),
          after: record,
        }),
      );
      await writeWithBookings(bookings, undefined, record, (bookingSteps) => activities.create(record, [...bookingSteps, ...steps]).then(() => undefined));
      return record;
    },

    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number): Promise<ActivityRecord> {
      const changes = definedOnly(parseInput(updateActivitySchema, input));
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      const next = { ...previous, ...changes, enrolledCount: previous.enrolledCount, version: expectedVersion + 1, updatedAt: nowIso() } as ActivityRecord;
      for (const field of ['staffName', 'providerId', 'contractId', 'staffId'] as const) if (next[field] === null) next[field] = undefined;
      next.weekdayOrder = weekdayOrder(next.weekday);
      assertConsistent(next);
      if (previous.enrolledCount > 0 && (next.weekday !== previous.weekday || next.startTime !== previous.startTime || next.endTime !== previous.endTime)) {
        // Each child's day holds the activity's time against overlaps: a roster moves only through the roster.
        throw invalidTransition(`${previous.enrolledCount} students are on the roster: take them off before moving the activity to another time`, {
          field: 'startTime',
        });
      }
      const steps: GuardedWrite[] = await staffSteps(deps.staff, previous, next);
      const contractChanged = next.contractId !== previous.contractId;
      if (next.status === 'ACTIVE' && (contractChanged || next.providerId !== previous.providerId || previous.status !== 'ACTIVE'))
        steps.push(...(await providerSteps(next)));
      if (next.category !== previous.category || next.providerId !== previous.providerId) await assertNonAcademicForTraining(next);
      if (contractChanged && previous.contractId) steps.push(contracts.dependentDelta(previous.contractId, -1, previous.id));
      if (contractChanged && next.contractId) steps.push(contracts.dependentDelta(next.contractId, 1, next.id));
      steps.push(
        audit.entry({
          viewer: signedIn,
          action: 'UPDATE',
          entityType: 'Activity',
          entityId: id,
          summary: summary('activity.updated', { title: param.text(next.title) }),
          before: previous,
          after: next,
        }),
      );
      await writeWithBookings(bookings, previous, next, (bookingSteps) =>
        activities.update(next, expectedVersion, [...bookingSteps, ...steps]).then(() => undefined),
      );
      return next;
    },

    async delete(viewer: Viewer | null, id: string): Promise<string> {
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      if (previous.enrolledCount > 0)
        throw invalidTransition(`${previous.enrolledCount} students are on the roster: take them off (or cancel the activity) first`);
      const steps: GuardedWrite[] = [
        ...(await staffSteps(deps.staff, previous, undefined)),
        terms.dependentDelta(previous.termId, -1),
        audit.entry({
          viewer: signedIn,
          action: 'DELETE',
          entityType: 'Activity',
          entityId: id,
          summary: summary('activity.deleted', { title: param.text(previous.title) }),
          before: previous,
        }),
      ];
      if (previous.contractId) steps.push(contracts.dependentDelta(previous.contractId, -1, previous.id));
      await writeWithBookings(bookings, previous, undefined, (bookingSteps) => activities.delete(previous, [...bookingSteps, ...steps]));
      return id;
    },
  };
}

export type ActivityService = ReturnType<typeof createActivityService>;
