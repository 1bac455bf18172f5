import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphqlEntry } from '../lib/api/graphqlApi';
import { readConfig } from '../lib/config';
import { KehouStack } from '../lib/kehouStack';

// The same feature flags as `cdk synth`, so tests see what a deploy would get.
const cdkJson = JSON.parse(readFileSync(fileURLToPath(new URL('../cdk.json', import.meta.url)), 'utf8')) as {
  context: Record<string, unknown>;
};

// Bundling is skipped in tests, so only the entry's existence matters; a stub stands in if the handler is missing.
const stubEntry = fileURLToPath(new URL('./fixtures/graphqlHandler.ts', import.meta.url));

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
    graphqlEntry: existsSync(graphqlEntry) ? undefined : stubEntry,
  });
  return { app, stack };
}

let defaultStack: ReturnType<typeof synthesise> | undefined;

/**
 * The synthesised default stack, shared by all test files (vitest.config.ts
 * turns isolation off) because synthesis costs seconds; pass context for a variant.
 */
export function buildStack(context: Record<string, unknown> = {}) {
  if (Object.keys(context).length === 0) return (defaultStack ??= synthesise({}));
  return synthesise(context);
}

function synthesise(context: Record<string, unknown>) {
  const { app, stack } = createApp(context);
  return { app, stack, template: Template.fromStack(stack) };
}
