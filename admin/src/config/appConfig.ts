/**
 * Runtime configuration, fetched from `/config.json` before the console renders, so one build
 * runs locally and in every deployment (the deploy writes its own config.json next to the files).
 */
export type AuthConfig =
  | { mode: 'local' }
  | { mode: 'cognito'; region: string; userPoolId: string; userPoolClientId: string }
  /** Accepted so such a deploy says clearly that this build cannot sign in with it yet. */
  | { mode: 'oidc'; issuer: string; clientId: string };

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
  if (auth.mode === 'cognito') {
    const { region, userPoolId, userPoolClientId } = auth;
    if (!nonEmpty(region) || !nonEmpty(userPoolId) || !nonEmpty(userPoolClientId)) {
      throw new ConfigError('config.json: cognito auth needs region, userPoolId and userPoolClientId');
    }
    return { ...urls, auth: { mode: 'cognito', region, userPoolId, userPoolClientId } };
  }
  if (auth.mode === 'oidc') {
    const { issuer, clientId } = auth;
    if (!nonEmpty(issuer) || !nonEmpty(clientId)) throw new ConfigError('config.json: oidc auth needs issuer and clientId');
    return { ...urls, auth: { mode: 'oidc', issuer, clientId } };
  }
  throw new ConfigError(`config.json: unknown auth mode ${JSON.stringify(auth.mode)}`);
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  // no-store: a redeploy changes config.json without changing its URL.
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`);
  return parseConfig(await response.json());
}
