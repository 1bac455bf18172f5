import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';

/**
 * The compliance summary of one school's term (合规概要), kept so the district overview never reads the district's
 * timetables per request. One item per school and term:
 * - `revision` is ADDed by every write that can change the result (activities, contracts, a provider's staff or
 *   kind) in that write's own transaction — see complianceMarks.ts;
 * - the rest is written by the overview when it recomputes: the outcome per rule, and what it was computed from
 *   (`computedRevision`, the policy, school and term versions, and `validUntil` for date-driven changes).
 * A summary is fresh while all of those still match; otherwise the overview recomputes it.
 */
export const complianceSummaryEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'complianceSummary', version: '1', service: SERVICE_NAME },
      attributes: {
        schoolId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        revision: { type: 'number' },
        computedRevision: { type: 'number' },
        policyVersion: { type: 'number' },
        schoolVersion: { type: 'number' },
        termVersion: { type: 'number' },
        validUntil: { type: 'string' },
        computedAt: { type: 'string' },
        compliant: { type: 'boolean' },
        issueCount: { type: 'number' },
        rules: {
          type: 'list',
          items: {
            type: 'map',
            properties: {
              code: { type: 'string', required: true },
              status: { type: 'string', required: true },
              issueCount: { type: 'number', required: true },
            },
          },
        },
      },
      indexes: {
        bySchoolTerm: { pk: { field: 'pk', composite: ['schoolId', 'termId'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type ComplianceSummaryRecord = EntityItem<ReturnType<typeof complianceSummaryEntity>>;
