import { describe, expect, it } from 'vitest';
import { claimsOf, parseGroups, viewerFromClaims } from './viewer';

describe('parseGroups', () => {
  it('reads every shape cognito:groups arrives in', () => {
    expect(parseGroups(['SCHOOL_ADMIN'])).toEqual(['SCHOOL_ADMIN']);
    expect(parseGroups('[DISTRICT_ADMIN SCHOOL_ADMIN]')).toEqual(['DISTRICT_ADMIN', 'SCHOOL_ADMIN']);
    expect(parseGroups('PROVIDER,SCHOOL_ADMIN')).toEqual(['PROVIDER', 'SCHOOL_ADMIN']);
    expect(parseGroups('PROVIDER')).toEqual(['PROVIDER']);
    expect(parseGroups(undefined)).toEqual([]);
  });
});

describe('viewerFromClaims', () => {
  it('builds the viewer in Cognito claim shape, strongest group first', () => {
    expect(viewerFromClaims({ sub: 'u1', 'cognito:groups': '[SCHOOL_ADMIN DISTRICT_ADMIN]', 'custom:schoolId': 'sch_a' })).toEqual({
      sub: 'u1',
      role: 'DISTRICT_ADMIN',
      schoolId: undefined,
      providerId: undefined,
    });
    expect(viewerFromClaims({ sub: 'u2', 'cognito:groups': ['SCHOOL_ADMIN'], 'custom:schoolId': 'sch_a' })).toMatchObject({
      role: 'SCHOOL_ADMIN',
      schoolId: 'sch_a',
    });
    expect(viewerFromClaims({ sub: 'u3', 'cognito:groups': 'PROVIDER', 'custom:providerId': 'prv_b' })).toMatchObject({
      role: 'PROVIDER',
      providerId: 'prv_b',
    });
  });

  it('gives no viewer without a subject or a known group', () => {
    expect(viewerFromClaims({ 'cognito:groups': 'DISTRICT_ADMIN' })).toBeNull();
    expect(viewerFromClaims({ sub: 'u', 'cognito:groups': 'JANITOR' })).toBeNull();
    expect(viewerFromClaims(undefined)).toBeNull();
  });

  it('reads the staff member of a TEACHER and the guardian of a PARENT, and no scope of another role', () => {
    expect(
      viewerFromClaims({ sub: 't', 'cognito:groups': ['TEACHER'], 'custom:schoolId': 'sch_a', 'custom:staffId': 'stf_a', 'custom:guardianId': 'gdn_x' }),
    ).toEqual({
      sub: 't',
      role: 'TEACHER',
      schoolId: 'sch_a',
      staffId: 'stf_a',
    });
    expect(
      viewerFromClaims({ sub: 'p', 'cognito:groups': 'PARENT', 'custom:guardianId': 'gdn_a', 'custom:schoolId': 'sch_a', 'custom:staffId': 'stf_a' }),
    ).toEqual({
      sub: 'p',
      role: 'PARENT',
      guardianId: 'gdn_a',
    });
    // A staff group always wins over PARENT: a parent who is also a teacher signs in with their staff role.
    expect(viewerFromClaims({ sub: 'b', 'cognito:groups': '[PARENT TEACHER]', 'custom:staffId': 'stf_b', 'custom:schoolId': 'sch_b' })).toMatchObject({
      role: 'TEACHER',
    });
  });

  it('gives no viewer when the role lacks the scope it needs, so the token is refused', () => {
    expect(viewerFromClaims({ sub: 'a', 'cognito:groups': ['SCHOOL_ADMIN'] })).toBeNull();
    expect(viewerFromClaims({ sub: 'a', 'cognito:groups': ['SCHOOL_ADMIN'], 'custom:schoolId': '' })).toBeNull();
    // A school claim does not make a school admin of a teacher without their staff member, nor of a provider.
    expect(viewerFromClaims({ sub: 't', 'cognito:groups': ['TEACHER'], 'custom:schoolId': 'sch_a' })).toBeNull();
    expect(viewerFromClaims({ sub: 't', 'cognito:groups': ['TEACHER'], 'custom:staffId': 'stf_a' })).toBeNull();
    expect(viewerFromClaims({ sub: 'v', 'cognito:groups': 'PROVIDER', 'custom:schoolId': 'sch_a' })).toBeNull();
    expect(viewerFromClaims({ sub: 'p', 'cognito:groups': 'PARENT', 'custom:guardianId': 42 })).toBeNull();
    // The strongest group decides the scope needed: a district admin needs none.
    expect(viewerFromClaims({ sub: 'd', 'cognito:groups': '[SCHOOL_ADMIN DISTRICT_ADMIN]' })).toEqual({ sub: 'd', role: 'DISTRICT_ADMIN' });
  });

  it('round-trips through claimsOf', () => {
    const viewer = { sub: 'u4', role: 'SCHOOL_ADMIN' as const, schoolId: 'sch_z', providerId: undefined };
    expect(viewerFromClaims(claimsOf(viewer))).toEqual(viewer);
    const teacher = { sub: 'u5', role: 'TEACHER' as const, schoolId: 'sch_z', staffId: 'stf_z' };
    expect(viewerFromClaims(claimsOf(teacher))).toEqual(teacher);
    const parent = { sub: 'u6', role: 'PARENT' as const, guardianId: 'gdn_z' };
    expect(viewerFromClaims(claimsOf(parent))).toEqual(parent);
  });
});
