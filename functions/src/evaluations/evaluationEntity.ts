import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import type { Page, PageItem } from '../db/paging';
import { evaluationCriterionValues, evaluationKindValues } from '../generated/enumValues';

export const evaluationKinds = evaluationKindValues;
export const evaluationCriteria = evaluationCriterionValues;

/**
 * Evaluations are append-only. Access patterns:
 * - byId: one evaluation
 * - byProvider: a provider's evaluations, newest first (gsi2)
 * - bySchool: a school's evaluations, newest first (gsi1)
 * - all: the district's evaluations, newest first (gsi4) — e.g. latest ones under the threshold
 */
export const evaluationEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'evaluation', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        providerId: { type: 'string', required: true },
        schoolId: { type: 'string', required: true },
        kind: { type: evaluationKinds, required: true },
        date: { type: 'string', required: true },
        evaluator: { type: 'string', required: true },
        scores: {
          type: 'list',
          required: true,
          items: { type: 'map', properties: { criterion: { type: evaluationCriteria, required: true }, score: { type: 'number', required: true } } },
        },
        total: { type: 'number', required: true },
        findings: { type: 'string' },
        supersedesId: { type: 'string' },
        supersededById: { type: 'string' },
        createdAt: { type: 'string', required: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        bySchool: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['schoolId'] }, sk: { field: 'gsi1sk', composite: ['date', 'id'] } },
        byProvider: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['providerId'] }, sk: { field: 'gsi2sk', composite: ['date', 'id'] } },
        all: { index: 'gsi4', pk: { field: 'gsi4pk', composite: [] }, sk: { field: 'gsi4sk', composite: ['date', 'id'] } },
      },
    },
    entityConfig(db),
  );

/**
 * A provider's standing at one scope (`district`, or a school id), kept on every evaluation write: sum and count
 * of current totals (a correction swaps its predecessor's total for its own) and the latest one by date.
 */
export const standingEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'providerStanding', version: '1', service: SERVICE_NAME },
      attributes: {
        providerId: { type: 'string', required: true },
        scope: { type: 'string', required: true },
        sum: { type: 'number', required: true },
        count: { type: 'number', required: true },
        latestScore: { type: 'number' },
        latestDate: { type: 'string' },
        latestEvaluationId: { type: 'string' },
        version: { type: 'number', required: true },
      },
      indexes: {
        byProvider: { pk: { field: 'pk', composite: ['providerId'] }, sk: { field: 'sk', composite: ['scope'] } },
      },
    },
    entityConfig(db),
  );

export type EvaluationRecord = EntityItem<ReturnType<typeof evaluationEntity>>;
export type StandingRecord = EntityItem<ReturnType<typeof standingEntity>>;
export type EvaluationPage = Page<EvaluationRecord>;
export type EvaluationPageItem = PageItem<EvaluationRecord>;
export const DISTRICT_SCOPE = 'district';
/** What `Provider.standing` resolves from: the provider; its figures are loaded (batched) per field. */
export interface StandingRef {
  providerId: string;
}
