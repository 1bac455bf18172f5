import { badInput } from '../core/errors';
import type { GuardedWrite } from '../db/transactions';
import type { StaffRepository } from '../people/staffRepository';
import type { ActivityRecord } from './activityEntity';

/**
 * The person in charge as a staff member (`Activity.staffId`): the member must be an active member of the activity's
 * school (proved by the transaction), `staffName` shows their name unless one is given, and a link item lets the
 * TEACHER find the activities they run. Returns the transaction steps that move the counts and links.
 */
export async function staffSteps(staff: StaffRepository, previous: ActivityRecord | undefined, next: ActivityRecord | undefined): Promise<GuardedWrite[]> {
  if (next?.staffId && next.staffId !== previous?.staffId) {
    const member = await staff.get(next.staffId);
    if (!member || member.schoolId !== next.schoolId) throw badInput('staffId', 'Not a staff member of this school');
    if (!member.active) throw badInput('staffId', `${member.name} is no longer active`);
    if (!next.staffName || next.staffName === previous?.staffName) next.staffName = member.name;
  }
  const before = previous?.staffId ? { staffId: previous.staffId, termId: previous.termId, activityId: previous.id, schoolId: previous.schoolId } : undefined;
  const after = next?.staffId ? { staffId: next.staffId, termId: next.termId, activityId: next.id, schoolId: next.schoolId } : undefined;
  if (before?.staffId === after?.staffId) return [];
  return [
    ...(before ? [staff.dependentDelta(before.staffId, -1), staff.activityLink(before, false)] : []),
    ...(after ? [staff.dependentDelta(after.staffId, 1, after.schoolId), staff.activityLink(after, true)] : []),
  ];
}
