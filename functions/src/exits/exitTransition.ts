import type { RecordAccess } from '../access/recordAccess';
import { requireRole } from '../auth/access';
import { zhOf } from '../core/labels';
import type { Viewer } from '../auth/viewer';
import type { AuditRepository } from '../audit/auditRepository';
import { localDate, nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import type { ActivityRecord } from '../activities/activityEntity';
import type { ActivityRepository } from '../activities/activityRepository';
import type { BookingRepository } from '../activities/bookingRepository';
import { writeWithBookings } from '../activities/timetableWrites';
import type { ContractRepository } from '../contracts/contractRepository';
import { effectiveStatus } from '../contracts/contractService';
import type { GuardedWrite } from '../db/transactions';
import type { ProviderRepository } from '../providers/providerRepository';
import type { TermRepository } from '../terms/termRepository';
import type { AffectedActivityRecord, ProviderExitRecord } from './exitEntity';
import type { ExitRepository } from './exitRepository';

export interface TransitionDeps {
  exits: ExitRepository;
  activities: ActivityRepository;
  bookings: BookingRepository;
  contracts: ContractRepository;
  providers: ProviderRepository;
  terms: TermRepository;
  audit: AuditRepository;
  access: RecordAccess;
}

/** The provider's ACTIVE activities in terms that have not ended: what the transition must resolve. */
export async function collectAffected(deps: Pick<TransitionDeps, 'activities' | 'terms'>, providerId: string): Promise<AffectedActivityRecord[]> {
  const rows: ActivityRecord[] = [];
  let after: string | null = null;
  do {
    const page = await deps.activities.list({ providerId, status: 'ACTIVE', first: 100, after });
    rows.push(...page.items.map((item) => item.record));
    after = page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null;
  } while (after);
  const termIds = [...new Set(rows.map((row) => row.termId))];
  const terms = await deps.terms.getMany(termIds);
  const today = localDate();
  const current = new Set(terms.filter((term) => term && term.endDate >= today).map((term) => term!.id));
  return rows
    .filter((row) => current.has(row.termId))
    .map((row) => ({
      activityId: row.id,
      schoolId: row.schoolId,
      title: row.title,
      weekday: row.weekday,
      startTime: row.startTime,
      endTime: row.endTime,
      grades: row.grades,
      enrolledCount: row.enrolledCount,
      resolution: 'UNRESOLVED' as const,
    }));
}

interface Reassignment {
  toProviderId?: string | null;
  toContractId?: string | null;
  toStaffName?: string | null;
}

/**
 * Reassigns or cancels one affected activity. The activity change, its bookings, the contracts' counters and the
 * case's record of the resolution are ONE transaction: the case can never claim a resolution that did not happen.
 */
export async function resolveActivity(
  deps: TransitionDeps,
  viewer: Viewer | null,
  exitId: string,
  activityId: string,
  change: Reassignment | 'CANCEL',
  /** The case's version the caller read (workflow convention: optional; CONFLICT when the case moved on). */
  expectedVersion?: number | null,
) {
  const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
  const exit = await deps.exits.get(exitId);
  if (!exit) throw notFound('ProviderExit', exitId);
  // Access first, state second: a school admin learns nothing about a case or an activity that is not theirs.
  await deps.access.require(signedIn, 'ProviderExit', exit);
  const activity = await deps.activities.get(activityId);
  if (!activity) throw notFound('Activity', activityId);
  if (signedIn.role !== 'DISTRICT_ADMIN' && activity.schoolId !== signedIn.schoolId)
    throw forbidden('School admins resolve only their own school’s activities');
  if (exit.status !== 'APPROVED') throw invalidTransition(`Activities are resolved while the case is APPROVED; this one is ${exit.status}`);
  const index = exit.affectedActivities.findIndex((a) => a.activityId === activityId);
  if (index < 0) throw badInput('activityId', 'This activity is not affected by the exit case');
  if (exit.affectedActivities[index].resolution !== 'UNRESOLVED' || activity.providerId !== exit.providerId) {
    throw invalidTransition('This activity was already resolved');
  }

  const now = nowIso();
  const next: ActivityRecord = { ...activity, version: activity.version + 1, updatedAt: now };
  const steps: GuardedWrite[] = [];
  let resolved: AffectedActivityRecord;
  if (change === 'CANCEL') {
    next.status = 'CANCELLED';
    resolved = { ...exit.affectedActivities[index], resolution: 'CANCELLED' };
  } else if (change.toContractId) {
    const contract = await deps.contracts.get(change.toContractId);
    if (!contract || !(await deps.access.view(signedIn, 'Contract', contract)))
      throw badInput('toContractId', `Contract ${change.toContractId} does not exist`);
    if (change.toProviderId && change.toProviderId !== contract.providerId) throw badInput('toProviderId', 'The contract belongs to another provider');
    if (contract.providerId === exit.providerId) throw badInput('toContractId', 'Choose another provider than the one leaving');
    if (contract.schoolId !== activity.schoolId || contract.termId !== activity.termId)
      throw invalidTransition('The contract does not cover this school and term', { field: 'toContractId' });
    if (effectiveStatus(contract) !== 'ACTIVE') throw invalidTransition(`The contract is ${effectiveStatus(contract)}, not ACTIVE`, { field: 'toContractId' });
    Object.assign(next, { providerId: contract.providerId, contractId: contract.id, staffName: change.toStaffName?.trim() || undefined });
    steps.push(deps.providers.statusCheck(contract.providerId, ['APPROVED']), deps.contracts.dependentDelta(contract.id, 1, activity.id));
    resolved = {
      ...exit.affectedActivities[index],
      resolution: 'REASSIGNED',
      toProviderId: contract.providerId,
      toContractId: contract.id,
      toStaffName: next.staffName,
    };
  } else if (change.toStaffName?.trim()) {
    if (change.toProviderId) throw badInput('toContractId', 'Reassigning to a provider needs its ACTIVE contract (toContractId)');
    Object.assign(next, { providerId: undefined, contractId: undefined, staffName: change.toStaffName.trim() });
    resolved = { ...exit.affectedActivities[index], resolution: 'REASSIGNED', toStaffName: next.staffName };
  } else {
    throw badInput('toStaffName', 'Give toContractId (another provider) or toStaffName (school staff)');
  }
  // A contract counts the activities that reference it; a cancelled activity still does (it keeps its history).
  if (change !== 'CANCEL' && activity.contractId) steps.push(deps.contracts.dependentDelta(activity.contractId, -1, activity.id));

  const nextExit: ProviderExitRecord = {
    ...exit,
    affectedActivities: exit.affectedActivities.map((a, i) => (i === index ? resolved : a)),
    version: exit.version + 1,
    updatedAt: now,
  };
  steps.push(
    // Conditional on the version read here, or on the caller's: a stale expectedVersion fails the whole transaction.
    deps.exits.step(nextExit, 'APPROVED', expectedVersion ?? exit.version),
    deps.audit.entry({
      viewer: signedIn,
      action: change === 'CANCEL' ? 'CANCEL' : 'REASSIGN',
      entityType: 'Activity',
      entityId: activity.id,
      summary: `有序退出：${zhOf(resolved.resolution)}`,
      before: activity,
      after: next,
    }),
    deps.audit.entry({
      viewer: signedIn,
      action: change === 'CANCEL' ? 'ACTIVITY_CANCELLED' : 'ACTIVITY_REASSIGNED',
      entityType: 'ProviderExit',
      entityId: exit.id,
      relatedId: activity.id,
      summary: `${activity.title}：${zhOf(resolved.resolution)}`,
      after: resolved,
    }),
  );
  await writeWithBookings(deps.bookings, activity, next, (bookingSteps) =>
    deps.activities.update(next, activity.version, [...bookingSteps, ...steps]).then(() => undefined),
  );
  return deps.access.require(signedIn, 'ProviderExit', nextExit);
}
