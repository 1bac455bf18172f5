import type { Construct } from 'constructs';

/** What differs between deployments of the same app (one district = one account, one or more stages). */
export interface KehouConfig {
  /** Deployment stage, e.g. `prod` or `test`; suffixes physical names so stages can share an account. */
  stage: string;
  /** Target region, or undefined for an environment-agnostic stack (the CLI profile decides). */
  region?: string;
  /** Origins the console (and survey pages) are served from; `*` is the default, see `consoleOrigins` below. */
  consoleOrigins: string[];
  /**
   * An OIDC identity provider run by the district (统一身份认证) that replaces
   * Cognito, which has no user pools in the China regions. Its tokens must
   * carry the same claims (`sub`, `cognito:groups`, `custom:schoolId`, `custom:providerId`).
   */
  externalIdentity?: { issuer: string; audience: string[] };
}

// Lower-case and short: the stage ends up in the table name, log group names and the stack name.
const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,15}$/;

/**
 * Reads the deployment settings from CDK context (`-c stage=test`) first, then
 * the environment (`STAGE=test`), so both `cdk deploy -c …` and
 * `STAGE=test npm run deploy` work. Fails fast, before anything is
 * synthesised, on settings that cannot deploy: a stage that would make invalid
 * resource names, or a China region without an identity provider.
 */
export function readConfig(scope: Construct, env: NodeJS.ProcessEnv = process.env): KehouConfig {
  const context = (key: string): string | undefined => {
    const value: unknown = scope.node.tryGetContext(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };

  const stage = context('stage') ?? env.STAGE ?? 'prod';
  if (!STAGE_PATTERN.test(stage)) {
    throw new Error(`Invalid stage "${stage}": use 1–16 lower-case letters, digits or '-', starting with a letter.`);
  }

  const region = context('region') ?? env.CDK_DEFAULT_REGION ?? env.AWS_REGION ?? undefined;

  // The API takes bearer tokens only (no cookies), so a wildcard origin does not
  // open it to CSRF; districts that host the console on a known domain can pin it.
  const consoleOrigins = (context('consoleOrigins') ?? env.CONSOLE_ORIGINS ?? '*')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);

  const externalIdentity = readExternalIdentity(
    context('oidcIssuer') ?? env.OIDC_ISSUER,
    context('oidcAudience') ?? env.OIDC_AUDIENCE,
  );
  if (!externalIdentity && region?.startsWith('cn-')) {
    throw new Error(
      `Cognito user pools are not available in ${region}. Deploy to a region that has them, or sign users in ` +
        'with the district\'s own OIDC provider: -c oidcIssuer=https://… -c oidcAudience=<client id>.',
    );
  }

  return { stage, region, consoleOrigins: consoleOrigins.length > 0 ? consoleOrigins : ['*'], externalIdentity };
}

function readExternalIdentity(issuer: string | undefined, audience: string | undefined) {
  if (issuer === undefined && audience === undefined) return undefined;
  // API Gateway fetches the issuer's discovery document over HTTPS; anything else fails only at deploy time.
  if (!issuer?.startsWith('https://') || !audience) {
    throw new Error('An external OIDC provider needs both oidcIssuer (an https:// URL) and oidcAudience (its client id).');
  }
  return { issuer, audience: audience.split(',').map((value) => value.trim()).filter(Boolean) };
}
