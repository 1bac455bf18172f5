import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Client = DynamoDBClient | DynamoDBDocumentClient;

/**
 * Records one entry per command the client sends (its name, or what `label` makes of name and input), so a test can
 * count DynamoDB calls of everything built on that client.
 */
export function recordCommands(client: Client, into: string[], label: (name: string, input: Record<string, unknown>) => string = (name) => name) {
  (client as DynamoDBClient).middlewareStack.add(
    (next, context) => async (args) => {
      into.push(label(String(context.commandName), args.input as Record<string, unknown>));
      return next(args);
    },
    { step: 'initialize' },
  );
}

/** Calls `onRead` with the index (or 'table') and DynamoDB's ScannedCount of every Query/Scan answered: items read, kept or not. */
export function recordScannedCounts(client: Client, onRead: (index: string, scanned: number) => void) {
  (client as DynamoDBClient).middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const scanned = (result.output as { ScannedCount?: number }).ScannedCount;
      if (scanned !== undefined) onRead((args.input as { IndexName?: string }).IndexName ?? 'table', scanned);
      return result;
    },
    { step: 'initialize' },
  );
}
