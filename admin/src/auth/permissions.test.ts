import { describe, expect, it } from 'vitest';
import { allowedContractActions } from '../contracts/contractActions';
import { allowedExitActions, canResolveActivity } from '../exits/exitActions';
import { allowedProviderActions } from '../providers/providerActions';
import { allowedSurveyActions } from '../surveys/surveyActions';
import { canAccess, isReadOnlyField } from './permissions';

describe('canAccess', () => {
  it('lets the district do everything with schools and terms, and edit the policy', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete']) {
      expect(canAccess('DISTRICT_ADMIN', action, 'schools')).toBe(true);
      expect(canAccess('DISTRICT_ADMIN', action, 'terms')).toBe(true);
    }
    expect(canAccess('DISTRICT_ADMIN', 'edit', 'districtPolicy')).toBe(true);
  });

  it('keeps school admins from creating or deleting schools and from editing the policy', () => {
    expect(canAccess('SCHOOL_ADMIN', 'list', 'schools')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'edit', 'schools')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'create', 'schools')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'delete', 'schools')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'create', 'terms')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'copyToAllSchools', 'terms')).toBe(false);
    expect(canAccess('DISTRICT_ADMIN', 'copyToAllSchools', 'terms')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'edit', 'districtPolicy')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'show', 'districtPolicy')).toBe(true);
  });

  it('shows providers neither schools nor terms, and nobody anything when signed out', () => {
    expect(canAccess('PROVIDER', 'list', 'schools')).toBe(false);
    expect(canAccess('PROVIDER', 'list', 'terms')).toBe(false);
    expect(canAccess(undefined, 'list', 'schools')).toBe(false);
  });

  it('keeps the school code read-only for school admins', () => {
    expect(isReadOnlyField('SCHOOL_ADMIN', 'schools', 'code')).toBe(true);
    expect(isReadOnlyField('DISTRICT_ADMIN', 'schools', 'code')).toBe(false);
  });
});

describe('canAccess for the domain core', () => {
  it('lets school admins run their timetable and contracts, read approved providers and propose exits', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete']) expect(canAccess('SCHOOL_ADMIN', action, 'activities')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'show', 'timetable')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'show', 'compliance')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'list', 'providers')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'edit', 'providers')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'review', 'providers')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'openExit', 'providers')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'sign', 'contracts')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'create', 'providerExits')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'decide', 'providerExits')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'complete', 'providerExits')).toBe(false);
    expect(canAccess('SCHOOL_ADMIN', 'resolve', 'providerExits')).toBe(true);
  });

  it('lets only the district review providers and decide and complete exits', () => {
    for (const action of ['review', 'suspend', 'reinstate', 'create', 'delete']) expect(canAccess('DISTRICT_ADMIN', action, 'providers')).toBe(true);
    expect(canAccess('DISTRICT_ADMIN', 'decide', 'providerExits')).toBe(true);
    expect(canAccess('DISTRICT_ADMIN', 'complete', 'providerExits')).toBe(true);
  });

  it('keeps evaluations append-only for everyone', () => {
    for (const role of ['DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'PROVIDER'] as const) {
      expect(canAccess(role, 'edit', 'evaluations')).toBe(false);
      expect(canAccess(role, 'delete', 'evaluations')).toBe(false);
    }
    expect(canAccess('SCHOOL_ADMIN', 'correct', 'evaluations')).toBe(true);
  });

  it('gives provider users their own record, documents and read-only contracts and evaluations', () => {
    expect(canAccess('PROVIDER', 'edit', 'providers')).toBe(true);
    expect(canAccess('PROVIDER', 'uploadDocument', 'providers')).toBe(true);
    expect(canAccess('PROVIDER', 'create', 'providers')).toBe(false);
    expect(canAccess('PROVIDER', 'review', 'providers')).toBe(false);
    expect(canAccess('PROVIDER', 'list', 'contracts')).toBe(true);
    expect(canAccess('PROVIDER', 'sign', 'contracts')).toBe(false);
    expect(canAccess('PROVIDER', 'list', 'evaluations')).toBe(true);
    expect(canAccess('PROVIDER', 'create', 'evaluations')).toBe(false);
    expect(canAccess('PROVIDER', 'list', 'activities')).toBe(false);
    expect(canAccess('PROVIDER', 'list', 'providerExits')).toBe(false);
    expect(canAccess('PROVIDER', 'show', 'timetable')).toBe(false);
  });

  it('keeps a provider’s legal identity for the district to change', () => {
    expect(isReadOnlyField('PROVIDER', 'providers', 'creditCode')).toBe(true);
    expect(isReadOnlyField('PROVIDER', 'providers', 'contactPhone')).toBe(false);
    expect(isReadOnlyField('DISTRICT_ADMIN', 'providers', 'creditCode')).toBe(false);
  });
});

