import type { ActivityRecord } from '../../activities/activityEntity';
import type { Viewer } from '../../auth/viewer';
import { allRecords } from '../../db/allRecords';
import type { StaffMemberRecord } from '../../people/staffEntity';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { Services } from '../../server/services';
import type { TermRecord } from '../../terms/termEntity';

/**
 * The person in charge (负责人, `Activity.staffId`) of each staff-run demo activity, from the school's staff: homework
 * help by the first class's class teacher (the demo teacher `npm start` prints and the sign-in page offers, so they
 * have a session on every service day), the clubs by the school's teachers in turn, late care by the duty leader.
 * Roll calls then carry the person in charge, so stipend sheets list the teachers. Through the activity service, so
 * its staff and overlap rules apply; idempotent (an activity with a person in charge, or a provider's, is left alone).
 * Runs after the people (the staff are bulk-loaded there) and before the care history (its roll calls).
 */
export async function seedPeopleInCharge(
  services: Services,
  seeder: Viewer,
  schools: Map<string, { school: SchoolRecord; term: TermRecord }>,
  progress: (line: string) => void,
) {
  const { repositories } = services;
  let assigned = 0;
  for (const { school, term } of schools.values()) {
    const open = (await allRecords((after) => repositories.activities.list({ schoolId: school.id, termId: term.id, first: 100, after }))).filter(
      (activity) => activity.status === 'ACTIVE' && !activity.providerId && !activity.staffId,
    );
    if (open.length === 0) continue;
    const staffWith = async (duty: 'TEACHER' | 'DUTY_LEADER') =>
      (await allRecords((after) => repositories.staff.list({ schoolId: school.id, duty, active: true, first: 100, after }))).filter(
        (member) => member.active && member.schoolId === school.id,
      );
    // The same first class `listDevUsers` (devUsers.ts) takes its demo teacher from.
    const firstClass = (await repositories.classes.list({ schoolId: school.id, first: 1 })).items[0]?.record;
    const classTeacher = firstClass?.classTeacherId ? await repositories.staff.get(firstClass.classTeacherId) : undefined;
    const teachers = await staffWith('TEACHER');
    const clubTeachers = teachers.filter((member) => member.duties.length === 1);
    const [leader] = await staffWith('DUTY_LEADER');
    const weekdays = [...new Set(open.map((activity) => activity.weekday))];
    const personFor = (activity: ActivityRecord): StaffMemberRecord | undefined => {
      if (activity.category === 'HOMEWORK') return classTeacher?.active ? classTeacher : undefined;
      if (activity.category === 'LATE_CARE') return leader;
      const pool = clubTeachers.length > 0 ? clubTeachers : teachers;
      return pool[weekdays.indexOf(activity.weekday) % pool.length];
    };
    for (const activity of open) {
      const person = personFor(activity);
      if (!person) continue;
      await services.activities.update(seeder, activity.id, { staffId: person.id, staffName: person.name }, activity.version);
      assigned++;
    }
  }
  progress(`people in charge: ${assigned} staff-run activities given a teacher of their school`);
}
