import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { applicationStatusValues, optOutReasonValues, submissionChannelValues } from '../generated/enumValues';

export const applicationStatuses = applicationStatusValues;
export type ApplicationStatus = (typeof applicationStatuses)[number];
/** Statuses in which an application holds the student's place for the term (one at a time). */
export const liveStatuses: readonly ApplicationStatus[] = ['SUBMITTED', 'CLASS_APPROVED', 'APPROVED'];
export const submissionChannels = submissionChannelValues;
/** Why a family opts out (optional, counted for the school's statistics; never required). */
export const optOutReasons = optOutReasonValues;

/**
 * An application for after-school service (课后服务申请) of one student for one term; an APPROVED one is the
 * student's enrolment and roster entries hang off it. The queues sort by status, then `rank` (9 − priority: left-behind
 * and hardship children first), then submission time. Access patterns:
 * - byId: one application
 * - bySchool: a school's queue per term and status, in priority order (gsi1)
 * - byClass: a class's queue per term and status, in priority order (gsi2) — the class teacher's review
 * - byStudent: a student's applications by term (gsi3)
 */
export const applicationEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'enrolmentApplication', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        studentId: { type: 'string', required: true },
        schoolId: { type: 'string', required: true },
        classId: { type: 'string', required: true },
        grade: { type: 'number', required: true },
        termId: { type: 'string', required: true },
        days: { type: 'list', items: { type: 'string' }, required: true },
        lateCare: { type: 'boolean', required: true },
        pickupSlot: { type: 'string', required: true },
        activityIds: { type: 'list', items: { type: 'string' }, required: true },
        consentText: { type: 'string', required: true },
        consentAt: { type: 'string', required: true },
        status: { type: applicationStatuses, required: true },
        priority: { type: 'number', required: true },
        rank: { type: 'string', required: true },
        submittedAt: { type: 'string', required: true },
        submittedBy: { type: 'string', required: true },
        submittedVia: { type: submissionChannels, required: true },
        guardianId: { type: 'string' },
        classReviewedBy: { type: 'string' },
        classReviewedAt: { type: 'string' },
        classComment: { type: 'string' },
        decidedBy: { type: 'string' },
        decidedAt: { type: 'string' },
        decisionComment: { type: 'string' },
        reason: { type: 'string' },
        optOutReason: { type: optOutReasons },
        withdrawnFrom: { type: 'string' },
        withdrawnAt: { type: 'string' },
        withdrawnBy: { type: 'string' },
        // Roster entries of this enrolment, moved by their transactions: a withdrawal completes only at 0.
        rosterCount: { type: 'number', default: 0 },
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['schoolId'] },
          sk: { field: 'gsi1sk', composite: ['termId', 'status', 'rank', 'submittedAt', 'id'] },
        },
        byClass: {
          index: 'gsi2',
          pk: { field: 'gsi2pk', composite: ['classId'] },
          sk: { field: 'gsi2sk', composite: ['termId', 'status', 'rank', 'submittedAt', 'id'] },
        },
        byStudent: { index: 'gsi3', pk: { field: 'gsi3pk', composite: ['studentId'] }, sk: { field: 'gsi3sk', composite: ['termId', 'submittedAt', 'id'] } },
      },
    },
    entityConfig(db),
  );

/**
 * Uniqueness item: at most one live (SUBMITTED, CLASS_APPROVED or APPROVED) application per student and term.
 * Claimed when applying, released by a rejection or withdrawal — so a family may apply again afterwards.
 */
export const applicationSlotEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'applicationSlot', version: '1', service: SERVICE_NAME },
      attributes: {
        studentId: { type: 'string', required: true },
        termId: { type: 'string', required: true },
        applicationId: { type: 'string', required: true },
      },
      indexes: { bySlot: { pk: { field: 'pk', composite: ['studentId', 'termId'] }, sk: { field: 'sk', composite: [] } } },
    },
    entityConfig(db),
  );

export type ApplicationEntity = ReturnType<typeof applicationEntity>;
export type EnrolmentApplicationRecord = EntityItem<ApplicationEntity>;
export type EnrolmentApplicationPage = Page<EnrolmentApplicationRecord>;
export type EnrolmentApplicationPageItem = PageItem<EnrolmentApplicationRecord>;
