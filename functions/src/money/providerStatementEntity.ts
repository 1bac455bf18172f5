import { Entity, type EntityItem } from 'electrodb';
import { idPrefixes } from '../core/ids';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';

/**
 * The id of a provider's statement for a month, `pst_<provider id without its prefix><YYYYMM>`: derived like a stipend
 * sheet's (see stipendEntity.ts), so a draft has its id before it is stored and two confirmations at once are one
 * conditional create.
 */
export function providerStatementIdOf(providerId: string, month: string): string {
  return `${idPrefixes.ProviderStatement}_${providerId.slice(providerId.indexOf('_') + 1)}${month.replace('-', '')}`;
}

/** The provider and month of a provider statement id (undefined for anything else). */
export function parseProviderStatementId(id: string): { providerId: string; month: string } | undefined {
  const match = /^pst_([a-z0-9]+)(\d{4})(\d{2})$/.exec(id);
  if (!match) return undefined;
  return { providerId: `${idPrefixes.Provider}_${match[1]}`, month: `${match[2]}-${match[3]}` };
}

/**
 * A confirmed provider statement (机构对账单) of a month: its lines as computed from the roll calls at each contract's
 * rate when the district confirmed it, locked. A draft is never stored. A later correction is an adjustment line on
 * one of the provider's contracts (so a school admin sees the corrections of their school's lines); lines are never
 * edited. Access pattern: byId only (the id is derived from provider and month).
 */
export const providerStatementEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'providerStatement', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        providerId: { type: 'string', required: true, readOnly: true },
        month: { type: 'string', required: true, readOnly: true },
        status: { type: ['CONFIRMED'] as const, required: true },
        lines: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              contractId: { type: 'string', required: true },
              schoolId: { type: 'string', required: true },
              sessions: { type: 'number', required: true },
              minutes: { type: 'number', required: true },
              rateFen: { type: 'number', required: true },
              amountFen: { type: 'number', required: true },
            },
          },
        },
        adjustments: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              id: { type: 'string', required: true },
              contractId: { type: 'string', required: true },
              schoolId: { type: 'string', required: true },
              amountFen: { type: 'number', required: true },
              reason: { type: 'string', required: true },
              createdAt: { type: 'string', required: true },
              createdBy: { type: 'string', required: true },
            },
          },
        },
        confirmedAt: { type: 'string', required: true },
        confirmedBy: { type: 'string', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type ProviderStatementRecord = EntityItem<ReturnType<typeof providerStatementEntity>>;
export type ProviderStatementAdjustment = ProviderStatementRecord['adjustments'][number];

/** A statement as the API shows it: stored (CONFIRMED) or computed now (DRAFT, version 0). */
export interface ProviderStatementView extends Omit<ProviderStatementRecord, 'status' | 'confirmedAt' | 'confirmedBy'> {
  status: 'DRAFT' | 'CONFIRMED';
  confirmedAt?: string;
  confirmedBy?: string;
}
