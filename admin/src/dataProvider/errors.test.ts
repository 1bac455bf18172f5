import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { aGraphQLError } from '../testing/builders';
import { ApiError, doubleBookingError, fieldError, fromGraphQLError, isApiError, toApiError } from './errors';

describe('fromGraphQLError', () => {
  it('maps each contract code to a translated message key and an HTTP-like status', () => {
    const cases: Array<[string, string, number]> = [
      ['NOT_FOUND', 'app.errors.NOT_FOUND', 404],
      ['FORBIDDEN', 'app.errors.FORBIDDEN', 403],
      ['UNAUTHENTICATED', 'app.errors.UNAUTHENTICATED', 401],
      ['INVALID_TRANSITION', 'app.errors.INVALID_TRANSITION', 422],
      ['RATE_LIMITED', 'app.errors.RATE_LIMITED', 429],
      ['INTERNAL_SERVER_ERROR', 'app.errors.UNKNOWN', 500],
    ];
    for (const [code, message, status] of cases) {
      const error = fromGraphQLError(aGraphQLError(code));
      expect([error.message, error.status]).toEqual([message, status]);
    }
  });

  it('puts a BAD_USER_INPUT field error where the form shows it, keeping the server detail', () => {
    const error = fromGraphQLError(aGraphQLError('BAD_USER_INPUT', 'leadershipGroup.0.name must not be empty', { field: 'leadershipGroup.0.name' }));
    expect(error.body).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'leadershipGroup.0.name',
      detail: 'leadershipGroup.0.name must not be empty',
      errors: { 'leadershipGroup.0.name': fieldError('BAD_USER_INPUT', 'leadershipGroup.0.name must not be empty') },
    });
    expect(fieldError('BAD_USER_INPUT', 'x')).toBe('@@react-admin@@{"message":"app.field_errors.BAD_USER_INPUT","args":{"detail":"x"}}');
  });

  it('tells a version conflict from a duplicate, and puts only the duplicate next to its field', () => {
    const stale = fromGraphQLError(aGraphQLError('CONFLICT', 'changed by someone else', { field: 'expectedVersion' }));
    expect(stale.code).toBe('VERSION_CONFLICT');
    expect(stale.message).toBe('app.errors.VERSION_CONFLICT');
    expect(stale.body.errors).toBeUndefined();

    const duplicate = fromGraphQLError(aGraphQLError('CONFLICT', 'code XX001 is taken', { field: 'code' }));
    expect(duplicate.code).toBe('CONFLICT');
    expect(duplicate.body.errors).toEqual({ code: fieldError('CONFLICT', 'code XX001 is taken') });
  });
});

describe('toApiError', () => {
  it('unwraps the Apollo error ra-data-graphql puts in the HttpError body', () => {
    const wrapped = new HttpError('NOT_FOUND happened', 200, { graphQLErrors: [aGraphQLError('NOT_FOUND')] });
    const error = toApiError(wrapped);
    expect(isApiError(error, 'NOT_FOUND')).toBe(true);
  });

  it('treats an HTTP 401 as UNAUTHENTICATED so the session ends', () => {
    const error = toApiError(new HttpError('Unauthorized', 401));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
  });

  it('passes other failures through untouched', () => {
    const offline = new HttpError('Failed to fetch', 0);
    expect(toApiError(offline)).toBe(offline);
  });
});

describe('fromGraphQLError for the domain core', () => {
  it('names the other activity next to the venue on a double booking', () => {
    const error = fromGraphQLError(
      aGraphQLError('CONFLICT', 'Venue 操场 is already booked on WEDNESDAY 15:30–16:30 by “足球社团” (act_9)', {
        field: 'venue',
        conflictingActivityId: 'act_9',
        conflictingActivityTitle: '足球社团',
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.body).toMatchObject({ field: 'venue', conflictingActivityId: 'act_9', conflictingActivityTitle: '足球社团' });
    expect(error.body.errors).toEqual({ venue: doubleBookingError('venue', '足球社团') });
    expect(doubleBookingError('staffName', 'x')).toContain('app.field_errors.DOUBLE_BOOKED.staffName');
  });

  it('puts a refused state change that names its field next to that field', () => {
    const error = fromGraphQLError(aGraphQLError('INVALID_TRANSITION', 'The contract is SIGNED, not ACTIVE', { field: 'contractId' }));
    expect(error.body.errors).toEqual({ contractId: fieldError('INVALID_TRANSITION', 'The contract is SIGNED, not ACTIVE') });
  });

  it('keeps the exit case in the way when a provider already has one', () => {
    const error = fromGraphQLError(aGraphQLError('CONFLICT', 'Provider already has an exit case in progress', { existingExitId: 'pex_1' }));
    expect(error.body.existingExitId).toBe('pex_1');
    expect(error.body.errors).toBeUndefined();
  });
});
