import { badInput } from '../core/errors';
import type { ActivityRecord } from '../activities/activityEntity';
import type { SchoolRecord } from '../schools/schoolEntity';

/** Left-behind and hardship children are offered places first (篇三: 优先保障留守儿童): 2, 1 or 0. */
export const priorityOf = (student: { leftBehind?: boolean; hardship?: boolean }) => (student.leftBehind ? 1 : 0) + (student.hardship ? 1 : 0);

/** The queue's sort key part: higher priority sorts first in an ascending Query. */
export const rankOf = (priority: number) => String(9 - priority);

/** The pickup times the school offers the child's grade (篇一: grades 1–2 at 16:00/17:00/17:30, 3–6 at 17:00/17:30). */
export const pickupTimesFor = (school: Pick<SchoolRecord, 'pickupSlots'>, grade: number) =>
  school.pickupSlots.filter((slot) => slot.grades.includes(grade)).flatMap((slot) => slot.times);

/** BAD_USER_INPUT unless `pickupSlot` is one of the school's times for the grade. */
export function assertPickupSlot(school: Pick<SchoolRecord, 'pickupSlots' | 'name'>, grade: number, pickupSlot: string) {
  const times = pickupTimesFor(school, grade);
  if (times.length === 0) throw badInput('pickupSlot', `${school.name} has no pickup slots for grade ${grade} yet: ask the school`);
  if (!times.includes(pickupSlot))
    throw badInput('pickupSlot', `Grade ${grade} leaves at ${times.join(', ')}; ${pickupSlot} is not one of them`, { allowed: times });
}

/** BAD_USER_INPUT unless every wished activity is an active one of the school's term, for the grade, on a chosen day. */
export function assertWishes(
  wishes: (ActivityRecord | undefined)[],
  ids: string[],
  context: { schoolId: string; termId: string; grade: number; days: string[] },
) {
  wishes.forEach((activity, index) => {
    const field = `activityIds.${index}`;
    if (!activity || activity.schoolId !== context.schoolId || activity.termId !== context.termId)
      throw badInput(field, `Activity ${ids[index]} is not on this school’s timetable for the term`);
    if (activity.status !== 'ACTIVE') throw badInput(field, `${activity.title} is cancelled`);
    if (!activity.grades.includes(context.grade)) throw badInput(field, `${activity.title} is not for grade ${context.grade}`);
    if (!context.days.includes(activity.weekday)) throw badInput(field, `${activity.title} is on ${activity.weekday}, a day not applied for`);
  });
}
