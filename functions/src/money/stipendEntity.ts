import { Entity, type EntityItem } from 'electrodb';
import { idPrefixes } from '../core/ids';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';

/**
 * The id of a school's stipend sheet for a month, `stp_<school id without its prefix><YYYYMM>`: derived, so the sheet
 * has its id before it is stored (a draft is computed, never stored) and confirming it twice at once is one
 * conditional create; and reversible, so `confirmStipendSheet(id:)` and `node(id:)` know the school and month.
 */
export function stipendSheetIdOf(schoolId: string, month: string): string {
  return `${idPrefixes.StipendSheet}_${schoolId.slice(schoolId.indexOf('_') + 1)}${month.replace('-', '')}`;
}

/** The school and month of a stipend sheet id (undefined for anything else). */
export function parseStipendSheetId(id: string): { schoolId: string; month: string } | undefined {
  const match = /^stp_([a-z0-9]+)(\d{4})(\d{2})$/.exec(id);
  if (!match) return undefined;
  return { schoolId: `${idPrefixes.School}_${match[1]}`, month: `${match[2]}-${match[3]}` };
}

const rowProperties = {
  staffId: { type: 'string' },
  staffName: { type: 'string', required: true },
  sessions: { type: 'number', required: true },
  minutes: { type: 'number', required: true },
  amountFen: { type: 'number', required: true },
} as const;

/**
 * A confirmed stipend sheet (课时补助表) of a school's month: the rows as computed from the roll calls at confirmation,
 * locked. A draft is never stored (it is computed from the roll calls each time it is read). A later correction is an
 * adjustment line appended to `adjustments`; rows are never edited. Access patterns:
 * - byId: one sheet (id derived from school and month)
 * - bySchool: a school's confirmed sheets by month (gsi1) — totals for the disclosure
 */
export const stipendSheetEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'stipendSheet', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true, readOnly: true },
        month: { type: 'string', required: true, readOnly: true },
        status: { type: ['CONFIRMED'] as const, required: true },
        rateFen: { type: 'number', required: true },
        rows: { type: 'list', required: true, items: { type: 'map', properties: rowProperties } },
        adjustments: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              id: { type: 'string', required: true },
              staffId: { type: 'string' },
              staffName: { type: 'string', required: true },
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
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['month'] } },
      },
    },
    entityConfig(db),
  );

export type StipendSheetRecord = EntityItem<ReturnType<typeof stipendSheetEntity>>;
export type StipendRow = StipendSheetRecord['rows'][number];
export type StipendAdjustment = StipendSheetRecord['adjustments'][number];

/** A sheet as the API shows it: stored (CONFIRMED) or computed now (DRAFT, version 0). */
export interface StipendSheetView extends Omit<StipendSheetRecord, 'status' | 'confirmedAt' | 'confirmedBy'> {
  status: 'DRAFT' | 'CONFIRMED';
  confirmedAt?: string;
  confirmedBy?: string;
}
