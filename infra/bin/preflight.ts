/**
 * Checks made before `npm run deploy` (or destroy) builds or synthesises anything: which region, and whether the
 * AWS credentials work there. Each failure is one line saying what to do, instead of "Unable to resolve AWS
 * account" from inside `cdk bootstrap` minutes later, or a stack trace from the CDK app.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { configFrom } from './cli';
import type { KehouConfig } from '../lib/config';

// The SDK's notice that its 2027 releases need Node 22 belongs to the README's version policy, not to every deploy.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** A problem the person deploying can fix; its message is the whole advice. */
export class PreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreflightError';
  }
}

export interface PreflightResult {
  config: KehouConfig;
  region: string;
  /** Where the region came from, for the settings block. */
  regionSource: string;
  account: string;
  /** The caller's identity (IAM role or user ARN). */
  arn: string;
}

/** The `--profile` among the CDK arguments, else AWS_PROFILE: the profile the CDK CLI will use. */
export function profileFrom(cdkArgs: string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const index = cdkArgs.findIndex((arg) => arg === '--profile' || arg.startsWith('--profile='));
  if (index >= 0) return cdkArgs[index].includes('=') ? cdkArgs[index].split('=')[1] : cdkArgs[index + 1];
  return env.AWS_PROFILE || undefined;
}

const profileName = (profile: string | undefined) => (profile ? `profile "${profile}"` : 'the default profile');
const again = 'then run the command again';

/** The region of the profile in ~/.aws/config (or AWS_CONFIG_FILE), as the AWS SDK and the CDK CLI read it. */
async function profileRegion(profile: string | undefined): Promise<string | undefined> {
  const client = new STSClient({ profile });
  try {
    return await client.config.region();
  } catch {
    return undefined;
  } finally {
    client.destroy();
  }
}

/**
 * The region exactly as the deploy will use it (context, then environment, then the AWS profile) and the settings
 * read with it, so a China region from any source meets the same OIDC check as one given on the command line.
 */
export async function resolveRegion(
  context: Record<string, string>,
  profile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ config: KehouConfig; region: string; regionSource: string }> {
  let config = configFrom(context, env);
  if (config.region) return { config, region: config.region, regionSource: context.region ? '-c region' : 'environment' };
  const region = await profileRegion(profile);
  if (!region) {
    throw new PreflightError(`No AWS region: set AWS_REGION (e.g. AWS_REGION=ap-southeast-1) or a region in ${profileName(profile)}, ${again}.`);
  }
  // Read again with the profile's region, so that its checks (China regions need OIDC) apply before anything runs.
  try {
    config = configFrom({ ...context, region }, env);
  } catch (error) {
    throw new PreflightError(`${(error as Error).message} (The region ${region} comes from ${profileName(profile)}.)`);
  }
  return { config, region, regionSource: profileName(profile) };
}

/** What to do about a failed credential check, in one line. */
export function credentialAdvice(error: unknown, profile: string | undefined, region: string): string {
  const { name = '', message = '', code = '' } = error as { name?: string; message?: string; code?: string };
  const login = profile ? `aws sso login --profile ${profile}` : 'aws sso login';
  if (name === 'CredentialsProviderError' || /Could not load credentials|profile .* could not be found/i.test(message)) {
    return `No AWS credentials for ${profileName(profile)}: sign in with "${login}" (or "aws configure"), or set AWS_PROFILE to a profile that has them, ${again}.`;
  }
  if (/expired/i.test(name) || /expired/i.test(message)) {
    return `The AWS credentials of ${profileName(profile)} have expired: run "${login}", ${again}.`;
  }
  if (['InvalidClientTokenId', 'SignatureDoesNotMatch', 'UnrecognizedClientException', 'AccessDenied'].includes(name)) {
    return `AWS rejected the credentials of ${profileName(profile)} (${name}): check AWS_ACCESS_KEY_ID / the profile, or run "${login}", ${again}.`;
  }
  if (['ENOTFOUND', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN'].includes(code) || name === 'TimeoutError') {
    return `Cannot reach AWS STS in ${region} (${code || name}): check the network or proxy settings, ${again}.`;
  }
  return `Checking the AWS credentials of ${profileName(profile)} in ${region} failed (${name || 'error'}: ${message.split('\n')[0]}), ${again}.`;
}

/** Whose credentials these are (STS GetCallerIdentity: needs no permission, so any working credentials pass). */
export async function checkCredentials(region: string, profile: string | undefined, sts = new STSClient({ region, profile, maxAttempts: 2 })) {
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    return { account: identity.Account ?? '', arn: identity.Arn ?? '' };
  } catch (error) {
    throw new PreflightError(credentialAdvice(error, profile, region));
  } finally {
    sts.destroy();
  }
}

/** Region first (needs no credentials, catches China without OIDC), then credentials. */
export async function preflight(context: Record<string, string>, cdkArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<PreflightResult> {
  const profile = profileFrom(cdkArgs, env);
  const { config, region, regionSource } = await resolveRegion(context, profile, env);
  const { account, arn } = await checkCredentials(region, profile);
  return { config, region, regionSource, account, arn };
}
