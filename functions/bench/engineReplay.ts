import { BatchGetItemCommand, GetItemCommand, QueryCommand as RawQueryCommand, type BatchGetItemCommandInput } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, QueryCommand, type BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
import { Agent, request as httpRequest } from 'node:http';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Db } from '../src/db/client';
import type { SentCommand } from './commandCounter';

/** Whether an input's key values are marshalled ({ S: … }), i.e. it went through the low-level client, not the DocumentClient. */
function marshalled(input: Record<string, unknown>): boolean {
  const values = (input.ExpressionAttributeValues ??
    input.Key ??
    Object.values((input.RequestItems ?? {}) as Record<string, { Keys?: Record<string, unknown>[] }>)[0]?.Keys?.[0] ??
    {}) as Record<string, unknown>;
  const first = Object.values(values)[0];
  return Boolean(first && typeof first === 'object' && !Array.isArray(first) && /^(S|N|B|BOOL|NULL|M|L|SS|NS|BS)$/.test(Object.keys(first)[0] ?? ''));
}

/** Sends one read command as the API sent it (same client path); a BatchGetItem's unprocessed keys are sent again. */
async function send(db: Db, { command, input }: SentCommand): Promise<void> {
  const raw = marshalled(input);
  if (command === 'Query') {
    await (raw ? db.client.send(new RawQueryCommand(input as never)) : db.doc.send(new QueryCommand(input as never)));
  } else if (command === 'GetItem') {
    await (raw ? db.client.send(new GetItemCommand(input as never)) : db.doc.send(new GetCommand(input as never)));
  } else if (command === 'BatchGetItem') {
    let pending: Record<string, unknown> | undefined = input.RequestItems as Record<string, unknown>;
    while (pending && Object.keys(pending).length > 0) {
      const output = raw
        ? await db.client.send(new BatchGetItemCommand({ ...input, RequestItems: pending } as BatchGetItemCommandInput))
        : await db.doc.send(new BatchGetCommand({ ...input, RequestItems: pending } as BatchGetCommandInput));
      pending = output.UnprocessedKeys as Record<string, unknown> | undefined;
    }
  } else {
    throw new Error(`engine replay: ${command} is not a read`);
  }
}

/**
 * The engine's own floor for one API request: the same read commands it sent (inputs read off the server's command
 * counter), sent from this process in the request's pattern — its Queries together, then the rest (the children's
 * BatchGetItems) together. No parsing, access checks, GraphQL or HTTP: only the engine and the SDK.
 */
export function engineReplay(db: Db, sent: readonly SentCommand[]): () => Promise<void> {
  return inRequestPattern(sent, (c) => () => send(db, c));
}

/** A request's pattern: its Queries together, then the rest (the children's BatchGetItems) together. */
function inRequestPattern(sent: readonly SentCommand[], sender: (c: SentCommand) => () => Promise<void>): () => Promise<void> {
  const queries = sent.filter((c) => c.command === 'Query').map(sender);
  const rest = sent.filter((c) => c.command !== 'Query').map(sender);
  return async () => {
    await Promise.all(queries.map((run) => run()));
    await Promise.all(rest.map((run) => run()));
  };
}

/** A DocumentClient input's values marshalled as the engine's wire format wants them; a low-level input as it is. */
function wireInput(input: Record<string, unknown>): Record<string, unknown> {
  if (marshalled(input)) return input;
  const values = (v: unknown) => marshall(v as Record<string, unknown>, { removeUndefinedValues: true });
  const out: Record<string, unknown> = { ...input };
  if (input.ExpressionAttributeValues) out.ExpressionAttributeValues = values(input.ExpressionAttributeValues);
  if (input.ExclusiveStartKey) out.ExclusiveStartKey = values(input.ExclusiveStartKey);
  if (input.Key) out.Key = values(input.Key);
  if (input.RequestItems) {
    out.RequestItems = Object.fromEntries(
      Object.entries(input.RequestItems as Record<string, { Keys: Record<string, unknown>[] }>).map(([table, request]) => [
        table,
        { ...request, Keys: request.Keys.map(values) },
      ]),
    );
  }
  return out;
}

/**
 * The same replay as `engineReplay`, over plain HTTP: the request bodies are built once, and nothing of the SDK
 * (middleware, signing, parsing, unmarshalling) runs per call — the engine's own time for the request's commands.
 * DynamoDB Local does not check signatures; the header only has to be well formed.
 */
export function engineReplayHttp(endpoint: string, sent: readonly SentCommand[]): () => Promise<void> {
  const agent = new Agent({ keepAlive: true });
  const headers = (command: string) => ({
    'content-type': 'application/x-amz-json-1.0',
    'x-amz-target': `DynamoDB_20120810.${command}`,
    authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
  });
  const post = (command: string, body: string) =>
    new Promise<Record<string, unknown>>((done, fail) => {
      const request = httpRequest(endpoint, { method: 'POST', agent, headers: headers(command) }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          if (response.statusCode !== 200) fail(new Error(`engine replay: ${command} answered ${response.statusCode}: ${answer.message}`));
          else done(answer);
        });
      });
      request.on('error', fail);
      request.end(body);
    });
  const sendOne = async ({ command, input }: SentCommand, body: string) => {
    let answer = await post(command, body);
    // A BatchGetItem's unprocessed keys are sent again, as the API does.
    for (
      let pending = answer.UnprocessedKeys as object | undefined;
      pending && Object.keys(pending).length > 0;
      pending = answer.UnprocessedKeys as object | undefined
    ) {
      answer = await post(command, JSON.stringify({ ...wireInput(input), RequestItems: pending }));
    }
  };
  return inRequestPattern(sent, (c) => {
    const body = JSON.stringify(wireInput(c.input));
    return () => sendOne(c, body);
  });
}
