import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { leadershipRoleValues, ownershipValues, schoolTypeValues } from '../generated/enumValues';

export const schoolTypes = schoolTypeValues;
export const ownerships = ownershipValues;
export const leadershipRoles = leadershipRoleValues;

/**
 * School access patterns:
 * - byId: one school (primary key)
 * - byCode: all schools sorted by code (gsi1, one small partition: a district has hundreds of schools)
 * - byName: all schools sorted by name (gsi2)
 */
export const schoolEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'school', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        name: { type: 'string', required: true },
        code: { type: 'string', required: true },
        type: { type: schoolTypes, required: true },
        ownership: { type: ownerships, required: true },
        address: { type: 'string' },
        grades: { type: 'list', items: { type: 'number' }, required: true },
        studentCount: { type: 'number', required: true },
        principal: { type: 'string' },
        leadershipGroup: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              role: { type: leadershipRoles, required: true },
              name: { type: 'string', required: true },
              title: { type: 'string' },
            },
          },
        },
        pickupSlots: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              grades: { type: 'list', items: { type: 'number' }, required: true },
              times: { type: 'list', items: { type: 'string' }, required: true },
            },
          },
        },
        // Records that belong to this school (terms, …), kept by their transactions: a delete conditions on 0,
        // so a school can never be deleted out from under a record created at the same moment.
        dependents: { type: 'number', default: 0 },
        // Its terms' ids, kept by the terms' transactions, and whether the set holds all of them (db/memberLists.ts).
        termIds: { type: 'set', items: 'string' },
        termIdsKept: { type: 'boolean' },
        // Copies of its terms' stored items by term id, kept by the terms' transactions (schools/termCopies.ts): one
        // JSON string. ElectroDB's 'any' (not TypeScript's): schools written before hold a map keyed by term id,
        // which its 'map' type cannot declare; written and read only by termCopies.ts.
        termItems: { type: 'any' },
        termItemsKept: { type: 'boolean' },
        termsRevision: { type: 'number' },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        byCode: { index: 'gsi1', pk: { field: 'gsi1pk', composite: [] }, sk: { field: 'gsi1sk', composite: ['code'] } },
        byName: { index: 'gsi2', pk: { field: 'gsi2pk', composite: [] }, sk: { field: 'gsi2sk', composite: ['name', 'id'] } },
      },
    },
    entityConfig(db),
  );

/**
 * Uniqueness item for a school code: written in the same transaction as the school, with
 * attribute_not_exists, so two schools can never share a code even under concurrent writes.
 */
export const schoolCodeEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'schoolCode', version: '1', service: SERVICE_NAME },
      attributes: {
        code: { type: 'string', required: true },
        schoolId: { type: 'string', required: true },
      },
      indexes: {
        byCode: { pk: { field: 'pk', composite: ['code'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type SchoolEntity = ReturnType<typeof schoolEntity>;
export type SchoolRecord = EntityItem<SchoolEntity>;
export type SchoolPage = Page<SchoolRecord>;
export type SchoolPageItem = PageItem<SchoolRecord>;
