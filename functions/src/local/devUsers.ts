import { type Viewer, viewerOf } from '../auth/viewer';
import type { Services } from '../server/services';
import { DEMO_GUARDIAN_PHONES } from './seed/demoPeople';

/** A demo account of the local login page (the local stand-in for Cognito users). */
export interface DevUser {
  username: string;
  displayName: string;
  role: Viewer['role'];
  schoolId?: string;
  providerId?: string;
  staffId?: string;
  guardianId?: string;
}

export const DISTRICT_ADMIN_USER: DevUser = { username: 'district', displayName: '区教育局管理员', role: 'DISTRICT_ADMIN' };

/** Schools whose first class teacher is offered as a demo teacher (a demo district has four). */
const TEACHER_SCHOOLS = 4;

/**
 * The district admin, one school admin per school (first 100 by code), users of three approved providers, the class
 * teacher of each of the first schools' first class, the first school's duty leader and the demo guardians (parents
 * sign in by phone as well).
 */
export async function listDevUsers(services: Services): Promise<DevUser[]> {
  const page = await services.repositories.schools.list({ first: 100, filter: {}, orderBy: { field: 'CODE', direction: 'ASC' } });
  const schoolAdmins = page.items.map(({ record }) => ({
    username: `school-${record.code.toLowerCase()}`,
    displayName: `${record.name}管理员`,
    role: 'SCHOOL_ADMIN' as const,
    schoolId: record.id,
  }));
  const providers = await services.repositories.providers.list({ status: 'APPROVED', first: 3 });
  const providerUsers = providers.items.map(({ record }) => ({
    username: `provider-${record.creditCode.slice(-6).toLowerCase()}`,
    displayName: `${record.name}（机构用户）`,
    role: 'PROVIDER' as const,
    providerId: record.id,
  }));
  const teachers: DevUser[] = [];
  for (const { record: school } of page.items.slice(0, TEACHER_SCHOOLS)) {
    const classes = await services.repositories.classes.list({ schoolId: school.id, first: 1 });
    const first = classes.items[0]?.record;
    if (!first?.classTeacherId) continue;
    const teacher = await services.repositories.staff.get(first.classTeacherId);
    if (teacher?.active)
      teachers.push({
        username: `teacher-${school.code.toLowerCase()}`,
        displayName: `${teacher.name}（${school.name} ${first.name}班主任）`,
        role: 'TEACHER',
        schoolId: school.id,
        staffId: teacher.id,
      });
  }
  // The first school's duty leader (值班领导), on its duty rota every service day (seedCare.ts): writes the care log.
  const firstSchool = page.items[0]?.record;
  const leader = firstSchool
    ? (await services.repositories.staff.list({ schoolId: firstSchool.id, duty: 'DUTY_LEADER', active: true, first: 1 })).items[0]?.record
    : undefined;
  if (firstSchool && leader)
    teachers.push({
      username: `leader-${firstSchool.code.toLowerCase()}`,
      displayName: `${leader.name}（${firstSchool.name} 值班领导）`,
      role: 'TEACHER',
      schoolId: firstSchool.id,
      staffId: leader.id,
    });
  const parents: DevUser[] = [];
  for (const phone of DEMO_GUARDIAN_PHONES) {
    const guardian = await services.repositories.guardians.byPhone(phone);
    if (guardian) parents.push({ username: `parent-${phone}`, displayName: `${guardian.name}（家长，${phone}）`, role: 'PARENT', guardianId: guardian.id });
  }
  return [DISTRICT_ADMIN_USER, ...schoolAdmins, ...providerUsers, ...teachers, ...parents];
}

export function viewerOfDevUser(user: DevUser): Viewer {
  const viewer = viewerOf(`demo-${user.username}`, user.role, user);
  // listDevUsers gives every account the scope its role needs; a hand-made one without it is a programming error.
  if (!viewer) throw new Error(`The demo user ${user.username} lacks the scope its role ${user.role} needs`);
  return viewer;
}
