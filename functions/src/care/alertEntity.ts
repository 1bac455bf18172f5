import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import { alertKindValues, alertStatusValues, notificationKindValues, notificationMessageCodeValues } from '../generated/enumValues';

/** SPEC §3.7: what a person must act on. */
export const alertKinds = alertKindValues;
export type AlertKind = (typeof alertKinds)[number];
export const alertStatuses = alertStatusValues;

/**
 * An alert (预警), OPEN → RESOLVED with a note. Its id is derived from what it is about (kind, child or activity,
 * date), and it is created only if absent: raised once however often the job or a roll call asks. Access patterns:
 * byId; bySchool by date (gsi1); the district's by date (gsi4).
 */
export const alertEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'alert', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true },
        kind: { type: alertKinds, required: true },
        studentId: { type: 'string' },
        activityId: { type: 'string' },
        date: { type: 'string', required: true },
        status: { type: alertStatuses, required: true },
        message: { type: 'string', required: true },
        // The values `message` names (SDL AlertParams), for clients to word it in their language; absent on alerts
        // raised before parameters existed.
        params: {
          type: 'map',
          properties: {
            studentName: { type: 'string' },
            className: { type: 'string' },
            activityTitle: { type: 'string' },
            activityStartTime: { type: 'string' },
            venue: { type: 'string' },
            pickupSlot: { type: 'string' },
            graceMinutes: { type: 'number' },
          },
        },
        raisedAt: { type: 'string', required: true },
        /** Staff members it is addressed to (a TEACHER reads alerts addressed to them). */
        staffIds: { type: 'list', items: { type: 'string' }, required: true },
        /** Guardians it is addressed to. */
        guardianIds: { type: 'list', items: { type: 'string' }, required: true },
        resolvedBy: { type: 'string' },
        resolvedAt: { type: 'string' },
        note: { type: 'string' },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['date', 'raisedAt', 'id'] } },
        all: { index: 'gsi4', pk: { field: 'gsi4pk', composite: [] }, sk: { field: 'gsi4sk', composite: ['date', 'schoolId', 'id'] } },
      },
    },
    entityConfig(db),
  );

/**
 * The notifications outbox (通知): one item per recipient, shown in the app (the console's bell, the phone pages) and,
 * where an SMS sender is configured, sent by SMS (`sms` says how far it got). Recipients are `guardian#<id>`,
 * `staff#<id>` or `school#<id>` (the school admins). Access patterns: byRecipient, newest first; byId (gsi1), for
 * `node(id:)` (a notification stored before that index existed gets its keys from `npm run backfill:members`).
 */
export const notificationEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'notification', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        recipient: { type: 'string', required: true, readOnly: true },
        schoolId: { type: 'string', required: true },
        kind: { type: notificationKindValues, required: true },
        title: { type: 'string', required: true },
        body: { type: 'string', required: true },
        // What title and body say, as a code and values (SDL NotificationMessageCode/Params), for clients to word them
        // in their language; absent on notifications made before codes existed.
        messageCode: { type: notificationMessageCodeValues },
        params: {
          type: 'map',
          properties: {
            studentName: { type: 'string' },
            className: { type: 'string' },
            activityTitle: { type: 'string' },
            activityStartTime: { type: 'string' },
            venue: { type: 'string' },
            pickupSlot: { type: 'string' },
            graceMinutes: { type: 'number' },
            leaveFrom: { type: 'string' },
            leaveTo: { type: 'string' },
            leaveReason: { type: 'string' },
            releasedAt: { type: 'string' },
            pickupPersonName: { type: 'string' },
            pickupPersonRelation: { type: 'string' },
          },
        },
        studentId: { type: 'string' },
        alertId: { type: 'string' },
        createdAt: { type: 'string', required: true, readOnly: true },
        readAt: { type: 'string' },
        sms: { type: ['NONE', 'PENDING', 'SENDING', 'SENT', 'FAILED'] as const, required: true },
      },
      indexes: {
        byRecipient: { pk: { field: 'pk', composite: ['recipient'] }, sk: { field: 'sk', composite: ['createdAt', 'id'] } },
        byId: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['id'] }, sk: { field: 'gsi1sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type AlertRecord = EntityItem<ReturnType<typeof alertEntity>>;
export type NotificationRecord = EntityItem<ReturnType<typeof notificationEntity>>;
