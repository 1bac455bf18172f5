/**
 * The CDK app: one KehouStack per stage, checked by cdk-nag (AWS Solutions)
 * at synthesis. Run by the CDK CLI through tsx (see cdk.json).
 *
 *   npm run synth -w infra                    # stage "prod", offline
 *   STAGE=test npm run deploy                 # build the console, then deploy (bin/deploy.ts)
 */
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../lib/api/kehouFunction';
import { readConfig } from '../lib/config';
import { KehouStack } from '../lib/kehouStack';

const app = new App();
const config = readConfig(app);

new KehouStack(app, `Kehou-${config.stage}`, {
  config,
  consoleAssetPath: consoleAssetPath(),
  // The schema reference goes up with the console when built (`npm run deploy` builds it).
  docsAssetPath: existsSync(`${repoRoot}graphql/devtools/dist/docs/index.html`) ? `${repoRoot}graphql/devtools/dist/docs` : undefined,
  description: `After-school service platform (课后服务平台), stage ${config.stage}`,
  // Account from the CLI profile; the region may be pinned by context or environment.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region },
});

Tags.of(app).add('project', 'kehou');
Tags.of(app).add('stage', config.stage);

// Errors fail the synthesis; every accepted finding is acknowledged next to its resource, with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

/**
 * The built console, or a placeholder page so that `npm run synth` works on a
 * fresh clone without building it (`npm run deploy` always builds it first).
 */
function consoleAssetPath(): string {
  const built = `${repoRoot}admin/dist`;
  if (existsSync(`${built}/index.html`)) return built;
  console.warn('admin/dist not found: using a placeholder console page (npm run deploy builds the console first).');
  return fileURLToPath(new URL('../assets/console-placeholder', import.meta.url));
}
