import type {
  BillStatus,
  ApplicationStatus,
  Gender,
  StaffDuty,
  StudentStatus,
  ActivityCategory,
  ActivityResolution,
  ActivityStatus,
  ComplianceIssueKind,
  ContractStatus,
  EvaluationCriterion,
  EvaluationKind,
  ExitEvidenceKind,
  FeeModel,
  FindingSeverity,
  InspectionStatus,
  LeadershipRole,
  Ownership,
  ProviderExitStatus,
  ProviderExitTrigger,
  ProviderKind,
  ProviderStatus,
  SchoolType,
  ServiceSegment,
  Weekday,
} from '../generated/graphql';
import {
  activityCategoryValues,
  activityResolutionValues,
  activityStatusValues,
  applicationStatusValues,
  billStatusValues,
  complianceIssueKindValues,
  contractStatusValues,
  evaluationCriterionValues,
  evaluationKindValues,
  exitEvidenceKindValues,
  feeModelValues,
  findingSeverityValues,
  genderValues,
  inspectionStatusValues,
  leadershipRoleValues,
  ownershipValues,
  providerExitStatusValues,
  providerExitTriggerValues,
  providerKindValues,
  providerStatusValues,
  schoolTypeValues,
  serviceSegmentValues,
  staffDutyValues,
  studentStatusValues,
  weekdayValues,
} from '../generated/enumValues';

export interface Choice<Id extends string | number = string> {
  id: Id;
  /** A translation key; react-admin's choice inputs and SelectField translate it. */
  name: string;
}

/** Choices whose labels are `app.enums.<group>.<value>` messages. */
export function enumChoices<Id extends string | number>(group: string, values: readonly Id[]): Choice<Id>[] {
  return values.map((id) => ({ id, name: `app.enums.${group}.${id}` }));
}

// The values come from the SDL (generated/enumValues.ts, in the SDL's order): one list per enum for the whole app.
export const schoolTypes = enumChoices<SchoolType>('schoolType', schoolTypeValues);
export const ownerships = enumChoices<Ownership>('ownership', ownershipValues);
export const leadershipRoles = enumChoices<LeadershipRole>('leadershipRole', leadershipRoleValues);
export const WEEKDAYS: readonly Weekday[] = weekdayValues;
export const weekdays = enumChoices<Weekday>('weekday', WEEKDAYS);
export const feeModels = enumChoices<FeeModel>('feeModel', feeModelValues);
export const semesters = enumChoices<number>('semester', [1, 2]);
export const genders = enumChoices<Gender>('gender', genderValues);
export const staffDuties = enumChoices<StaffDuty>('staffDuty', staffDutyValues);
export const studentStatuses = enumChoices<StudentStatus>('studentStatus', studentStatusValues);
export const applicationStatuses = enumChoices<ApplicationStatus>('applicationStatus', applicationStatusValues);
export const grades = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((grade) => ({ id: grade, name: `${grade}` }));

export const activityCategories = enumChoices<ActivityCategory>('activityCategory', activityCategoryValues);
export const serviceSegments = enumChoices<ServiceSegment>('serviceSegment', serviceSegmentValues);
export const activityStatuses = enumChoices<ActivityStatus>('activityStatus', activityStatusValues);
export const providerKinds = enumChoices<ProviderKind>('providerKind', providerKindValues);
export const providerStatuses = enumChoices<ProviderStatus>('providerStatus', providerStatusValues);
export const contractStatuses = enumChoices<ContractStatus>('contractStatus', contractStatusValues);
export const evaluationKinds = enumChoices<EvaluationKind>('evaluationKind', evaluationKindValues);
export const EVALUATION_CRITERIA: readonly EvaluationCriterion[] = evaluationCriterionValues;
export const evaluationCriteria = enumChoices<EvaluationCriterion>('evaluationCriterion', EVALUATION_CRITERIA);
export const exitStatuses = enumChoices<ProviderExitStatus>('exitStatus', providerExitStatusValues);
export const exitTriggers = enumChoices<ProviderExitTrigger>('exitTrigger', providerExitTriggerValues);
export const activityResolutions = enumChoices<ActivityResolution>('activityResolution', activityResolutionValues);
export const evidenceKinds = enumChoices<ExitEvidenceKind>('evidenceKind', exitEvidenceKindValues);
export const complianceIssueKinds = enumChoices<ComplianceIssueKind>('complianceIssueKind', complianceIssueKindValues);
export const inspectionStatuses = enumChoices<InspectionStatus>('inspectionStatus', inspectionStatusValues);
export const findingSeverities = enumChoices<FindingSeverity>('findingSeverity', findingSeverityValues);

/** MUI chip colours for statuses, so the same state looks the same on every page. */
export type ChipColor = 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info';
export const statusColors: Record<string, ChipColor> = {
  APPLIED: 'default',
  UNDER_REVIEW: 'info',
  APPROVED: 'success',
  REJECTED: 'error',
  SUSPENDED: 'warning',
  EXITING: 'warning',
  EXITED: 'default',
  DRAFT: 'default',
  SIGNED: 'info',
  ACTIVE: 'success',
  EXPIRED: 'default',
  TERMINATED: 'error',
  CANCELLED: 'default',
  OPEN: 'warning',
  COMPLETED: 'success',
  UNRESOLVED: 'warning',
  REASSIGNED: 'success',
  CLOSED: 'success',
};

/** Grades 1–9 (primary 1–6, junior 7–9). */
export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export const billStatuses = enumChoices<BillStatus>('billStatus', billStatusValues);
