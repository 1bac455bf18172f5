// Bundle-time stand-in (see infra/lib/api/bundle.ts, `alias`) for a package the deployed function never runs:
// Apollo's usage-reporting protobuf and trace code and its schema-reporting plugin (Apollo GraphOS reporting is off,
// its plugins are disabled), graphql-tools' makeExecutableSchema (the schema is built by
// functions/src/server/schema.ts), and semver, which the X-Ray SDK needs only to patch the AWS SDK v2 we do not use.
// Reaching it is a bug, so it fails loudly instead of quietly doing nothing.
'use strict';
module.exports = new Proxy(
  {},
  {
    get(_target, name) {
      if (name === '__esModule' || typeof name === 'symbol') return undefined;
      throw new Error(`${String(name)} is not part of the deployed bundle (functions/src/bundling/unused.cjs)`);
    },
  },
);
