import { describe, expect, it } from 'vitest';
import { aGraphQLError } from '../testing/builders';
import { fromGraphQLError } from './errors';
import { shouldRetry } from './retryPolicy';

describe('retries', () => {
  it('never retries a refusal: the answer would be the same, and the page would stay blank meanwhile', () => {
    for (const code of ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'CONFLICT', 'INVALID_TRANSITION']) {
      expect(shouldRetry(0, fromGraphQLError(aGraphQLError(code))), code).toBe(false);
    }
  });

  it('retries network failures and server errors twice', () => {
    const serverError = fromGraphQLError(aGraphQLError('INTERNAL_SERVER_ERROR'));
    expect([0, 1, 2].map((count) => shouldRetry(count, serverError))).toEqual([true, true, false]);
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
  });
});
