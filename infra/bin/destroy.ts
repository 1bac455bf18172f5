/**
 * `npm run destroy`: says what the teardown deletes and what it keeps, then
 * runs `cdk destroy` (which asks for confirmation unless given --force).
 */
import { cdkCommand, fail, infraDir, isMain, parseArguments, run, stackName, step } from './cli';
import { preflight } from './preflight';
import type { KehouConfig } from '../lib/config';
import { isProtectedStage } from '../lib/kehouStack';

/** What `cdk destroy` leaves in the account, and why; kept in step with the removal policies in lib/. */
export function retainedResources(config: KehouConfig): string[] {
  const retained = [
    `DynamoDB table kehou-${config.stage}: all district data and the audit trail (deletion protection, PITR backups)`,
    `S3 bucket kehou-${config.stage}-documents-<account>-<region>: uploaded qualification documents, with versions`,
    `S3 bucket kehou-${config.stage}-accesslogsbucket…: six months of S3 access logs, expired by a lifecycle rule`,
    'CloudWatch log groups of the functions, API and deployments: six months (网络安全法 art. 21)',
  ];
  if (config.backup) {
    retained.push(`AWS Backup vault kehou-${config.stage} with its recovery points (daily and monthly copies of the table and documents)`);
  }
  if (!config.externalIdentity) {
    retained.splice(1, 0, `Cognito user pool kehou-${config.stage}: every account and group membership (deletion protection)`);
  }
  return retained;
}

/** What goes with the stack: everything that code re-creates. */
export function deletedResources(config: KehouConfig): string[] {
  return [
    'Lambda functions, HTTP API, EventBridge schedule',
    ...(config.region?.startsWith('cn-') ? [] : ['CloudFront distribution and the console bucket (emptied first)']),
    'alarms, dashboard, alarm topic; its KMS key is scheduled for deletion after 7 days',
  ];
}

async function main() {
  const { context, contextArgs, cdkArgs } = parseArguments(process.argv.slice(2));
  // The same checks as a deploy: the stack is synthesised to find it, in the region resolved here.
  const { config, region } = await preflight(context, cdkArgs);
  const pinned = context.region ? contextArgs : [...contextArgs, '-c', `region=${region}`];

  step(1, 2, `What destroying ${stackName(config)} does`);
  console.log('  Deleted:');
  for (const line of deletedResources(config)) console.log(`    - ${line}`);
  console.log('  \x1b[33mRetained\x1b[0m (delete by hand in the AWS console once you are sure):');
  for (const line of retainedResources(config)) console.log(`    - ${line}`);
  console.log(
    '  Deploying the same stage again fails while the retained table and documents bucket exist:\n' + '  delete them first, or use a new stage name.',
  );

  if (isProtectedStage(config.stage)) {
    console.log(
      `  \x1b[33m${stackName(config)} has termination protection\x1b[0m: cdk destroy fails until it is turned off on purpose:\n` +
        `  aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stackName(config)}`,
    );
  }

  step(2, 2, 'cdk destroy');
  await run(cdkCommand(), ['destroy', stackName(config), ...pinned, ...cdkArgs], infraDir);
}

if (isMain(import.meta.url)) main().catch(fail);
