import type { Plugin } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Resolutions that let esbuild tree-shake libraries which otherwise stay whole in the deployed bundle because a
 * dependency takes their entire module namespace (a dynamic import, or a CommonJS require of an ES module). Each
 * target re-exports the library's own bindings (no stand-in code runs), and functions/test/bundleResolutions.test.ts
 * checks the premise each relies on.
 */
export const bundleResolutions = (repoRoot: string): Plugin => ({
  name: 'kehou-bundle-resolutions',
  setup(build) {
    const target = (path: string) => join(repoRoot, 'functions/src/bundling', path);

    // Apollo Server's incremental-delivery polyfill: `await import('graphql')` only to read `version` and test for
    // graphql 17's `experimentalExecuteIncrementally` (see graphqlVersionOnly.ts).
    build.onResolve({ filter: /^graphql$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      if (/@apollo\/server\/dist\/esm\/incrementalDeliveryPolyfill\.js$/.test(args.importer)) return { path: target('graphqlVersionOnly.ts') };
      return { errors: [{ text: `A new dynamic import('graphql') in ${args.importer}: it would keep all of graphql in the bundle (see bundlePlugins.ts)` }] };
    });

    // Apollo's GraphOS schema reporting (on only with APOLLO_SCHEMA_REPORTING and an Apollo key; GraphOS is off, as
    // usage reporting is, see bundle.ts): its lazy chunk shared graphql's extendSchema with the cold start.
    build.onResolve({ filter: /^\.\/plugin\/schemaReporting\/index\.js$/ }, (args) =>
      args.kind === 'dynamic-import' && /@apollo\/server\/dist\/esm\/ApolloServer\.js$/.test(args.importer) ? { path: target('unused.cjs') } : undefined,
    );

    // ElectroDB (CommonJS) require()s all of @aws-sdk/lib-dynamodb for ten command classes (see electrodbDocumentCommands.mjs);
    // it gets an object that db/client.ts fills with them (see electrodbDocumentLib.cjs).
    build.onResolve({ filter: /^@aws-sdk\/lib-dynamodb$/ }, (args) =>
      args.kind === 'require-call' && /node_modules\/electrodb\/src\/client\.js$/.test(args.importer)
        ? { path: target('electrodbDocumentLib.cjs') }
        : undefined,
    );

    // The Lambda integration (CommonJS) require()s Apollo Server for `HeaderMap` alone (see apolloHeaderMap.mjs).
    build.onResolve({ filter: /^@apollo\/server$/ }, (args) =>
      args.kind === 'require-call' && /@as-integrations\/aws-lambda\/dist\//.test(args.importer) ? { path: target('apolloHeaderMap.mjs') } : undefined,
    );

    // Each lib-dynamodb command imports its one DynamoDB client command from the client's index; once a require()
    // reaches these modules that index can no longer be tree-shaken, so the import goes to that command's own module,
    // which is the module the index re-exports it from.
    build.onResolve({ filter: /^@aws-sdk\/client-dynamodb$/ }, (args) => {
      if (!/node_modules\/@aws-sdk\/lib-dynamodb\/dist-es\/commands\/\w+Command\.js$/.test(args.importer)) return undefined;
      const names = [...readFileSync(args.importer, 'utf8').matchAll(/import \{([^}]*)\} from "@aws-sdk\/client-dynamodb"/g)].flatMap((m) =>
        m[1].split(',').map((part) => part.trim().split(/\s+as\s+/)[0]),
      );
      const path =
        names.length === 1
          ? join(dirname(createRequire(args.importer).resolve('@aws-sdk/client-dynamodb/package.json')), 'dist-es/commands', `${names[0]}.js`)
          : '';
      if (!existsSync(path))
        return {
          errors: [
            { text: `${args.importer} imports ${names.join(', ') || 'nothing'} from @aws-sdk/client-dynamodb: expected one command (see bundlePlugins.ts)` },
          ],
        };
      return { path };
    });
  },
});
