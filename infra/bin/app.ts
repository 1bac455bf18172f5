/**
 * The CDK app: one KehouStack per stage, checked by cdk-nag (AWS Solutions)
 * at synthesis. Run by the CDK CLI through tsx (see cdk.json).
 *
 *   npm run synth -w infra                    # stage "prod"
 *   STAGE=test npm run deploy -w infra        # or: npx cdk deploy -c stage=test
 */
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from '../lib/config';
import { KehouStack } from '../lib/kehouStack';

const app = new App();
const config = readConfig(app);

new KehouStack(app, `Kehou-${config.stage}`, {
  config,
  description: `After-school service platform (课后服务平台), stage ${config.stage}`,
  // Account from the CLI profile; the region may be pinned by context or environment.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region },
});

Tags.of(app).add('project', 'kehou');
Tags.of(app).add('stage', config.stage);

// Errors fail the synthesis; every accepted finding is acknowledged next to its resource, with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
