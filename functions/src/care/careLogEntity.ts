import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import { incidentKindValues } from '../generated/enumValues';

/**
 * The duty leader's care log (课后看护日志) of one school day: a summary and incidents (time, kind, what happened, what
 * was done). One item per school and date — the key makes it unique; the id is derived from both.
 * Access pattern: bySchool by date (primary key) — one day, a month, a term (the compliance rule).
 */
export const careLogEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'careLog', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true, readOnly: true },
        date: { type: 'string', required: true, readOnly: true },
        dutyLeaderId: { type: 'string' },
        writtenBy: { type: 'string', required: true },
        summary: { type: 'string', required: true },
        incidents: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              at: { type: 'string', required: true },
              kind: { type: incidentKindValues, required: true },
              description: { type: 'string', required: true },
              action: { type: 'string', required: true },
            },
          },
        },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        bySchool: { pk: { field: 'pk', composite: ['schoolId'] }, sk: { field: 'sk', composite: ['date'] } },
      },
    },
    entityConfig(db),
  );

export type CareLogRecord = EntityItem<ReturnType<typeof careLogEntity>>;
export const incidentKinds = incidentKindValues;

/** Care log ids carry their school and date: `clg_<school id without prefix>_<YYYYMMDD>`. */
export const careLogId = (schoolId: string, date: string) => `clg_${schoolId.slice(schoolId.indexOf('_') + 1)}_${date.replaceAll('-', '')}`;

export function parseCareLogId(id: string): { schoolId: string; date: string } | undefined {
  const match = /^clg_([a-z2-7]+)_(\d{4})(\d{2})(\d{2})$/.exec(id);
  return match ? { schoolId: `sch_${match[1]}`, date: `${match[2]}-${match[3]}-${match[4]}` } : undefined;
}
