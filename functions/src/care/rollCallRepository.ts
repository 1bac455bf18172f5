import { conflict } from '../core/errors';
import type { Db } from '../db/client';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { idempotencyEntity, parseRollCallId, rollCallEntity, type RollCallRecord } from './rollCallEntity';

/** How long a used idempotency key is kept: longer than any phone stays offline with a queued roll call. */
const IDEMPOTENCY_TTL_SECONDS = 30 * 86_400;

/** A retry of a submission already recorded: carries what was recorded under the key. */
export class AlreadySubmitted extends Error {
  constructor(readonly resultId: string) {
    super('already submitted');
  }
}

/** The roll calls (点名) and the idempotency keys of care submissions. The only code touching their items. */
export function createRollCallRepository(db: Db) {
  const rollCall = rollCallEntity(db);
  const idempotency = idempotencyEntity(db);

  return {
    async get(id: string): Promise<RollCallRecord | undefined> {
      const key = parseRollCallId(id);
      return key ? this.ofSession(key.activityId, key.date) : undefined;
    },

    async getMany(ids: readonly string[]): Promise<(RollCallRecord | undefined)[]> {
      return Promise.all(ids.map((id) => this.get(id)));
    },

    /** The roll call of one session (GetItem), if taken. */
    async ofSession(activityId: string, date: string): Promise<RollCallRecord | undefined> {
      return ((await rollCall.get({ activityId, date }).go({ consistent: true })).data ?? undefined) as RollCallRecord | undefined;
    },

    /** A school's roll calls of a date range (inclusive), in date then activity order (Query on gsi1). */
    async ofSchool(schoolId: string, from: string, to: string): Promise<RollCallRecord[]> {
      const { data } = await rollCall.query
        .bySchool({ schoolId })
        .between({ date: from }, { date: `${to}\uffff` })
        .go({ pages: 'all' });
      return data as RollCallRecord[];
    },

    /** An activity's roll calls of a date range (inclusive). */
    async ofActivity(activityId: string, from: string, to: string): Promise<RollCallRecord[]> {
      const { data } = await rollCall.query.byActivity({ activityId }).between({ date: from }, { date: to }).go({ pages: 'all' });
      return data as RollCallRecord[];
    },

    /**
     * Retention (SPEC §3.11): steps taking a child's marks off the school's roll calls of a date range. The roll calls
     * themselves stay (stipends and provider statements are paid on the sessions held); each step is guarded by the
     * version read, so a correction made meanwhile fails the step and tomorrow's run tries again.
     */
    async purgeMarkSteps(studentId: string, schoolId: string, from: string, to: string): Promise<GuardedWrite[]> {
      const { data } = await rollCall.query
        .bySchool({ schoolId })
        .between({ date: from }, { date: `${to}\uffff` })
        .go({ pages: 'all' });
      return (data as RollCallRecord[])
        .filter((record) => record.marks.some((mark) => mark.studentId === studentId))
        .map((record) =>
          this.updateStep({ ...record, version: record.version + 1, marks: record.marks.filter((mark) => mark.studentId !== studentId) }, record.version),
        );
    },

    /** The step that records a first roll call: refused (CONFLICT with the current marks) when one exists. */
    createStep(record: RollCallRecord): GuardedWrite {
      return {
        op: txItem(rollCall.create(record)),
        onConditionFail: (existing) => rollCallTaken(existing as RollCallRecord | undefined),
      };
    },

    /** The step that corrects a roll call: only over the version the corrector read. */
    updateStep(next: RollCallRecord, expectedVersion: number): GuardedWrite {
      const { activityId, date, id: _id, createdAt: _created, ...rest } = next;
      return {
        op: txItem(
          rollCall
            .patch({ activityId, date })
            .set(rest)
            .where((attr, op) => op.eq(attr.version, expectedVersion)),
        ),
        onConditionFail: (existing) => rollCallTaken(existing as RollCallRecord | undefined, expectedVersion),
      };
    },

    /**
     * The step that uses an idempotency key; a second use cancels the transaction with AlreadySubmitted, so the
     * caller returns what the first recorded.
     */
    keyStep(scope: string, key: string, resultId: string, now: Date): GuardedWrite {
      return {
        op: txItem(
          idempotency.create({ scope, key, resultId, usedAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS }),
        ),
        onConditionFail: (existing) => {
          throw new AlreadySubmitted(String(existing?.resultId ?? resultId));
        },
      };
    },

    /** What a key was used for, if it was. */
    async usedKey(scope: string, key: string): Promise<string | undefined> {
      return (await idempotency.get({ scope, key }).go({ consistent: true })).data?.resultId;
    },

    write: (steps: GuardedWrite[]) => transactWrite(db, steps),
  };
}

/** CONFLICT carrying the roll call as it now is: the loser of a race sees the winner's marks. */
function rollCallTaken(existing: RollCallRecord | undefined, expectedVersion?: number) {
  if (!existing) return conflict('The roll call was removed while you were saving; reload and try again', { field: 'expectedVersion' });
  return conflict(
    expectedVersion === undefined
      ? `Roll call for this session was already taken by someone else at ${existing.takenAt}; reload it and send a correction with expectedVersion ${existing.version}`
      : `The roll call was changed by someone else (version ${existing.version}, you sent ${expectedVersion}); reload and try again`,
    {
      field: 'expectedVersion',
      currentVersion: existing.version,
      currentMarks: existing.marks.map(({ studentId, status }) => ({ studentId, status })),
      takenAt: existing.takenAt,
    },
  );
}

export type RollCallRepository = ReturnType<typeof createRollCallRepository>;
