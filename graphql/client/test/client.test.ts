import { describe, expect, it } from 'vitest';
import {
  BadUserInputError,
  ConflictError,
  createClient,
  errorCodes,
  ForbiddenError,
  InvalidTransitionError,
  KehouError,
  NetworkError,
  NotFoundError,
  PublicSurveyDocument,
  RateLimitedError,
  SchoolsDocument,
  ServerError,
  UnauthenticatedError,
  ViewerDocument,
} from '../src';
import { fakeFetch } from './fakeApi';

const url = 'https://api.example.edu.cn/graphql';

describe('createClient', () => {
  it('posts the operation with its name and variables, and returns data', async () => {
    const api = fakeFetch(() => ({ json: { data: { viewer: { sub: 'u1', role: 'DISTRICT_ADMIN', schoolId: null, providerId: null } } } }));
    const client = createClient({ url, token: 'abc', fetch: api.impl });
    const { viewer } = await client.request(ViewerDocument);
    expect(viewer?.role).toBe('DISTRICT_ADMIN');
    expect(api.calls[0].body.operationName).toBe('Viewer');
    expect(api.calls[0].body.query).toContain('query Viewer');
    expect(api.calls[0].headers.get('authorization')).toBe('Bearer abc');
    expect(api.calls[0].headers.get('content-type')).toBe('application/json');
  });

  it('asks a token function before every request and sends no Authorization header without a token', async () => {
    const api = fakeFetch(() => ({ json: { data: { publicSurvey: null } } }));
    let token: string | null = 't1';
    const client = createClient({ url, token: async () => token, fetch: api.impl });
    await client.request(PublicSurveyDocument, { accessCode: 'x' });
    token = 't2';
    await client.request(PublicSurveyDocument, { accessCode: 'x' });
    token = null;
    await client.request(PublicSurveyDocument, { accessCode: 'x' });
    expect(api.calls.map((call) => call.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2', null]);
    expect(api.calls[0].body.variables).toEqual({ accessCode: 'x' });
  });

  it('throws one class per code of the contract, with the field and extensions', async () => {
    const expected = {
      BAD_USER_INPUT: BadUserInputError,
      NOT_FOUND: NotFoundError,
      CONFLICT: ConflictError,
      INVALID_TRANSITION: InvalidTransitionError,
      FORBIDDEN: ForbiddenError,
      UNAUTHENTICATED: UnauthenticatedError,
      RATE_LIMITED: RateLimitedError,
    };
    expect(Object.keys(expected).sort()).toEqual([...errorCodes].sort());
    for (const code of errorCodes) {
      const api = fakeFetch(() => ({
        json: { data: null, errors: [{ message: `${code} happened`, path: ['schools'], extensions: { code, field: 'first', extra: 1 } }] },
      }));
      const error = await createClient({ url, fetch: api.impl })
        .request(SchoolsDocument, {})
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(expected[code]);
      expect(error).toBeInstanceOf(KehouError);
      expect(error).toMatchObject({
        code,
        message: `${code} happened`,
        field: 'first',
        path: ['schools'],
        extensions: { extra: 1 },
        name: expected[code].name,
      });
    }
  });

  it('tells a version conflict from other conflicts', async () => {
    const conflict = (field: string) =>
      createClient({ url, fetch: fakeFetch(() => ({ json: { errors: [{ message: 'x', extensions: { code: 'CONFLICT', field } }] } })).impl })
        .request(SchoolsDocument, {})
        .catch((e: ConflictError) => e.isVersionConflict);
    expect(await conflict('expectedVersion')).toBe(true);
    expect(await conflict('code')).toBe(false);
  });

  it('maps failures outside the contract: no answer, gateway 401/429, unknown codes and bodies without data', async () => {
    const fail = (answer: Parameters<typeof fakeFetch>[0]) =>
      createClient({ url, fetch: fakeFetch(answer).impl })
        .request(SchoolsDocument, {})
        .catch((e: unknown) => e);
    expect(await fail(() => new TypeError('fetch failed'))).toBeInstanceOf(NetworkError);
    expect(await fail(() => ({ status: 401, json: { message: 'Unauthorized' } }))).toBeInstanceOf(UnauthenticatedError);
    expect(await fail(() => ({ status: 429, json: { message: 'Too Many Requests' } }))).toBeInstanceOf(RateLimitedError);
    expect(await fail(() => ({ status: 200, json: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }))).toBeInstanceOf(
      ServerError,
    );
    expect(await fail(() => ({ status: 502 }))).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 502 });
  });
});
