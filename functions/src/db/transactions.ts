import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { AppError, conflict } from '../core/errors';
import type { Db } from './client';
import { itemSizeProblem, isItemSizeRefusal, tooLarge } from './itemSize';

/** One item of a TransactWriteItems request in DocumentClient form: a Put, Update, Delete or ConditionCheck. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One write of a transaction plus what its failing condition means in the domain. `onConditionFail` gets the
 * item as it was (ALL_OLD), or undefined when it did not exist, and returns the coded error to throw.
 */
export interface GuardedWrite {
  /** The write: an ElectroDB write chain's item (`txItem(…)`), or one built by hand in DocumentClient form. */
  op: TransactItem;
  onConditionFail?: (existing: Record<string, unknown> | undefined) => AppError;
  /**
   * Writes with the same key are one write: only the first is sent (a transaction may touch an item once). For
   * idempotent bookkeeping steps several writers add, e.g. the compliance mark of a school's term.
   */
  key?: string;
}

const actionKeys = ['Put', 'Update', 'Delete', 'ConditionCheck'] as const;

function toTransactItem(write: GuardedWrite): TransactItem {
  const op = write.op as Record<string, object | undefined>;
  const key = actionKeys.find((k) => op[k]);
  if (!key) throw new Error('Not a transaction write: expected Put, Update, Delete or ConditionCheck');
  // Ask for the old item on a failed condition so the error can say NOT_FOUND vs CONFLICT without another read.
  return { [key]: { ...op[key], ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } } as TransactItem;
}

/** Another transaction touched the same items at the same moment: safe to retry from a fresh read. */
export class ConcurrentTransaction extends AppError {
  constructor() {
    super('CONFLICT', 'Another change to the same records was in progress; try again');
  }
}

/**
 * Runs writes as ONE DynamoDB transaction: all happen or none. A failed condition becomes the coded error its
 * write declares; a concurrent transaction on the same items becomes CONFLICT. Nothing is ever half-written.
 */
export async function transactWrite(db: Db, all: GuardedWrite[]): Promise<void> {
  const keys = new Set<string>();
  const writes = all.filter((write) => !write.key || (!keys.has(write.key) && Boolean(keys.add(write.key))));
  if (writes.length === 0) return;
  const items = writes.map(toTransactItem);
  // Refused before sending: a record can never grow past DynamoDB's 400 KB item limit or hold an unstorable number.
  const oversize = itemSizeProblem(items);
  if (oversize) throw tooLarge(oversize);
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    throw cancellationError(error, writes);
  }
}

function cancellationError(error: TransactionCanceledException, writes: GuardedWrite[]): Error {
  const reasons = error.CancellationReasons ?? [];
  for (let i = 0; i < reasons.length; i++) {
    const reason = reasons[i];
    if (reason?.Code === 'ConditionalCheckFailed') {
      const existing = reason.Item ? unmarshall(reason.Item) : undefined;
      const handler = writes[i]?.onConditionFail;
      if (handler) return handler(existing);
      return conflict('The record changed while you were saving; reload and try again', { reason: 'CHANGED_MEANWHILE' });
    }
  }
  if (reasons.some((reason) => reason?.Code === 'TransactionConflict')) return new ConcurrentTransaction();
  // An update that would grow a stored item past 400 KB (what we send was small enough, the item was not).
  if (reasons.some((reason) => reason?.Code === 'ValidationError' && isItemSizeRefusal(reason.Message))) return tooLarge({ field: 'input', bytes: undefined });
  return error;
}

/** What every ElectroDB write chain (`entity.create(…)`, `.patch(…).set(…)`, `.delete(…)`, `.check(…)`, …) has in its types. */
export interface WriteChain {
  go(...args: never[]): Promise<unknown>;
  params(...args: never[]): object;
}

/**
 * The transaction item of an ElectroDB write chain: the one adapter between ElectroDB and `transactWrite`.
 * ElectroDB types `.commit()` only inside its own `service.transaction.write` callback, but every write chain
 * has it at run time; we call it here (and only here) so transactions can mix items of several repositories.
 */
export function txItem(chain: WriteChain): TransactItem {
  const commit = (chain as Partial<{ commit(): TransactItem }>).commit;
  if (typeof commit !== 'function') throw new Error('Not an ElectroDB write chain: it has no commit()');
  return commit.call(chain);
}
