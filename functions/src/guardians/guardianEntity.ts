import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';

/**
 * A guardian (监护人): a parent user, signed in by phone. Access patterns:
 * - byId: one guardian
 * The phone is unique (guardianPhoneEntity), so a sign-in by phone finds the same guardian every time.
 */
export const guardianEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'guardian', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        name: { type: 'string', required: true },
        phone: { type: 'string', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

/** Uniqueness item: one guardian per phone number, claimed with the guardian in one transaction. */
export const guardianPhoneEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'guardianPhone', version: '1', service: SERVICE_NAME },
      attributes: {
        phone: { type: 'string', required: true },
        guardianId: { type: 'string', required: true },
      },
      indexes: { byPhone: { pk: { field: 'pk', composite: ['phone'] }, sk: { field: 'sk', composite: [] } } },
    },
    entityConfig(db),
  );

/**
 * A guardian ↔ student link, readable both ways:
 * - byGuardian: a guardian's children (primary key, partition per guardian)
 * - byStudent: a student's linked guardians (gsi1)
 */
export const guardianLinkEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'guardianLink', version: '1', service: SERVICE_NAME },
      attributes: {
        guardianId: { type: 'string', required: true },
        studentId: { type: 'string', required: true },
        schoolId: { type: 'string', required: true },
        relation: { type: 'string' },
        linkedAt: { type: 'string', required: true },
      },
      indexes: {
        byGuardian: { pk: { field: 'pk', composite: ['guardianId'] }, sk: { field: 'sk', composite: ['studentId'] } },
        byStudent: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['studentId'] }, sk: { field: 'gsi1sk', composite: ['guardianId'] } },
      },
    },
    entityConfig(db),
  );

/**
 * A one-time binding code (家长绑定码) the school issues for a student. Only a hash of the code is stored (the
 * table never holds a usable code); `validUntil` is checked in the condition of the linking transaction, and
 * `expiresAt` lets DynamoDB TTL clear expired ones. Using it deletes it: single use by construction.
 */
export const guardianCodeEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'guardianCode', version: '1', service: SERVICE_NAME },
      attributes: {
        codeHash: { type: 'string', required: true },
        studentId: { type: 'string', required: true },
        schoolId: { type: 'string', required: true },
        validUntil: { type: 'string', required: true },
        expiresAt: { type: 'number', required: true },
        issuedBy: { type: 'string', required: true },
      },
      indexes: { byCode: { pk: { field: 'pk', composite: ['codeHash'] }, sk: { field: 'sk', composite: [] } } },
    },
    entityConfig(db),
  );

/** The student's current code (by hash), so issuing a new one revokes the previous slip. */
export const studentCodeEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'studentCode', version: '1', service: SERVICE_NAME },
      attributes: {
        studentId: { type: 'string', required: true },
        codeHash: { type: 'string', required: true },
        expiresAt: { type: 'number', required: true },
      },
      indexes: { byStudent: { pk: { field: 'pk', composite: ['studentId'] }, sk: { field: 'sk', composite: [] } } },
    },
    entityConfig(db),
  );

export type GuardianRecord = EntityItem<ReturnType<typeof guardianEntity>>;
export type GuardianLinkRecord = EntityItem<ReturnType<typeof guardianLinkEntity>>;
export type GuardianCodeRecord = EntityItem<ReturnType<typeof guardianCodeEntity>>;
