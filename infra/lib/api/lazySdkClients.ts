import { build, type BuildOptions, type Plugin } from 'esbuild';

/**
 * AWS SDK clients the function imports on first use (`await import(...)`), each group built as one self-contained
 * module. Why: esbuild splits code into chunks by file, so a file that both the cold start and a lazily loaded client
 * reach (the SDK's shared @smithy/core and @aws-sdk/core barrels) lands in a chunk the cold start loads, with every
 * part of it that the lazy client uses: S3's XML protocol, checksum streams (which touch Node's web streams at load),
 * SNS' query protocol — 79 KB a cold start compiled and never ran. Built apart, a client carries its own copy of
 * that code (only in its own chunk, loaded with it) and the cold start keeps only what DynamoDB needs.
 *
 * A group's specifiers resolve to the same module, so `import('@aws-sdk/client-s3')` and the presigner's import
 * share one S3 client implementation, as the presigner requires. infra/test/bundleSize.test.ts checks the cold start
 * is free of their code, and that the S3 module presigns with its own client.
 */
export const lazySdkGroups: Record<string, string[]> = {
  s3: ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner'],
  sns: ['@aws-sdk/client-sns'],
  // The SDK's own clients for credentials a Lambda never uses (its role's come from the environment): assumed
  // roles and web identity (STS), SSO, console sign-in.
  sts: ['@aws-sdk/nested-clients/sts'],
  'sso-oidc': ['@aws-sdk/nested-clients/sso-oidc'],
  signin: ['@aws-sdk/nested-clients/signin'],
  sso: ['@aws-sdk/nested-clients/sso'],
};

/** Dynamic imports of a package's own file that only re-exports a group's client: `importer` → path → group. */
const relativeImports: [importer: RegExp, path: string, group: string][] = [
  // credential-provider-sso's loadSso.js re-exports SSOClient and GetRoleCredentialsCommand from nested-clients/sso.
  [/node_modules\/@aws-sdk\/credential-provider-sso\/dist-es\/resolveSSOCredentials\.js$/, './loadSso.js', 'sso'],
];

const NAMESPACE = 'kehou-lazy-sdk';

/** The esbuild entry-point name of a group's module in a metafile (`kehou-lazy-sdk:s3`). */
export const lazySdkEntryPoint = (group: string) => `${NAMESPACE}:${group}`;

export const lazySdkClients = (settings: BuildOptions): Plugin => ({
  name: 'kehou-lazy-sdk-clients',
  setup(outer) {
    const groupOf = new Map(Object.entries(lazySdkGroups).flatMap(([group, specifiers]) => specifiers.map((specifier) => [specifier, group])));
    const filter = new RegExp(`^(${[...groupOf.keys()].map((specifier) => specifier.replace(/[/.-]/g, '\\$&')).join('|')})$`);
    // Only the dynamic imports: a static one is part of whatever loads it (bundleSize.test.ts keeps S3 and SNS out of
    // the cold start).
    outer.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: groupOf.get(args.path)!, namespace: NAMESPACE } : undefined));
    outer.onResolve({ filter: /^\.\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const group = relativeImports.find(([importer, path]) => path === args.path && importer.test(args.importer))?.[2];
      return group ? { path: group, namespace: NAMESPACE } : undefined;
    });
    outer.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (args) => {
      const contents = lazySdkGroups[args.path].map((specifier) => `export * from '${specifier}';`).join('\n');
      const inner = await build({
        ...settings,
        stdin: { contents, resolveDir: outer.initialOptions.absWorkingDir, loader: 'js', sourcefile: `${args.path}.js` },
        // No banner: the outer build adds its own (the `require` CommonJS code calls) to the chunk this becomes.
        splitting: false,
        bundle: true,
        write: false,
        metafile: false,
        logLevel: 'error',
      });
      return { contents: inner.outputFiles[0].text, loader: 'js', resolveDir: outer.initialOptions.absWorkingDir };
    });
  },
});
