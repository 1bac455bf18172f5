import { describe, expect, it } from 'vitest';
import { parseConfig, publicSurveyUrl } from './appConfig';

describe('parseConfig', () => {
  it('accepts the local server config', () => {
    expect(parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'local' } })).toEqual({
      graphqlUrl: '/graphql',
      auth: { mode: 'local' },
    });
  });

  it('accepts a deployed cognito config and refuses an incomplete one', () => {
    const auth = { mode: 'cognito', region: 'cn-north-1', userPoolId: 'p', userPoolClientId: 'c' };
    expect(parseConfig({ graphqlUrl: 'https://api/graphql', auth }).auth).toEqual(auth);
    expect(() => parseConfig({ graphqlUrl: 'https://api/graphql', auth: { mode: 'cognito' } })).toThrow(/userPoolId/);
  });

  it('sends the public survey page to the anonymous endpoint when deployed, else to the API', () => {
    const auth = { mode: 'local' };
    expect(publicSurveyUrl(parseConfig({ graphqlUrl: '/graphql', auth }))).toBe('/graphql');
    const deployed = parseConfig({ graphqlUrl: 'https://api/graphql', publicGraphqlUrl: 'https://api/public/graphql', auth });
    expect(publicSurveyUrl(deployed)).toBe('https://api/public/graphql');
  });

  it('accepts an OIDC config (the console then says it cannot sign in with it yet) and refuses an incomplete one', () => {
    const auth = { mode: 'oidc', issuer: 'https://idp.example/realms/kehou', clientId: 'console' };
    expect(parseConfig({ graphqlUrl: '/graphql', auth }).auth).toEqual(auth);
    expect(() => parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'oidc', issuer: 'https://idp' } })).toThrow(/clientId/);
  });

  it('refuses a config without graphqlUrl or with an unknown auth mode', () => {
    expect(() => parseConfig({ auth: { mode: 'local' } })).toThrow(/graphqlUrl/);
    expect(() => parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'saml' } })).toThrow(/saml/);
  });
});
