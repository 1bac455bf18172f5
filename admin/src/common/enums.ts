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

export interface Choice<Id extends string | number = string> {
  id: Id;
  /** A translation key; react-admin's choice inputs and SelectField translate it. */
  name: string;
}

/** Choices whose labels are `app.enums.<group>.<value>` messages. */
export function enumChoices<Id extends string | number>(group: string, values: readonly Id[]): Choice<Id>[] {
  return values.map((id) => ({ id, name: `app.enums.${group}.${id}` }));
}

// Typed against the generated enums: a value renamed or removed in the SDL fails to compile here.
export const schoolTypes = enumChoices<SchoolType>('schoolType', ['PRIMARY', 'JUNIOR', 'NINE_YEAR']);
export const ownerships = enumChoices<Ownership>('ownership', ['PUBLIC', 'PRIVATE']);
export const leadershipRoles = enumChoices<LeadershipRole>('leadershipRole', ['LEADER', 'DEPUTY', 'MEMBER']);
export const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const weekdays = enumChoices<Weekday>('weekday', WEEKDAYS);
export const feeModels = enumChoices<FeeModel>('feeModel', ['FREE', 'MONTHLY', 'PER_DAY']);
export const semesters = enumChoices<number>('semester', [1, 2]);
export const genders = enumChoices<Gender>('gender', ['FEMALE', 'MALE']);
export const staffDuties = enumChoices<StaffDuty>('staffDuty', ['CLASS_TEACHER', 'TEACHER', 'DUTY_LEADER', 'SCHOOL_ADMIN']);
export const studentStatuses = enumChoices<StudentStatus>('studentStatus', ['ACTIVE', 'LEFT']);
export const applicationStatuses = enumChoices<ApplicationStatus>('applicationStatus', ['SUBMITTED', 'CLASS_APPROVED', 'APPROVED', 'REJECTED', 'WITHDRAWN']);
export const grades = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((grade) => ({ id: grade, name: `${grade}` }));

export const activityCategories = enumChoices<ActivityCategory>('activityCategory', [
  'HOMEWORK',
  'READING',
  'SPORTS',
  'ARTS',
  'SCIENCE',
  'LABOUR',
  'CLUB',
  'SELF_STUDY',
  'LATE_CARE',
]);
export const serviceSegments = enumChoices<ServiceSegment>('serviceSegment', ['CLASS', 'GRADE', 'SCHOOL']);
export const activityStatuses = enumChoices<ActivityStatus>('activityStatus', ['ACTIVE', 'CANCELLED']);
export const providerKinds = enumChoices<ProviderKind>('providerKind', [
  'TRAINING_INSTITUTION',
  'SOCIAL_PROFESSIONAL',
  'RETIRED_TEACHER',
  'VOLUNTEER',
  'YOUTH_CENTRE',
]);
export const providerStatuses = enumChoices<ProviderStatus>('providerStatus', [
  'APPLIED',
  'UNDER_REVIEW',
  'APPROVED',
  'REJECTED',
  'SUSPENDED',
  'EXITING',
  'EXITED',
]);
export const contractStatuses = enumChoices<ContractStatus>('contractStatus', ['DRAFT', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED']);
export const evaluationKinds = enumChoices<EvaluationKind>('evaluationKind', ['SPOT_CHECK', 'PHASE_ASSESSMENT', 'SHOWCASE', 'QUALITY_REVIEW']);
export const EVALUATION_CRITERIA: readonly EvaluationCriterion[] = ['STANDARDISATION', 'QUALITY', 'SAFETY', 'SATISFACTION'];
export const evaluationCriteria = enumChoices<EvaluationCriterion>('evaluationCriterion', EVALUATION_CRITERIA);
export const exitStatuses = enumChoices<ProviderExitStatus>('exitStatus', ['OPEN', 'APPROVED', 'REJECTED', 'COMPLETED']);
export const exitTriggers = enumChoices<ProviderExitTrigger>('exitTrigger', ['MANUAL', 'LOW_EVALUATION', 'LOW_SATISFACTION', 'QUALIFICATION_EXPIRED']);
export const activityResolutions = enumChoices<ActivityResolution>('activityResolution', ['UNRESOLVED', 'REASSIGNED', 'CANCELLED']);
export const evidenceKinds = enumChoices<ExitEvidenceKind>('evidenceKind', ['EVALUATION', 'QUALIFICATION', 'SURVEY', 'NOTE']);
export const complianceIssueKinds = enumChoices<ComplianceIssueKind>('complianceIssueKind', [
  'DAY_NOT_COVERED',
  'SHORT_DAY',
  'NO_LATE_CARE',
  'LATE_CARE_ENDS_EARLY',
  'SMALL_HOMEWORK_GROUP',
  'NO_PERSON_IN_CHARGE',
  'NO_ACTIVE_CONTRACT',
  'GRADE_NOT_SERVED',
  'SEGMENT_MISSING',
  'ACTIVITY_OUTSIDE_CALENDAR',
  'SERVICE_ENDS_LATE',
  'ACADEMIC_BY_TRAINING_INSTITUTION',
  'PROVIDER_BANNED',
  'PROVIDER_STAFF_UNCERTIFIED',
  'CLASS_WITHOUT_STAFF',
  'DAY_WITHOUT_CARE_LOG',
  'OPERATING_FUND_LOW',
]);
export const inspectionStatuses = enumChoices<InspectionStatus>('inspectionStatus', ['OPEN', 'CLOSED']);
export const findingSeverities = enumChoices<FindingSeverity>('findingSeverity', ['LOW', 'MEDIUM', 'HIGH']);

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
export const billStatuses = enumChoices<BillStatus>('billStatus', ['UNPAID', 'PAID', 'WAIVED']);