describe('workflow buttons by status and role', () => {
  it('offers the admission steps the status allows, to the roles that may take them', () => {
    expect(allowedProviderActions('APPLIED', 'DISTRICT_ADMIN')).toEqual(['submitForReview', 'edit', 'delete']);
    expect(allowedProviderActions('UNDER_REVIEW', 'DISTRICT_ADMIN')).toEqual(['review', 'edit']);
    expect(allowedProviderActions('APPROVED', 'DISTRICT_ADMIN')).toEqual(['suspend', 'openExit', 'edit']);
    expect(allowedProviderActions('SUSPENDED', 'DISTRICT_ADMIN')).toEqual(['reinstate', 'openExit', 'edit']);
    expect(allowedProviderActions('EXITING', 'DISTRICT_ADMIN')).toEqual([]);
    expect(allowedProviderActions('APPROVED', 'SCHOOL_ADMIN')).toEqual(['openExit']);
    expect(allowedProviderActions('UNDER_REVIEW', 'SCHOOL_ADMIN')).toEqual([]);
  });

  it('lets a provider user submit and edit only its own provider', () => {
    expect(allowedProviderActions('APPLIED', 'PROVIDER', { own: true })).toEqual(['submitForReview', 'edit']);
    expect(allowedProviderActions('APPLIED', 'PROVIDER', { own: false })).toEqual([]);
    expect(allowedProviderActions('APPROVED', 'PROVIDER', { own: true })).toEqual(['edit']);
  });

  it('follows the contract lifecycle', () => {
    expect(allowedContractActions('DRAFT', 'SCHOOL_ADMIN')).toEqual(['edit', 'delete', 'sign']);
    expect(allowedContractActions('SIGNED', 'SCHOOL_ADMIN')).toEqual(['activate', 'terminate']);
    expect(allowedContractActions('ACTIVE', 'DISTRICT_ADMIN')).toEqual(['terminate']);
    expect(allowedContractActions('TERMINATED', 'DISTRICT_ADMIN')).toEqual([]);
    expect(allowedContractActions('DRAFT', 'PROVIDER')).toEqual([]);
  });

  it('lets only the district decide and complete an exit, and school admins resolve their own school’s activities', () => {
    expect(allowedExitActions('OPEN', 'DISTRICT_ADMIN')).toEqual(['decide']);
    expect(allowedExitActions('OPEN', 'SCHOOL_ADMIN')).toEqual([]);
    expect(allowedExitActions('APPROVED', 'DISTRICT_ADMIN')).toEqual(['resolve', 'complete']);
    expect(allowedExitActions('APPROVED', 'SCHOOL_ADMIN')).toEqual(['resolve']);
    expect(allowedExitActions('COMPLETED', 'DISTRICT_ADMIN')).toEqual([]);
    const open = { resolution: 'UNRESOLVED' as const, schoolId: 'sch_1' };
    expect(canResolveActivity('APPROVED', open, { role: 'SCHOOL_ADMIN', schoolId: 'sch_1' })).toBe(true);
    expect(canResolveActivity('APPROVED', open, { role: 'SCHOOL_ADMIN', schoolId: 'sch_2' })).toBe(false);
    expect(canResolveActivity('APPROVED', { ...open, resolution: 'CANCELLED' }, { role: 'DISTRICT_ADMIN' })).toBe(false);
    expect(canResolveActivity('OPEN', open, { role: 'DISTRICT_ADMIN' })).toBe(false);
  });

  it('builds and publishes surveys while DRAFT, closes them while OPEN, shows results once published', () => {
    expect(allowedSurveyActions('DRAFT', 'DISTRICT_ADMIN')).toEqual(['edit', 'delete', 'publish']);
    expect(allowedSurveyActions('OPEN', 'SCHOOL_ADMIN')).toEqual(['close', 'results']);
    expect(allowedSurveyActions('CLOSED', 'DISTRICT_ADMIN')).toEqual(['results']);
    expect(allowedSurveyActions('OPEN', 'PROVIDER')).toEqual([]);
    expect(canAccess('PROVIDER', 'list', 'surveys')).toBe(false);
  });
});
