import type { ActivityRecord } from '../../activities/activityEntity';
import { bookingItem, overlaps, studentDayKey, type Booking } from '../../activities/bookingRepository';
import type { EnrolmentApplicationRecord } from '../../enrolment/applicationEntity';
import type { PeopleEntities, Put } from './peopleItems';

/**
 * Rosters filled from the approved applications, in queue order (left-behind and hardship children first): each
 * child takes the activities of their grade on the days applied for, late care only if wanted, while seats last and
 * without overlaps — the same rules `assignToActivity` enforces.
 */
export function placeOnRosters(put: Put, approved: EnrolmentApplicationRecord[], activities: ActivityRecord[], entities: PeopleEntities, now: string) {
  const seats = new Map<string, number>();
  const queue = [...approved].sort((a, b) => b.priority - a.priority || a.submittedAt.localeCompare(b.submittedAt));
  for (const application of queue) {
    for (const weekday of application.days) {
      const day: Record<string, Booking> = {};
      const candidates = activities
        .filter((a) => a.weekday === weekday && a.grades.includes(application.grade) && (application.lateCare || a.category !== 'LATE_CARE'))
        .sort((a, b) => a.startTime.localeCompare(b.startTime));
      for (const activity of candidates) {
        const wanted = { start: activity.startTime, end: activity.endTime, title: activity.title };
        if ((seats.get(activity.id) ?? 0) >= activity.capacity || Object.values(day).some((booking) => overlaps(booking, wanted))) continue;
        seats.set(activity.id, (seats.get(activity.id) ?? 0) + 1);
        day[activity.id] = wanted;
        application.rosterCount = (application.rosterCount ?? 0) + 1;
        put(entities.roster, {
          activityId: activity.id,
          studentId: application.studentId,
          applicationId: application.id,
          schoolId: application.schoolId,
          classId: application.classId,
          termId: application.termId,
          weekday,
          weekdayOrder: activity.weekdayOrder,
          startTime: activity.startTime,
          endTime: activity.endTime,
          assignedAt: now,
          assignedBy: 'seed',
        });
      }
      if (Object.keys(day).length > 0) entities.raw(bookingItem(studentDayKey(application.termId, weekday, application.studentId), day));
    }
  }
  return seats;
}
