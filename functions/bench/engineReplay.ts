import { BatchGetItemCommand, GetItemCommand, QueryCommand as RawQueryCommand, type BatchGetItemCommandInput } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, QueryCommand, type BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
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
  const queries = sent.filter((c) => c.command === 'Query');
  const rest = sent.filter((c) => c.command !== 'Query');
  return async () => {
    await Promise.all(queries.map((c) => send(db, c)));
    await Promise.all(rest.map((c) => send(db, c)));
  };
}
