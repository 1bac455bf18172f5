import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { notificationEntity } from '../src/care/alertEntity';
import { backfillNotificationIds } from '../src/care/notificationIdBackfill';
import { newId } from '../src/core/ids';
import { notificationKindValues } from '../src/generated/enumValues';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';

/**
 * Notifications stored before their id index (gsi1) existed: listed by the bell, not found by `node(id:)` until the
 * backfill (`npm run backfill:members`) gives them their index keys. Against DynamoDB Local.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const NODE = 'query($id: ID!) { node(id: $id) { __typename id ... on Notification { title } } }';

/** A notification to a school's admins as the app stores it, then stripped of its id index keys (as stored before the index). */
async function oldNotification(schoolId: string, title: string) {
  const notification = notificationEntity(api.db);
  const record = {
    id: newId('Notification'),
    recipient: `school#${schoolId}`,
    schoolId,
    kind: notificationKindValues[0],
    title,
    body: '旧通知',
    createdAt: new Date().toISOString(),
    sms: 'NONE' as const,
  };
  await notification.create(record).go();
  const { Item } = notification.put(record).params<{ Item: Record<string, string> }>();
  await api.db.doc.send(
    new UpdateCommand({ TableName: api.db.config.tableName, Key: { pk: Item.pk, sk: Item.sk }, UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }),
  );
  return { ...record, keys: { pk: Item.pk, sk: Item.sk } };
}

describe('the notification id index backfill', () => {
  it('lets node(id:) find notifications stored before the index, keeps what changed meanwhile, and changes nothing on a second run', async () => {
    const schoolId = `sch_${Date.now().toString(36)}`;
    const admin = schoolAdminOf(schoolId);
    const first = await oldNotification(schoolId, '旧通知一');
    const second = await oldNotification(schoolId, '旧通知二');

    // Before: the bell lists them, node does not find them.
    const bell = await api.exec('{ notifications(first: 10) { nodes { id } } }', {}, admin);
    expect(bell.errors).toBeUndefined();
    expect((bell.data!.notifications.nodes as { id: string }[]).map((n) => n.id).sort()).toEqual([first.id, second.id].sort());
    expect(codeOf(await api.exec(NODE, { id: first.id }, admin))).toBe('NOT_FOUND');

    // A read mark written while the job runs is not lost (only the index keys are written).
    const readAt = new Date().toISOString();
    await notificationEntity(api.db).patch({ recipient: second.recipient, createdAt: second.createdAt, id: second.id }).set({ readAt }).go();

    expect(await backfillNotificationIds(api.db)).toBeGreaterThanOrEqual(2);
    for (const one of [first, second]) {
      const found = await api.exec(NODE, { id: one.id }, admin);
      expect(found.errors).toBeUndefined();
      expect(found.data!.node).toEqual({ __typename: 'Notification', id: one.id, title: one.title });
    }
    const stored = await notificationEntity(api.db).get({ recipient: second.recipient, createdAt: second.createdAt, id: second.id }).go();
    expect(stored.data?.readAt).toBe(readAt);
    // Still only its recipient reads it.
    expect(codeOf(await api.exec(NODE, { id: first.id }, schoolAdminOf(`${schoolId}x`)))).toBe('FORBIDDEN');

    // Again: nothing left to do.
    expect(await backfillNotificationIds(api.db)).toBe(0);
  });
});
