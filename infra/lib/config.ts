/** What differs between deployments of the same app (one district = one account, one or more stages). */
export interface KehouConfig {
  /** Deployment stage, e.g. `prod` or `test`; suffixes physical names so stages can share an account. */
  stage: string;
  /** Target region, or undefined for an environment-agnostic stack (the CLI profile decides). */
  region?: string;
  /** Origins the API accepts browser calls from; `*` is the default, see `consoleOrigins` below. */
  consoleOrigins: string[];
  /**
   * An OIDC identity provider run by the district (统一身份认证) that replaces
   * Cognito, which has no user pools in the China regions. Its tokens must
   * carry the same claims (`sub`, `cognito:groups`, `custom:schoolId`, `custom:providerId`).
   */
  externalIdentity?: { issuer: string; audience: string[] };
  /** First district administrator (a Cognito user in DISTRICT_ADMIN) and the recipient of alarm e-mails. */
  adminEmail?: string;
  /** The console's own host name, served by CloudFront with an ACM certificate from us-east-1. */
  customDomain?: { domainName: string; certificateArn: string };
  /**
   * The API's own host name (a WeChat mini-program may only call registered domains), with an ACM
   * certificate in the stack's region. Point a CNAME at the `ApiDomainTarget` output.
   */
  apiDomain?: { domainName: string; certificateArn: string };
  /**
   * Front-end apps besides the console (a district dashboard, the parents' pages): each becomes a Cognito
   * app client whose tokens the API accepts. With callback URLs it signs in through managed login
   * (authorization code + PKCE); without, through the Cognito SDK (SRP), e.g. a native or mini-program app.
   */
  appClients?: AppClientConfig[];
  /** Prefix of the Cognito managed-login domain (`<prefix>.auth.<region>.amazoncognito.com`); default `kehou-<stage>-<account>`. */
  authDomainPrefix?: string;
  /**
   * Concurrency reserved for (and capping) the GraphQL function. Unset by default: new
   * accounts often have a limit of 10, and Lambda refuses reservations that leave fewer
   * than 10 unreserved executions.
   */
  reservedConcurrency?: number;
  /**
   * An AWS Backup plan for the table and the documents bucket (daily, kept 35 days; monthly, kept a year) in a
   * retained vault. Off by default: point-in-time recovery and object versions already cover recent mistakes;
   * this adds copies that outlive them, at the price of the backup storage.
   */
  backup?: boolean;
  /**
   * Send notifications (alerts, releases) also as text messages, through Amazon SNS (`sns`). Off by default: the outbox
   * works without it (the apps show every notification); SNS needs the account's SMS sandbox lifted and a spend limit.
   */
  smsSender?: 'sns';
}

/** One outside front-end app (see `KehouConfig.appClients`). */
export interface AppClientConfig {
  /** Short name: the client is called `kehou-<name>-<stage>`. */
  name: string;
  /** Where managed login may send the browser back with the code (https, or http://localhost for development). */
  callbackUrls: string[];
  /** Where sign-out may send the browser back. */
  logoutUrls: string[];
}

/** Anything with CDK context: an App or Stack, or the deploy script's view of `-c key=value` arguments. */
export interface ContextSource {
  node: { tryGetContext(key: string): unknown };
}

// Lower-case and short: the stage ends up in the table, bucket and stack names.
const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,15}$/;
// Cognito rejects most malformed addresses only at deploy time, minutes in; catch the obvious ones now.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Reads the deployment settings from CDK context (`-c stage=test`) first, then
 * the environment (`STAGE=test`), so both `cdk deploy -c …` and
 * `STAGE=test npm run deploy` work. Fails fast, before anything is
 * synthesised or built, on settings that cannot deploy.
 */
