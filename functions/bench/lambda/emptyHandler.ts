import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

// The baseline for module init time: the SDK client the GraphQL handler also creates at init, and nothing else.
// The client must be used, or esbuild would drop the side-effect-free import entirely.
const client = new DynamoDBClient({});

export const handler = async () => ({ statusCode: 200, body: client.config.apiVersion });
