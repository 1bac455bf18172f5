import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/api/kehouFunction';
import { credentialAdvice, profileFrom } from '../bin/preflight';

/**
 * `npm run deploy` as a district's IT person starts it on a machine without working AWS settings: a fresh home, an
 * AWS config file with two profiles and no credentials anywhere (no instance metadata either).
 */
const home = mkdtempSync(join(tmpdir(), 'kehou-preflight-'));
writeFileSync(join(home, 'config'), '[profile sg]\nregion = ap-southeast-1\n[profile china]\nregion = cn-north-1\n[default]\n');
writeFileSync(join(home, 'credentials'), '');
const cleanEnv = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  AWS_CONFIG_FILE: join(home, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
  AWS_EC2_METADATA_DISABLED: 'true',
  ...extra,
});

/** Runs the command and returns its exit code and every line it printed (colours removed). */
function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 });
  const lines = `${result.stdout}${result.stderr}`
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return { status: result.status, lines };
}
const deploy = (args: string[], env: Record<string, string>) => run(process.execPath, ['--import', 'tsx', 'infra/bin/deploy.ts', ...args], env);

/** The failure line, and proof that nothing was built and no stack trace was printed. */
function expectOneLineAdvice(result: ReturnType<typeof run>, advice: RegExp) {
  expect(result.status).toBe(1);
  const failures = result.lines.filter((line) => line.startsWith('✗'));
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatch(advice);
  expect(result.lines.filter((line) => /^\s+at /.test(line) || /Error:/.test(line))).toEqual([]);
  expect(result.lines.join('\n')).not.toMatch(/Building the console|bootstrap|Unable to resolve AWS account/);
}

describe('deploy preflight, before anything is built', () => {
  it('without credentials: one line saying how to sign in, and no npm error lines', () => {
    const npm = run('npm', ['run', 'deploy'], { ...cleanEnv({ AWS_PROFILE: 'sg' }), npm_config_update_notifier: 'false' });
    expectOneLineAdvice(npm, /^✗ No AWS credentials for profile "sg": sign in with "aws sso login --profile sg" \(or "aws configure"\)/);
    expect(npm.lines.filter((line) => line.startsWith('npm error'))).toEqual([]);
  });

  it('without a region anywhere: one line saying where to set it', () => {
    expectOneLineAdvice(deploy([], cleanEnv()), /^✗ No AWS region: set AWS_REGION \(e\.g\. AWS_REGION=ap-southeast-1\) or a region in the default profile/);
  });

  it.each([
    ['the AWS profile', [] as string[], { AWS_PROFILE: 'china' }, /comes from profile "china"/],
    ['--profile', ['--profile', 'china'], {}, /comes from profile "china"/],
    ['the environment', [], { AWS_REGION: 'cn-north-1' }, /cn-north-1/],
    ['context', ['-c', 'region=cn-northwest-1'], { AWS_PROFILE: 'sg' }, /cn-northwest-1/],
  ])('a China region from %s gets the OIDC advice', (_source, args, env, detail) => {
    const result = deploy(args, cleanEnv(env));
    expectOneLineAdvice(result, /^✗ Cognito user pools are not available in cn-[a-z]+-1\. .*oidcIssuer=https:\/\/… -c oidcAudience=<client id>/);
    expect(result.lines.find((line) => line.startsWith('✗'))).toMatch(detail);
  });
});

describe('credential advice', () => {
  const advice = (error: Record<string, string>, profile?: string) =>
    credentialAdvice(Object.assign(new Error(error.message ?? ''), error), profile, 'ap-southeast-1');

  it('tells expired, rejected and unreachable apart', () => {
    expect(advice({ name: 'ExpiredToken', message: 'The security token included in the request is expired' }, 'district')).toBe(
      'The AWS credentials of profile "district" have expired: run "aws sso login --profile district", then run the command again.',
    );
    expect(advice({ name: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' })).toMatch(
      /^AWS rejected the credentials of the default profile \(InvalidClientTokenId\)/,
    );
    expect(advice({ name: 'Error', code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND sts.ap-southeast-1.amazonaws.com' })).toMatch(
      /^Cannot reach AWS STS in ap-southeast-1 \(ENOTFOUND\): check the network or proxy settings/,
    );
  });

  it('finds the profile the CDK CLI will use', () => {
    expect(profileFrom(['--profile', 'district', '--verbose'], {})).toBe('district');
    expect(profileFrom(['--profile=district'], { AWS_PROFILE: 'other' })).toBe('district');
    expect(profileFrom([], { AWS_PROFILE: 'other' })).toBe('other');
    expect(profileFrom([], {})).toBeUndefined();
  });
});
