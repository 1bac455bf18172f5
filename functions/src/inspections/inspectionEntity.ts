import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { findingSeverityValues, inspectionStatusValues } from '../generated/enumValues';

export const inspectionStatuses = inspectionStatusValues;
export const findingSeverities = findingSeverityValues;
export type InspectionStatus = (typeof inspectionStatuses)[number];

/**
 * A district inspection of a school (专项督查, SPEC §3.10). Access patterns:
 * - byId: one inspection
 * - bySchool: a school's inspections, newest first (gsi1)
 * - byTerm: the inspections of a school year and semester across the district, by school (gsi2) — term scores
 * - byStatus: OPEN or CLOSED inspections, newest first (gsi3) — the overdue findings of the district
 * - all: every inspection, newest first (gsi4)
 */
export const inspectionEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'inspection', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        schoolId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        schoolYear: { type: 'string', required: true },
        semester: { type: 'number', required: true },
        date: { type: 'string', required: true },
        inspectors: { type: 'list', items: { type: 'string' }, required: true },
        summary: { type: 'string' },
        score: { type: 'number', required: true },
        status: { type: inspectionStatuses, required: true },
        findings: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              id: { type: 'string', required: true },
              item: { type: 'string', required: true },
              severity: { type: findingSeverities, required: true },
              rectifyBy: { type: 'string', required: true },
              rectifiedAt: { type: 'string' },
              rectification: { type: 'string' },
              rectifiedBy: { type: 'string' },
            },
          },
        },
        // The earliest deadline among the findings not yet rectified (absent when none): "overdue" is a filter on it.
        nextDeadline: { type: 'string' },
        closedAt: { type: 'string' },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['date', 'id'] } },
        byTerm: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: ['schoolYear', 'semester'] },
          sk: { field: 'gsi2sk', composite: ['schoolId', 'date', 'id'] },
        },
        byStatus: { index: 'gsi3', pk: { field: 'gsi3pk', composite: ['status'] }, sk: { field: 'gsi3sk', composite: ['date', 'id'] } },
        all: { index: 'gsi4', pk: { field: 'gsi4pk', composite: [] }, sk: { field: 'gsi4sk', composite: ['date', 'id'] } },
      },
    },
    entityConfig(db),
  );

export type InspectionEntity = ReturnType<typeof inspectionEntity>;
export type InspectionRecord = EntityItem<InspectionEntity>;
export type InspectionFinding = InspectionRecord['findings'][number];
export type InspectionPage = Page<InspectionRecord>;
export type InspectionPageItem = PageItem<InspectionRecord>;

/** The earliest rectification deadline of the findings still open, if any. */
export const nextDeadlineOf = (findings: readonly InspectionFinding[]) =>
  findings
    .filter((finding) => !finding.rectifiedAt)
    .map((finding) => finding.rectifyBy)
    .sort()[0];

/** Findings not rectified whose deadline has passed (school-local `today`). */
export const overdueFindings = (inspection: Pick<InspectionRecord, 'findings' | 'status'>, today: string) =>
  inspection.status === 'OPEN' ? inspection.findings.filter((finding) => !finding.rectifiedAt && finding.rectifyBy < today) : [];
