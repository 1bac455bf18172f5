import { QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiErrorCode } from './errors';

/**
 * Answers that asking again cannot change: the request itself was refused (not allowed, not there, bad input, a
 * conflict, a step the state forbids). Retrying them only keeps a page blank for seconds before it says why.
 */
const finalCodes = new Set<ApiErrorCode>(['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'VERSION_CONFLICT', 'INVALID_TRANSITION']);

const MAX_RETRIES = 2;

/** Whether a failed read is worth another try: network failures and server errors are, refusals are not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && finalCodes.has(error.code)) return false;
  return failureCount < MAX_RETRIES;
}

/** The console's react-query client: react-admin's defaults, with refusals never retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: shouldRetry } } });
}
