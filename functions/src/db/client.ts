import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
// In the Lambda bundle: hands ElectroDB the DynamoDB document commands (see electrodbCommands.ts).
import './electrodbCommands';
import { DEFAULT_TABLE_NAME } from './table';

export interface DbConfig {
  tableName: string;
  /** Set for DynamoDB Local (or any engine the user runs); unset on AWS. */
  endpoint?: string;
  region: string;
}

/** Reads the table name and engine endpoint from the environment (`TABLE_NAME`, `DYNAMODB_ENDPOINT`, `AWS_REGION`). */
export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  return {
    tableName: env.TABLE_NAME || DEFAULT_TABLE_NAME,
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'cn-north-1',
  };
}

export interface Db {
  config: DbConfig;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

export function createDb(config: DbConfig): Db {
  const client = new DynamoDBClient({
    region: config.region,
    endpoint: config.endpoint,
    // DynamoDB Local accepts any alphanumeric credentials; real AWS uses the Lambda role.
    ...(config.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { config, client, doc };
}
