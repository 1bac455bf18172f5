import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';

/** Stored statuses; EXPIRED is derived on read from an ACTIVE contract whose end date has passed. */
export const storedContractStatuses = ['DRAFT', 'SIGNED', 'ACTIVE', 'TERMINATED'] as const;
export type StoredContractStatus = (typeof storedContractStatuses)[number];

/**
 * Contract access patterns:
 * - byId: one contract
 * - bySchool: a school's contracts, newest first (gsi1)
 * - byProvider: a provider's contracts, newest first (gsi2)
 * - byEndDate: all contracts of the district by end date (gsi3), e.g. ACTIVE ones ending within 30 days
 */
export const contractEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'contract', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true },
        providerId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        status: { type: storedContractStatuses, required: true },
        serviceMethod: { type: 'string', required: true },
        serviceContent: { type: 'string', required: true },
        safetyMeasures: { type: 'string', required: true },
        ratePerHour: { type: 'number', required: true },
        hours: { type: 'number', required: true },
        totalAmount: { type: 'number', required: true },
        startDate: { type: 'string', required: true },
        endDate: { type: 'string', required: true },
        signedDocumentId: { type: 'string' },
        signedAt: { type: 'string' },
        activatedAt: { type: 'string' },
        terminatedAt: { type: 'string' },
        terminationReason: { type: 'string' },
        // The exit case that terminated the contract (有序退出), as a reference rather than an id inside the reason.
        terminatedByExitId: { type: 'string' },
        // Activities referencing this contract (see School.dependents), and their ids: kept in the activities'
        // transactions so `Contract.activityIds` needs no Query per contract.
        dependents: { type: 'number', default: 0 },
        activityIdSet: { type: 'set', items: 'string' },
        createdAt: { type: 'string', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['createdAt', 'id'] } },
        byProvider: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['providerId'] }, sk: { field: 'gsi2sk', composite: ['createdAt', 'id'] } },
        byEndDate: { index: 'gsi3', pk: { field: 'gsi3pk', composite: [] }, sk: { field: 'gsi3sk', composite: ['endDate', 'id'] } },
      },
    },
    entityConfig(db),
  );

export type ContractEntity = ReturnType<typeof contractEntity>;
export type ContractRecord = EntityItem<ContractEntity>;
export type ContractPage = Page<ContractRecord>;
export type ContractPageItem = PageItem<ContractRecord>;
