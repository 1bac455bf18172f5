import { HeaderMap } from '@apollo/server';
import { AppError } from '../core/errors';

/**
 * The HTTP rules both hosts (the Lambda handler and the local server) apply before Apollo sees a request, in one
 * place so they answer alike: a status that says whose fault it was, and a GraphQL error body a client can read.
 */

/** Largest request body accepted: 1 MiB (the largest real operation, a CSV import page, is far below). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface PlainHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** 413 with a GraphQL error body: a client error, never a 5xx. */
export function bodyTooLarge(): PlainHttpResponse {
  return {
    status: 413,
    headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
    body: JSON.stringify({
      errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES} bytes (1 MB)`, extensions: { code: 'BAD_REQUEST', maxBytes: MAX_BODY_BYTES } }],
    }),
  };
}

/** 400 for a JSON body that does not parse, in the GraphQL error shape (Apollo's code for malformed requests). */
export function invalidJson(): PlainHttpResponse {
  return {
    status: 400,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }),
  };
}

/** Whether a body announced as JSON fails to parse (other content types are Apollo's to judge). */
export function isBrokenJson(contentType: string | undefined, body: string): boolean {
  if (!body || !(contentType ?? '').includes('json')) return false;
  try {
    JSON.parse(body);
    return false;
  } catch {
    return true;
  }
}

/**
 * The token of an `Authorization: Bearer <token>` header (RFC 6750; the scheme name is case-insensitive), undefined
 * without the header. Any other shape — a bare token, another scheme — is UNAUTHENTICATED with HTTP 401: it is a
 * client mistake worth telling, not an anonymous request. Thrown from the context function, where Apollo keeps
 * the status (`extensions.http`).
 */
export function bearerToken(authorization: string | undefined | null): string | undefined {
  if (!authorization?.trim()) return undefined;
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization);
  if (match) return match[1];
  throw new AppError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"', {
    http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) },
  });
}
