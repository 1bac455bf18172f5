import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { bundleSettings, repoRoot } from '../lib/api/kehouFunction';

/**
 * One Node version policy, stated in four places that must agree: `.nvmrc` (what developers and CI run),
 * `engines` in package.json, `@types/node`, and the engines of every package in the lock file. A package that
 * needs a newer Node would make `npm ci` print EBADENGINE (and `.ci/run`, which installs with --engine-strict,
 * fail); this finds it from the lock file in milliseconds.
 */
const read = (path: string) => readFileSync(`${repoRoot}${path}`, 'utf8');
const nvmrc = read('.nvmrc').trim();
const root = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: unknown }> };
/** The Lambda runtime's line: the lowest Node 22 the root `engines` accepts. */
const lambdaNode = semver.minVersion(root.engines.node.split('||').find((range) => semver.major(semver.minVersion(range)!) === 22)!)!.version;

function refusing(nodeVersion: string): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    // Old packages sometimes declare engines as an array of strings; npm ignores those.
    const range = entry.engines && typeof entry.engines === 'object' && !Array.isArray(entry.engines) ? (entry.engines as { node?: string }).node : undefined;
    if (!path || !range || semver.satisfies(nodeVersion, range, { includePrerelease: true })) return [];
    return [`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs node ${range}`];
  });
}

describe('Node version policy', () => {
  it('.nvmrc names the Node 20 line the machines and CI run, accepted by engines', () => {
    expect(semver.valid(nvmrc)).toBe(nvmrc);
    expect(semver.major(nvmrc)).toBe(20);
    expect(semver.satisfies(nvmrc, root.engines.node)).toBe(true);
  });

  it('engines also accepts the Lambda runtime (Node 22) the bundles target', () => {
    expect(semver.major(lambdaNode)).toBe(22);
    expect(bundleSettings.target).toBe('node22');
  });

  it('@types/node matches the oldest Node the code runs on, so no newer API slips in', () => {
    expect(semver.major(root.devDependencies['@types/node'])).toBe(semver.major(nvmrc));
  });

  it('every package in the lock file runs on the .nvmrc version (no EBADENGINE on npm ci)', () => {
    expect(refusing(nvmrc)).toEqual([]);
  });

  it('every package in the lock file runs on the Lambda runtime', () => {
    expect(refusing(lambdaNode)).toEqual([]);
  });

  it('the README states the policy with the same versions', () => {
    const readme = read('README.md');
    expect(readme).toContain(`Node.js ${nvmrc}`);
    expect(readme).toMatch(/Lambda runs Node(\.js)? 22/);
  });
});
