/**
 * Runtime configuration, fetched from `/config.json` before the console renders, so one build
 * runs locally and in every deployment (the deploy writes its own config.json next to the files).
 */
export type AuthConfig =
  /** `npm start`: the local server's demo users. */
  | { mode: 'local' }
  /**
   * OpenID Connect (authorization code + PKCE): Cognito's managed login, or the district's own provider.
   * `issuer` is the provider's issuer URL (its `/.well-known/openid-configuration` is read); `clientId` is
   * the console's public app client. `logoutUrl` is Cognito's `/logout` endpoint (Cognito publishes no
   * `end_session_endpoint`); `scope` defaults to `openid email profile`.
   */
  | { mode: 'oidc'; issuer: string; clientId: string; scope?: string; logoutUrl?: string };

export interface AppConfig {
  graphqlUrl: string;
  /** Deployed: the anonymous endpoint for the public survey page (no authorizer); locally absent. */
  publicGraphqlUrl?: string;
  auth: AuthConfig;
}

/** Where the public survey page sends its requests: the anonymous endpoint when there is one. */
export const publicSurveyUrl = (config: AppConfig) => config.publicGraphqlUrl ?? config.graphqlUrl;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Validates config.json; a wrong deploy fails loudly here instead of as odd network errors later. */
export function parseConfig(json: unknown): AppConfig {
  if (!isRecord(json)) throw new ConfigError('config.json is not a JSON object');
  if (!nonEmpty(json.graphqlUrl)) throw new ConfigError('config.json: graphqlUrl is missing');
  const auth = json.auth;
  if (!isRecord(auth)) throw new ConfigError('config.json: auth is missing');
  const urls = { graphqlUrl: json.graphqlUrl, ...(nonEmpty(json.publicGraphqlUrl) ? { publicGraphqlUrl: json.publicGraphqlUrl } : {}) };
  if (auth.mode === 'local') return { ...urls, auth: { mode: 'local' } };
  if (auth.mode === 'oidc') {
    const { issuer, clientId, scope, logoutUrl } = auth;
    if (!nonEmpty(issuer) || !nonEmpty(clientId)) throw new ConfigError('config.json: oidc auth needs issuer and clientId');
    if (!/^https?:\/\//.test(issuer)) throw new ConfigError(`config.json: oidc issuer must be a URL, got ${JSON.stringify(issuer)}`);
    return {
      ...urls,
      auth: { mode: 'oidc', issuer, clientId, ...(nonEmpty(scope) ? { scope } : {}), ...(nonEmpty(logoutUrl) ? { logoutUrl } : {}) },
    };
  }
  throw new ConfigError(`config.json: unknown auth mode ${JSON.stringify(auth.mode)}`);
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  // no-store: a redeploy changes config.json without changing its URL.
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`);
  return parseConfig(await response.json());
}
