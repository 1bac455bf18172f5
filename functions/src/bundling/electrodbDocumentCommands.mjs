/**
 * The classes ElectroDB's `require("@aws-sdk/lib-dynamodb")` gets in the bundle (through electrodbDocumentLib.cjs,
 * which functions/src/db/electrodbCommands.ts fills from here; infra/lib/api/bundlePlugins.ts). ElectroDB
 * is CommonJS and keeps that whole namespace (`this.lib.GetCommand`, …), and an ES module graph reached by require()
 * cannot be tree-shaken: every lib-dynamodb command and, through them, all 60 DynamoDB client commands with their
 * schemas were bundled and evaluated at each cold start. These are the lib-dynamodb command classes ElectroDB's
 * client wrapper uses, each from its own module: the same classes the package's index exports.
 * functions/test/bundleResolutions.test.ts fails if ElectroDB uses any other member of the namespace.
 */
export { BatchGetCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/BatchGetCommand.js';
export { BatchWriteCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/BatchWriteCommand.js';
export { DeleteCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/DeleteCommand.js';
export { GetCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/GetCommand.js';
export { PutCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/PutCommand.js';
export { QueryCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/QueryCommand.js';
export { ScanCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/ScanCommand.js';
export { TransactGetCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/TransactGetCommand.js';
export { TransactWriteCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/TransactWriteCommand.js';
export { UpdateCommand } from '@aws-sdk/lib-dynamodb/dist-es/commands/UpdateCommand.js';
