/**
 * Runtime configuration, fetched from `/config.json` before the console renders, so one build
 * runs locally and in every deployment (the deploy writes its own config.json next to the files).
 */
export type AuthConfig =
  | { mode: 'local' }
  | { mode: 'cognito'; region: string; userPoolId: string; userPoolClientId: string };

export interface AppConfig {
  graphqlUrl: string;
  auth: AuthConfig;
}

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
  if (auth.mode === 'local') return { graphqlUrl: json.graphqlUrl, auth: { mode: 'local' } };
  if (auth.mode === 'cognito') {
    const { region, userPoolId, userPoolClientId } = auth;
    if (!nonEmpty(region) || !nonEmpty(userPoolId) || !nonEmpty(userPoolClientId)) {
      throw new ConfigError('config.json: cognito auth needs region, userPoolId and userPoolClientId');
    }
    return { graphqlUrl: json.graphqlUrl, auth: { mode: 'cognito', region, userPoolId, userPoolClientId } };
  }
  throw new ConfigError(`config.json: unknown auth mode ${JSON.stringify(auth.mode)}`);
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  // no-store: a redeploy changes config.json without changing its URL.
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`);
  return parseConfig(await response.json());
}
