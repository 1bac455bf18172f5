import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as graphqlVersionOnly from '../src/bundling/graphqlVersionOnly';
import * as documentCommands from '../src/bundling/electrodbDocumentCommands.mjs';
import electrodbDocumentLib from '../src/bundling/electrodbDocumentLib.cjs';
import '../src/db/client';

/**
 * The premises of infra/lib/api/bundlePlugins.ts, which points two dynamic or CommonJS uses of a whole module
 * namespace at modules that re-export only what is read from it. If an upgrade of @apollo/server, graphql or
 * electrodb changes what is read, these fail (and the bundle would otherwise behave differently).
 */
const require = createRequire(import.meta.url);
/** A file of an installed package, found from the package's entry point (its `exports` hide the file itself). */
function source(name: string, file: string): string {
  let dir = dirname(require.resolve(name));
  const isRoot = (path: string) => existsSync(join(path, 'package.json')) && JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')).name === name;
  while (!isRoot(dir)) dir = dirname(dir);
  return readFileSync(join(dir, file), 'utf8');
}

describe("Apollo Server's dynamic import('graphql')", () => {
  const polyfill = source('@apollo/server', 'dist/esm/incrementalDeliveryPolyfill.js');

  it('reads only `version` and `experimentalExecuteIncrementally` from the graphql namespace', () => {
    expect(polyfill.match(/import\(\s*'graphql'\s*\)/g)).toEqual(["import('graphql')"]);
    expect(polyfill).toMatch(/const graphql = await import\('graphql'\);/);
    // With string literals blanked, every use of the namespace variable: its declaration, `'…' in graphql`, and members.
    const code = polyfill.replace(/'[^']*'/g, "''");
    const uses = [...code.matchAll(/\bgraphql\b(\s*\.\s*\w+)?/g)].map((m) => m[1]?.replace(/[\s.]/g, '') ?? '(bare)');
    expect(uses.sort()).toEqual(['(bare)', '(bare)', 'experimentalExecuteIncrementally', 'version']);
    expect([...polyfill.matchAll(/'(\w+)' in graphql\b/g)].map((m) => m[1])).toEqual(['experimentalExecuteIncrementally']);
  });

  it('gets the same answers from graphqlVersionOnly.ts as from graphql 16 itself', async () => {
    const graphql = await import('graphql');
    expect(graphql.version).toMatch(/^16\./);
    expect('experimentalExecuteIncrementally' in graphql).toBe(false);
    expect(graphqlVersionOnly.version).toBe(graphql.version);
    expect('experimentalExecuteIncrementally' in graphqlVersionOnly).toBe(false);
    expect(Object.keys(graphqlVersionOnly)).toEqual(['version']);
  });
});

describe("ElectroDB's require('@aws-sdk/lib-dynamodb')", () => {
  const client = source('electrodb', 'src/client.js');

  it('uses the namespace only for the command classes electrodbDocumentCommands.mjs exports', () => {
    expect(client.match(/require\("@aws-sdk\/lib-dynamodb"\)/g)).toHaveLength(1);
    // With string literals blanked, `lib` is only declared, handed to the wrappers and kept as `this.lib`; its
    // members are read as `lib.X` / `this.lib.X`.
    const code = client.replace(/"[^"]*"/g, '""');
    const bare = [...code.matchAll(/\blib\b(?!\s*\.)/g)].map((m) => code.slice(Math.max(0, m.index - 20), m.index + 8).replace(/\s+/g, ' '));
    expect(bare.length).toBeGreaterThan(0);
    for (const text of bare) expect(text).toMatch(/const lib =|this\.lib = lib|\(client, lib\)|this\.lib\b/);
    const members = new Set([...client.matchAll(/\blib\.(\w+)/g)].map((m) => m[1]));
    expect([...members].sort()).toEqual(Object.keys(documentCommands).sort());
  });

  it('reads those members only when a command is sent (this.lib.X in the wrapper methods), never while loading', () => {
    // The bundle hands ElectroDB an object that db/client.ts fills when it loads (electrodbDocumentLib.cjs): a read
    // at module scope, before the fill, would find nothing.
    const reads = [...client.matchAll(/(this\.)?\blib\.(\w+)/g)].map((m) => m[0]);
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(read).toMatch(/^this\.lib\./);
  });

  it('finds the command classes in the object the bundle hands it once db/client.ts has loaded', () => {
    const handed = electrodbDocumentLib as Record<string, unknown>;
    expect(Object.keys(handed).sort()).toEqual(Object.keys(documentCommands).sort());
    for (const [name, command] of Object.entries(documentCommands)) expect(handed[name], name).toBe(command);
  });

  it('gets each of them from the module lib-dynamodb itself exports it from', async () => {
    const lib = source('@aws-sdk/lib-dynamodb', 'dist-es/commands/index.js');
    for (const [name, command] of Object.entries(documentCommands)) {
      expect(typeof command, name).toBe('function');
      expect(command.name).toBe(name);
      expect(lib).toContain(`export * from './${name}';`);
    }
  });
});

describe("the Lambda integration's require('@apollo/server')", () => {
  it('uses only HeaderMap, which Apollo exports from the module apolloHeaderMap.mjs re-exports', () => {
    const handlers = ['ALBEventRequestHandler', 'APIGatewayProxyEventRequestHandler', 'APIGatewayProxyEventV2RequestHandler'];
    const files = [...handlers.map((name) => `dist/request-handlers/${name}.js`), 'dist/index.js', 'dist/lambdaHandler.js', 'dist/middleware.js'];
    const uses = new Set<string>();
    for (const file of files) {
      const code = source('@as-integrations/aws-lambda', file);
      const bindings = [...code.matchAll(/const (\w+) = require\("@apollo\/server"\);/g)].map((m) => m[1]);
      expect(code.match(/require\("@apollo\/server"\)/g)?.length ?? 0).toBe(bindings.length);
      for (const binding of bindings) {
        for (const m of code.matchAll(new RegExp(`\\b${binding}\\b(\\.\\w+)?`, 'g'))) uses.add(m[1] ?? '(bare)');
      }
    }
    // Each binding appears bare once (its declaration) and otherwise as `server_1.HeaderMap`.
    expect([...uses].sort()).toEqual(['(bare)', '.HeaderMap']);
    expect(source('@apollo/server', 'dist/esm/index.js')).toContain("export { HeaderMap } from './utils/HeaderMap.js';");
  });
});
