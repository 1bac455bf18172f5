import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import {
  activityResolutionValues,
  evaluationKindValues,
  exitEvidenceKindValues,
  providerExitReasonCodeValues,
  providerExitStatusValues,
  providerExitTriggerValues,
} from '../generated/enumValues';

export const exitStatuses = providerExitStatusValues;
export const exitTriggers = providerExitTriggerValues;
export type ExitTrigger = (typeof exitTriggers)[number];

/**
 * Provider exit case access patterns:
 * - byId: one case
 * - byProvider: a provider's cases, newest first (gsi2)
 * - all: every case, newest first (gsi4)
 */
export const exitEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'providerExit', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        providerId: { type: 'string', required: true },
        status: { type: exitStatuses, required: true },
        trigger: { type: exitTriggers, required: true },
        reason: { type: 'string', required: true },
        // An automatic case's reason as a code and the values it names (SDL ProviderExitReasonCode/-Params), for
        // clients to word it in their language; absent on manual cases and on cases opened before codes existed.
        reasonCode: { type: providerExitReasonCodeValues },
        reasonParams: {
          type: 'map',
          properties: {
            evaluationTotal: { type: 'number' },
            evaluationThreshold: { type: 'number' },
            satisfactionRate: { type: 'number' },
            satisfactionThreshold: { type: 'number' },
          },
        },
        evidence: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              kind: { type: exitEvidenceKindValues, required: true },
              refId: { type: 'string' },
              // The school the evidence comes from (an evaluation or survey there); absent for district-level evidence.
              schoolId: { type: 'string' },
              summary: { type: 'string', required: true },
              // The values the summary names (SDL ExitEvidenceParams), for clients to word it in their language;
              // absent on notes and on evidence added before they were kept.
              params: {
                type: 'map',
                properties: {
                  date: { type: 'string' },
                  evaluationKind: { type: evaluationKindValues },
                  total: { type: 'number' },
                  findings: { type: 'string' },
                  responseCount: { type: 'number' },
                  satisfactionRate: { type: 'number' },
                  certificateType: { type: 'string' },
                  certificateNumber: { type: 'string' },
                  validTo: { type: 'string' },
                },
              },
              addedAt: { type: 'string', required: true },
            },
          },
        },
        schoolId: { type: 'string' },
        // Schools concerned (the opener's, the provider's contract schools, the affected activities'): school admins
        // see the cases of their school.
        schoolIds: { type: 'set', items: 'string' },
        openedBy: { type: 'string', required: true },
        decisionComment: { type: 'string' },
        decidedAt: { type: 'string' },
        affectedActivities: {
          type: 'list',
          required: true,
          items: {
            type: 'map',
            properties: {
              activityId: { type: 'string', required: true },
              schoolId: { type: 'string', required: true },
              title: { type: 'string', required: true },
              weekday: { type: 'string', required: true },
              startTime: { type: 'string', required: true },
              endTime: { type: 'string', required: true },
              grades: { type: 'list', items: { type: 'number' }, required: true },
              enrolledCount: { type: 'number', required: true },
              resolution: { type: activityResolutionValues, required: true },
              toProviderId: { type: 'string' },
              toContractId: { type: 'string' },
              toStaffName: { type: 'string' },
            },
          },
        },
        completedAt: { type: 'string' },
        reentryDate: { type: 'string' },
        createdAt: { type: 'string', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        byProvider: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['providerId'] }, sk: { field: 'gsi2sk', composite: ['createdAt', 'id'] } },
        all: { index: 'gsi4', pk: { field: 'gsi4pk', composite: [] }, sk: { field: 'gsi4sk', composite: ['createdAt', 'id'] } },
      },
    },
    entityConfig(db),
  );

/** "At most one case in progress per provider": the item exists while a case is OPEN or APPROVED. */
export const openExitEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'openProviderExit', version: '1', service: SERVICE_NAME },
      attributes: { providerId: { type: 'string', required: true }, exitId: { type: 'string', required: true } },
      indexes: { byProvider: { pk: { field: 'pk', composite: ['providerId'] }, sk: { field: 'sk', composite: [] } } },
    },
    entityConfig(db),
  );

export type ProviderExitRecord = EntityItem<ReturnType<typeof exitEntity>>;
export type AffectedActivityRecord = ProviderExitRecord['affectedActivities'][number];
export type ExitEvidenceRecord = ProviderExitRecord['evidence'][number];
/** An automatic case's reason: the Chinese sentence, its code and the values it names. */
export interface ExitReason {
  text: string;
  code: NonNullable<ProviderExitRecord['reasonCode']>;
  params?: NonNullable<ProviderExitRecord['reasonParams']>;
}
export type ProviderExitPage = Page<ProviderExitRecord>;
export type ProviderExitPageItem = PageItem<ProviderExitRecord>;
/** An affected activity as resolvers see it: with the exiting provider's name for the parents' notice. */
export type AffectedActivityView = AffectedActivityRecord & { providerName: string };
