import type { Db } from '../db/client';
import { queryPage, type Page, type PageArgs } from '../db/paging';
import { transactWrite, txItem, type GuardedWrite } from '../db/transactions';
import { readsById, versionGuard } from '../db/versionedPatch';
import { alertEntity, notificationEntity, type AlertRecord, type NotificationRecord } from './alertEntity';

/** An alert that exists already: raising it again changes nothing. */
export class AlreadyRaised extends Error {
  constructor() {
    super('already raised');
  }
}

export interface AlertListArgs extends PageArgs {
  schoolId?: string | null;
  date?: string | null;
  status?: string | null;
  kind?: string | null;
  studentId?: string | null;
  /** Only alerts addressed to this staff member (a teacher's own; keeps counts within what they may read). */
  addressedToStaff?: string | null;
  /** Only alerts addressed to this guardian. */
  addressedToGuardian?: string | null;
}

/** Alerts and the notifications outbox. */
export function createAlertRepository(db: Db) {
  const alert = alertEntity(db);
  const notification = notificationEntity(db);

  return {
    ...readsById<AlertRecord>(alert),

    /** The step that raises an alert only if it was never raised (its id is derived from what it is about). */
    raiseStep: (record: AlertRecord): GuardedWrite => ({
      op: txItem(alert.create(record)),
      onConditionFail: () => {
        throw new AlreadyRaised();
      },
    }),

    resolveStep(next: AlertRecord, expectedVersion: number): GuardedWrite {
      const { id, ...rest } = next;
      return {
        op: txItem(
          alert
            .patch({ id })
            .set(rest)
            .where((attr, op) => `${op.eq(attr.version, expectedVersion)} AND ${op.eq(attr.status, 'OPEN')}`),
        ),
        onConditionFail: versionGuard('Alert', id, expectedVersion),
      };
    },

    /** Alerts of a school (gsi1) or the district (gsi4), by date, newest first; narrowed by status, kind, child. */
    async list(args: AlertListArgs): Promise<Page<AlertRecord>> {
      const { schoolId, date, status, kind, studentId, addressedToStaff, addressedToGuardian } = args;
      const where = (attr: Record<string, unknown>, op: { eq: (a: unknown, v: unknown) => string; contains: (a: unknown, v: unknown) => string }) =>
        [
          status ? op.eq(attr.status, status) : '',
          kind ? op.eq(attr.kind, kind) : '',
          studentId ? op.eq(attr.studentId, studentId) : '',
          addressedToStaff ? op.contains(attr.staffIds, addressedToStaff) : '',
          addressedToGuardian ? op.contains(attr.guardianIds, addressedToGuardian) : '',
        ]
          .filter(Boolean)
          .join(' AND ');
      const query = schoolId
        ? alert.query.bySchool({ schoolId, ...(date ? { date } : {}) }).where(where as never)
        : alert.query.all(date ? { date } : {}).where(where as never);
      return queryPage<AlertRecord>(db, query, {
        ...args,
        order: 'desc',
        listId: `alerts:${JSON.stringify({ schoolId, date, status, kind, studentId, addressedToStaff, addressedToGuardian })}`,
      });
    },

    /** The alerts of a school and date (the day's board, the job's bookkeeping). */
    async ofSchoolDate(schoolId: string, date: string): Promise<AlertRecord[]> {
      const { data } = await alert.query.bySchool({ schoolId, date }).go({ pages: 'all' });
      return data as AlertRecord[];
    },

    /**
     * Retention (SPEC §3.11): the steps deleting a child's alerts (they carry its name) raised at its school since
     * `from`, and the notifications about it in the given recipients' outboxes since then. Alerts have no index by
     * child: the school's alerts from that date on are read (a daily job; a school raises a few a day).
     */
    async purgeSteps(studentId: string, schoolId: string, from: string, recipients: readonly string[]): Promise<GuardedWrite[]> {
      const { data } = await alert.query
        .bySchool({ schoolId })
        .between({ date: from }, { date: '\uffff' })
        .where((attr, op) => op.eq(attr.studentId, studentId))
        .go({ pages: 'all' });
      const alerts = data as AlertRecord[];
      // Whoever an alert went to was notified about the child too.
      const addressed = alerts.flatMap((record) => [...record.staffIds.map((id) => `staff#${id}`), ...record.guardianIds.map((id) => `guardian#${id}`)]);
      const outboxes = await Promise.all(
        [...new Set([...recipients, ...addressed])].map((recipient) =>
          notification.query
            .byRecipient({ recipient })
            .gte({ createdAt: from })
            .where((attr, op) => op.eq(attr.studentId, studentId))
            .go({ pages: 'all' }),
        ),
      );
      return [
        ...alerts.map((record) => ({ op: txItem(alert.delete({ id: record.id })) })),
        ...outboxes.flatMap(({ data: found }) =>
          (found as NotificationRecord[]).map((record) => ({
            op: txItem(notification.delete({ recipient: record.recipient, createdAt: record.createdAt, id: record.id })),
          })),
        ),
      ];
    },

    notifyStep: (record: NotificationRecord): GuardedWrite => ({ op: txItem(notification.create(record)) }),

    /** A recipient's notifications, newest first. */
    async notificationsOf(recipient: string, args: PageArgs): Promise<Page<NotificationRecord>> {
      return queryPage<NotificationRecord>(db, notification.query.byRecipient({ recipient }), { ...args, order: 'desc', listId: `notifications:${recipient}` });
    },

    /**
     * Moves a notification's SMS state from `from` to `to`, only if it is still `from`: false when another sender moved
     * it first. Claiming PENDING → SENDING before sending is what keeps two senders from sending one message twice.
     */
    async moveSms(record: NotificationRecord, from: NotificationRecord['sms'], to: NotificationRecord['sms']): Promise<boolean> {
      try {
        await notification
          .patch({ recipient: record.recipient, createdAt: record.createdAt, id: record.id })
          .set({ sms: to })
          .where((attr, op) => op.eq(attr.sms, from))
          .go();
        return true;
      } catch (error) {
        if ((error as { cause?: { name?: string } }).cause?.name === 'ConditionalCheckFailedException') return false;
        throw error;
      }
    },

    /** One notification as stored (the SMS state after a send). */
    async notification(record: Pick<NotificationRecord, 'recipient' | 'createdAt' | 'id'>): Promise<NotificationRecord | undefined> {
      const { data } = await notification.get({ recipient: record.recipient, createdAt: record.createdAt, id: record.id }).go({ consistent: true });
      return (data ?? undefined) as NotificationRecord | undefined;
    },

    /** One notification by its id (gsi1), whoever it was sent to. */
    async notificationById(id: string): Promise<NotificationRecord | undefined> {
      const { data } = await notification.query.byId({ id }).go({ count: 1 });
      return (data[0] ?? undefined) as NotificationRecord | undefined;
    },

    write: (steps: GuardedWrite[]) => transactWrite(db, steps),
  };
}

export type AlertRepository = ReturnType<typeof createAlertRepository>;
