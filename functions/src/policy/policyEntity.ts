import { Entity, type EntityItem } from 'electrodb';
import type { Db } from '../db/client';
import { entityConfig, SERVICE_NAME } from '../db/entityConfig';
import { feeModelValues, weekdayValues } from '../generated/enumValues';

export const weekdays = weekdayValues;
export const feeModels = feeModelValues;

/** The one district policy of a deployment (a single item; fixed id). */
export const DISTRICT_POLICY_ID = 'pol_district';

export const policyEntity = (db: Db) =>
  new Entity(
    {
      model: { entity: 'districtPolicy', version: '1', service: SERVICE_NAME },
      attributes: {
        id: { type: 'string', required: true, readOnly: true },
        version: { type: 'number', required: true },
        // ElectroDB lists take no enum items; the service validates days against `weekdays`.
        serviceDays: { type: 'list', items: { type: 'string' }, required: true },
        minDailyMinutes: { type: 'number', required: true },
        lateCareEndsNotBefore: { type: 'string', required: true },
        feeModel: { type: feeModels, required: true },
        monthlyFee: { type: 'number' },
        // --- Money (issue 14): absent on policies saved before; read with defaults. ---
        dailyFee: { type: 'number' },
        refundDeadlineDay: { type: 'number' },
        hardshipDiscountPercent: { type: 'number', required: true },
        teacherRatePerHour: { type: 'number', required: true },
        operatingFundPerStudentYear: { type: 'number', required: true },
        outsideProvidersAllowed: { type: 'boolean', required: true },
        minHomeworkGroupSize: { type: 'number', required: true },
        evaluationExitThreshold: { type: 'number', required: true },
        satisfactionExitRate: { type: 'number', required: true },
        reentryAfterMonths: { type: 'number', required: true },
        // Optional in storage so a policy saved before these existed still reads; the service fills the defaults.
        studentDataRetentionMonths: { type: 'number' },
        careAgreement: { type: 'string' },
        // --- Compliance and supervision (issue 15): absent on policies saved before; read with defaults. ---
        serviceEndsBy: { type: 'string' },
        summerServiceEndsBy: { type: 'string' },
        summerFrom: { type: 'string' },
        summerTo: { type: 'string' },
        schoolScoreWeights: {
          type: 'map',
          properties: {
            inspection: { type: 'number', required: true },
            compliance: { type: 'number', required: true },
            satisfaction: { type: 'number', required: true },
          },
        },
        overdueFindingPenalty: { type: 'number' },
        // --- end of compliance and supervision ---
        createdAt: { type: 'string', required: true, readOnly: true },
        updatedAt: { type: 'string', required: true },
      },
      indexes: {
        byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      },
    },
    entityConfig(db),
  );

export type PolicyEntity = ReturnType<typeof policyEntity>;
export type Weekday = (typeof weekdays)[number];
export type DistrictPolicyRecord = Omit<EntityItem<PolicyEntity>, 'serviceDays'> & { serviceDays: Weekday[] };
