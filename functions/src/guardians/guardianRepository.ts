import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, invalidTransition, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById } from '../db/versionedPatch';
import {
  guardianCodeEntity,
  guardianEntity,
  guardianLinkEntity,
  guardianPhoneEntity,
  studentCodeEntity,
  type GuardianCodeRecord,
  type GuardianLinkRecord,
  type GuardianRecord,
} from './guardianEntity';

export function createGuardianRepository(db: Db) {
  const guardian = guardianEntity(db);
  const guardianPhone = guardianPhoneEntity(db);
  const link = guardianLinkEntity(db);
  const code = guardianCodeEntity(db);
  const studentCode = studentCodeEntity(db);

  return {
    ...readsById<GuardianRecord>(guardian),

    /** The guardian signed up with this phone, if any (GetItem on the uniqueness item, then the guardian). */
    async byPhone(phone: string): Promise<GuardianRecord | undefined> {
      const { data } = await guardianPhone.get({ phone }).go();
      return data ? ((await guardian.get({ id: data.guardianId }).go()).data ?? undefined) : undefined;
    },

    /** Creates the guardian and claims the phone in one transaction (CONFLICT when the phone is taken). */
    async create(record: GuardianRecord, extra: GuardedWrite[] = []) {
      await transactWrite(db, [
        { op: txItem(guardian.create(record)) },
        {
          op: txItem(guardianPhone.create({ phone: record.phone, guardianId: record.id })),
          onConditionFail: () => conflict('This phone number already belongs to a guardian', { field: 'phone' }),
        },
        ...extra,
      ]);
      return record;
    },

    /** A guardian's links to children (one Query on their partition; a family has a few). */
    async linksOfGuardian(guardianId: string): Promise<GuardianLinkRecord[]> {
      const { data } = await link.query.byGuardian({ guardianId }).go({ pages: 'all' });
      return data;
    },

    /** A student's links to guardian accounts (Query on gsi1). */
    async linksOfStudent(studentId: string): Promise<GuardianLinkRecord[]> {
      const { data } = await link.query.byStudent({ studentId }).go({ pages: 'all' });
      return data;
    },

    /** The step that links a guardian and a student (CONFLICT when already linked). */
    linkStep(record: GuardianLinkRecord): GuardedWrite {
      return { op: txItem(link.create(record)), onConditionFail: () => conflict('This child is already linked to your account') };
    },

    unlinkStep: (record: Pick<GuardianLinkRecord, 'guardianId' | 'studentId'>): GuardedWrite => ({
      op: txItem(link.delete({ guardianId: record.guardianId, studentId: record.studentId })),
    }),

    /** The student's current binding code (by hash), if one was issued and not yet used. */
    async currentCodeOf(studentId: string) {
      return (await studentCode.get({ studentId }).go()).data ?? undefined;
    },

    /** Steps that store a new code and point the student at it (the caller deletes the previous one). */
    issueSteps(record: GuardianCodeRecord): GuardedWrite[] {
      return [
        { op: txItem(code.create(record)) },
        { op: txItem(studentCode.put({ studentId: record.studentId, codeHash: record.codeHash, expiresAt: record.expiresAt })) },
      ];
    },

    revokeStep: (codeHash: string): GuardedWrite => ({ op: txItem(code.delete({ codeHash })) }),

    async findCode(codeHash: string): Promise<GuardianCodeRecord | undefined> {
      return (await code.get({ codeHash }).go()).data ?? undefined;
    },

    /**
     * The steps that use a code: delete it only if it is still there and still valid at `now` — two guardians
     * entering the same code at once cannot both succeed — and clear the student's pointer.
     */
    useSteps(record: GuardianCodeRecord, now: string): GuardedWrite[] {
      return [
        {
          op: txItem(code.delete({ codeHash: record.codeHash }).where((attr, op) => `${op.exists(attr.codeHash)} AND ${op.gt(attr.validUntil, now)}`)),
          onConditionFail: (existing) =>
            existing ? invalidTransition('This binding code has expired: ask the school for a new one') : notFound('GuardianCode', '(used)'),
        },
        { op: txItem(studentCode.delete({ studentId: record.studentId }).where((attr, op) => op.eq(attr.codeHash, record.codeHash))) },
      ];
    },

    /** Counts one attempt of a guardian in the current hour (TTL clears the counter); returns the count so far. */
    async hit(guardianId: string, now = Date.now()): Promise<number> {
      const hour = Math.floor(now / 3_600_000);
      const out = await db.doc.send(
        new UpdateCommand({
          TableName: db.config.tableName,
          // Named like the other rate-limit counters (`$kehou#ratelimit#…`): an attempt counter, not domain data.
          Key: { pk: `$kehou#ratelimit#linkchild#${guardianId}#${hour}`, sk: '-' },
          UpdateExpression: 'ADD hits :one SET expiresAt = :expires',
          ExpressionAttributeValues: { ':one': 1, ':expires': (hour + 2) * 3600 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(out.Attributes?.hits ?? 0);
    },

    /** Everything a purge of the student removes here: its links (both directions are one item) and its code. */
    async purgeSteps(studentId: string): Promise<GuardedWrite[]> {
      const { data: links } = await link.query.byStudent({ studentId }).go({ pages: 'all' });
      const steps: GuardedWrite[] = links.map((record) => ({ op: txItem(link.delete({ guardianId: record.guardianId, studentId })) }));
      const current = (await studentCode.get({ studentId }).go()).data;
      if (current) steps.push({ op: txItem(code.delete({ codeHash: current.codeHash })) }, { op: txItem(studentCode.delete({ studentId })) });
      return steps;
    },
  };
}

export type GuardianRepository = ReturnType<typeof createGuardianRepository>;
