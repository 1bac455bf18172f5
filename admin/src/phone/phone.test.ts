import { describe, expect, it } from 'vitest';
import { InvalidTransitionError, NetworkError } from '@kehou/client';
import { createPhoneClient, parentApi, phoneErrorCode, teacherApi } from './api';
import { phoneAudienceOf } from './route';
import { e164, phoneConfigOf } from './session';

const respond = (status: number, body: unknown) =>
  (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;

describe('phone pages', () => {
  it('are found at /m/parent and /m/teacher only', () => {
    expect(phoneAudienceOf('/m/parent')).toBe('parent');
    expect(phoneAudienceOf('/m/teacher/')).toBe('teacher');
    expect(phoneAudienceOf('/m/district')).toBeNull();
    expect(phoneAudienceOf('/s/abc')).toBeNull();
  });

  it('call the API through @kehou/client: the token, the named operation, coded errors with the field', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const client = createPhoneClient('/parent/graphql', () => 'tkn', (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ data: { linkChild: { id: 'stu_1', name: '张小明' } } }), { status: 200 });
    }) as unknown as typeof fetch);
    expect(await parentApi(client).linkChild('ABCD2345')).toEqual({ id: 'stu_1', name: '张小明' });
    expect(seen[0].url).toBe('/parent/graphql');
    expect((seen[0].init.headers as Record<string, string>).authorization).toBe('Bearer tkn');
    expect(JSON.parse(String(seen[0].init.body))).toMatchObject({ operationName: 'LinkChild', variables: { code: 'ABCD2345' } });

    const refused = createPhoneClient(
      '/graphql',
      () => null,
      respond(200, { errors: [{ message: 'code expired', extensions: { code: 'INVALID_TRANSITION', field: 'code' } }] }),
    );
    const error = await teacherApi(refused)
      .review({ id: 'enr_1', version: 2 }, 'APPROVE', null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', field: 'code', message: 'code expired' });
    expect(phoneErrorCode(error)).toBe('INVALID_TRANSITION');

    const down = createPhoneClient('/graphql', () => null, (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    const offline = await parentApi(down)
      .home()
      .catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(NetworkError);
    expect(phoneErrorCode(offline)).toBe('NETWORK');
    // A server failure without a GraphQL body reads as UNKNOWN (our words, not the server's).
    const failing = createPhoneClient('/graphql', () => null, respond(500, {}));
    expect(
      phoneErrorCode(
        await teacherApi(failing)
          .me()
          .catch((e: unknown) => e),
      ),
    ).toBe('UNKNOWN');
  });

  it('read where parents and teachers sign in from config.json', () => {
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'local' } }, 'parent')).toEqual({ mode: 'local', graphqlUrl: '/graphql' });
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'local' }, parents: { graphqlUrl: '/parent/graphql' } }, 'parent')).toEqual({
      mode: 'local',
      graphqlUrl: '/parent/graphql',
    });
    const deployed = {
      graphqlUrl: 'https://api/graphql',
      auth: { mode: 'oidc', issuer: 'https://cognito-idp.ap-southeast-1.amazonaws.com/staff', clientId: 'console', logoutUrl: 'https://login/logout' },
      parents: { graphqlUrl: 'https://api/parent/graphql', region: 'ap-southeast-1', userPoolId: 'parents', userPoolClientId: 'parent-app' },
    };
    // Parents in their own pool on their own route; teachers with the console's OpenID Connect client.
    expect(phoneConfigOf(deployed, 'parent')).toEqual({
      mode: 'cognito',
      graphqlUrl: 'https://api/parent/graphql',
      cognito: { region: 'ap-southeast-1', clientId: 'parent-app' },
    });
    expect(phoneConfigOf(deployed, 'teacher')).toEqual({
      mode: 'oidc',
      graphqlUrl: 'https://api/graphql',
      oidc: { issuer: 'https://cognito-idp.ap-southeast-1.amazonaws.com/staff', clientId: 'console' },
    });
    // A district's own provider and no parents' pool: parents sign in there too, on the main route.
    expect(phoneConfigOf({ ...deployed, parents: undefined }, 'parent')).toMatchObject({ mode: 'oidc', graphqlUrl: 'https://api/graphql' });
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'cognito' } }, 'teacher').mode).toBe('unsupported');
    expect(e164('138 0013 8000')).toBe('+8613800138000');
  });
});
