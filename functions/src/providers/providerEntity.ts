import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { activityCategoryValues, providerKindValues, providerStatusValues } from '../generated/enumValues';

/** What an activity is (and what a provider may offer): also the entity's attribute type, so it lives here, not with input validation. */
export const activityCategories = activityCategoryValues;
export const providerKinds = providerKindValues;
export const providerStatuses = providerStatusValues;
export type ProviderStatus = (typeof providerStatuses)[number];

/**
 * Provider access patterns:
 * - byId: one provider
 * - byName: all providers sorted by name (gsi1, one partition: a district has hundreds to a few thousand)
 * - byStatus: providers of one status sorted by name (gsi3), e.g. the approved whitelist
 */
export const providerEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'provider', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        name: { type: 'string', required: true },
        creditCode: { type: 'string', required: true },
        kind: { type: providerKinds, required: true },
        status: { type: providerStatuses, required: true },
        contactName: { type: 'string', required: true },
        contactPhone: { type: 'string', required: true },
        address: { type: 'string' },
        serviceCategories: { type: 'list', items: { type: 'string' }, required: true },
        qualifications: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              id: { type: 'string', required: true },
              certificateType: { type: 'string', required: true },
              number: { type: 'string', required: true },
              issuer: { type: 'string', required: true },
              validFrom: { type: 'string', required: true },
              validTo: { type: 'string', required: true },
              documentId: { type: 'string' },
              // Set by the admission review: reviewed qualifications are archived and may not change.
              reviewed: { type: 'boolean' },
            },
          },
        },
        staff: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              name: { type: 'string', required: true },
              role: { type: 'string' },
              certificates: {
                type: 'list',
                required: true,
                items: {
                  type: 'map',
                  properties: {
                    certificateType: { type: 'string', required: true },
                    number: { type: 'string', required: true },
                    validTo: { type: 'string' },
                  },
                },
              },
            },
          },
        },
        reviewComment: { type: 'string' },
        reentryDate: { type: 'string' },
        // Contracts, evaluations, activities and documents referring to it (see School.dependents).
        dependents: { type: 'number', default: 0 },
        // Ids of its contracts, documents and evaluations, kept by their transactions, and whether each set holds all
        // of them (db/memberLists.ts).
        contractIds: { type: 'set', items: 'string' },
        contractIdsKept: { type: 'boolean' },
        documentIds: { type: 'set', items: 'string' },
        documentIdsKept: { type: 'boolean' },
        evaluationIds: { type: 'set', items: 'string' },
        evaluationIdsKept: { type: 'boolean' },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        byName: { index: 'gsi1', pk: { field: 'gsi1pk', composite: [] }, sk: { field: 'gsi1sk', composite: ['name', 'id'] } },
        byStatus: { index: 'gsi3', pk: { field: 'gsi3pk', composite: ['status'] }, sk: { field: 'gsi3sk', composite: ['name', 'id'] } },
      },
    },
    entityConfig(db),
  );

/** Uniqueness item for the unified social credit code, written in the provider's transactions. */
export const providerCreditCodeEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'providerCreditCode', version: '1', service: SERVICE_NAME },
      attributes: {
        creditCode: { type: 'string', required: true },
        providerId: { type: 'string', required: true },
      },
      indexes: { byCode: { pk: { field: 'pk', composite: ['creditCode'] }, sk: { field: 'sk', composite: [] } } },
    },
    entityConfig(db),
  );

export type ProviderEntity = ReturnType<typeof providerEntity>;
export type ProviderRecord = EntityItem<ProviderEntity>;
export type Qualification = ProviderRecord['qualifications'][number];
export type ProviderPage = Page<ProviderRecord>;
export type ProviderPageItem = PageItem<ProviderRecord>;
