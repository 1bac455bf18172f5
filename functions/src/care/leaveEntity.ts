import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import { leaveStatusValues } from '../generated/enumValues';

/** Where a leave request stands: SUBMITTED by a guardian (or entered by the class teacher), ACKNOWLEDGED by the class teacher, or CANCELLED. */
export const leaveStatuses = leaveStatusValues;
export type LeaveStatus = (typeof leaveStatuses)[number];

/**
 * A leave request (请假): a child absent from `from` to `to` (inclusive). A SUBMITTED or ACKNOWLEDGED leave pre-marks
 * LEAVE at roll call and suppresses the absence and pickup alerts. Access patterns:
 * - byId: one request
 * - bySchool: a school's requests by last day (gsi1) — "leaves covering date D" is a Query `to >= D` filtered on
 *   `from <= D`: one Query per roll call, whatever the roster's size
 * - byStudent: a child's requests, latest first (gsi2) — the parent page and the class teacher
 */
export const leaveEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'leaveRequest', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        studentId: { type: 'string', required: true, readOnly: true },
        schoolId: { type: 'string', required: true },
        classId: { type: 'string', required: true },
        from: { type: 'string', required: true },
        to: { type: 'string', required: true },
        reason: { type: 'string', required: true },
        status: { type: leaveStatuses, required: true },
        requestedBy: { type: 'string', required: true },
        /** GUARDIAN (the phone page) or CLASS_TEACHER (entered for the family). */
        requestedVia: { type: ['GUARDIAN', 'CLASS_TEACHER', 'SCHOOL'] as const, required: true },
        acknowledgedBy: { type: 'string' },
        acknowledgedAt: { type: 'string' },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['to', 'id'] } },
        byStudent: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['studentId'] }, sk: { field: 'gsi2sk', composite: ['from', 'id'] } },
      },
    },
    entityConfig(db),
  );

export type LeaveRequestRecord = EntityItem<ReturnType<typeof leaveEntity>>;

/**
 * A leave's id is derived from the child and its first and last day: the same leave sent twice (a second tap, a retry
 * after a lost answer, two guardians at once) is the same record, refused the second time, never two leaves and two
 * notices to the class teacher.
 */
export const leaveId = (studentId: string, from: string, to: string) =>
  `lev_${studentId.slice(studentId.indexOf('_') + 1)}${from.replaceAll('-', '')}${to.replaceAll('-', '')}`;

/** Whether a leave excuses the child on `date`. */
export const leaveCovers = (leave: Pick<LeaveRequestRecord, 'from' | 'to' | 'status'>, date: string) =>
  leave.status !== 'CANCELLED' && leave.from <= date && date <= leave.to;
