/**
 * `npm run deploy`: builds the console, bootstraps the account and region if
 * needed, and deploys one stage with progress, then prints where to sign in.
 * Lambda bundles are built by `cdk deploy` itself (NodejsFunction, local esbuild).
 *
 *   STAGE=prod AWS_REGION=ap-southeast-1 ADMIN_EMAIL=it@district.edu.cn npm run deploy
 *   npm run deploy -w infra -- -c stage=test -c adminEmail=it@district.edu.cn --profile district
 */
import { readFileSync } from 'node:fs';
import { repoRoot } from '../lib/api/kehouFunction';
import type { KehouConfig } from '../lib/config';
import { cdkCommand, describeSettings, fail, infraDir, isMain, npmCommand, parseArguments, run, stackName, step } from './cli';
import { preflight } from './preflight';

const STEPS = 4;

async function main() {
  const { context, contextArgs, cdkArgs } = parseArguments(process.argv.slice(2));
  // The profile applies to bootstrapping too; every other flag only to the deploy.
  const sharedArgs = cdkArgs.filter((arg, i) => arg.startsWith('--profile') || cdkArgs[i - 1] === '--profile');

  step(1, STEPS, 'Checking the settings, the region and the AWS credentials');
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 20) throw new Error(`Node ${process.versions.node} is too old: use Node 20.20 or 22 (see .nvmrc).`);
  // Before any build: the region from every source (China needs OIDC) and working credentials for it.
  const { config, region, regionSource, account, arn } = await preflight(context, cdkArgs);
  console.log(describeSettings(config).join('\n'));
  console.log(`  ${'region from'.padEnd(22)} ${regionSource}\n  ${'AWS account'.padEnd(22)} ${account} (${arn})`);
  // Bootstrap, synthesis and deploy all use the region checked here, even when it came from the profile.
  const pinned = context.region ? contextArgs : [...contextArgs, '-c', `region=${region}`];

  step(2, STEPS, 'Building the console (admin/dist) and the schema reference (/docs)');
  await run(npmCommand(), ['run', 'build', '-w', 'admin'], repoRoot);
  await run(npmCommand(), ['run', 'build:docs', '-w', 'graphql/devtools'], repoRoot);

  step(3, STEPS, 'Bootstrapping the account and region for CDK (no changes if already done)');
  await run(cdkCommand(), ['bootstrap', ...pinned, ...sharedArgs], infraDir);

  step(4, STEPS, `Deploying ${stackName(config)}: bundling functions, then CloudFormation (CloudFront takes 5–15 minutes)`);
  const outputsFile = `${infraDir}cdk.out/outputs-${config.stage}.json`;
  await run(
    cdkCommand(),
    [
      'deploy',
      stackName(config),
      // One command for district IT: IAM changes are reviewed in code (cdk-nag, template tests), not at a prompt.
      '--require-approval',
      'never',
      '--progress',
      'events',
      '--outputs-file',
      outputsFile,
      ...pinned,
      ...cdkArgs,
    ],
    infraDir,
  );

  const outputs = (JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, string>>)[stackName(config)];
  console.log(nextSteps(config, outputs ?? {}).join('\n'));
}

/** What to do after a successful deploy. */
export function nextSteps(config: KehouConfig, outputs: Record<string, string>): string[] {
  const lines = ['', '\x1b[32m✓ Deployed.\x1b[0m', `  Console:  ${outputs.ConsoleUrl ?? '(host admin/dist yourself, see README)'}`];
  lines.push(`  GraphQL:  ${outputs.GraphqlUrl}`, `  Dashboard: CloudWatch → Dashboards → ${outputs.DashboardName}`);
  if (config.customDomain) {
    lines.push(`  DNS: CNAME ${config.customDomain.domainName} → ${outputs.ConsoleDistributionDomain}`);
  }
  if (config.adminEmail) {
    lines.push(
      `  ${config.adminEmail} receives a temporary password from Cognito (no-reply@verificationemail.com);`,
      '  sign in to the console with it and choose a new password.',
      '  AWS also sends an "AWS Notification - Subscription Confirmation" e-mail: confirm it to receive alarms.',
    );
  } else if (outputs.UserPoolId) {
    lines.push(
      '  No first administrator was created. Re-run with ADMIN_EMAIL=you@district.edu.cn, or see',
      '  "Add the first administrator" in the README for the two aws cognito-idp commands.',
    );
  }
  return lines;
}

if (isMain(import.meta.url)) main().catch(fail);