export function readConfig(scope: ContextSource, env: NodeJS.ProcessEnv = process.env): KehouConfig {
  const context = (key: string): string | undefined => {
    const value: unknown = scope.node.tryGetContext(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  const setting = (key: string, envName: string) => context(key) ?? (env[envName] || undefined);

  const stage = setting('stage', 'STAGE') ?? 'prod';
  if (!STAGE_PATTERN.test(stage)) {
    throw new Error(`Invalid stage "${stage}": use 1–16 lower-case letters, digits or '-', starting with a letter.`);
  }

  const region = context('region') ?? env.CDK_DEFAULT_REGION ?? env.AWS_REGION ?? undefined;

  // The API takes bearer tokens only (no cookies), so a wildcard origin does not
  // open it to CSRF; districts that host the console on a known domain can pin it.
  const consoleOrigins = (setting('consoleOrigins', 'CONSOLE_ORIGINS') ?? '*')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);

  const externalIdentity = readExternalIdentity(setting('oidcIssuer', 'OIDC_ISSUER'), setting('oidcAudience', 'OIDC_AUDIENCE'));
  if (!externalIdentity && region?.startsWith('cn-')) {
    throw new Error(
      `Cognito user pools are not available in ${region}. Deploy to a region that has them, or sign users in ` +
        "with the district's own OIDC provider: -c oidcIssuer=https://… -c oidcAudience=<client id>.",
    );
  }

  const adminEmail = setting('adminEmail', 'ADMIN_EMAIL')?.trim().toLowerCase();
  if (adminEmail !== undefined && !EMAIL_PATTERN.test(adminEmail)) {
    throw new Error(`adminEmail "${adminEmail}" is not an e-mail address.`);
  }

  return {
    stage,
    region,
    consoleOrigins: consoleOrigins.length > 0 ? consoleOrigins : ['*'],
    externalIdentity,
    adminEmail,
    customDomain: readCustomDomain(setting('domainName', 'DOMAIN_NAME'), setting('certificateArn', 'CERTIFICATE_ARN')),
    apiDomain: readApiDomain(setting('apiDomainName', 'API_DOMAIN_NAME'), setting('apiCertificateArn', 'API_CERTIFICATE_ARN'), region),
    appClients: readAppClients(setting('appClients', 'APP_CLIENTS'), Boolean(externalIdentity)),
    authDomainPrefix: readAuthDomainPrefix(setting('authDomainPrefix', 'AUTH_DOMAIN_PREFIX')),
    reservedConcurrency: readReservedConcurrency(setting('reservedConcurrency', 'RESERVED_CONCURRENCY')),
    ...(readSwitch('backup', setting('backup', 'BACKUP')) ? { backup: true } : {}),
    ...readSmsSender(setting('smsSender', 'SMS_SENDER')),
  };
}

function readExternalIdentity(issuer: string | undefined, audience: string | undefined) {
  if (issuer === undefined && audience === undefined) return undefined;
  // API Gateway fetches the issuer's discovery document over HTTPS; anything else fails only at deploy time.
  if (!issuer?.startsWith('https://') || !audience) {
    throw new Error('An external OIDC provider needs both oidcIssuer (an https:// URL) and oidcAudience (its client id).');
  }
  return {
    issuer,
    audience: audience
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean),
  };
}

function readCustomDomain(domainName: string | undefined, certificateArn: string | undefined) {
  if (domainName === undefined && certificateArn === undefined) return undefined;
  if (!domainName || !certificateArn) {
    throw new Error('A custom console domain needs both domainName and certificateArn (an ACM certificate for it).');
  }
  const name = domainName.trim().toLowerCase();
  if (!DOMAIN_PATTERN.test(name)) throw new Error(`domainName "${domainName}" is not a host name.`);
  // CloudFront only accepts certificates from us-east-1 (aws partition); in aws-cn they come from IAM instead.
  if (!/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)) {
    throw new Error(`certificateArn must be an ACM certificate in us-east-1 (CloudFront requires it), got "${certificateArn}".`);
  }
  return { domainName: name, certificateArn };
}

function readReservedConcurrency(value: string | undefined) {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw new Error(`reservedConcurrency must be a whole number from 1 to 1000, got "${value}".`);
  }
  return count;
}

/** on/off settings: `on`, `true`, `yes`, `1` and their opposites; anything else is a typo worth stopping for. */
function readSmsSender(value: string | undefined): { smsSender?: 'sns' } {
  if (value === undefined) return {};
  const normalised = value.trim().toLowerCase();
  if (normalised === 'sns') return { smsSender: 'sns' };
  if (['off', 'none', 'false', 'no', '0'].includes(normalised)) return {};
  throw new Error(`smsSender must be sns or off, got "${value}".`);
}

