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
    expect(viewerFromClaims({ sub: 'u', 'cognito:groups': 'TEACHER' })).toBeNull();
    expect(viewerFromClaims(undefined)).toBeNull();
  });

  it('round-trips through claimsOf', () => {
    const viewer = { sub: 'u4', role: 'SCHOOL_ADMIN' as const, schoolId: 'sch_z', providerId: undefined };
    expect(viewerFromClaims(claimsOf(viewer))).toEqual(viewer);
  });
});
