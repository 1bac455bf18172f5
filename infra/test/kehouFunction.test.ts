import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { KehouFunction } from '../lib/api/kehouFunction';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'kehou-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('KehouFunction bundling', () => {
  it('bundles each function from its own entry (a real esbuild run, no shared staged bundle)', () => {
    // Bundling on, unlike the other tests: CDK caches staged bundles by source path and bundling options.
    const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': ['**'] } });
    const stack = new Stack(app, 'Bundling');
    const observability = { serviceName: 'graphql', metricNamespace: 'Kehou/test' };
    new KehouFunction(stack, 'Graphql', { entry: fixture('graphqlHandler.ts'), description: 'GraphQL', observability });
    new KehouFunction(stack, 'Job', { entry: fixture('qualificationExpiryHandler.ts'), description: 'job', observability });
    const assembly = app.synth();
    const functions = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'));
    const keys = functions.map((fn) => fn.Properties.Code.S3Key as string);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) {
      const asset = join(assembly.directory, `asset.${key.replace(/\.zip$/, '')}`);
      expect(existsSync(join(asset, 'index.mjs'))).toBe(true);
      expect(
        readdirSync(asset, { recursive: true })
          .map(String)
          .filter((file) => file.endsWith('.map')),
      ).toEqual([]);
    }
  });
});
