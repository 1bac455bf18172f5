import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';

/**
 * A student on an activity's roster (学生 ↔ 活动), hanging off the student's APPROVED application. Access patterns:
 * - byActivity: an activity's roster (primary key, partition per activity)
 * - byStudent: a student's activities per term in timetable order (gsi1) — a child's week, and what a withdrawal
 *   or the retention job removes
 * The activity's `enrolledCount` is the size of its roster: moved in the same transaction, conditional on capacity.
 */
export const rosterEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'rosterEntry', version: '1', service: SERVICE_NAME },
      attributes: {
        activityId: { type: 'string', required: true },
        studentId: { type: 'string', required: true },
        applicationId: { type: 'string', required: true },
        schoolId: { type: 'string', required: true },
        classId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        weekday: { type: 'string', required: true },
        weekdayOrder: { type: 'number', required: true },
        startTime: { type: 'string', required: true },
        endTime: { type: 'string', required: true },
        assignedAt: { type: 'string', required: true },
        assignedBy: { type: 'string', required: true },
      },
      indexes: {
        byActivity: { pk: { field: 'pk', composite: ['activityId'] }, sk: { field: 'sk', composite: ['studentId'] } },
        byStudent: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['studentId'] },
          sk: { field: 'gsi1sk', composite: ['termId', 'weekdayOrder', 'startTime', 'activityId'] },
        },
      },
    },
    entityConfig(db),
  );

export type RosterEntryRecord = EntityItem<ReturnType<typeof rosterEntity>>;
