import type { Viewer } from '../auth/viewer';
import type { Services } from '../server/services';

/** A demo account of the local login page (the local stand-in for Cognito users). */
export interface DevUser {
  username: string;
  displayName: string;
  role: Viewer['role'];
  schoolId?: string;
  providerId?: string;
}

export const DISTRICT_ADMIN_USER: DevUser = { username: 'district', displayName: '区教育局管理员', role: 'DISTRICT_ADMIN' };

/** The district admin, one school admin per school (first 100 by code) and users of three approved providers. */
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
  return [DISTRICT_ADMIN_USER, ...schoolAdmins, ...providerUsers];
}

export function viewerOfDevUser(user: DevUser): Viewer {
  return { sub: `demo-${user.username}`, role: user.role, schoolId: user.schoolId, providerId: user.providerId };
}
