/**
 * Helpers shared by bin/deploy.ts and bin/destroy.ts: argument handling,
 * numbered progress output and child processes. No side effects on import,
 * so test/cli.test.ts can check the pure parts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../lib/api/kehouFunction';
import { readConfig, type ContextSource, type KehouConfig } from '../lib/config';

export const infraDir = `${repoRoot}infra/`;

/** Splits `-c key=value` / `--context key=value` pairs (which the CDK app reads) from the other CDK CLI arguments. */
export function parseArguments(argv: string[]): { context: Record<string, string>; contextArgs: string[]; cdkArgs: string[] } {
  const context: Record<string, string> = {};
  const contextArgs: string[] = [];
  const cdkArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const inline = arg.match(/^--context=(.*)$/)?.[1];
    const pair = inline ?? (arg === '-c' || arg === '--context' ? argv[++i] : undefined);
    if (pair === undefined) {
      cdkArgs.push(arg);
      continue;
    }
    const [key, ...value] = pair.split('=');
    if (!key || value.length === 0) throw new Error(`Expected -c key=value, got "${pair}".`);
    context[key] = value.join('=');
    contextArgs.push('-c', pair);
  }
  return { context, contextArgs, cdkArgs };
}

/** The deployment settings exactly as the CDK app will read them (same function, same precedence). */
export function configFrom(context: Record<string, string>, env: NodeJS.ProcessEnv = process.env): KehouConfig {
  const source: ContextSource = { node: { tryGetContext: (key) => context[key] } };
  return readConfig(source, env);
}

export const stackName = (config: KehouConfig) => `Kehou-${config.stage}`;

/** The settings block printed before anything happens, so a wrong stage or region is caught before minutes pass. */
export function describeSettings(config: KehouConfig, env: NodeJS.ProcessEnv = process.env): string[] {
  const rows: [string, string | undefined][] = [
    ['stack', stackName(config)],
    ['region', config.region ?? `${env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'from the AWS profile'}`],
    ['AWS profile', env.AWS_PROFILE ?? 'default'],
    ['first admin / alarms', config.adminEmail ?? '— (none: see "add the first admin" in the README)'],
    ['console domain', config.customDomain?.domainName ?? 'CloudFront default (*.cloudfront.net)'],
    ['sign-in', config.externalIdentity ? `OIDC ${config.externalIdentity.issuer}` : 'Cognito user pool (managed login)'],
    ['API domain', config.apiDomain?.domainName ?? 'execute-api default'],
    ['app clients', config.appClients?.map((client) => client.name).join(', ') ?? 'none (console only)'],
    ['reserved concurrency', config.reservedConcurrency?.toString() ?? 'none (account pool)'],
  ];
  return rows.map(([name, value]) => `  ${name.padEnd(22)} ${value}`);
}

export function step(number: number, total: number, title: string): void {
  console.log(`\n\x1b[1m[${number}/${total}] ${title}\x1b[0m`);
}

/** The project's own CDK CLI (pinned in package.json), not whatever `cdk` is on the PATH. */
export function cdkCommand(): { command: string; prefix: string[] } {
  const local = `${repoRoot}node_modules/aws-cdk/bin/cdk`;
  return existsSync(local) ? { command: process.execPath, prefix: [local] } : { command: 'cdk', prefix: [] };
}

/** npm as invoked (npm sets npm_execpath for its scripts), else the one on the PATH. */
export function npmCommand(): { command: string; prefix: string[] } {
  const execPath = process.env.npm_execpath;
  return execPath?.endsWith('.js') ? { command: process.execPath, prefix: [execPath] } : { command: 'npm', prefix: [] };
}

/** Runs a command with inherited output; rejects with its exit code so the caller stops at the failing step. */
export function run(tool: { command: string; prefix: string[] }, args: string[], cwd: string): Promise<void> {
  console.log(`  $ ${[tool.prefix.length > 0 ? tool.prefix[0].split('/').pop() : tool.command, ...args].join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(tool.command, [...tool.prefix, ...args], {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1' },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${args[0]} failed (${signal ?? `exit code ${code}`})`))));
  });
}

/** Prints the error without a stack trace (the failing command already printed its own output) and exits non-zero. */
export function fail(error: unknown): never {
  console.error(`\n\x1b[31m✗ ${error instanceof Error ? error.message : String(error)}\x1b[0m`);
  process.exit(1);
}

/** True when the module at `url` is the script node was started with (not imported by a test). */
export const isMain = (url: string) => process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
