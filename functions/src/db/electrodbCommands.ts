import electrodbDocumentLib from '../bundling/electrodbDocumentLib.cjs';
import * as documentCommands from '../bundling/electrodbDocumentCommands.mjs';

/**
 * In the Lambda bundle, ElectroDB's `require("@aws-sdk/lib-dynamodb")` gets electrodbDocumentLib.cjs; this fills it
 * with the command classes ElectroDB uses, as an ES module import (see electrodbDocumentLib.cjs for why). Run from
 * db/client.ts, the only place a DynamoDB document client is made. Outside the bundle ElectroDB requires the package
 * itself and the object stays unused.
 */
Object.assign(electrodbDocumentLib, documentCommands);
