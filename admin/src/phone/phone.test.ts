import { describe, expect, it } from 'vitest';
import { createPhoneClient, PhoneApiError } from './api';
import { phoneAudienceOf } from './route';
import { e164, phoneConfigOf } from './session';

const respond = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;

describe('phone pages', () => {
  it('are found at /m/parent and /m/teacher only', () => {
    expect(phoneAudienceOf('/m/parent')).toBe('parent');
    expect(phoneAudienceOf('/m/teacher/')).toBe('teacher');
    expect(phoneAudienceOf('/m/district')).toBeNull();
    expect(phoneAudienceOf('/s/abc')).toBeNull();
  });

  it('send the token and turn coded errors into PhoneApiError with the field', async () => {
    const seen: RequestInit[] = [];
    const ok = createPhoneClient('/graphql', () => 'tkn', (async (_url: string, init: RequestInit) => {
      seen.push(init);
      return new Response(JSON.stringify({ data: { viewer: { role: 'PARENT' } } }), { status: 200 });
    }) as unknown as typeof fetch);
    expect(await ok.request('{ viewer { role } }')).toEqual({ viewer: { role: 'PARENT' } });
    expect((seen[0].headers as Record<string, string>).authorization).toBe('Bearer tkn');
    const refused = createPhoneClient('/graphql', () => null, respond(200, { errors: [{ message: 'code expired', extensions: { code: 'INVALID_TRANSITION', field: 'code' } }] }));
    await expect(refused.request('mutation { x }')).rejects.toMatchObject({ code: 'INVALID_TRANSITION', field: 'code', message: 'code expired' });
    const down = createPhoneClient('/graphql', () => null, (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    await expect(down.request('{ x }')).rejects.toBeInstanceOf(PhoneApiError);
  });

  it('read where parents and teachers sign in from config.json', () => {
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'local' } }, 'parent')).toEqual({ mode: 'local', graphqlUrl: '/graphql' });
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'local' }, parents: { graphqlUrl: '/parent/graphql' } }, 'parent')).toEqual({ mode: 'local', graphqlUrl: '/parent/graphql' });
    const deployed = {
      graphqlUrl: 'https://api/graphql',
      auth: { mode: 'oidc', issuer: 'https://cognito-idp.ap-southeast-1.amazonaws.com/staff', clientId: 'console', logoutUrl: 'https://login/logout' },
      parents: { graphqlUrl: 'https://api/parent/graphql', region: 'ap-southeast-1', userPoolId: 'parents', userPoolClientId: 'parent-app' },
    };
    // Parents in their own pool on their own route; teachers with the console's OpenID Connect client.
    expect(phoneConfigOf(deployed, 'parent')).toEqual({ mode: 'cognito', graphqlUrl: 'https://api/parent/graphql', cognito: { region: 'ap-southeast-1', clientId: 'parent-app' } });
    expect(phoneConfigOf(deployed, 'teacher')).toEqual({ mode: 'oidc', graphqlUrl: 'https://api/graphql', oidc: { issuer: 'https://cognito-idp.ap-southeast-1.amazonaws.com/staff', clientId: 'console' } });
    // A district's own provider and no parents' pool: parents sign in there too, on the main route.
    expect(phoneConfigOf({ ...deployed, parents: undefined }, 'parent')).toMatchObject({ mode: 'oidc', graphqlUrl: 'https://api/graphql' });
    expect(phoneConfigOf({ graphqlUrl: '/graphql', auth: { mode: 'cognito' } }, 'teacher').mode).toBe('unsupported');
    expect(e164('138 0013 8000')).toBe('+8613800138000');
  });
});
