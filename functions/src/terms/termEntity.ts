import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import type { MakeUpDay } from '../calendar/termCalendar';

/**
 * Term access patterns:
 * - byId: one term
 * - bySchool: a school's terms, newest school year first (gsi1, partition per school)
 * - byYear: all terms of the district by school year (gsi2), for district-wide lists
 */
export const termEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'term', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true },
        schoolYear: { type: 'string', required: true },
        semester: { type: 'number', required: true },
        startDate: { type: 'string', required: true },
        endDate: { type: 'string', required: true },
        excludedDates: { type: 'list', items: { type: 'string' }, required: true },
        // 调休补课: dates (usually weekends) running another weekday's timetable. Absent on terms saved before it existed.
        makeUpDays: {
          type: 'list',
          items: {
            type: 'map',
            properties: {
              date: { type: 'string', required: true },
              timetableWeekday: { type: 'string', required: true },
              note: { type: 'string' },
            },
          },
        },
        // Activities, contracts and surveys of this term; a delete conditions on 0 (see School.dependents).
        dependents: { type: 'number', default: 0 },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['schoolId'] },
          sk: { field: 'gsi1sk', composite: ['schoolYear', 'semester', 'id'] },
        },
        byYear: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: [] },
          sk: { field: 'gsi2sk', composite: ['schoolYear', 'semester', 'schoolId'] },
        },
      },
    },
    entityConfig(db),
  );

/** Uniqueness item: one term per school, school year and semester (written in the term's transaction). */
export const termSlotEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'termSlot', version: '1', service: SERVICE_NAME },
      attributes: {
        schoolId: { type: 'string', required: true },
        schoolYear: { type: 'string', required: true },
        semester: { type: 'number', required: true },
        termId: { type: 'string', required: true },
      },
      indexes: {
        bySlot: { pk: { field: 'pk', composite: ['schoolId', 'schoolYear', 'semester'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type TermEntity = ReturnType<typeof termEntity>;
// ElectroDB lists take no enum items; the service validates make-up weekdays against `weekdays`.
export type TermRecord = Omit<EntityItem<TermEntity>, 'makeUpDays'> & { makeUpDays?: MakeUpDay[] };
export type TermPage = Page<TermRecord>;
export type TermPageItem = PageItem<TermRecord>;
