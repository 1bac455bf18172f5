import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';

export const rotaWeekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type RotaWeekday = (typeof rotaWeekdays)[number];

/**
 * The duty rota (值班表 / 领导带班表) of a school: which DUTY_LEADER is on duty on each weekday. One item per school,
 * kept across terms: the leadership's weekly duty is a standing arrangement of the school, not of a timetable, so a new
 * term does not make the school enter it again; a change applies from the moment it is saved. A make-up day
 * (调休补课) follows the rota of the weekday whose timetable it runs.
 * Access pattern: bySchool (primary key), one item.
 */
export const dutyRotaEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'dutyRota', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true, readOnly: true },
        days: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              weekday: { type: rotaWeekdays, required: true },
              staffId: { type: 'string', required: true },
            },
          },
        },
        updatedBy: { type: 'string', required: true },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        bySchool: { pk: { field: 'pk', composite: ['schoolId'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type DutyRotaRecord = EntityItem<ReturnType<typeof dutyRotaEntity>>;

/** Rota ids carry their school: `rot_<school id without prefix>` (one rota per school). */
export const dutyRotaId = (schoolId: string) => `rot_${schoolId.slice(schoolId.indexOf('_') + 1)}`;

export function parseDutyRotaId(id: string): string | undefined {
  const match = /^rot_([a-z2-7]+)$/.exec(id);
  return match ? `sch_${match[1]}` : undefined;
}

/** The rota's duty leader of a weekday, if the rota names one. */
export const leaderOn = (rota: Pick<DutyRotaRecord, 'days'> | undefined, weekday: string | undefined | null) =>
  weekday ? rota?.days.find((day) => day.weekday === weekday)?.staffId : undefined;
