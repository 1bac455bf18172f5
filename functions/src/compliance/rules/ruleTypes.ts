import type { ActivityRecord } from '../../activities/activityEntity';
import type { TermCalendar } from '../../calendar/calendarService';
import type { ContractRecord } from '../../contracts/contractEntity';
import type { ContractStatus } from '../../contracts/contractStatus';
import type { SchoolClassRecord } from '../../people/classEntity';
import type { StaffMemberRecord } from '../../people/staffEntity';
import type { DistrictPolicyRecord, Weekday } from '../../policy/policyEntity';
import type { ProviderRecord } from '../../providers/providerEntity';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { TermRecord } from '../../terms/termEntity';
import { type complianceIssueDetailValues, complianceIssueKindValues } from '../../generated/enumValues';

/** Every rule of the compliance report (SPEC §3.3 and §3.9); each finding's `kind` is the code of its rule. */
export const complianceRuleCodes = complianceIssueKindValues;
export type ComplianceRuleCode = (typeof complianceRuleCodes)[number];

/**
 * Inputs some rules need beyond the timetable: `classes` (the school's classes and their staff; loaded for a term
 * that has not ended, see complianceInputs.ts) and `careLogs` (arrive with the daily-care records). A rule that
 * needs one is reported NOT_CHECKED — never as passed — while it is not loaded.
 */
export type ExtensionInputKind = 'classes' | 'careLogs' | 'funds';

/** Everything a rule may look at, loaded once per report (see complianceInputs.ts). */
export interface ComplianceInputs {
  policy: DistrictPolicyRecord;
  school: SchoolRecord;
  term: TermRecord;
  /** The term calendar under the policy: service days, make-up days, holidays (calendar module). */
  calendar: TermCalendar;
  /** Service dates per timetable weekday (a make-up day counts for the weekday it runs). */
  datesByWeekday: Map<Weekday, string[]>;
  /** The policy's service weekdays that have at least one service date in the term: the days rules check. */
  serviceWeekdays: Weekday[];
  /** The term's ACTIVE activities (cancelled ones are history, not service). */
  activities: ActivityRecord[];
  /** The school's contracts for the term, whatever their status. */
  contracts: ContractRecord[];
  /** A contract's status as of today (EXPIRED derived from its end date); undefined for an unknown id. */
  contractStatus(contractId: string | undefined): ContractStatus | undefined;
  /** The providers named by the activities and contracts, by id. */
  providers: Map<string, ProviderRecord>;
  /** School-local date of the check (YYYY-MM-DD). */
  today: string;
  /** The extension inputs loaded for this report. */
  available: ReadonlySet<ExtensionInputKind>;
  /** The school's classes (班级), each with its class teacher's staff record if it still exists (input `classes`). */
  classes?: ClassWithStaff[];
  /** The dates of the term with a duty leader's care log (input `careLogs`). */
  careLogDates?: ReadonlySet<string>;
  /** The duty rota's leader of each weekday, with their name (loaded with the care logs; absent without a rota). */
  dutyLeaders?: ReadonlyMap<string, { id: string; name: string }>;
  /** The operating fund of the term's school year against the term's enrolled students (input `funds`). */
  fund?: TermFund;
}

/** A school year's operating fund (fen) against the minimum for the students enrolled in the term. */
export interface TermFund {
  schoolYear: string;
  amountFen: number;
  enrolledCount: number;
  requiredFen: number;
}

/** A class and the staff member it names as class teacher (undefined: none named, or the record is gone). */
export interface ClassWithStaff {
  schoolClass: SchoolClassRecord;
  classTeacher?: StaffMemberRecord;
}

/** One finding; `kind` is filled in from the rule. */
export interface ComplianceFinding {
  weekday?: Weekday;
  activityId?: string;
  contractId?: string;
  classId?: string;
  date?: string;
  grades?: number[];
  /** The staff member concerned, if any (DAY_WITHOUT_CARE_LOG: the rota's duty leader of that weekday). */
  staffId?: string;
  message: string;
  /** Which of its rule's sentences `message` is, for rules with more than one (SDL `ComplianceIssueDetail`). */
  detail?: ComplianceIssueDetail;
  /** The values `message` names, so that a client can word it in its own language (SDL `ComplianceIssueParams`). */
  params?: ComplianceIssueParams;
}

export type ComplianceIssueDetail = (typeof complianceIssueDetailValues)[number];

/** The values a finding's sentence names (SDL `ComplianceIssueParams`); money in decimal yuan. */
export interface ComplianceIssueParams {
  activityTitle?: string;
  activityStartTime?: string;
  providerName?: string;
  className?: string;
  staffName?: string;
  actualMinutes?: number;
  requiredMinutes?: number;
  endsAt?: string;
  requiredTime?: string;
  gapFrom?: string;
  gapTo?: string;
  studentCount?: number;
  requiredStudentCount?: number;
  dateCount?: number;
  dateWeekday?: Weekday;
  serviceDays?: Weekday[];
  missingSegments?: ('CLASS' | 'GRADE' | 'SCHOOL')[];
  contractStatus?: ContractStatus;
  schoolYear?: string;
  fundAmount?: number;
  requiredFundAmount?: number;
  fundPerStudent?: number;
}

export interface ComplianceIssue extends ComplianceFinding {
  kind: ComplianceRuleCode;
  params: ComplianceIssueParams;
}

/**
 * One rule of the report, a small module each (rules/*.ts), listed in rules/index.ts. `explain` says in Chinese what
 * the rule asks and names the seed plan rule it comes from (篇一/二/三/五), with the policy's current values.
 */
export interface ComplianceRule {
  code: ComplianceRuleCode;
  /** The seed plan part, e.g. 篇二. */
  seed: '篇一' | '篇二' | '篇三' | '篇五';
  /** A short Chinese title, e.g. 每日服务时长. */
  title: string;
  explain(policy: DistrictPolicyRecord): string;
  /** Extension inputs the rule needs; while one is not loaded the rule is NOT_CHECKED. */
  needs?: readonly ExtensionInputKind[];
  /** Whether the rule applies under this policy (NOT_APPLICABLE otherwise); default: always. */
  applies?(policy: DistrictPolicyRecord): boolean;
  /** The findings; absent only on extension points whose inputs do not exist yet. */
  check?(inputs: ComplianceInputs): ComplianceFinding[];
}

export type ComplianceRuleStatus = 'PASSED' | 'FAILED' | 'NOT_APPLICABLE' | 'NOT_CHECKED';