function readSwitch(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const normalised = value.trim().toLowerCase();
  if (['on', 'true', 'yes', '1'].includes(normalised)) return true;
  if (['off', 'false', 'no', '0'].includes(normalised)) return false;
  throw new Error(`${name} must be on or off, got "${value}".`);
}

function readApiDomain(domainName: string | undefined, certificateArn: string | undefined, region: string | undefined) {
  if (domainName === undefined && certificateArn === undefined) return undefined;
  if (!domainName || !certificateArn) {
    throw new Error("A custom API domain needs both apiDomainName and apiCertificateArn (an ACM certificate for it in the stack's region).");
  }
  const name = domainName.trim().toLowerCase();
  if (!DOMAIN_PATTERN.test(name)) throw new Error(`apiDomainName "${domainName}" is not a host name.`);
  const arn = /^arn:aws(-cn)?:acm:([a-z0-9-]+):\d{12}:certificate\/[\w-]+$/.exec(certificateArn);
  if (!arn) throw new Error(`apiCertificateArn must be an ACM certificate ARN, got "${certificateArn}".`);
  // A regional API's certificate must live in the API's region (unlike CloudFront's, in us-east-1).
  if (region && arn[2] !== region) throw new Error(`apiCertificateArn must be in ${region} (the API's region), got one in ${arn[2]}.`);
  return { domainName: name, certificateArn };
}

const APP_NAME_PATTERN = /^[a-z][a-z0-9-]{0,23}$/;
const isCallbackUrl = (url: string) => /^https:\/\/[^\s/]+(\/\S*)?$/.test(url) || /^http:\/\/localhost(:\d+)?(\/\S*)?$/.test(url);

/** `appClients` as JSON: `[{"name":"dashboard","callbackUrls":["https://…/auth/callback"],"logoutUrls":["https://…/"]}]`. */
function readAppClients(value: string | undefined, externalIdentity: boolean): AppClientConfig[] | undefined {
  if (value === undefined) return undefined;
  if (externalIdentity) {
    throw new Error('appClients create Cognito app clients; with an external OIDC provider register the apps there and list their client ids in oidcAudience.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error(`appClients must be a JSON list, got ${value}`);
  }
  if (!Array.isArray(parsed)) throw new Error('appClients must be a JSON list of { name, callbackUrls, logoutUrls }.');
  const names = new Set<string>();
  const clients = parsed.map((entry: unknown): AppClientConfig => {
    const { name, callbackUrls = [], logoutUrls = [] } = (entry ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !APP_NAME_PATTERN.test(name) || name === 'console') {
      throw new Error(`appClients: name ${JSON.stringify(name)} must be 1–24 lower-case letters, digits or '-' (and not "console").`);
    }
    if (names.has(name)) throw new Error(`appClients: the name "${name}" is used twice.`);
    names.add(name);
    const urls = (list: unknown, what: string) => {
      if (!Array.isArray(list) || !list.every((url) => typeof url === 'string' && isCallbackUrl(url))) {
        throw new Error(`appClients "${name}": ${what} must be a list of https:// URLs (http://localhost allowed).`);
      }
      return list as string[];
    };
    return { name, callbackUrls: urls(callbackUrls, 'callbackUrls'), logoutUrls: urls(logoutUrls, 'logoutUrls') };
  });
  return clients.length > 0 ? clients : undefined;
}

function readAuthDomainPrefix(value: string | undefined) {
  if (value === undefined) return undefined;
  // Cognito's rule for its own domains: lower-case letters, digits and hyphens, and no reserved words.
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(value) || /aws|amazon|cognito/.test(value)) {
    throw new Error(`authDomainPrefix "${value}" must be lower-case letters, digits and '-' without aws, amazon or cognito.`);
  }
  return value;
}

/** The browser origins of the app clients' callback URLs (for CORS when the origins are pinned). */
export function appClientOrigins(clients: AppClientConfig[] | undefined): string[] {
  return [...new Set((clients ?? []).flatMap((client) => client.callbackUrls.map((url) => new URL(url).origin)))];
}
