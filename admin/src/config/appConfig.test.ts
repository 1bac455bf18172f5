import { describe, expect, it } from 'vitest';
import { parseConfig } from './appConfig';

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

  it('refuses a config without graphqlUrl or with an unknown auth mode', () => {
    expect(() => parseConfig({ auth: { mode: 'local' } })).toThrow(/graphqlUrl/);
    expect(() => parseConfig({ graphqlUrl: '/graphql', auth: { mode: 'saml' } })).toThrow(/saml/);
  });
});
