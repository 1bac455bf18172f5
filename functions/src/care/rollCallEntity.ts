import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import { markStatusValues } from '../generated/enumValues';

/** A child's mark in a roll call (SPEC §2 RollCall). */
export const markStatuses = markStatusValues;
export type MarkStatus = (typeof markStatuses)[number];

/**
 * A roll call (点名): one activity on one date, one item. Its id is derived from the two (see `rollCallId`), so the
 * primary key itself makes "one roll call per session" a database fact: a first submission is a create conditional
 * on the item not existing, a correction a patch conditional on the version read. Access patterns:
 * - byActivity: an activity's roll calls by date (primary key; `rollCall(activityId:, date:)` is a GetItem)
 * - bySchool: a school's roll calls by date, then activity (gsi1) — the day's board, the alert job, and the
 *   stipend sheets (sessions held per staff member and month: a key prefix `YYYY-MM`)
 * Stable shape (other domains read it): activityId, date, takenBy, takenAt, marks[{ studentId, status }], version.
 */
export const rollCallEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'rollCall', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        activityId: { type: 'string', required: true, readOnly: true },
        date: { type: 'string', required: true, readOnly: true },
        schoolId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        /** The activity's person in charge when the roll call was taken (stipends pay per staff member). */
        staffId: { type: 'string' },
        /**
         * The person in charge's name on the activity when the roll call was taken: someone outside the staff list is
         * paid by this name, so a later change of the activity's name pays each person for their own sessions.
         */
        staffName: { type: 'string' },
        /** The provider running the activity when the roll call was taken (provider statements). */
        providerId: { type: 'string' },
        /** The contract the provider ran it under then: the provider is paid at that contract's rate, whoever runs it later. */
        contractId: { type: 'string' },
        /** Session length in minutes (stipends pay hours actually held). */
        minutes: { type: 'number', required: true },
        /** The user who took it (token subject). */
        takenBy: { type: 'string', required: true },
        /** The staff member who took it, when a TEACHER did. */
        takenByStaffId: { type: 'string' },
        takenAt: { type: 'string', required: true },
        marks: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              studentId: { type: 'string', required: true },
              status: { type: markStatuses, required: true },
              /** The child's class: a class teacher reads their own class's marks (record-level access). */
              classId: { type: 'string' },
            },
          },
        },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byActivity: { pk: { field: 'pk', composite: ['activityId'] }, sk: { field: 'sk', composite: ['date'] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['date', 'activityId'] } },
      },
    },
    entityConfig(db),
  );

/**
 * A used idempotency key (幂等键) of a care submission, written in the same transaction as what it submitted. A retry
 * with the same key fails this item's condition and gets back what the first submission recorded, instead of
 * recording twice. Keys are scoped by the submitting user, so two users' keys never collide.
 */
export const idempotencyEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'idempotencyKey', version: '1', service: SERVICE_NAME },
      attributes: {
        scope: { type: 'string', required: true },
        key: { type: 'string', required: true },
        /** The record the submission wrote. */
        resultId: { type: 'string', required: true },
        usedAt: { type: 'string', required: true },
        /** Epoch seconds after which DynamoDB's TTL may drop the item (a phone's queue is flushed within days). */
        expiresAt: { type: 'number' },
      },
      indexes: {
        byKey: { pk: { field: 'pk', composite: ['scope', 'key'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type RollCallRecord = EntityItem<ReturnType<typeof rollCallEntity>>;
export type RollCallMark = RollCallRecord['marks'][number];

/** Roll call ids carry their activity and date: `rcl_<activity id without prefix>_<YYYYMMDD>`. */
export const rollCallId = (activityId: string, date: string) => `rcl_${activityId.slice(activityId.indexOf('_') + 1)}_${date.replaceAll('-', '')}`;

/** The activity id and date of a roll call id, or undefined for anything else. */
export function parseRollCallId(id: string): { activityId: string; date: string } | undefined {
  const match = /^rcl_([a-z2-7]+)_(\d{4})(\d{2})(\d{2})$/.exec(id);
  return match ? { activityId: `act_${match[1]}`, date: `${match[2]}-${match[3]}-${match[4]}` } : undefined;
}
