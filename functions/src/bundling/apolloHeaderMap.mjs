/**
 * Bundle-time target (infra/lib/api/bundlePlugins.ts) of `require("@apollo/server")` in @as-integrations/aws-lambda
 * (CommonJS), whose request handlers use one member of it: `HeaderMap`. An ES module graph reached by require()
 * cannot be tree-shaken, so that require kept all of Apollo Server's index graph as lazily initialised wrappers.
 * This is the module Apollo's index exports `HeaderMap` from (`@apollo/server` is aliased to its ESM build in
 * bundle.ts). functions/test/bundleResolutions.test.ts fails if the integration uses anything else.
 */
export { HeaderMap } from '@apollo/server/utils/HeaderMap.js';
