import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface CommandCounts {
  total: number;
  byCommand: Record<string, number>;
  /** Command + index + key shape (ids masked), e.g. `Query gsi1 $kehou#schoolid_<sch>`: names the access pattern. */
  byShape: Record<string, number>;
}

const idPattern = /(pol|sch|trm|act|prv|con|evl|doc|aud|pex|srv)_[a-z2-7]{20}\b/g;
const mask = (value: string) => value.replace(idPattern, '<$1>');

/** A key value as the middleware sees it: plain (DocumentClient input) or marshalled ({ S: … }). */
const text = (value: unknown): string => (typeof value === 'string' ? value : ((value as { S?: string } | undefined)?.S ?? '?'));

function shapeOf(command: string, input: Record<string, unknown>): string {
  const name = command.replace(/Command$/, '');
  if (name === 'Query') {
    const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
    const pk = values[':pk'] ?? Object.values(values)[0];
    const select = input.Select === 'COUNT' ? ' COUNT' : '';
    // Whether a page Query is bounded matters: without Limit the engine reads up to 1 MB to return a page.
    const limit = input.Limit === undefined ? ' no Limit' : ` Limit ${String(input.Limit)}`;
    return `Query ${String(input.IndexName ?? 'table')} ${mask(text(pk))}${select}${limit}`;
  }
  if (name === 'GetItem' || name === 'UpdateItem' || name === 'PutItem') {
    const key = (input.Key ?? input.Item ?? {}) as Record<string, unknown>;
    return `${name} ${mask(text(key.pk))}`;
  }
  if (name === 'BatchGetItem') {
    const requests = Object.values((input.RequestItems ?? {}) as Record<string, { Keys?: Record<string, unknown>[] }>);
    const first = requests[0]?.Keys?.[0];
    return `BatchGetItem ${first ? mask(text(first.pk)).replace(/<\w+>.*$/, '…') : ''}`.trim();
  }
  return name;
}

/**
 * Counts every command the client sends, through a middleware on its stack. The DocumentClient shares the
 * client's middleware stack, so commands sent through `db.doc` (ElectroDB's path) are counted too.
 */
export function attachCommandCounter(client: DynamoDBClient) {
  let counts: CommandCounts = { total: 0, byCommand: {}, byShape: {} };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'Unknown';
      const shape = shapeOf(command, args.input as Record<string, unknown>);
      counts.total++;
      counts.byCommand[command] = (counts.byCommand[command] ?? 0) + 1;
      counts.byShape[shape] = (counts.byShape[shape] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchCommandCounter' },
  );
  return {
    read: (): CommandCounts => structuredClone(counts),
    reset() {
      counts = { total: 0, byCommand: {}, byShape: {} };
    },
  };
}
