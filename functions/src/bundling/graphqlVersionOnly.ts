/**
 * Bundle-time target (infra/lib/api/bundlePlugins.ts) of the one dynamic `import('graphql')` in the deployed code:
 * Apollo Server's incremental-delivery polyfill, which imports the whole graphql namespace only to ask whether it is
 * graphql 17.0.0-alpha.9 (`graphql.version === '17.0.0-alpha.9' && 'experimentalExecuteIncrementally' in graphql`).
 * A namespace used that way keeps every graphql export, and evaluates every graphql module, at each cold start.
 * This module answers the same question with graphql's own `version` binding: with graphql 16 both namespaces give
 * `version` = graphql's version and no `experimentalExecuteIncrementally`, so the polyfill takes the same branch
 * (graphql's `execute`). functions/test/bundleResolutions.test.ts fails if either premise changes.
 */
export { version } from 'graphql';
