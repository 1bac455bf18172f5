'use strict';
// Bundle-time target (infra/lib/api/bundlePlugins.ts) of ElectroDB's `require("@aws-sdk/lib-dynamodb")`: the object
// ElectroDB keeps as `this.lib`, filled with lib-dynamodb's own command classes (electrodbDocumentCommands.mjs) by
// functions/src/db/electrodbCommands.ts when db/client.ts loads — before any DynamoDB client, hence any ElectroDB
// entity, can exist. A require() of the ES modules themselves would make esbuild wrap them, and every SDK module they
// share with the DynamoDB client (most of @smithy/core), in lazily evaluated closures: V8 then parses each of those
// modules twice at a cold start. ElectroDB reads the classes only when it sends a command
// (functions/test/bundleResolutions.test.ts checks both).
module.exports = {};
