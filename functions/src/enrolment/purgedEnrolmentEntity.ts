import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';

/**
 * How many of a school term's enrolments (APPROVED applications) were deleted with their students by the retention
 * job (SPEC §3.11): a count without names, so the term's enrolled count — the year's operating fund against it, the
 * fund rule, a disclosure — stays what it was. One item per school term, ADDed to in the purge's own transaction.
 */
export const purgedEnrolmentEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'purgedEnrolments', version: '1', service: SERVICE_NAME },
      attributes: {
        schoolId: { type: 'string', required: true, readOnly: true },
        termId: { type: 'string', required: true, readOnly: true },
        count: { type: 'number', required: true },
      },
      indexes: {
        bySchoolTerm: { pk: { field: 'pk', composite: ['schoolId', 'termId'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type PurgedEnrolmentRecord = EntityItem<ReturnType<typeof purgedEnrolmentEntity>>;
