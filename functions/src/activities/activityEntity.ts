import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { activityCategories } from '../providers/providerEntity';
import { activityStatusValues, serviceSegmentValues, weekdayValues } from '../generated/enumValues';

export const segments = serviceSegmentValues;
export const activityStatuses = activityStatusValues;

/**
 * Timetable activity access patterns:
 * - byId: one activity
 * - bySchool: a school's activities by term, weekday and start time (gsi1) — the timetable is a key prefix
 * - byProvider: a provider's activities by term (gsi2), e.g. for an exit case
 * - byContract: a contract's activities (gsi3)
 * - all: every activity of the district, newest term first (gsi4)
 */
export const activityEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'activity', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        weekday: { type: weekdayValues, required: true },
        // 1 = Monday … 7 = Sunday: makes the timetable sort by day of week, not by name.
        weekdayOrder: { type: 'number', required: true },
        startTime: { type: 'string', required: true },
        endTime: { type: 'string', required: true },
        title: { type: 'string', required: true },
        category: { type: activityCategories, required: true },
        venue: { type: 'string', required: true },
        segment: { type: segments, required: true },
        staffName: { type: 'string' },
        // The staff member in charge (SPEC §5.2); `staffName` stays the display name (and the only one on old rows).
        staffId: { type: 'string' },
        providerId: { type: 'string' },
        contractId: { type: 'string' },
        grades: { type: 'list', items: { type: 'number' }, required: true },
        capacity: { type: 'number', required: true },
        // The roster's size, moved only by roster transactions (conditional on capacity); never typed in.
        enrolledCount: { type: 'number', required: true },
        status: { type: activityStatuses, required: true },
        createdAt: { type: 'string', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['schoolId'] },
          sk: { field: 'gsi1sk', composite: ['termId', 'weekdayOrder', 'startTime', 'id'] },
        },
        byProvider: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: ['providerId'] },
          sk: { field: 'gsi2sk', composite: ['termId', 'weekdayOrder', 'startTime', 'id'] },
        },
        byContract: {
          index: 'gsi3',
          pk: { field: 'gsi3pk', composite: ['contractId'] },
          sk: { field: 'gsi3sk', composite: ['weekdayOrder', 'startTime', 'id'] },
        },
        all: { index: 'gsi4', pk: { field: 'gsi4pk', composite: [] }, sk: { field: 'gsi4sk', composite: ['termId', 'weekdayOrder', 'startTime', 'id'] } },
      },
    },
    entityConfig(db),
  );

export type ActivityEntity = ReturnType<typeof activityEntity>;
export type ActivityRecord = EntityItem<ActivityEntity>;
export type ActivityPage = Page<ActivityRecord>;
export type ActivityPageItem = PageItem<ActivityRecord>;
