import { createHash } from 'node:crypto';
import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import { handoverKindValues } from '../generated/enumValues';

/**
 * An authorized pickup person (接送人) of a child: a guardian themself or someone a guardian adds (a grandparent, a
 * neighbour), each with a personal pickup code (接送码) that the teacher's page verifies at release. Only the child's
 * guardians ever read the code; it rotates on request. Access patterns: byId; byStudent (gsi1).
 */
export const authorizedPickupEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'authorizedPickup', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        studentId: { type: 'string', required: true, readOnly: true },
        schoolId: { type: 'string', required: true },
        name: { type: 'string', required: true },
        relation: { type: 'string', required: true },
        /** Six digits; unique among the child's pickup persons. */
        code: { type: 'string', required: true },
        codeIssuedAt: { type: 'string', required: true },
        addedBy: { type: 'string', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        byStudent: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['studentId'] }, sk: { field: 'gsi1sk', composite: ['id'] } },
      },
    },
    entityConfig(db),
  );

export const handoverKinds = handoverKindValues;
export type HandoverKind = (typeof handoverKinds)[number];

/**
 * A handover (交接): a child passed from one segment to the next (activity → late care), or released to an
 * authorized pickup person. A RELEASE's id is derived from the child and the date, so a child is released once a day
 * (the database refuses a second). Access patterns: byId; bySchool by date (gsi1) — who is still at school, the
 * pickup alert; byStudent by date (gsi2) — a parent's view.
 */
export const handoverEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'handover', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        studentId: { type: 'string', required: true, readOnly: true },
        schoolId: { type: 'string', required: true },
        date: { type: 'string', required: true },
        kind: { type: handoverKinds, required: true },
        at: { type: 'string', required: true },
        /** Who handed the child over (user id). */
        by: { type: 'string', required: true },
        fromActivityId: { type: 'string' },
        toActivityId: { type: 'string' },
        /** RELEASE: the pickup person's name and relation as verified, and their record. */
        toGuardian: { type: 'string' },
        relation: { type: 'string' },
        pickupId: { type: 'string' },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['date', 'at', 'id'] } },
        byStudent: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['studentId'] }, sk: { field: 'gsi2sk', composite: ['date', 'at', 'id'] } },
      },
    },
    entityConfig(db),
  );

export type AuthorizedPickupRecord = EntityItem<ReturnType<typeof authorizedPickupEntity>>;
export type HandoverRecord = EntityItem<ReturnType<typeof handoverEntity>>;

/** The release of a child on a date has this id: one release per child and day. */
export const releaseId = (studentId: string, date: string) => `hnd_${studentId.slice(studentId.indexOf('_') + 1)}${date.replaceAll('-', '')}r`;

/**
 * A SEGMENT handover's id is derived from the child, the date and the two activities: the same handover sent again (a
 * retry, a second tap) is the same record, never a second one.
 */
export function segmentHandoverId(studentId: string, date: string, fromActivityId: string, toActivityId: string): string {
  const digest = createHash('sha256').update(`${studentId}|${date}|${fromActivityId}|${toActivityId}`).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  for (let i = 0; i < 20; i++) out += alphabet[digest[i] & 31];
  return `hnd_${out}`;
}
