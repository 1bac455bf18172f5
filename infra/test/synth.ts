import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphqlEntry } from '../lib/api/graphqlApi';
import { careAlertsEntry, qualificationExpiryEntry, studentRetentionEntry } from '../lib/jobs/scheduledJobs';
import { parentSignUpEntry } from '../lib/auth/parentSignUp';
import { readConfig } from '../lib/config';
import { KehouStack } from '../lib/kehouStack';

// The same feature flags as `cdk synth`, so tests see what a deploy would get.
const cdkJson = JSON.parse(readFileSync(fileURLToPath(new URL('../cdk.json', import.meta.url)), 'utf8')) as {
  context: Record<string, unknown>;
};

const fixture = (path: string) => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));
// Bundling is skipped in tests, so only an entry's existence matters; stubs stand in for handlers not written yet.
const entryOrStub = (entry: string, stub: string) => (existsSync(entry) ? undefined : fixture(stub));
/** A tiny stand-in for admin/dist (index.html and assets/), which tests must not depend on. */
export const consoleFixture = fixture('console');

/** The app and stack as bin/app.ts builds them, minus bundling (no esbuild run, placeholder asset hashes). */
export function createApp(context: Record<string, unknown> = {}) {
  const app = new App({
    context: { ...cdkJson.context, stage: 'test', ...context, 'aws:cdk:bundling-stacks': [] },
  });
  // An empty environment: a STAGE or CONSOLE_ORIGINS in the developer's shell must not change the results.
  const config = readConfig(app, {});
  // Environment-agnostic unless a region is given, like `npm run synth` without CDK_DEFAULT_REGION.
  const stack = new KehouStack(app, `Kehou-${config.stage}`, {
    config,
    env: config.region ? { region: config.region } : undefined,
    consoleAssetPath: consoleFixture,
    docsAssetPath: fixture('docs'),
    entries: {
      graphql: entryOrStub(graphqlEntry, 'graphqlHandler.ts'),
      qualificationExpiry: entryOrStub(qualificationExpiryEntry, 'qualificationExpiryHandler.ts'),
      studentRetention: entryOrStub(studentRetentionEntry, 'qualificationExpiryHandler.ts'),
      parentSignUp: entryOrStub(parentSignUpEntry, 'qualificationExpiryHandler.ts'),
      careAlerts: entryOrStub(careAlertsEntry, 'qualificationExpiryHandler.ts'),
    },
  });
  return { app, stack };
}

const synthesised = new Map<string, ReturnType<typeof synthesise>>();

/**
 * The synthesised stack for this context, memoised and shared by all test files
 * (vitest.config.ts turns isolation off) because each synthesis costs seconds:
 * test files asking for the same variant (e.g. `withEverything`) pay once.
 */
export function buildStack(context: Record<string, unknown> = {}) {
  const key = JSON.stringify(context);
  let built = synthesised.get(key);
  if (!built) synthesised.set(key, (built = synthesise(context)));
  return built;
}

/** Every optional setting at once: the first admin, a custom console domain, reserved concurrency, backups, SMS by SNS. */
export const withEverything = {
  backup: 'on',
  adminEmail: 'IT@Example.edu.cn',
  domainName: 'kehou.example.edu.cn',
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-aaaa-bbbb-cccc-123456789012',
  reservedConcurrency: '25',
  smsSender: 'sns',
};

function synthesise(context: Record<string, unknown>) {
  const { app, stack } = createApp(context);
  return { app, stack, template: Template.fromStack(stack) };
}
