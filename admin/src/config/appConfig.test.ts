import { describe, expect, it } from 'vitest';
import { parseConfig, publicSurveyUrl } from './appConfig';

describe('parseConfig', () => {
  it('accepts the local server config', () => {
    expect(parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'local' } })).toEqual({
      graphqlUrl: '/graphql',
      auth: { mode: 'local' },
    });
  });

  it('accepts a deployed Cognito managed-login config (an OIDC issuer with its logout endpoint)', () => {
    const auth = {
      mode: 'oidc',
      issuer: 'https://cognito-idp.ap-southeast-1.amazonaws.com/ap-southeast-1_abc',
      clientId: 'c',
      logoutUrl: 'https://kehou-prod-123.auth.ap-southeast-1.amazoncognito.com/logout',
    };
    expect(parseConfig({ graphqlUrl: 'https://api/graphql', auth }).auth).toEqual(auth);
  });

  it('sends the public survey page to the anonymous endpoint when deployed, else to the API', () => {
    const auth = { mode: 'local' };
    expect(publicSurveyUrl(parseConfig({ graphqlUrl: '/graphql', auth }))).toBe('/graphql');
    const deployed = parseConfig({ graphqlUrl: 'https://api/graphql', publicGraphqlUrl: 'https://api/public/graphql', auth });
    expect(publicSurveyUrl(deployed)).toBe('https://api/public/graphql');
  });

  it('accepts a district OIDC config with its scope and refuses an incomplete one', () => {
    const auth = { mode: 'oidc', issuer: 'https://idp.example/realms/kehou', clientId: 'console', scope: 'openid profile offline_access' };
    expect(parseConfig({ graphqlUrl: '/graphql', auth }).auth).toEqual(auth);
    expect(() => parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'oidc', issuer: 'https://idp' } })).toThrow(/clientId/);
    expect(() => parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'oidc', issuer: 'idp', clientId: 'c' } })).toThrow(/URL/);
  });

  it('no longer accepts the old Cognito password mode (the deploy writes an oidc config)', () => {
    expect(() => parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'cognito', region: 'r', userPoolId: 'p', userPoolClientId: 'c' } })).toThrow(/cognito/);
  });

  it('refuses a config without graphqlUrl or with an unknown auth mode', () => {
    expect(() => parseConfig({ auth: { mode: 'local' } })).toThrow(/graphqlUrl/);
    expect(() => parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'saml' } })).toThrow(/saml/);
  });
});
