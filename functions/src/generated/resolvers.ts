import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SchoolRecord, SchoolPage, SchoolPageItem } from '../schools/schoolEntity';
import type { TermRecord, TermPage, TermPageItem } from '../terms/termEntity';
import type { DistrictPolicyRecord } from '../policy/policyEntity';
import type { ActivityRecord, ActivityPage, ActivityPageItem } from '../activities/activityEntity';
import type { ProviderRecord, ProviderPage, ProviderPageItem, Qualification as QualificationModel } from '../providers/providerEntity';
import type { StandingRef, EvaluationRecord, EvaluationPage, EvaluationPageItem } from '../evaluations/evaluationEntity';
import type { ContractRecord, ContractPage, ContractPageItem } from '../contracts/contractEntity';
import type { AuditEventRecord, AuditEventPage, AuditEventPageItem } from '../audit/auditEntity';
import type { AuditValue as AuditValueModel } from '../audit/auditSummaries';
import type { TypedChange } from '../audit/auditValues';
import type { DocumentRecord } from '../documents/documentEntity';
import type { ProviderExitRecord, ProviderExitPage, ProviderExitPageItem, AffectedActivityView } from '../exits/exitEntity';
import type { SurveyRecord, SurveyPage, SurveyPageItem, PublicSurveyView } from '../surveys/surveyEntity';
import type { SurveyResultsView } from '../surveys/answerService';
import type { Viewer as ViewerModel } from '../auth/viewer';
import type { StaffMemberRecord, StaffMemberPage, StaffMemberPageItem } from '../people/staffEntity';
import type { SchoolClassRecord, SchoolClassPage, SchoolClassPageItem } from '../people/classEntity';
import type { StudentRecord, StudentPage, StudentPageItem } from '../people/studentEntity';
import type { GuardianRecord } from '../guardians/guardianEntity';
import type { EnrolmentApplicationRecord, EnrolmentApplicationPage, EnrolmentApplicationPageItem } from '../enrolment/applicationEntity';
import type { ComplianceOverviewRowView } from '../compliance/overviewService';
import type { InspectionRecord, InspectionPage, InspectionPageItem, InspectionFinding as InspectionFindingModel } from '../inspections/inspectionEntity';
import type { SchoolScoreView } from '../inspections/scoreService';
import type { OverdueFindingView } from '../inspections/inspectionResolvers';
import type { BillRecord, BillPage, BillPageItem } from '../money/billEntity';
import type { BillGeneration as BillGenerationModel } from '../money/billService';
import type { FundView } from '../money/fundService';
import type { StipendSheetView, StipendRow as StipendRowModel, StipendAdjustment as StipendAdjustmentModel } from '../money/stipendEntity';
import type { ProviderStatementView, ProviderStatementAdjustment as ProviderStatementAdjustmentModel } from '../money/providerStatementEntity';
import type { StatementLine } from '../money/stipends';
import type { DisclosureView, DisclosurePage, DisclosurePageItem } from '../money/disclosureEntity';
import type { DisclosureContent as DisclosureContentModel } from '../money/disclosureContent';
import type { RollCallRecord, RollCallMark as RollCallMarkModel } from '../care/rollCallEntity';
import type { LeaveRequestRecord } from '../care/leaveEntity';
import type { AuthorizedPickupRecord, HandoverRecord } from '../care/pickupEntity';
import type { AlertRecord, NotificationRecord } from '../care/alertEntity';
import type { AlertPage, AlertPageItem, NotificationPage, NotificationPageItem } from '../care/careResolvers';
import type { CareLogRecord } from '../care/careLogEntity';
import type { CareBoardView, CareBoardSessionView, CareBoardSchoolRowView } from '../care/careBoardService';
import type { CarePickupSlotView, CarePickupChildView } from '../care/careBoardTally';
import type { DutyRotaRecord } from '../care/dutyRotaEntity';
import type { GraphQLContext } from '../server/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in school-local time, formatted `YYYY-MM-DD` (e.g. `2026-09-01`). */
  Date: { input: string; output: string; }
  /** An instant in UTC, ISO 8601 with milliseconds (e.g. `2026-09-01T08:30:00.000Z`). Used for `createdAt`/`updatedAt`. */
  DateTime: { input: string; output: string; }
  /** A wall-clock time in school-local time (Asia/Shanghai), formatted `HH:mm` in 24-hour form (e.g. `17:30`). */
  LocalTime: { input: string; output: string; }
};

/**
 * Timetable activity (排片): one row of a school's weekly timetable (排片表) in a term, with the five required
 * elements: time (weekday, start, end), content (title, category), venue, format (segment) and person in charge (a
 * staff name, or a provider with its contract). The same venue or the same person in charge never holds two
 * overlapping active activities on the same weekday of a term: such a write is refused with CONFLICT naming the other
 * activity.
 */
export type Activity = Node & {
  __typename?: 'Activity';
  /** Maximum number of students. */
  capacity: Scalars['Int']['output'];
  /** Content category. */
  category: ActivityCategory;
  /** The contract, resolved (null for school staff). */
  contract?: Maybe<Contract>;
  /** The provider's contract covering this activity; it must be ACTIVE at this school for this term. */
  contractId?: Maybe<Scalars['ID']['output']>;
  /** When the activity was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Minutes from start to end. */
  durationMinutes: Scalars['Int']['output'];
  /** End, after `startTime`. */
  endTime: Scalars['LocalTime']['output'];
  /** Students on the roster (活动名单): kept by the database with each roster change, never above `capacity`. */
  enrolledCount: Scalars['Int']['output'];
  /** Grades taking part (1–9). */
  grades: Array<Scalars['Int']['output']>;
  /** Globally unique id (`act_…`). */
  id: Scalars['ID']['output'];
  /** The provider, resolved (null for school staff). */
  provider?: Maybe<Provider>;
  /** The outside provider running it, if any (needs `contractId`). */
  providerId?: Maybe<Scalars['ID']['output']>;
  /**
   * The roster (活动名单): students placed on this activity, as the viewer may see them — the school and whoever runs
   * the activity see all of it (a provider: given name and class only); a class teacher their class's children; a
   * guardian their own children. `enrolledCount` is its size.
   */
  roster: StudentConnection;
  /** The school, resolved. */
  school: School;
  /** The school whose timetable it is on. */
  schoolId: Scalars['ID']['output'];
  /** Format of the service. */
  segment: ServiceSegment;
  /** The staff member in charge, resolved (null when the viewer may not read staff records). */
  staff?: Maybe<StaffMember>;
  /** The staff member in charge (负责人), if the person in charge is school staff; `staffName` shows the name. */
  staffId?: Maybe<Scalars['ID']['output']>;
  /** Person in charge: a school staff member, or the provider's staff member when `providerId` is set. */
  staffName?: Maybe<Scalars['String']['output']>;
  /** Start, school-local `HH:mm`, on a 5-minute boundary. */
  startTime: Scalars['LocalTime']['output'];
  /** Whether it runs. */
  status: ActivityStatus;
  /** The term, resolved. */
  term: Term;
  /** The term it belongs to. */
  termId: Scalars['ID']['output'];
  /** Content (e.g. 足球社团). */
  title: Scalars['String']['output'];
  /** When the activity was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Venue (场地), e.g. 操场, 三(2)班教室. Compared ignoring case and spaces. */
  venue: Scalars['String']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateActivity`. */
  version: Scalars['Int']['output'];
  /** Day of the week it runs. */
  weekday: Weekday;
};


/**
 * Timetable activity (排片): one row of a school's weekly timetable (排片表) in a term, with the five required
 * elements: time (weekday, start, end), content (title, category), venue, format (segment) and person in charge (a
 * staff name, or a provider with its contract). The same venue or the same person in charge never holds two
 * overlapping active activities on the same weekday of a term: such a write is refused with CONFLICT naming the other
 * activity.
 */
export type ActivityRosterArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Content category of a timetable activity (服务内容). */
export type ActivityCategory =
  /** Arts (艺术). */
  | 'ARTS'
  /** Clubs (社团). */
  | 'CLUB'
  /** Homework help (作业辅导); groups below `minHomeworkGroupSize` are flagged for merging. */
  | 'HOMEWORK'
  /** Labour education (劳动). */
  | 'LABOUR'
  /** Late care (延时托管); must end no earlier than the policy's `lateCareEndsNotBefore`. */
  | 'LATE_CARE'
  /** Reading (阅读). */
  | 'READING'
  /** Science and technology (科技). */
  | 'SCIENCE'
  /** Supervised self-study (自习). */
  | 'SELF_STUDY'
  /** Sports (体育). */
  | 'SPORTS';

/** A page of activities (Relay connection, plus `nodes` and `totalCount`). */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The activities of this page with their cursors. */
  edges: Array<ActivityEdge>;
  /** The activities of this page, same order as `edges`. */
  nodes: Array<Activity>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of activities matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an activity connection. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/**
 * Filters for `activities`. Give `termId` for a school's timetable (sorted by weekday and start time); give
 * `providerId` or `contractId` for a provider's or a contract's activities.
 */
export type ActivityFilter = {
  /** Only activities of this category. */
  category?: InputMaybe<ActivityCategory>;
  /** Only activities under this contract. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these records (at most 100 ids), e.g. to show references by name. Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only activities run by this provider. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, venue or person in charge contains this text (at most 100 characters). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only activities of this school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities in this status. */
  status?: InputMaybe<ActivityStatus>;
  /** Only activities of this term (the timetable). */
  termId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities on this day. */
  weekday?: InputMaybe<Weekday>;
};

/** What was decided for one affected activity during the transition. */
export type ActivityResolution =
  /** Cancelled; its venue and time are freed. */
  | 'CANCELLED'
  /** Given to another provider or to a school staff member. */
  | 'REASSIGNED'
  /** Still to be reassigned or cancelled: the case cannot complete. */
  | 'UNRESOLVED';

/** Whether an activity runs. */
export type ActivityStatus =
  /** Runs every week of the term; holds its venue and person in charge. */
  | 'ACTIVE'
  /** Cancelled (e.g. during a provider exit); kept for the record, frees its venue and person. */
  | 'CANCELLED';

/** A pickup person a guardian adds (themself included). */
export type AddAuthorizedPickupInput = {
  /** The person's name, not empty, at most 40 characters. */
  name: Scalars['String']['input'];
  /** Relation to the child (关系), not empty, at most 20 characters. */
  relation: Scalars['String']['input'];
  /** One of the guardian's children. */
  studentId: Scalars['ID']['input'];
};

/** One future activity of the exiting provider and what happens to it. */
export type AffectedActivity = {
  __typename?: 'AffectedActivity';
  /** The activity, resolved (null if the viewer may not read it). */
  activity?: Maybe<Activity>;
  /** The activity. */
  activityId: Scalars['ID']['output'];
  /** End time. */
  endTime: Scalars['LocalTime']['output'];
  /** Whom to tell about the change. */
  notice: ExitNotice;
  /** What was decided for it. */
  resolution: ActivityResolution;
  /** The activity's school. */
  schoolId: Scalars['ID']['output'];
  /** Start time. */
  startTime: Scalars['LocalTime']['output'];
  /** The activity's title. */
  title: Scalars['String']['output'];
  /** After reassignment to a provider: its contract. */
  toContractId?: Maybe<Scalars['ID']['output']>;
  /** After reassignment to a provider: the new provider. */
  toProviderId?: Maybe<Scalars['ID']['output']>;
  /** After reassignment to the school: the staff member. */
  toStaffName?: Maybe<Scalars['String']['output']>;
  /** Day of the week it runs. */
  weekday: Weekday;
};

/** An alert (预警): something a person must act on, raised once, resolved with a note. */
export type Alert = Node & {
  __typename?: 'Alert';
  /** The activity, for ABSENT_WITHOUT_LEAVE and ROLL_CALL_MISSING. */
  activityId?: Maybe<Scalars['ID']['output']>;
  /** The school day. */
  date: Scalars['Date']['output'];
  /** Globally unique id (derived from what it is about: raised once). */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: AlertKind;
  /** What happened, in Chinese (children named by masked name). */
  message: Scalars['String']['output'];
  /** The resolution note (处理说明). */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * The values `message` names, typed (预警参数): word the alert in the client's language from `kind` and these. Null for
   * alerts raised before parameters existed: show `message` then.
   */
  params?: Maybe<AlertParams>;
  /** When it was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** When it was resolved. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** Where it stands. */
  status: AlertStatus;
  /** The child, for ABSENT_WITHOUT_LEAVE and NOT_PICKED_UP. */
  studentId?: Maybe<Scalars['ID']['output']>;
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/** A page of alerts (Relay connection). */
export type AlertConnection = {
  __typename?: 'AlertConnection';
  /** The edges. */
  edges: Array<AlertEdge>;
  /** The alerts of this page. */
  nodes: Array<Alert>;
  /** Paging. */
  pageInfo: PageInfo;
  /** All alerts matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An alert with its cursor. */
export type AlertEdge = {
  __typename?: 'AlertEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The alert. */
  node: Alert;
};

/** Narrows `alerts`. */
export type AlertFilter = {
  /** One school day. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** One kind. */
  kind?: InputMaybe<AlertKind>;
  /** One school (school admins and teachers: always their own). */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** OPEN or RESOLVED. */
  status?: InputMaybe<AlertStatus>;
  /** One child. A parent names one of their children (may be left out when they have one); another family's child is FORBIDDEN. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

/** What an alert (预警) is about (SPEC 3.7). */
export type AlertKind =
  /** Marked absent without leave (未请假缺勤): to the class teacher and the guardians, at once. */
  | 'ABSENT_WITHOUT_LEAVE'
  /** Present at the last roll call, not released and not on leave 15 minutes after the pickup slot (未接走): to the duty leaders. */
  | 'NOT_PICKED_UP'
  /** No roll call 15 minutes after a session started (未点名): to the person in charge and the school admins. */
  | 'ROLL_CALL_MISSING';

/** The values an alert's `message` names (预警参数), typed; only those its `kind` names are set. */
export type AlertParams = {
  __typename?: 'AlertParams';
  /** ABSENT_WITHOUT_LEAVE, ROLL_CALL_MISSING: the activity's start time (`HH:mm`). */
  activityStartTime?: Maybe<Scalars['LocalTime']['output']>;
  /** ABSENT_WITHOUT_LEAVE, ROLL_CALL_MISSING: the activity's title (活动名称). */
  activityTitle?: Maybe<Scalars['String']['output']>;
  /** ABSENT_WITHOUT_LEAVE: the child's class (班级) name; null when the class record is gone. */
  className?: Maybe<Scalars['String']['output']>;
  /** ROLL_CALL_MISSING, NOT_PICKED_UP: the grace period (宽限时间) after which the alert is raised, in minutes. */
  graceMinutes?: Maybe<Scalars['Int']['output']>;
  /** NOT_PICKED_UP: the child's pickup slot (放学时段, `HH:mm`). */
  pickupSlot?: Maybe<Scalars['LocalTime']['output']>;
  /** ABSENT_WITHOUT_LEAVE, NOT_PICKED_UP: the child's masked name (e.g. 李*明), as in `message`; null when the child's record is gone. */
  studentName?: Maybe<Scalars['String']['output']>;
  /** ROLL_CALL_MISSING: the activity's venue (场地). */
  venue?: Maybe<Scalars['String']['output']>;
};

/** Where an alert stands. */
export type AlertStatus =
  /** Open (待处理). */
  | 'OPEN'
  /** Resolved with a note (已处理). */
  | 'RESOLVED';

/** The outcome for one application of `decideApplications`. */
export type ApplicationDecisionResult = {
  __typename?: 'ApplicationDecisionResult';
  /** The application after the decision, or null when it failed. */
  application?: Maybe<EnrolmentApplication>;
  /** The error code when it failed (e.g. INVALID_TRANSITION). */
  code?: Maybe<Scalars['String']['output']>;
  /** The application. */
  id: Scalars['ID']['output'];
  /** What went wrong, when it failed. */
  message?: Maybe<Scalars['String']['output']>;
};

/**
 * Where an application (课后服务申请) stands: SUBMITTED → CLASS_APPROVED (class teacher, 班级审核) → APPROVED (school,
 * 学校核准); REJECTED at either step with a reason; WITHDRAWN by the family or the school at any time (随时准出).
 */
export type ApplicationStatus =
  /** Approved by the school (已通过): the student's enrolment; rosters hang off it. */
  | 'APPROVED'
  /** Approved by the class teacher (班主任已审核), waiting for the school. */
  | 'CLASS_APPROVED'
  /** Not approved (未通过), with a reason; the family may apply again. */
  | 'REJECTED'
  /** Submitted (已提交), waiting for the class teacher. */
  | 'SUBMITTED'
  /** Withdrawn (已退出) from a date; the child left every roster of the enrolment. */
  | 'WITHDRAWN';

/** How many applications are in one status. */
export type ApplicationStatusCount = {
  __typename?: 'ApplicationStatusCount';
  /** Applications in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ApplicationStatus;
};

/** An application for after-school service (课后服务申请). */
export type ApplyForServiceInput = {
  /** Wished activities (意向活动), at most 20: active ones of the term, for the grade, on a chosen day. */
  activityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** True: the guardian has read and agrees to the care agreement (`DistrictPolicy.careAgreement`). */
  consent: Scalars['Boolean']['input'];
  /** Service days (服务日), among the district policy's `serviceDays`. */
  days: Array<Weekday>;
  /** Whether late care (延时托管) is wanted. */
  lateCare: Scalars['Boolean']['input'];
  /** Pickup time (放学时段): one of the school's times for the student's grade. */
  pickupSlot: Scalars['LocalTime']['input'];
  /** The student: a linked child (PARENT), or a student of the school (school staff entering a paper form). */
  studentId: Scalars['ID']['input'];
  /** A term (学期) of the student's school that has not ended. */
  termId: Scalars['ID']['input'];
};

/**
 * An audit event: a true record (管理台账) of one change: who did what to which record and when. Written in the same transaction as
 * the change, so every successful change has exactly one and a failed change has none.
 */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** What happened, e.g. CREATE, UPDATE, DELETE, SUBMIT_FOR_REVIEW, APPROVE, SIGN. */
  action: Scalars['String']['output'];
  /** The user's role at the time. */
  actorRole: Role;
  /** The user (token subject). */
  actorSub: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The fields that changed, with their values before and after (long values are shortened). */
  changes: Array<FieldChange>;
  /** The record changed. */
  entityId: Scalars['ID']['output'];
  /** Its type, e.g. Provider. */
  entityType: Scalars['String']['output'];
  /** Globally unique id (`aud_…`). */
  id: Scalars['ID']['output'];
  /** A one-line summary in Chinese (the sentence `summaryKey` and `summaryParams` describe). */
  summary: Scalars['String']['output'];
  /**
   * What happened as a message key (e.g. `provider.evaluated`: "{school} {kind} {total} 分"), to render in the
   * client's language with `summaryParams`. Null for events recorded before keys existed: show `summary` then.
   */
  summaryKey?: Maybe<Scalars['String']['output']>;
  /** The summary's parameters, typed. */
  summaryParams: Array<AuditParam>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events of this page with their cursors. */
  edges: Array<AuditEventEdge>;
  /** The events of this page, same order as `edges`. */
  nodes: Array<AuditEvent>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of events of the record, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an audit event connection. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The audit event. */
  node: AuditEvent;
};

/** One parameter of an audit event's summary: `{school}` in the message `provider.evaluated`. */
export type AuditParam = {
  __typename?: 'AuditParam';
  /** The parameter's name in the message, e.g. `school`. */
  name: Scalars['String']['output'];
  /** Its value, typed. */
  value: AuditValue;
};

/**
 * One value of an audit event (审计记录中的取值), typed so a client can render it in its own language: enum values by
 * their schema name, records by id (a client resolves names with the viewer's own rights, so an audit trail never names
 * a record its reader may not read).
 */
export type AuditValue = {
  __typename?: 'AuditValue';
  /** RECORDS: how many records the field holds (null when the stored value was too long to count). */
  count?: Maybe<Scalars['Int']['output']>;
  /** ENUM: the name of the schema enum (e.g. `ProviderStatus`); `Semester` stands for a term's semester (1 or 2). */
  enumType?: Maybe<Scalars['String']['output']>;
  /** LIST: the items, each a scalar, ENUM or REFERENCE value. */
  items?: Maybe<Array<AuditValue>>;
  /** How to read this value: which of the other fields is set. */
  kind: AuditValueKind;
  /** REFERENCE: the id of the record — null when the viewer may not read that record (or it no longer exists for them). */
  refId?: Maybe<Scalars['ID']['output']>;
  /** REFERENCE: the record's type name (`School`, `Provider`, …). */
  refType?: Maybe<Scalars['String']['output']>;
  /** The value as text for TEXT, NUMBER, BOOLEAN, DATE, DATETIME, TIME and ENUM; null otherwise. */
  text?: Maybe<Scalars['String']['output']>;
};

/** How to read an `AuditValue`. */
export type AuditValueKind =
  /** `true` or `false` in `text`. */
  | 'BOOLEAN'
  /** A calendar date `YYYY-MM-DD` in `text`. */
  | 'DATE'
  /** An instant (ISO 8601, UTC) in `text`. */
  | 'DATETIME'
  /** An enum value in `text`, of the schema enum named in `enumType`. */
  | 'ENUM'
  /** A list of values, in `items`. */
  | 'LIST'
  /** A number in `text` (decimal yuan for money fields). */
  | 'NUMBER'
  /** Structured records (qualifications, questions, …), counted in `count`; they are shown on the record itself. */
  | 'RECORDS'
  /** A record, by `refId` and `refType`: read its name with your own rights (e.g. `node(id:)`). */
  | 'REFERENCE'
  /** Free text, in `text`. */
  | 'TEXT'
  /** A school-local time `HH:mm` in `text`. */
  | 'TIME';

/**
 * An authorized pickup person (接送人) of a child: a guardian or someone a guardian added (a grandparent, a neighbour),
 * with a personal six-digit pickup code (接送码) shown at the gate. Only the child's guardians read `code`; the school and
 * the child's teachers see who may come, with an empty code.
 */
export type AuthorizedPickup = Node & {
  __typename?: 'AuthorizedPickup';
  /** The personal pickup code (接送码, six digits); empty unless the viewer is one of the child's guardians. */
  code: Scalars['String']['output'];
  /** When the current code was issued. */
  codeIssuedAt: Scalars['DateTime']['output'];
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** The person's name. */
  name: Scalars['String']['output'];
  /** Relation to the child (关系), e.g. 奶奶. */
  relation: Scalars['String']['output'];
  /** The student (学生). */
  studentId: Scalars['ID']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/**
 * One student's fee for one month (月度账单, SPEC §3.8). Money fields are decimal yuan (元) with two decimals, computed in
 * integer fen. The rates are copied from the district policy when the bill is made: a later policy change never rewrites
 * it. Readable by the district, the school's admin and the child's linked guardians.
 */
export type Bill = Node & {
  __typename?: 'Bill';
  /** What the family owes for the month (`fullAmount − discount`), in decimal yuan (元) with two decimals. */
  amount: Scalars['Float']['output'];
  /** Of those, the days charged (fewer after a withdrawal). */
  billedDays: Scalars['Int']['output'];
  /** When the bill was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The hardship discount in decimal yuan (元) with two decimals: `hardshipDiscountPercent` of `fullAmount`, rounded up to the fen (in the family's favour). */
  discount: Scalars['Float']['output'];
  /** Service days of the month the child was enrolled for (term calendar: holidays out, make-up days in). */
  enrolledDays: Scalars['Int']['output'];
  /** The fee model the bill was made under (MONTHLY or PER_DAY). */
  feeModel: FeeModel;
  /** The fee before the discount, in decimal yuan (元) with two decimals. */
  fullAmount: Scalars['Float']['output'];
  /** Whether the hardship discount (家庭困难减免) applied. */
  hardship: Scalars['Boolean']['output'];
  /** Global id, derived from the student and the month (one bill per student and month). */
  id: Scalars['ID']['output'];
  /** The month billed, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** `amount − refund`, in decimal yuan (元) with two decimals. */
  netAmount: Scalars['Float']['output'];
  /** When the payment was recorded; null unless PAID. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** The payment's reference (receipt or transaction number); null unless PAID. */
  paymentReference?: Maybe<Scalars['String']['output']>;
  /** Refunded after a withdrawal (退费), in decimal yuan (元) with two decimals; 0 without one. */
  refund: Scalars['Float']['output'];
  /** Why and by which rule the refund was made; null without one. */
  refundReference?: Maybe<Scalars['String']['output']>;
  /** The student's school. */
  schoolId: Scalars['ID']['output'];
  /** UNPAID, PAID or WAIVED. */
  status: BillStatus;
  /** The student, as the viewer may see them (null when they may not). */
  student?: Maybe<Student>;
  /** The student billed. */
  studentId: Scalars['ID']['output'];
  /** The term whose enrolment the bill is for. */
  termId: Scalars['ID']['output'];
  /** The monthly fee (MONTHLY) or the daily fee (PER_DAY) used, in decimal yuan (元) with two decimals. */
  unitFee: Scalars['Float']['output'];
  /** When the bill last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `recordPayment` or `waiveBill`. */
  version: Scalars['Int']['output'];
  /** When the bill was waived; null unless WAIVED. */
  waivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the bill was waived; null unless WAIVED. */
  waivedReason?: Maybe<Scalars['String']['output']>;
};

/** A page of bills (Relay connection, plus `nodes` and `totalCount`). */
export type BillConnection = {
  __typename?: 'BillConnection';
  /** The bills of this page with their cursors. */
  edges: Array<BillEdge>;
  /** The bills of this page, same order as `edges`. */
  nodes: Array<Bill>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** All bills matching the filter (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a bill connection. */
export type BillEdge = {
  __typename?: 'BillEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The bill. */
  node: Bill;
};

/** Filters for `bills`: give `schoolId` (with `month`) or `studentId`. */
export type BillFilter = {
  /** Only this month, `YYYY-MM` (at most 7 characters). */
  month?: InputMaybe<Scalars['String']['input']>;
  /** A school's bills. A SCHOOL_ADMIN gets their own school's whatever is given, and FORBIDDEN for another school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bills in this status. */
  status?: InputMaybe<BillStatus>;
  /** One child's bills, newest month first (a PARENT must give one of their linked children). */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

/** What `generateBills` did for a school's month. */
export type BillGeneration = {
  __typename?: 'BillGeneration';
  /** Bills of the month in all. */
  billCount: Scalars['Int']['output'];
  /** Bills made by this run (0 when the month was billed already). */
  createdCount: Scalars['Int']['output'];
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** Refunds recorded by this run for children who withdrew. */
  refundedCount: Scalars['Int']['output'];
  /** The school billed. */
  schoolId: Scalars['ID']['output'];
  /** Sum of the month's bills after refunds (`netAmount`), in decimal yuan (元) with two decimals, exact to the fen. */
  totalAmount: Scalars['Float']['output'];
};

/** Where a bill stands (账单状态). */
export type BillStatus =
  /** Paid; `paymentReference` names the payment (已缴). */
  | 'PAID'
  /** Not paid yet (待缴). */
  | 'UNPAID'
  /** Waived by the school with a reason (免收). */
  | 'WAIVED';

/** One date of a term calendar (校历). */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** The date. */
  date: Scalars['Date']['output'];
  /** Why the date is or is not a service day. */
  kind: CalendarDayKind;
  /** The make-up day's note, if any. */
  note?: Maybe<Scalars['String']['output']>;
  /** Whether after-school service runs that day (roll call, bills and stipends count only these). */
  serviceDay: Scalars['Boolean']['output'];
  /** The weekday whose timetable runs that day (differs from `weekday` on a make-up day); null without service. */
  timetableWeekday?: Maybe<Weekday>;
  /** The weekday of the date itself. */
  weekday: Weekday;
};

/** Why a date is or is not a service day of the term. */
export type CalendarDayKind =
  /** A holiday: an excluded date of the term (节假日). */
  | 'EXCLUDED'
  /** A make-up day (调休补课日) running another weekday's timetable. */
  | 'MAKE_UP_DAY'
  /** Inside the term, but the policy serves no children that weekday (e.g. weekends, or Fridays under MON–THU). */
  | 'NO_SERVICE_WEEKDAY'
  /** Before the term starts or after it ends. */
  | 'OUTSIDE_TERM'
  /** A service weekday of the policy inside the term (服务日). */
  | 'SERVICE_DAY';

/**
 * The today board (今日看护看板) of one school and date: the sessions of that day with their roll-call state, the open
 * alerts, and per pickup slot who is due, released and still waiting. A teacher sees only the sessions they run and the
 * children on them (a duty leader the whole school), and only alerts addressed to them. A provider user sees only the
 * sessions it runs at the school, without children (no pickup slots), alerts or care log.
 */
export type CareBoard = {
  __typename?: 'CareBoard';
  /** Whether the day's care log (看护日志) was written; null for teachers who are not duty leaders. */
  careLogWritten?: Maybe<Scalars['Boolean']['output']>;
  /** The day (school-local). */
  date: Scalars['Date']['output'];
  /** The marks of all roll calls taken, added up. */
  marks: MarkCounts;
  /** Sessions with roll call missing. */
  missing: Scalars['Int']['output'];
  /** Sessions not yet due for roll call. */
  notYetDue: Scalars['Int']['output'];
  /** How many alerts of the day are open. */
  openAlertCount: Scalars['Int']['output'];
  /** The open alerts of the day (预警, newest first; at most 200). */
  openAlerts: Array<Alert>;
  /** The pickup slots, earliest first (children without a slot last). */
  pickupSlots: Array<CarePickupSlot>;
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** Whether the day is a service day of the school's term (false: everything below is empty). */
  serviceDay: Scalars['Boolean']['output'];
  /** The sessions, in start order. */
  sessions: Array<CareBoardSession>;
  /** Sessions with roll call taken. */
  taken: Scalars['Int']['output'];
};

/** One school's row of the district board (全区今日看护): counts only. */
export type CareBoardSchoolRow = {
  __typename?: 'CareBoardSchoolRow';
  /** Whether the day's care log was written. */
  careLogWritten: Scalars['Boolean']['output'];
  /** Children due at the pickup slots (released plus waiting). */
  due: Scalars['Int']['output'];
  /** The marks of all roll calls taken, added up. */
  marks: MarkCounts;
  /** Sessions with roll call missing. */
  missing: Scalars['Int']['output'];
  /** Sessions not yet due for roll call. */
  notYetDue: Scalars['Int']['output'];
  /** Open alerts of the day. */
  openAlertCount: Scalars['Int']['output'];
  /** Children released. */
  released: Scalars['Int']['output'];
  /** The school as the viewer may see it. */
  school?: Maybe<School>;
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** Whether the day is a service day of the school's term. */
  serviceDay: Scalars['Boolean']['output'];
  /** Sessions of the day. */
  sessions: Scalars['Int']['output'];
  /** Sessions with roll call taken. */
  taken: Scalars['Int']['output'];
  /** Children still waiting. */
  waiting: Scalars['Int']['output'];
};

/** One activity session of the day on the board (今日课程). */
export type CareBoardSession = {
  __typename?: 'CareBoardSession';
  /** The activity as the viewer may see it. */
  activity?: Maybe<Activity>;
  /** The activity (活动). */
  activityId: Scalars['ID']['output'];
  /** End (HH:mm, school-local). */
  endTime: Scalars['LocalTime']['output'];
  /** The roll call's marks (all zero before it is taken). */
  marks: MarkCounts;
  /** Where the roll call stands. */
  rollCallState: SessionRollCallState;
  /** Start (HH:mm, school-local). */
  startTime: Scalars['LocalTime']['output'];
  /** When the roll call was taken; null before. */
  takenAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An incident of the day (事项). */
export type CareIncident = {
  __typename?: 'CareIncident';
  /** What was done (处理措施). */
  action: Scalars['String']['output'];
  /** When (HH:mm, school-local). */
  at: Scalars['LocalTime']['output'];
  /** What happened. */
  description: Scalars['String']['output'];
  /** What kind. */
  kind: IncidentKind;
};

/** An incident as written. */
export type CareIncidentInput = {
  /** What was done, not empty, at most 500 characters. */
  action: Scalars['String']['input'];
  /** When (HH:mm). */
  at: Scalars['LocalTime']['input'];
  /** What happened, not empty, at most 500 characters. */
  description: Scalars['String']['input'];
  /** What kind. */
  kind: IncidentKind;
};

/** The duty leader's care log (课后看护日志) of one school day: one per school and day. */
export type CareLog = Node & {
  __typename?: 'CareLog';
  /** The school day. */
  date: Scalars['Date']['output'];
  /** The duty leader (值班领导) of the day: the duty rota's leader of that weekday (or a stand-in the school admin named), else the duty leader who wrote it. */
  dutyLeaderId?: Maybe<Scalars['ID']['output']>;
  /** Globally unique id (derived from the school and the date). */
  id: Scalars['ID']['output'];
  /** Incidents (事项). */
  incidents: Array<CareIncident>;
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** Summary of the day (概况). */
  summary: Scalars['String']['output'];
  /** Last written. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to change the log. */
  version: Scalars['Int']['output'];
};

/** One child expected at a pickup slot (放学名单). */
export type CarePickupChild = {
  __typename?: 'CarePickupChild';
  /** WAITING on today's board 15 minutes or more after the slot (超时未接). */
  overdue: Scalars['Boolean']['output'];
  /** RELEASED: when. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** RELEASED: to whom (the pickup person's name and relation). */
  releasedTo?: Maybe<Scalars['String']['output']>;
  /** Where the child stands. */
  state: PickupState;
  /** The student as the viewer may see them (null when not readable). */
  student?: Maybe<Student>;
  /** The student (学生). */
  studentId: Scalars['ID']['output'];
};

/** One pickup slot (放学时段) of the day with its counts of children. */
export type CarePickupSlot = {
  __typename?: 'CarePickupSlot';
  /** Children marked absent (缺勤). */
  absent: Scalars['Int']['output'];
  /** The children (in no particular order; at most the school's enrolment). */
  children: Array<CarePickupChild>;
  /** Children due at the slot: released plus waiting (leave and absence excluded). */
  due: Scalars['Int']['output'];
  /** Children on leave (请假). */
  onLeave: Scalars['Int']['output'];
  /** Children released (已接走). */
  released: Scalars['Int']['output'];
  /** The slot (HH:mm, school-local); null for children without a pickup slot on file. */
  time?: Maybe<Scalars['LocalTime']['output']>;
  /** Children still waiting (待接). */
  waiting: Scalars['Int']['output'];
};

/** The check of one service weekday of the policy. */
export type ComplianceDay = {
  __typename?: 'ComplianceDay';
  /** Active activities that day. */
  activityCount: Scalars['Int']['output'];
  /** When the day's last activity ends, or null without activities. */
  endsAt?: Maybe<Scalars['LocalTime']['output']>;
  /** When the day's latest late-care activity ends, or null without late care. */
  lateCareEndsAt?: Maybe<Scalars['LocalTime']['output']>;
  /** Whether late care exists and ends no earlier than `lateCareEndsNotBefore`. */
  lateCareOk: Scalars['Boolean']['output'];
  /** Whether `serviceMinutes` reaches the policy's `minDailyMinutes`. */
  meetsMinimum: Scalars['Boolean']['output'];
  /** The segments (班级/年级/校级服务) that run that day. */
  segments: Array<ServiceSegment>;
  /** Dates of the term that run this weekday's timetable: holidays excluded, make-up days (调休补课) included. A weekday with 0 is not checked. */
  serviceDateCount: Scalars['Int']['output'];
  /** Minutes covered by at least one active activity (overlaps counted once). */
  serviceMinutes: Scalars['Int']['output'];
  /** The service day. */
  weekday: Weekday;
};

/**
 * The district policy values a rule's `explanation` names (政策取值), typed, to word the explanation in the client's
 * language from the rule's code. The same values for every rule of a report; each explanation uses the ones it needs.
 */
export type ComplianceExplanationParams = {
  __typename?: 'ComplianceExplanationParams';
  /** Late care must end no earlier than this (`lateCareEndsNotBefore`, `HH:mm`). */
  lateCareEndsNotBefore: Scalars['LocalTime']['output'];
  /** Minimum service per service day (`minDailyMinutes`), in minutes. */
  minDailyMinutes: Scalars['Int']['output'];
  /** Smallest homework group not flagged for merging (`minHomeworkGroupSize`), in students. */
  minHomeworkGroupSize: Scalars['Int']['output'];
  /** Operating fund per student per school year (`operatingFundPerStudentYear`), in decimal yuan (元) with two decimals. */
  operatingFundPerStudentYear: Scalars['Float']['output'];
  /** The policy's service days (服务日). */
  serviceDays: Array<Weekday>;
  /** Every activity must end by this (`serviceEndsBy`, `HH:mm`); null: no such limit (SERVICE_ENDS_LATE is NOT_APPLICABLE). */
  serviceEndsBy?: Maybe<Scalars['LocalTime']['output']>;
  /** First day of the summer period (`summerFrom`, `MM-DD`); null: none. */
  summerFrom?: Maybe<Scalars['String']['output']>;
  /** The later limit in the summer period (`summerServiceEndsBy`, `HH:mm`); null: none. */
  summerServiceEndsBy?: Maybe<Scalars['LocalTime']['output']>;
  /** Last day of the summer period (`summerTo`, `MM-DD`, inclusive); null: none. */
  summerTo?: Maybe<Scalars['String']['output']>;
};

/** One finding of the compliance report, with what to fix (in Chinese, for the school admin). */
export type ComplianceIssue = {
  __typename?: 'ComplianceIssue';
  /** The activity concerned, if any. */
  activityId?: Maybe<Scalars['ID']['output']>;
  /** The class (班级) concerned, if any (CLASS_WITHOUT_STAFF). */
  classId?: Maybe<Scalars['ID']['output']>;
  /** The contract concerned, if any. */
  contractId?: Maybe<Scalars['ID']['output']>;
  /** The first service date concerned, if any (e.g. the first day an activity runs past `serviceEndsBy`). */
  date?: Maybe<Scalars['Date']['output']>;
  /** Which variant of its rule's sentence this finding is (细分原因); null for rules with one sentence only. */
  detail?: Maybe<ComplianceIssueDetail>;
  /** The grades concerned, if any (1–9). */
  grades?: Maybe<Array<Scalars['Int']['output']>>;
  /** The code of the rule that found it: what the finding is about. */
  kind: ComplianceIssueKind;
  /** What is wrong and what to do, e.g. 周三课后服务仅 90 分钟，少于 120 分钟：请增加服务活动。 */
  message: Scalars['String']['output'];
  /** The values `message` names, typed, to word the finding in the client's language from `kind`, `detail` and these. */
  params: ComplianceIssueParams;
  /** The staff member concerned, if any: DAY_WITHOUT_CARE_LOG names the duty rota's leader (值班领导) of that weekday, when the rota names one. */
  staffId?: Maybe<Scalars['ID']['output']>;
  /** The day concerned, if any. */
  weekday?: Maybe<Weekday>;
};

/**
 * Which variant of its rule's sentence a finding is (细分原因), for the rules whose findings read differently. A client
 * that does not know a value (a newer server) shows `ComplianceIssue.message` as it is.
 */
export type ComplianceIssueDetail =
  /** CLASS_WITHOUT_STAFF: the class teacher `staffName` is no longer on duty at this school (inactive or moved). */
  | 'CLASS_TEACHER_GONE'
  /** GRADE_NOT_SERVED: the grades' service ends at `endsAt`, before their last pickup time `requiredTime`. */
  | 'GRADE_ENDS_BEFORE_PICKUP'
  /** GRADE_NOT_SERVED: nobody serves the grades from `gapFrom` to `gapTo` (无人看护). */
  | 'GRADE_GAP'
  /** GRADE_NOT_SERVED: the grades have no service at all that day (last pickup in `requiredTime`, if the school set one). */
  | 'GRADE_NO_SERVICE'
  /** ACTIVITY_OUTSIDE_CALENDAR: the weekday is not one of the policy's service days (`serviceDays`). */
  | 'NOT_A_SERVICE_DAY'
  /** CLASS_WITHOUT_STAFF: the class names no class teacher (班主任), or the staff record is gone. */
  | 'NO_CLASS_TEACHER'
  /** PROVIDER_BANNED: an outside provider (`providerName`) runs the activity. */
  | 'PROVIDER_ACTIVITY'
  /** PROVIDER_BANNED: a contract with `providerName` is still open (`contractStatus`: DRAFT, SIGNED or ACTIVE). */
  | 'PROVIDER_CONTRACT_OPEN'
  /** ACTIVITY_OUTSIDE_CALENDAR: the weekday is a service day, but all its dates this term are holidays (节假日). */
  | 'WEEKDAY_ALL_HOLIDAYS';

/**
 * The rules of the compliance report (合规检查), one code each; a finding's `kind` is the code of its rule. Each rule
 * names the seed plan rule it comes from (`ComplianceRuleResult.explanation`).
 */
export type ComplianceIssueKind =
  /** A training institution (校外培训机构) runs an academic activity: HOMEWORK or SELF_STUDY (篇二: 非学科类). */
  | 'ACADEMIC_BY_TRAINING_INSTITUTION'
  /** An activity falls on a weekday without any service date in the term calendar (篇五: 法定节假日除外; 校历). */
  | 'ACTIVITY_OUTSIDE_CALENDAR'
  /** A class without a staff member on duty (篇三: 每个课后班应至少安排一名教职工). Needs class records: NOT_CHECKED until they exist. */
  | 'CLASS_WITHOUT_STAFF'
  /** A service day of the policy has no activity at all (篇二 "5+2"). */
  | 'DAY_NOT_COVERED'
  /** A school day without a care log (篇五: 课后看护日志). Needs care logs: NOT_CHECKED until they exist. */
  | 'DAY_WITHOUT_CARE_LOG'
  /** A grade of the school is not served, or not without a gap, until its last pickup slot on a service day (篇一 接送时间点). */
  | 'GRADE_NOT_SERVED'
  /** Late care ends earlier than `lateCareEndsNotBefore` (篇二: 一般不早于下午18:00). */
  | 'LATE_CARE_ENDS_EARLY'
  /** A provider's activity has no ACTIVE contract covering it (篇二: 签订课后服务协议). */
  | 'NO_ACTIVE_CONTRACT'
  /** A service day has no late-care (LATE_CARE) activity (篇二 校级服务). */
  | 'NO_LATE_CARE'
  /** An activity names no person in charge (篇二: 排片表五要素). */
  | 'NO_PERSON_IN_CHARGE'
  /** The school year's operating fund is below `operatingFundPerStudentYear` × the term's enrolled students (篇二: 每生每年不低于100元). NOT_CHECKED until the district records the year's allocation. */
  | 'OPERATING_FUND_LOW'
  /** A provider activity or open provider contract where the policy allows no outside providers (篇三: 一律不得进入校园). */
  | 'PROVIDER_BANNED'
  /** A provider running activities has no staff certificate valid today (篇二: 社会专业人员需要具备相应的资质). */
  | 'PROVIDER_STAFF_UNCERTIFIED'
  /** A service day lacks one of the three segments 班级服务/年级服务/校级服务 (篇二 三段式服务). */
  | 'SEGMENT_MISSING'
  /** An activity ends after `serviceEndsBy` (in summer `summerServiceEndsBy`) on a service date (篇五: 至5:00，夏季5:30). */
  | 'SERVICE_ENDS_LATE'
  /** A service day has fewer minutes of service than `minDailyMinutes` (篇二: 不少于2小时). */
  | 'SHORT_DAY'
  /** A homework group has fewer students than `minHomeworkGroupSize` and should be merged (篇二: 少于20人并班). */
  | 'SMALL_HOMEWORK_GROUP';

/**
 * The values a finding's sentence (`ComplianceIssue.message`) names, typed (合规问题参数): a client words the finding in its
 * own language from `kind`, `detail` and these. Only the fields the finding's kind uses are set; the others are null.
 * The day is `ComplianceIssue.weekday`, the date `ComplianceIssue.date` and the grades `ComplianceIssue.grades`.
 */
export type ComplianceIssueParams = {
  __typename?: 'ComplianceIssueParams';
  /** The activity's start time (`HH:mm`), for findings whose sentence names an activity (with `ComplianceIssue.weekday` it names the activity). */
  activityStartTime?: Maybe<Scalars['LocalTime']['output']>;
  /** The activity's title (活动名称) as entered, for findings whose sentence names an activity. */
  activityTitle?: Maybe<Scalars['String']['output']>;
  /** SHORT_DAY: the minutes of service that day (overlaps counted once), in minutes. */
  actualMinutes?: Maybe<Scalars['Int']['output']>;
  /** The class's name (班级名称): CLASS_WITHOUT_STAFF. */
  className?: Maybe<Scalars['String']['output']>;
  /** PROVIDER_CONTRACT_OPEN: the contract's status today. */
  contractStatus?: Maybe<ContractStatus>;
  /** SERVICE_ENDS_LATE: how many service dates of the term the activity runs past the limit; the first is `ComplianceIssue.date`. */
  dateCount?: Maybe<Scalars['Int']['output']>;
  /** DAY_WITHOUT_CARE_LOG: the weekday of `ComplianceIssue.date` itself (a make-up day (调休补课) runs the timetable of `ComplianceIssue.weekday`). */
  dateWeekday?: Maybe<Weekday>;
  /** When the service concerned ends (`HH:mm`): LATE_CARE_ENDS_EARLY, SERVICE_ENDS_LATE (the activity's end), GRADE_ENDS_BEFORE_PICKUP. */
  endsAt?: Maybe<Scalars['LocalTime']['output']>;
  /** OPERATING_FUND_LOW: the fund the district recorded for the year (运转经费), in decimal yuan (元) with two decimals. */
  fundAmount?: Maybe<Scalars['Float']['output']>;
  /** OPERATING_FUND_LOW: the policy's `operatingFundPerStudentYear` (生均标准), in decimal yuan (元) with two decimals, per student per year. */
  fundPerStudent?: Maybe<Scalars['Float']['output']>;
  /** GRADE_GAP: the first minute without service (`HH:mm`). */
  gapFrom?: Maybe<Scalars['LocalTime']['output']>;
  /** GRADE_GAP: when service resumes, or the last pickup time if that comes first (`HH:mm`). */
  gapTo?: Maybe<Scalars['LocalTime']['output']>;
  /** SEGMENT_MISSING: the segments (班级服务/年级服务/校级服务) the day lacks, in that order. */
  missingSegments?: Maybe<Array<ServiceSegment>>;
  /** The provider's name (机构名称): ACADEMIC_BY_TRAINING_INSTITUTION, PROVIDER_STAFF_UNCERTIFIED, PROVIDER_BANNED. */
  providerName?: Maybe<Scalars['String']['output']>;
  /** OPERATING_FUND_LOW: the minimum, `fundPerStudent` × `studentCount`, in decimal yuan (元) with two decimals. */
  requiredFundAmount?: Maybe<Scalars['Float']['output']>;
  /** SHORT_DAY, DAY_NOT_COVERED: the policy's minimum service per day (`minDailyMinutes`), in minutes. */
  requiredMinutes?: Maybe<Scalars['Int']['output']>;
  /** SMALL_HOMEWORK_GROUP: the policy's smallest group not flagged (`minHomeworkGroupSize`), in students. */
  requiredStudentCount?: Maybe<Scalars['Int']['output']>;
  /** The time it should reach or keep to (`HH:mm`): the policy's `lateCareEndsNotBefore` (LATE_CARE_ENDS_EARLY), the limit on the first late date (SERVICE_ENDS_LATE), the grades' last pickup time (GRADE_NOT_SERVED). */
  requiredTime?: Maybe<Scalars['LocalTime']['output']>;
  /** OPERATING_FUND_LOW: the school year (学年) of the fund, e.g. `2026-2027`. */
  schoolYear?: Maybe<Scalars['String']['output']>;
  /** NOT_A_SERVICE_DAY: the policy's service days (服务日). */
  serviceDays?: Maybe<Array<Weekday>>;
  /** A person's name: the class teacher (CLASS_TEACHER_GONE) or the weekday's duty leader (值班领导, DAY_WITHOUT_CARE_LOG; null when the rota names none). */
  staffName?: Maybe<Scalars['String']['output']>;
  /** Students (人数): enrolled in the homework group (SMALL_HOMEWORK_GROUP), or enrolled in the term's services (OPERATING_FUND_LOW). */
  studentCount?: Maybe<Scalars['Int']['output']>;
};

/**
 * The district compliance overview (合规总览): every school × rule for one term, from maintained per-school summaries
 * (a write that can change a school's result marks its summary in the same transaction; only marked summaries are
 * recomputed). A SCHOOL_ADMIN gets their own school's row only.
 */
export type ComplianceOverview = {
  __typename?: 'ComplianceOverview';
  /** How many rows this request had to recompute from the records (0 when every summary was fresh). */
  recomputedCount: Scalars['Int']['output'];
  /** One row per school that has a term for the slot, by school code. */
  rows: Array<ComplianceOverviewRow>;
  /** The rules, in column order. */
  rules: Array<ComplianceRuleInfo>;
  /** The school year asked for, or null for each school's current term (the one containing today, else the newest). */
  schoolYear?: Maybe<Scalars['String']['output']>;
  /** The semester asked for (1 or 2), or null when none was given. */
  semester?: Maybe<Scalars['Int']['output']>;
};

/** One cell of the district overview: a rule's outcome at one school. */
export type ComplianceOverviewCell = {
  __typename?: 'ComplianceOverviewCell';
  /** The rule's code. */
  code: ComplianceIssueKind;
  /** Findings of this rule at this school (0 unless FAILED). */
  issueCount: Scalars['Int']['output'];
  /** How the rule came out at this school. */
  status: ComplianceRuleStatus;
};

/** One school of the district overview: its term's outcome per rule. */
export type ComplianceOverviewRow = {
  __typename?: 'ComplianceOverviewRow';
  /** One cell per rule, in the order of `ComplianceOverview.rules`. */
  cells: Array<ComplianceOverviewCell>;
  /** True when no checked rule has a finding. */
  compliant: Scalars['Boolean']['output'];
  /** When the summary behind this row was computed from the records. */
  computedAt: Scalars['DateTime']['output'];
  /** All findings of the term. */
  issueCount: Scalars['Int']['output'];
  /** The school, resolved (as the viewer may read it). */
  school: School;
  /** The school of this row. */
  schoolId: Scalars['ID']['output'];
  /** The term, resolved. */
  term: Term;
  /** The school's term the row is about. */
  termId: Scalars['ID']['output'];
};

/**
 * The compliance report (合规检查) of one school's term under the district policy and the term calendar: every rule of
 * SPEC §3.3 and §3.9 with its outcome (`rules`), the findings (`issues`) and the day table. Computed from the live records.
 */
export type ComplianceReport = {
  __typename?: 'ComplianceReport';
  /** True when no checked rule has a finding (NOT_CHECKED rules are listed in `rules`, not counted as passed). */
  compliant: Scalars['Boolean']['output'];
  /** One entry per service weekday of the policy. */
  days: Array<ComplianceDay>;
  /** The findings, with what to fix. */
  issues: Array<ComplianceIssue>;
  /** Policy rule applied: late care must end no earlier than this. */
  lateCareEndsNotBefore: Scalars['LocalTime']['output'];
  /** Policy value applied: minimum minutes of service per day. */
  minDailyMinutes: Scalars['Int']['output'];
  /** Policy rule applied: smallest homework group not flagged for merging. */
  minHomeworkGroupSize: Scalars['Int']['output'];
  /** Every rule, in a fixed order, with its seed rule, explanation and outcome. */
  rules: Array<ComplianceRuleResult>;
  /** The school checked. */
  schoolId: Scalars['ID']['output'];
  /** Service days of the term (校历: holidays excluded, make-up days included). */
  serviceDayCount: Scalars['Int']['output'];
  /** Policy value applied: every activity must end by this time outside the summer period (服务结束时间); null: no such limit. */
  serviceEndsBy?: Maybe<Scalars['LocalTime']['output']>;
  /** The term checked. */
  termId: Scalars['ID']['output'];
};

/** One rule as a column of the district overview. */
export type ComplianceRuleInfo = {
  __typename?: 'ComplianceRuleInfo';
  /** The rule's code. */
  code: ComplianceIssueKind;
  /** What the rule asks, in Chinese, quoting the seed plan rule and naming the policy's current values. */
  explanation: Scalars['String']['output'];
  /** The policy values `explanation` names, typed: word the explanation in the client's language from `code` and these. */
  explanationParams: ComplianceExplanationParams;
  /** The seed plan part: 篇一, 篇二, 篇三 or 篇五. */
  seed: Scalars['String']['output'];
  /** Short Chinese title. */
  title: Scalars['String']['output'];
};

/** One rule of the report and its outcome for this school's term. */
export type ComplianceRuleResult = {
  __typename?: 'ComplianceRuleResult';
  /** The rule's code. */
  code: ComplianceIssueKind;
  /** What the rule asks, in Chinese, quoting the seed plan rule and naming the policy's current values. */
  explanation: Scalars['String']['output'];
  /** The policy values `explanation` names, typed: word the explanation in the client's language from `code` and these. */
  explanationParams: ComplianceExplanationParams;
  /** Findings of this rule (0 unless FAILED). */
  issueCount: Scalars['Int']['output'];
  /** The seed plan part the rule comes from: 篇一, 篇二, 篇三 or 篇五. */
  seed: Scalars['String']['output'];
  /** How the rule came out for this school's term. */
  status: ComplianceRuleStatus;
  /** Short Chinese title, e.g. 每日服务时长. */
  title: Scalars['String']['output'];
};

/** How a rule came out for one school's term. */
export type ComplianceRuleStatus =
  /** Checked, at least one finding. */
  | 'FAILED'
  /** Does not apply under the district policy (e.g. no `serviceEndsBy`, or outside providers allowed). */
  | 'NOT_APPLICABLE'
  /** Cannot be checked yet: the records it needs (classes, care logs) do not exist in this deployment. Never counts as passed. */
  | 'NOT_CHECKED'
  /** Checked, no finding. */
  | 'PASSED';

/**
 * A service agreement (课后服务协议) between a school and a provider for a term, with the four required clauses:
 * service method, service content (the activities it covers), safety measures and expenses (rate per class hour,
 * hours, total, in decimal yuan with two decimals). Signing needs an APPROVED provider whose qualifications cover the
 * whole period.
 */
export type Contract = Node & {
  __typename?: 'Contract';
  /** When it came into force. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Activities referencing this contract. */
  activityIds: Array<Scalars['ID']['output']>;
  /** When the contract was drafted. */
  createdAt: Scalars['DateTime']['output'];
  /** Last day in force; defaults to the term's end. */
  endDate: Scalars['Date']['output'];
  /** Clause 4: class hours. */
  hours: Scalars['Float']['output'];
  /** Globally unique id (`con_…`). */
  id: Scalars['ID']['output'];
  /** The provider, resolved. */
  provider: Provider;
  /** The provider. */
  providerId: Scalars['ID']['output'];
  /** Clause 4: rate per class hour, in decimal yuan (元) with two decimals. */
  ratePerHour: Scalars['Float']['output'];
  /** Clause 3: safety measures (安全保障措施). */
  safetyMeasures: Scalars['String']['output'];
  /** The school, resolved. */
  school: School;
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** Clause 2: what is delivered (服务内容). */
  serviceContent: Scalars['String']['output'];
  /** Clause 1: how the service is delivered (服务方式). */
  serviceMethod: Scalars['String']['output'];
  /** When it was signed. */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The signed agreement's scan. */
  signedDocumentId?: Maybe<Scalars['ID']['output']>;
  /** First day in force; defaults to the term's start. */
  startDate: Scalars['Date']['output'];
  /** Lifecycle status. */
  status: ContractStatus;
  /** The term, resolved. */
  term: Term;
  /** The term it covers. */
  termId: Scalars['ID']['output'];
  /** When it was terminated. */
  terminatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The provider exit case (有序退出) that terminated the contract; null otherwise, or when the viewer may not read that case. */
  terminatedByExitId?: Maybe<Scalars['ID']['output']>;
  /** Why it was terminated. */
  terminationReason?: Maybe<Scalars['String']['output']>;
  /** Clause 4: total (`ratePerHour × hours`, rounded to the fen), in decimal yuan (元) with two decimals. */
  totalAmount: Scalars['Float']['output'];
  /** When the contract was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateContract` and the workflow mutations. */
  version: Scalars['Int']['output'];
};

/** A page of contracts (Relay connection, plus `nodes` and `totalCount`). */
export type ContractConnection = {
  __typename?: 'ContractConnection';
  /** The contracts of this page with their cursors. */
  edges: Array<ContractEdge>;
  /** The contracts of this page, same order as `edges`. */
  nodes: Array<Contract>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of contracts matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a contract connection. */
export type ContractEdge = {
  __typename?: 'ContractEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The contract. */
  node: Contract;
};

/** Filters for `contracts`. SCHOOL_ADMIN users see their school's; PROVIDER users their own. */
export type ContractFilter = {
  /** Only contracts ending on or before this date (e.g. expiring within 30 days). */
  endsOnOrBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Only these records (at most 100 ids), e.g. to show references by name. Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only contracts of this provider. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contracts of this school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contracts in this status. */
  status?: InputMaybe<ContractStatus>;
  /** Only contracts of this term. */
  termId?: InputMaybe<Scalars['ID']['input']>;
};

/** Lifecycle of a contract: DRAFT → SIGNED → ACTIVE → EXPIRED | TERMINATED (SIGNED may also be TERMINATED). */
export type ContractStatus =
  /** In force (履行中): the provider's activities at this school and term may reference it. */
  | 'ACTIVE'
  /** Draft (草拟): may be edited or deleted. */
  | 'DRAFT'
  /** Expired (已到期): its end date has passed (shown from the day after `endDate`). */
  | 'EXPIRED'
  /** Signed (已签订) by both sides; not yet in force. */
  | 'SIGNED'
  /** Terminated (已终止) early, with `terminationReason`. */
  | 'TERMINATED';

/** A new timetable activity (排片). */
export type CreateActivityInput = {
  /** Maximum number of students, 1–3 000. */
  capacity: Scalars['Int']['input'];
  /** Content category. */
  category: ActivityCategory;
  /** The provider's ACTIVE contract at this school and term. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** End, after `startTime`, on a 5-minute step between 06:00 and 22:00. */
  endTime: Scalars['LocalTime']['input'];
  /** Accepted so older clients keep working, and ignored (an integer 0–3 000 if sent): `enrolledCount` is the roster's size. */
  enrolledCount?: InputMaybe<Scalars['Int']['input']>;
  /** Grades taking part (1–9), at least one. */
  grades: Array<Scalars['Int']['input']>;
  /** The outside provider running it (needs `contractId`). */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Format of the service. */
  segment: ServiceSegment;
  /** The staff member in charge (负责人), an active member of the school; `staffName` defaults to their name. */
  staffId?: InputMaybe<Scalars['ID']['input']>;
  /** Person in charge (school staff, or the provider's staff member), at most 40 characters. */
  staffName?: InputMaybe<Scalars['String']['input']>;
  /** Start, on a 5-minute step between 06:00 and 22:00. */
  startTime: Scalars['LocalTime']['input'];
  /** The term whose timetable it goes on. */
  termId: Scalars['ID']['input'];
  /** Content, 1 to at most 60 characters. */
  title: Scalars['String']['input'];
  /** Venue (场地), 1 to at most 60 characters. */
  venue: Scalars['String']['input'];
  /** Day of the week. */
  weekday: Weekday;
};

/** A contract draft (协议草稿). `startDate`/`endDate` default to the term's dates. */
export type CreateContractInput = {
  /** Last day in force; defaults to the term's end. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Clause 4: class hours, more than 0 and at most 10 000, with at most two decimals. */
  hours: Scalars['Float']['input'];
  /** The provider. */
  providerId: Scalars['ID']['input'];
  /** Clause 4: rate per class hour, in decimal yuan (元) with at most two decimals, 0–10 000 000. */
  ratePerHour: Scalars['Float']['input'];
  /** Clause 3 (安全保障措施), 1 to at most 4000 characters. */
  safetyMeasures: Scalars['String']['input'];
  /** The school (a SCHOOL_ADMIN's own). */
  schoolId: Scalars['ID']['input'];
  /** Clause 2 (服务内容), 1 to at most 4000 characters. */
  serviceContent: Scalars['String']['input'];
  /** Clause 1 (服务方式), 1 to at most 2000 characters. */
  serviceMethod: Scalars['String']['input'];
  /** First day in force; defaults to the term's start. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** The term of that school. */
  termId: Scalars['ID']['input'];
};

/** A provider applying for admission (status APPLIED). */
export type CreateProviderInput = {
  /** Postal address, at most 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Contact person, 1 to at most 40 characters. */
  contactName: Scalars['String']['input'];
  /** Contact phone number: 6–20 digits, spaces, +, - or parentheses (at most 20 characters). */
  contactPhone: Scalars['String']['input'];
  /** Unified social credit code (统一社会信用代码): 18 digits or capital letters (at most 18 characters). */
  creditCode: Scalars['String']['input'];
  /** Kind of provider. */
  kind: ProviderKind;
  /** Legal name, 1 to at most 100 characters. */
  name: Scalars['String']['input'];
  /** Qualification certificates, at most 30. */
  qualifications?: InputMaybe<Array<QualificationInput>>;
  /** Activity categories it offers, at least one. */
  serviceCategories: Array<ActivityCategory>;
  /** Staff, at most 200. */
  staff?: InputMaybe<Array<ProviderStaffInput>>;
};

/** A new class. */
export type CreateSchoolClassInput = {
  /** The class teacher (班主任): an active staff member of the school. */
  classTeacherId?: InputMaybe<Scalars['ID']['input']>;
  /** Grade (年级), one the school teaches. */
  grade: Scalars['Int']['input'];
  /** Name (班级名称), unique in the school, 1 to at most 20 characters. */
  name: Scalars['String']['input'];
  /** The school (学校). */
  schoolId: Scalars['ID']['input'];
};

/** A new school. `code` must be unused in the district (CONFLICT otherwise). */
export type CreateSchoolInput = {
  /** Postal address, at most 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** District school code: 2–32 letters, digits or dashes, at most 32 characters; unique ignoring case. */
  code: Scalars['String']['input'];
  /** Grades served (1–9), at least one. */
  grades: Array<Scalars['Int']['input']>;
  /** The after-school leadership group, at most 50 members. */
  leadershipGroup?: InputMaybe<Array<LeadershipMemberInput>>;
  /** Full name, 1 to at most 80 characters. */
  name: Scalars['String']['input'];
  /** Who runs the school. */
  ownership: Ownership;
  /** Pickup slots, at most 9 grade bands. */
  pickupSlots?: InputMaybe<Array<PickupSlotInput>>;
  /** The principal (第一责任人), at most 40 characters. */
  principal?: InputMaybe<Scalars['String']['input']>;
  /** Enrolled students, 0–20 000 (default 0). */
  studentCount?: InputMaybe<Scalars['Int']['input']>;
  /** School type. */
  type: SchoolType;
};

/** A new staff member. */
export type CreateStaffMemberInput = {
  /** Default true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Duties (职责); default none. */
  duties?: InputMaybe<Array<StaffDuty>>;
  /** Full name (姓名), 1 to at most 40 characters. */
  name: Scalars['String']['input'];
  /** Phone (电话): a mobile of 11 digits or a landline with area code, at most 20 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The school (学校). */
  schoolId: Scalars['ID']['input'];
};

/** A new student. */
export type CreateStudentInput = {
  /** The class (班级); the school and grade come from it. */
  classId: Scalars['ID']['input'];
  /** Gender (性别). */
  gender?: InputMaybe<Gender>;
  /** Guardian contacts (监护人), at most 4. */
  guardians?: InputMaybe<Array<GuardianContactInput>>;
  /** Family in hardship (家庭困难); default false. */
  hardship?: InputMaybe<Scalars['Boolean']['input']>;
  /** Left-behind child (留守儿童); default false. */
  leftBehind?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name (姓名), 1 to at most 40 characters. */
  name: Scalars['String']['input'];
};

/** A new survey (status DRAFT). */
export type CreateSurveyInput = {
  /** Introduction, at most 2000 characters. */
  intro?: InputMaybe<Scalars['String']['input']>;
  /** What it asks about. */
  kind: SurveyKind;
  /** The same survey in an earlier term, for comparison. */
  previousSurveyId?: InputMaybe<Scalars['ID']['input']>;
  /** The questions (1–50), in the order shown. */
  questions: Array<SurveyQuestionInput>;
  /** Whom it is about. */
  scope: SurveyScope;
  /** Required for SCHOOL, PROVIDER and ACTIVITY scopes. */
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  /** The term it belongs to. */
  termId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, 1 to at most 100 characters. */
  title: Scalars['String']['input'];
};

/** A new term (学期) of a school. */
export type CreateTermInput = {
  /** Last day of the term; must not be before `startDate`. */
  endDate: Scalars['Date']['input'];
  /** Holidays inside the term, at most 200 dates. */
  excludedDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** Make-up days (调休补课) inside the term (at most 50). */
  makeUpDays?: InputMaybe<Array<MakeUpDayInput>>;
  /** The school. */
  schoolId: Scalars['ID']['input'];
  /** School year `YYYY-YYYY` with consecutive years, e.g. `2026-2027` (at most 9 characters). */
  schoolYear: Scalars['String']['input'];
  /** Semester: 1 (autumn) or 2 (spring). */
  semester: Scalars['Int']['input'];
  /** First day of the term. */
  startDate: Scalars['Date']['input'];
};

/** A score (0–100) for one criterion. */
export type CriterionScore = {
  __typename?: 'CriterionScore';
  /** The criterion. */
  criterion: EvaluationCriterion;
  /** Score 0–100. */
  score: Scalars['Int']['output'];
};

/** A criterion score to record. */
export type CriterionScoreInput = {
  /** The criterion. */
  criterion: EvaluationCriterion;
  /** Score 0–100. */
  score: Scalars['Int']['input'];
};

/**
 * The dashboard (首页概览): the figures on the console's home page, each computed on the server from the live records (a school admin gets
 * their school's version). Every figure has a matching list filter in the console.
 */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** ACTIVE contracts ending within 30 days. */
  contractsExpiringSoon: Scalars['Int']['output'];
  /** Schools whose recorded operating fund (运转经费) for their current term's school year is below the minimum. */
  fundsBelowMinimum: Array<FundAllocation>;
  /** Exit cases in progress (OPEN or APPROVED). */
  openExitCases: Scalars['Int']['output'];
  /** Inspection findings not rectified after their deadline (逾期未整改), in the district or the school. */
  overdueFindingCount: Scalars['Int']['output'];
  /** The overdue findings, earliest deadline first (at most 10). */
  overdueFindings: Array<OverdueFinding>;
  /** Providers per admission status. */
  providersByStatus: Array<ProviderStatusCount>;
  /** Qualifications of approved providers that expire within 30 days. */
  qualificationsExpiringSoon: Scalars['Int']['output'];
  /** Satisfaction per school in that survey. */
  satisfactionBySchool: Array<SchoolSatisfaction>;
  /** The survey used for `satisfactionBySchool` (the latest district satisfaction survey), if any. */
  satisfactionSurveyId?: Maybe<Scalars['ID']['output']>;
  /** The school this dashboard is for; null for the district. */
  schoolId?: Maybe<Scalars['ID']['output']>;
  /** Schools whose current term (the one containing today, else the latest) has compliance findings. */
  schoolsWithComplianceProblems: Array<SchoolComplianceSummary>;
  /** The latest evaluations whose total is below the policy's exit threshold (at most 5). */
  weakEvaluations: Array<Evaluation>;
};

/** One timetable row as disclosed: content, segment, time and venue. */
export type DisclosedActivity = {
  __typename?: 'DisclosedActivity';
  /** Category of the content. */
  category: ActivityCategory;
  /** End, `HH:mm`. */
  endTime: Scalars['LocalTime']['output'];
  /** Who runs it: the provider's name, or 本校教师 (school staff). */
  runBy: Scalars['String']['output'];
  /** Segment (班级/年级/校级服务). */
  segment: ServiceSegment;
  /** Start, `HH:mm`. */
  startTime: Scalars['LocalTime']['output'];
  /** Content (活动内容). */
  title: Scalars['String']['output'];
  /** Venue (场地). */
  venue: Scalars['String']['output'];
  /** The weekday whose timetable it is on. */
  weekday: Weekday;
};

/** A provider's contract as disclosed (the seed's clauses of service content and expenses). */
export type DisclosedContract = {
  __typename?: 'DisclosedContract';
  /** Class hours contracted. */
  hours: Scalars['Float']['output'];
  /** Rate per class hour, in decimal yuan (元) with two decimals. */
  ratePerHour: Scalars['Float']['output'];
  /** Service content (服务内容). */
  serviceContent: Scalars['String']['output'];
  /** Service method (服务方式). */
  serviceMethod: Scalars['String']['output'];
  /** The contract's status at publication. */
  status: ContractStatus;
  /** Contract total, in decimal yuan (元) with two decimals. */
  totalAmount: Scalars['Float']['output'];
};

/** A provider as disclosed: its name, its contracts for the term and what its held sessions cost. */
export type DisclosedProvider = {
  __typename?: 'DisclosedProvider';
  /** Its contracts with the school for the term (signed or later). */
  contracts: Array<DisclosedContract>;
  /** Sessions held (with a roll call) at the contract rates up to publication, in decimal yuan (元) with two decimals. */
  heldAmount: Scalars['Float']['output'];
  /** The provider's name. */
  name: Scalars['String']['output'];
};

/**
 * A published disclosure (公示) of a school's term: an immutable snapshot, public by `accessCode` (the public page needs
 * no sign-in). Publishing again makes a new one; none ever changes.
 */
export type Disclosure = Node & {
  __typename?: 'Disclosure';
  /** The public code (公示码): `publicDisclosure(accessCode:)` reads the disclosure without signing in. */
  accessCode: Scalars['String']['output'];
  /** What it shows, fixed at publication. */
  content: DisclosureContent;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** The term disclosed. */
  termId: Scalars['ID']['output'];
  /** Always 1: a disclosure never changes. */
  version: Scalars['Int']['output'];
};

/** A page of disclosures (Relay connection, plus `nodes` and `totalCount`). */
export type DisclosureConnection = {
  __typename?: 'DisclosureConnection';
  /** The disclosures of this page with their cursors. */
  edges: Array<DisclosureEdge>;
  /** The disclosures of this page, same order as `edges`. */
  nodes: Array<Disclosure>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** All disclosures of the school (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/**
 * The content of a disclosure (公示内容), fixed at publication. Counts and sums only: no child's name, class list or
 * phone appears. Money fields are decimal yuan (元) with two decimals.
 */
export type DisclosureContent = {
  __typename?: 'DisclosureContent';
  /** The term's active timetable (segments and activities). */
  activities: Array<DisclosedActivity>;
  /** Bills of the term. */
  billCount: Scalars['Int']['output'];
  /** Billed after discounts, in decimal yuan (元) with two decimals. */
  billedAmount: Scalars['Float']['output'];
  /** Daily fee under PER_DAY, in decimal yuan (元) with two decimals; null otherwise. */
  dailyFee?: Maybe<Scalars['Float']['output']>;
  /** Discounts granted, in decimal yuan (元) with two decimals. */
  discountAmount: Scalars['Float']['output'];
  /** Bills with the hardship discount (减免人次), counted, never named. */
  discountsGranted: Scalars['Int']['output'];
  /** Last day of the term. */
  endDate: Scalars['Date']['output'];
  /** Students enrolled in the term (APPROVED applications). */
  enrolledCount: Scalars['Int']['output'];
  /** Fee standard (收费标准). */
  feeModel: FeeModel;
  /** Operating fund allocated for the year, in decimal yuan (元) with two decimals. */
  fundAllocated: Scalars['Float']['output'];
  /** The school year of the fund figures. */
  fundSchoolYear: Scalars['String']['output'];
  /** Spent in the term so far (confirmed stipends plus providers' held sessions), in decimal yuan (元) with two decimals. */
  fundSpent: Scalars['Float']['output'];
  /** Hardship discount in percent. */
  hardshipDiscountPercent: Scalars['Int']['output'];
  /** Monthly fee under MONTHLY, in decimal yuan (元) with two decimals; null otherwise. */
  monthlyFee?: Maybe<Scalars['Float']['output']>;
  /** Providers with contracts for the term. */
  providers: Array<DisclosedProvider>;
  /** Refunded after withdrawals, in decimal yuan (元) with two decimals. */
  refundAmount: Scalars['Float']['output'];
  /** Day of the month up to which a withdrawal refunds the month in full. */
  refundDeadlineDay: Scalars['Int']['output'];
  /** The school's name. */
  schoolName: Scalars['String']['output'];
  /** School year, e.g. `2026-2027`. */
  schoolYear: Scalars['String']['output'];
  /** Semester: 1 or 2. */
  semester: Scalars['Int']['output'];
  /** Service days of the term (holidays out, make-up days in). */
  serviceDayCount: Scalars['Int']['output'];
  /** Service weekdays under the district policy. */
  serviceDays: Array<Weekday>;
  /** First day of the term. */
  startDate: Scalars['Date']['output'];
  /** The months whose stipend sheets are confirmed, `YYYY-MM`. */
  stipendMonths: Array<Scalars['String']['output']>;
  /** Stipends of the confirmed sheets of the term's months (rows plus adjustments), in decimal yuan (元) with two decimals. */
  stipendPaid: Scalars['Float']['output'];
  /** Teacher stipend per class hour, in decimal yuan (元) with two decimals. */
  stipendRate: Scalars['Float']['output'];
  /** When service starts and ends on each service weekday. */
  times: Array<DisclosureServiceTime>;
  /** Bills waived (免收). */
  waivedCount: Scalars['Int']['output'];
};

/** An edge of a disclosure connection. */
export type DisclosureEdge = {
  __typename?: 'DisclosureEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The disclosure. */
  node: Disclosure;
};

/** Filters for `disclosures`. */
export type DisclosureFilter = {
  /** The school (default: the viewer's own school; a PARENT's children's school when they are all at one). A SCHOOL_ADMIN or TEACHER gets FORBIDDEN for another school, a PARENT for a school none of their children attends. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};

/** When service starts and ends on a service weekday (its earliest activity start and latest end). */
export type DisclosureServiceTime = {
  __typename?: 'DisclosureServiceTime';
  /** Latest end, `HH:mm`. */
  endTime: Scalars['LocalTime']['output'];
  /** Earliest start, `HH:mm`. */
  startTime: Scalars['LocalTime']['output'];
  /** The weekday. */
  weekday: Weekday;
};

/**
 * The district's rules for after-school services (区级课后服务政策), one per deployment. The compliance report,
 * contracts, fees and the provider exit triggers read it. Money amounts are decimal yuan (元) with at most two decimals.
 */
export type DistrictPolicy = Node & {
  __typename?: 'DistrictPolicy';
  /** The care agreement (课后服务托管协议) families agree to when applying; it must pass the coercive-wording check. */
  careAgreement: Scalars['String']['output'];
  /** When the policy was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Fee per service day when `feeModel` is PER_DAY (e.g. 15), in decimal yuan (元) with two decimals; null otherwise. */
  dailyFee?: Maybe<Scalars['Float']['output']>;
  /** An evaluation total (0–100) below this opens a provider exit case automatically (e.g. 60). */
  evaluationExitThreshold: Scalars['Int']['output'];
  /** Whether families pay, and how. */
  feeModel: FeeModel;
  /** Discount for families in hardship, in percent of the fee (e.g. 50). */
  hardshipDiscountPercent: Scalars['Int']['output'];
  /** Globally unique id of the policy. */
  id: Scalars['ID']['output'];
  /** Late care (延时托管) must end no earlier than this time (e.g. `18:00`). */
  lateCareEndsNotBefore: Scalars['LocalTime']['output'];
  /** Minimum minutes of service per service day (120 under "5+2"). */
  minDailyMinutes: Scalars['Int']['output'];
  /** Homework groups with fewer students than this are flagged for merging (e.g. 20). */
  minHomeworkGroupSize: Scalars['Int']['output'];
  /** Monthly fee per student when `feeModel` is MONTHLY (e.g. 80), in decimal yuan (元) with two decimals; null when FREE. */
  monthlyFee?: Maybe<Scalars['Float']['output']>;
  /** Operating fund per student per school year (e.g. 100), in decimal yuan (元) with two decimals. */
  operatingFundPerStudentYear: Scalars['Float']['output'];
  /** Whether schools may contract outside providers (校外机构) at all. */
  outsideProvidersAllowed: Scalars['Boolean']['output'];
  /** Points taken off a school's inspection score for each finding still open after its rectification deadline (e.g. 5). */
  overdueFindingPenalty: Scalars['Int']['output'];
  /** Months an exited provider must wait before it may apply again (e.g. 12). */
  reentryAfterMonths: Scalars['Int']['output'];
  /**
   * Refund rule on withdrawal (退费规则): a withdrawal taking effect on or before this day of the month (1–28) refunds
   * that month's fee in full; a later one refunds it pro rata by the enrolled service days from the withdrawal on.
   * Later months are never billed. Default 10.
   */
  refundDeadlineDay: Scalars['Int']['output'];
  /** A provider satisfaction rate (0–1, share of 4–5 ratings) below this opens a provider exit case when a survey closes (e.g. 0.6). */
  satisfactionExitRate: Scalars['Float']['output'];
  /** How the school term score (学校学期得分) weighs its three parts; see `schoolScores`. */
  schoolScoreWeights: SchoolScoreWeights;
  /** Days on which schools must offer services (e.g. MONDAY–FRIDAY under "5+2"). */
  serviceDays: Array<Weekday>;
  /**
   * Every activity must end by this time (服务结束时间, e.g. `17:00` under seed part 五); null: no such limit. Outside
   * the summer period (`summerFrom`–`summerTo`) this is the limit on every service day.
   */
  serviceEndsBy?: Maybe<Scalars['LocalTime']['output']>;
  /** Months after leaving (离校) when a student's data is deleted (数据保留期限), 1–120; default 12. */
  studentDataRetentionMonths: Scalars['Int']['output'];
  /** First day of the summer period each year, `MM-DD` (e.g. `05-01`); needed with `summerServiceEndsBy`. */
  summerFrom?: Maybe<Scalars['String']['output']>;
  /** The later limit inside the summer period (夏季作息, e.g. `17:30`); null: none. */
  summerServiceEndsBy?: Maybe<Scalars['LocalTime']['output']>;
  /** Last day of the summer period each year, `MM-DD` (e.g. `09-30`), inclusive. */
  summerTo?: Maybe<Scalars['String']['output']>;
  /** Teacher stipend per class hour (e.g. 85), in decimal yuan (元) with two decimals. */
  teacherRatePerHour: Scalars['Float']['output'];
  /** When the policy was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version. Pass it as `expectedVersion` to `updateDistrictPolicy`. */
  version: Scalars['Int']['output'];
};

/** New values for the district policy. Omitted fields keep their current value. */
export type DistrictPolicyInput = {
  /** The care agreement text, at most 4000 characters; refused (BAD_USER_INPUT with `phrases`) when coercive. */
  careAgreement?: InputMaybe<Scalars['String']['input']>;
  /** Fee per service day (needed when `feeModel` is PER_DAY), in decimal yuan (元) with at most two decimals. */
  dailyFee?: InputMaybe<Scalars['Float']['input']>;
  /** Evaluation total below which an exit case opens, 0–100. */
  evaluationExitThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** Whether families pay, and how. */
  feeModel?: InputMaybe<FeeModel>;
  /** Hardship discount in percent, 0–100. */
  hardshipDiscountPercent?: InputMaybe<Scalars['Int']['input']>;
  /** The earliest time late care may end. */
  lateCareEndsNotBefore?: InputMaybe<Scalars['LocalTime']['input']>;
  /** Minimum minutes of service per service day, 0–720. */
  minDailyMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum homework group size, 1–100. */
  minHomeworkGroupSize?: InputMaybe<Scalars['Int']['input']>;
  /** Monthly fee per student, in decimal yuan (元) with at most two decimals; needed when `feeModel` is MONTHLY. */
  monthlyFee?: InputMaybe<Scalars['Float']['input']>;
  /** Operating fund per student per school year, in decimal yuan (元) with at most two decimals. */
  operatingFundPerStudentYear?: InputMaybe<Scalars['Float']['input']>;
  /** Whether schools may contract outside providers. */
  outsideProvidersAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Points per overdue finding, 0–100. */
  overdueFindingPenalty?: InputMaybe<Scalars['Int']['input']>;
  /** Months before an exited provider may apply again, 0–120. */
  reentryAfterMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Day of the month (1–28) up to which a withdrawal refunds the month in full. */
  refundDeadlineDay?: InputMaybe<Scalars['Int']['input']>;
  /** Satisfaction rate below which an exit case opens, 0–1, rounded to 4 decimals. */
  satisfactionExitRate?: InputMaybe<Scalars['Float']['input']>;
  /** Weights of the school term score. */
  schoolScoreWeights?: InputMaybe<SchoolScoreWeightsInput>;
  /** Days on which schools must offer services. */
  serviceDays?: InputMaybe<Array<Weekday>>;
  /** End-of-service limit `HH:mm` (服务结束时间); null clears it. */
  serviceEndsBy?: InputMaybe<Scalars['LocalTime']['input']>;
  /** Months after leaving when a student's data is deleted, 1–120. */
  studentDataRetentionMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Summer period (夏季作息) start `MM-DD` (at most 5 characters); null clears it. */
  summerFrom?: InputMaybe<Scalars['String']['input']>;
  /** Summer end-of-service limit `HH:mm`; needs `serviceEndsBy`, `summerFrom` and `summerTo`; null clears it. */
  summerServiceEndsBy?: InputMaybe<Scalars['LocalTime']['input']>;
  /** Summer period end `MM-DD`, inclusive (at most 5 characters); null clears it. */
  summerTo?: InputMaybe<Scalars['String']['input']>;
  /** Teacher stipend per class hour, in decimal yuan (元) with at most two decimals. */
  teacherRatePerHour?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * A document (材料): a file (qualification scan, signed contract) kept in private storage: S3 when deployed,
 * `.data/documents` locally. PDF, JPEG or PNG up to 10 MB. Reviewed documents are archived and cannot be deleted
 * while their owner exists.
 */
export type Document = Node & {
  __typename?: 'Document';
  /** Archived (留档备案) by a review or a signature: cannot be deleted. */
  archived: Scalars['Boolean']['output'];
  /** MIME type: application/pdf, image/jpeg or image/png. */
  contentType: Scalars['String']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The file's name as uploaded. */
  fileName: Scalars['String']['output'];
  /** Globally unique id (`doc_…`). */
  id: Scalars['ID']['output'];
  /** The provider or contract the document belongs to. */
  ownerId: Scalars['ID']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Upload state. */
  status: DocumentStatus;
};

/** A short-lived link to download a document. */
export type DocumentDownload = {
  __typename?: 'DocumentDownload';
  /** When the URL stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Presigned download URL. */
  url: Scalars['String']['output'];
};

/** Upload state of a document. */
export type DocumentStatus =
  /** Pending (待上传): metadata recorded; the file has not arrived yet. */
  | 'PENDING'
  /** Uploaded (已上传): the file is in storage. */
  | 'UPLOADED';

/** Where and how to upload a document's bytes: `PUT` the file to `url` with `headers`, then call `confirmDocumentUpload`. */
export type DocumentUpload = {
  __typename?: 'DocumentUpload';
  /** The document recorded (PENDING). */
  document: Document;
  /** When the URL stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Headers the upload must send. */
  headers: Array<HttpHeader>;
  /** HTTP method to use (PUT). */
  method: Scalars['String']['output'];
  /** Presigned upload URL. */
  url: Scalars['String']['output'];
};

/**
 * A school's duty rota (值班表 / 领导带班表): which duty leader is on duty on each weekday. One per school, kept across
 * terms (a standing arrangement of the school's leadership); a change applies from the moment it is saved. The care log
 * of a day is written by that day's duty leader (or the school admin) and names them.
 */
export type DutyRota = Node & {
  __typename?: 'DutyRota';
  /** The weekdays with a duty leader, Monday first; a weekday not listed has none on the rota. */
  days: Array<DutyRotaDay>;
  /** Globally unique id (derived from the school). */
  id: Scalars['ID']['output'];
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** Last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `setDutyRota`. */
  version: Scalars['Int']['output'];
};

/** A weekday on a school's duty rota and the duty leader on duty that day. */
export type DutyRotaDay = {
  __typename?: 'DutyRotaDay';
  /** The duty leader's staff record; null when the viewer may not read it. */
  staff?: Maybe<StaffMember>;
  /** The duty leader (值班领导) on duty: a staff member of the school holding DUTY_LEADER. */
  staffId: Scalars['ID']['output'];
  /** The weekday (a make-up day 调休补课 follows the weekday whose timetable it runs). */
  weekday: Weekday;
};

/** One weekday of the rota as the school admin sets it. */
export type DutyRotaDayInput = {
  /** An active staff member of the school holding DUTY_LEADER (else BAD_USER_INPUT on this field). */
  staffId: Scalars['ID']['input'];
  /** The weekday; each weekday at most once in a rota. */
  weekday: Weekday;
};

/**
 * An application for after-school service (课后服务申请) of one student for one term. An APPROVED application is the
 * student's enrolment. The queues order by `priority` (left-behind and hardship children first), then submission time.
 */
export type EnrolmentApplication = Node & {
  __typename?: 'EnrolmentApplication';
  /** The wished activities, resolved. */
  activities: Array<Activity>;
  /** Wished activities (意向活动) of the term; on approval they become roster places where there is room. */
  activityIds: Array<Scalars['ID']['output']>;
  /** The class teacher's comment when approving (班主任意见). */
  classComment?: Maybe<Scalars['String']['output']>;
  /** The student's class (班级) when applying: its class teacher reviews. */
  classId: Scalars['ID']['output'];
  /** When the guardian agreed to the care agreement (知情同意时间). */
  consentAt: Scalars['DateTime']['output'];
  /** The care agreement (托管协议) as the guardian agreed to it. */
  consentText: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Service days (服务日), a subset of the district's service days. */
  days: Array<Weekday>;
  /** The school's comment when approving (学校意见). */
  decisionComment?: Maybe<Scalars['String']['output']>;
  /** The student's grade (年级) when applying. */
  grade: Scalars['Int']['output'];
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** Whether late care (延时托管) is wanted. */
  lateCare: Scalars['Boolean']['output'];
  /** For WITHDRAWN: the reason category the family chose to give, if any. */
  optOutReason?: Maybe<OptOutReason>;
  /** Pickup time (放学时段), one the school offers the grade. */
  pickupSlot: Scalars['LocalTime']['output'];
  /** Priority (优先级): 2 = left-behind and hardship, 1 = either, 0 = neither. Higher first in the queues. */
  priority: Scalars['Int']['output'];
  /** The reason of a rejection or withdrawal (原因). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The student's school. */
  schoolId: Scalars['ID']['output'];
  /** Where the application stands. */
  status: ApplicationStatus;
  /** The student, as the viewer may see them. */
  student?: Maybe<Student>;
  /** The student (学生). */
  studentId: Scalars['ID']['output'];
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Who entered it. */
  submittedVia: SubmissionChannel;
  /** The term, resolved. */
  term?: Maybe<Term>;
  /** The term (学期). */
  termId: Scalars['ID']['output'];
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` where asked. */
  version: Scalars['Int']['output'];
  /** For WITHDRAWN: the day the enrolment ended (退出日期). */
  withdrawnFrom?: Maybe<Scalars['Date']['output']>;
};

/** A page of applications in queue order (Relay connection, plus `nodes` and `totalCount`). */
export type EnrolmentApplicationConnection = {
  __typename?: 'EnrolmentApplicationConnection';
  /** The edges of this page. */
  edges: Array<EnrolmentApplicationEdge>;
  /** The applications of this page, same order as `edges`. */
  nodes: Array<EnrolmentApplication>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of applications matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an application connection. */
export type EnrolmentApplicationEdge = {
  __typename?: 'EnrolmentApplicationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The application. */
  node: EnrolmentApplication;
};

/**
 * Filters for `enrolmentApplications`. A school's queue: `schoolId` + `termId` + `status` (a class teacher's: `classId`
 * instead); a family's: `studentId`. With `termId` and `status` the order is priority, then time. A school, class and
 * student that do not go together (a class of another school, a student of another class) are refused with
 * BAD_USER_INPUT on the field (FORBIDDEN when the viewer may not read that school, class or student).
 */
export type EnrolmentApplicationFilter = {
  /** The class (班级); a class teacher gets their own. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these records (at most 100). Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The school (学校); a SCHOOL_ADMIN gets their own. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this status. */
  status?: InputMaybe<ApplicationStatus>;
  /** The student (学生); a guardian gets their child. A class teacher names a child of their classes (FORBIDDEN otherwise). */
  studentId?: InputMaybe<Scalars['ID']['input']>;
  /** The term (学期). */
  termId?: InputMaybe<Scalars['ID']['input']>;
};

/** A school's enrolment figures for a term (报名统计): counts only, no names. */
export type EnrolmentStatistics = {
  __typename?: 'EnrolmentStatistics';
  /** Applications per status. */
  byStatus: Array<ApplicationStatusCount>;
  /** The opt-out reasons families chose to give (never required). */
  optOutReasons: Array<OptOutReasonCount>;
  /** Applications of left-behind or hardship children (priority > 0). */
  priorityApplicants: Scalars['Int']['output'];
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** The term. */
  termId: Scalars['ID']['output'];
  /** All applications of the term. */
  total: Scalars['Int']['output'];
};

/** One parameter of an error reason, as text. */
export type ErrorParam = {
  __typename?: 'ErrorParam';
  /** The parameter's name, e.g. `schoolCode`. */
  name: Scalars['String']['output'];
  /** Its value as text. */
  value: Scalars['String']['output'];
};

/**
 * An evaluation (考核评价) of a provider at a school (append-only: a correction is a new evaluation with
 * `supersedesId`). Recording one updates the provider's standing; a total below the policy's `evaluationExitThreshold`
 * opens a provider exit case.
 */
export type Evaluation = Node & {
  __typename?: 'Evaluation';
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of the evaluation. */
  date: Scalars['Date']['output'];
  /** Who evaluated (name). */
  evaluator: Scalars['String']['output'];
  /** Findings in prose, if any. */
  findings?: Maybe<Scalars['String']['output']>;
  /** Globally unique id (`evl_…`). */
  id: Scalars['ID']['output'];
  /** How it was evaluated. */
  kind: EvaluationKind;
  /** The provider, resolved. */
  provider: Provider;
  /** The provider evaluated. */
  providerId: Scalars['ID']['output'];
  /** The school, resolved. */
  school: School;
  /** The school where it was evaluated. */
  schoolId: Scalars['ID']['output'];
  /** Scores per criterion. */
  scores: Array<CriterionScore>;
  /** The evaluation that corrects this one, if any. */
  supersededById?: Maybe<Scalars['ID']['output']>;
  /** The evaluation this one corrects. */
  supersedesId?: Maybe<Scalars['ID']['output']>;
  /** Total 0–100. */
  total: Scalars['Int']['output'];
  /** Version of the record (evaluations are append-only, so always 1). */
  version: Scalars['Int']['output'];
};

/** A page of evaluations (Relay connection, plus `nodes` and `totalCount`). */
export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  /** The evaluations of this page with their cursors. */
  edges: Array<EvaluationEdge>;
  /** The evaluations of this page, same order as `edges`. */
  nodes: Array<Evaluation>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of evaluations matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a criterion score measures (考核指标). */
export type EvaluationCriterion =
  /** Service quality (服务质量). */
  | 'QUALITY'
  /** Safety management (安全管理). */
  | 'SAFETY'
  /** Satisfaction (满意度). */
  | 'SATISFACTION'
  /** Service standards (服务规范). */
  | 'STANDARDISATION';

/** An edge of an evaluation connection. */
export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The evaluation. */
  node: Evaluation;
};

/** Filters for `evaluations` (newest first). SCHOOL_ADMIN: their school's; PROVIDER: their own. */
export type EvaluationFilter = {
  /** Only these records (at most 100 ids), e.g. to show references by name. Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only evaluations of this kind. */
  kind?: InputMaybe<EvaluationKind>;
  /** Only evaluations of this provider. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only evaluations at this school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only totals below this score. */
  totalBelow?: InputMaybe<Scalars['Int']['input']>;
};

/** How a provider was evaluated (考核方式). */
export type EvaluationKind =
  /** Phase assessment (阶段性考核). */
  | 'PHASE_ASSESSMENT'
  /** Regular quality review (定期质量评估). */
  | 'QUALITY_REVIEW'
  /** Showcase or report-back (展示汇报). */
  | 'SHOWCASE'
  /** Random spot check (随机抽查). */
  | 'SPOT_CHECK';

/** A decision on an exit case. */
export type ExitDecision =
  /** Approve: the provider becomes EXITING and its affected activities are listed. */
  | 'APPROVE'
  /** Reject: the case is closed and the provider stays as it was. */
  | 'REJECT';

/** A piece of evidence (证据) attached to the case. */
export type ExitEvidence = {
  __typename?: 'ExitEvidence';
  /** When it was added to the case. */
  addedAt: Scalars['DateTime']['output'];
  /** What the evidence is. */
  kind: ExitEvidenceKind;
  /** The values `summary` names, typed (证据参数), for clients to word it in their language; null for a note and for evidence added before they were kept. */
  params?: Maybe<ExitEvidenceParams>;
  /** The evaluation, qualification or survey id (null for a note). */
  refId?: Maybe<Scalars['ID']['output']>;
  /** A one-line summary, in Chinese (a note: the admin's own words); word it from `kind` and `params` where they are set. */
  summary: Scalars['String']['output'];
};

/** What the evidence item is. */
export type ExitEvidenceKind =
  /** An evaluation (`refId` is its id). */
  | 'EVALUATION'
  /** A note in prose. */
  | 'NOTE'
  /** A qualification that is no longer valid (`refId` is its id). */
  | 'QUALIFICATION'
  /** A satisfaction survey (`refId` is its id). */
  | 'SURVEY';

/**
 * The values an evidence item's `summary` names (证据参数), typed; only those its `kind` uses are set. In Chinese the
 * summary reads: EVALUATION `<date> <evaluationKind> <total> 分` (opened by hand) or `<date> <evaluationKind> <total>
 * 分：<findings>` (opened automatically: `findings` is set, empty when the evaluator wrote none); SURVEY `满意度调查
 * <responseCount> 份答卷，满意率 <satisfactionRate>`; QUALIFICATION `<certificateType> <certificateNumber> 有效期至
 * <validTo>`, or `没有登记任何资质` when `certificateType` is null (no qualification registered).
 */
export type ExitEvidenceParams = {
  __typename?: 'ExitEvidenceParams';
  /** QUALIFICATION: the latest certificate's number (证书编号), as registered. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** QUALIFICATION: the type of the provider's latest certificate (资质类型), as registered; null when none is registered. */
  certificateType?: Maybe<Scalars['String']['output']>;
  /** EVALUATION: the evaluation's date (YYYY-MM-DD). */
  date?: Maybe<Scalars['Date']['output']>;
  /** EVALUATION: the kind of evaluation (评价类型). */
  evaluationKind?: Maybe<EvaluationKind>;
  /** EVALUATION, on an automatically opened case: the evaluator's findings as written (empty when none); null on a case opened by hand. */
  findings?: Maybe<Scalars['String']['output']>;
  /** SURVEY: the number of answers the closed survey had. */
  responseCount?: Maybe<Scalars['Int']['output']>;
  /** SURVEY: its satisfaction rate, a share 0–1 (0.55 = 55%; the Chinese text rounds to 0.1%). */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** EVALUATION: the evaluation's total, in points (0–100). */
  total?: Maybe<Scalars['Int']['output']>;
  /** QUALIFICATION: the last day the latest certificate was valid (YYYY-MM-DD). */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Who must be told about a change to an activity (parents of the grades taking part). */
export type ExitNotice = {
  __typename?: 'ExitNotice';
  /** Students enrolled: the families to notify. */
  enrolledCount: Scalars['Int']['output'];
  /** Grades taking part. */
  grades: Array<Scalars['Int']['output']>;
  /** A ready-to-send notice in Chinese. */
  message: Scalars['String']['output'];
  /** The school whose families are notified. */
  schoolId: Scalars['ID']['output'];
};

/** How families pay for after-school services (收费方式). */
export type FeeModel =
  /** Free (免费): no charge for families, funded by the budget (财政保障). */
  | 'FREE'
  /** Monthly fee (按月收费): a fee per student (`monthlyFee`), with a hardship discount (`hardshipDiscountPercent`). */
  | 'MONTHLY'
  /** A fee per service day the child is enrolled for (`dailyFee`, as Foshan bills 午托/晚托), with the hardship discount. */
  | 'PER_DAY';

/** One changed field of an audited change. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** JSON of the value after (null when deleted). */
  after?: Maybe<Scalars['String']['output']>;
  /** The value after, typed (null when deleted). */
  afterValue?: Maybe<AuditValue>;
  /** JSON of the value before (null when created). */
  before?: Maybe<Scalars['String']['output']>;
  /** The value before, typed (null when created). */
  beforeValue?: Maybe<AuditValue>;
  /** The field's name in the record's API type (fields that exist only in storage are not listed). */
  field: Scalars['String']['output'];
};

/** How serious a finding is (问题等级). */
export type FindingSeverity =
  /** Severe (严重问题). */
  | 'HIGH'
  /** Minor (一般问题). */
  | 'LOW'
  /** Serious (较重问题). */
  | 'MEDIUM';

/**
 * The district's operating fund for a school and school year (运转经费, 篇二 \"每生每年不低于100元\"), and whether it
 * reaches `operatingFundPerStudentYear × enrolledCount`.
 */
export type FundAllocation = {
  __typename?: 'FundAllocation';
  /** Allocated, in decimal yuan (元) with two decimals (0 when nothing is set yet). */
  amount: Scalars['Float']['output'];
  /** Whether `amount` is below `requiredAmount` (flagged in compliance and on the dashboard). */
  belowMinimum: Scalars['Boolean']['output'];
  /** Students enrolled (APPROVED applications): the largest number in any one of the school's terms of the year. */
  enrolledCount: Scalars['Int']['output'];
  /** The minimum, `operatingFundPerStudentYear × enrolledCount`, in decimal yuan (元) with two decimals. */
  requiredAmount: Scalars['Float']['output'];
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** School year, e.g. `2026-2027`. */
  schoolYear: Scalars['String']['output'];
  /** Optimistic-concurrency version (0 when nothing is set yet); pass it as `expectedVersion` to `setFundAllocation`. */
  version: Scalars['Int']['output'];
};

/** Gender (性别), as the school's class list records it. */
export type Gender =
  /** Female (女). */
  | 'FEMALE'
  /** Male (男). */
  | 'MALE';

/** A guardian (监护人): a parent's account, signed in by phone, linked to children with binding codes. */
export type Guardian = Node & {
  __typename?: 'Guardian';
  /** The linked children (孩子) as the viewer may see them. */
  children: Array<Student>;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** Name (姓名). */
  name: Scalars['String']['output'];
  /** Phone (手机号): in full for the guardian and the school admin, masked for everyone else. */
  phone: Scalars['String']['output'];
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/** A one-time binding code (家长绑定码) for one student: shown once, valid 7 days, used up by the first `linkChild`. */
export type GuardianCode = {
  __typename?: 'GuardianCode';
  /** The code, 8 characters (no 0/O or 1/I). Only its hash is stored. */
  code: Scalars['String']['output'];
  /** When the code stops working (after 7 days). */
  expiresAt: Scalars['DateTime']['output'];
  /** The student the code links to. */
  studentId: Scalars['ID']['output'];
};

/** A guardian contact (监护人) as the school records it. */
export type GuardianContactInput = {
  /** Name (姓名), 1 to at most 40 characters. */
  name: Scalars['String']['input'];
  /** Phone (电话): a mobile of 11 digits or a landline with area code, at most 20 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Relation (关系), e.g. 母亲, at most 20 characters. */
  relation?: InputMaybe<Scalars['String']['input']>;
};

/** A handover (交接) of a child: between segments, or the release to an authorized pickup person. */
export type Handover = Node & {
  __typename?: 'Handover';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who handed the child over (user id). */
  by: Scalars['String']['output'];
  /** The date (school-local). */
  date: Scalars['Date']['output'];
  /** SEGMENT: the activity the child came from. */
  fromActivityId?: Maybe<Scalars['ID']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** The kind. */
  kind: HandoverKind;
  /** The student (学生). */
  studentId: Scalars['ID']['output'];
  /** SEGMENT: the activity the child went to. */
  toActivityId?: Maybe<Scalars['ID']['output']>;
  /** RELEASE: the pickup person's name and relation as verified by their code. */
  toGuardian?: Maybe<Scalars['String']['output']>;
};

/** What a handover is. */
export type HandoverKind =
  /** Release to an authorized pickup person at the pickup slot (放学交接). */
  | 'RELEASE'
  /** Between segments (环节交接), e.g. from an activity to late care. */
  | 'SEGMENT';

/** A header the upload request must send. */
export type HttpHeader = {
  __typename?: 'HttpHeader';
  /** Header name. */
  name: Scalars['String']['output'];
  /** Header value. */
  value: Scalars['String']['output'];
};

/**
 * Outcome of an import (批量导入). With `dryRun` nothing is written: use it for the preview. Without it, nothing is
 * written either when a row has an error — unless `onlyValid` is true, then the valid rows are created and the rest
 * reported.
 */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Rows created by this call. */
  created: Scalars['Int']['output'];
  /** Ids of the records created, in row order. */
  createdIds: Array<Scalars['ID']['output']>;
  /** Whether this was a preview. */
  dryRun: Scalars['Boolean']['output'];
  /** Problems, one per row and field. */
  errors: Array<ImportRowError>;
  /** Rows without errors. */
  valid: Scalars['Int']['output'];
};

/** A problem with one row of an import. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** The error code (BAD_USER_INPUT, CONFLICT, …). */
  code: Scalars['String']['output'];
  /** The field at fault, if one is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, for developers and logs (English); show `reason` and `params` in your user's language instead. */
  message: Scalars['String']['output'];
  /** The reason's parameters (e.g. `schoolCode`, or `row` for a row repeated in the file). */
  params: Array<ErrorParam>;
  /** Why, as a stable key (the same keys as `extensions.reason` of an error, e.g. DUPLICATE_SCHOOL_CODE); null when only `code` says it. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Row number as the admin sees it (first data row = `firstRow`). */
  row: Scalars['Int']['output'];
};

/** The kind of an incident in a care log. */
export type IncidentKind =
  /** A conflict between children (冲突). */
  | 'CONFLICT'
  /** Illness (生病). */
  | 'ILLNESS'
  /** An injury (受伤). */
  | 'INJURY'
  /** Late pickup (接送延误). */
  | 'LATE_PICKUP'
  /** Anything else (其他). */
  | 'OTHER'
  /** A safety matter (安全隐患). */
  | 'SAFETY';

/**
 * A district inspection of a school (专项督查, 督导评估 — seed parts 二 and 五): date, inspectors, findings with
 * rectification deadlines, and a score. The school records each rectification; the district closes the inspection
 * once all are rectified. Readable by the district and by the inspected school's admin.
 */
export type Inspection = Node & {
  __typename?: 'Inspection';
  /** When the district closed it; null while OPEN. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the inspection was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** When the inspection took place (督查日期). */
  date: Scalars['Date']['output'];
  /** The findings, in the order they were recorded. */
  findings: Array<InspectionFinding>;
  /** Globally unique id of the inspection. */
  id: Scalars['ID']['output'];
  /** Names of the inspectors (督查人员). */
  inspectors: Array<Scalars['String']['output']>;
  /** Findings not yet rectified. */
  openFindingCount: Scalars['Int']['output'];
  /** Findings not rectified after their deadline. */
  overdueFindingCount: Scalars['Int']['output'];
  /** The school, resolved. */
  school: School;
  /** The inspected school. */
  schoolId: Scalars['ID']['output'];
  /** The inspection's score, 0–100 (督查得分). */
  score: Scalars['Int']['output'];
  /** Where the inspection stands. */
  status: InspectionStatus;
  /** Overall remarks, if any. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The term, resolved. */
  term: Term;
  /** The school's term that contains `date` (the score counts for it). */
  termId: Scalars['ID']['output'];
  /** When the inspection was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to the workflow mutations. */
  version: Scalars['Int']['output'];
};

/** A page of inspections (Relay connection, plus `nodes` and `totalCount`). */
export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  /** The inspections of this page with their cursors. */
  edges: Array<InspectionEdge>;
  /** The inspections of this page, same order as `edges`. */
  nodes: Array<Inspection>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** All inspections matching the filter (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an inspection connection. */
export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The inspection. */
  node: Inspection;
};

/** Filters for `inspections`. */
export type InspectionFilter = {
  /** Only these records (at most 100). Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only OPEN inspections with a finding past its deadline (逾期未整改). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Inspections of this school. A SCHOOL_ADMIN gets their own school's whatever is given, and FORBIDDEN for another school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this school year, e.g. `2026-2027` (at most 9 characters). */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  /** Only this semester (with `schoolYear`). */
  semester?: InputMaybe<Scalars['Int']['input']>;
  /** Only inspections in this status. */
  status?: InputMaybe<InspectionStatus>;
};

/** One finding of an inspection (督查问题) and its rectification (整改). */
export type InspectionFinding = {
  __typename?: 'InspectionFinding';
  /** Identifies the finding within its inspection (pass it to `recordRectification`). */
  id: Scalars['ID']['output'];
  /** What was found, e.g. 周三延时托管无教师在岗 (at most 200 characters). */
  item: Scalars['String']['output'];
  /** Whether the finding is still open after its deadline (逾期未整改), as of today in school-local time. */
  overdue: Scalars['Boolean']['output'];
  /** What the school did (整改情况); null while open. */
  rectification?: Maybe<Scalars['String']['output']>;
  /** When the school recorded the rectification; null while open. */
  rectifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The rectification deadline (整改期限). */
  rectifyBy: Scalars['Date']['output'];
  /** How serious the finding is (问题等级). */
  severity: FindingSeverity;
};

/** A finding to record with an inspection. */
export type InspectionFindingInput = {
  /** What was found, 1 to at most 200 characters. */
  item: Scalars['String']['input'];
  /** Rectification deadline, on or after the inspection date. */
  rectifyBy: Scalars['Date']['input'];
  /** How serious it is (问题等级). */
  severity: FindingSeverity;
};

/** Where an inspection stands (督查状态). */
export type InspectionStatus =
  /** Every finding rectified and the district closed it (已结案). */
  | 'CLOSED'
  /** Recorded; the school rectifies its findings (整改中). */
  | 'OPEN';

/** A member of the school's after-school leadership group (领导小组成员). */
export type LeadershipMember = {
  __typename?: 'LeadershipMember';
  /** Full name of the member. */
  name: Scalars['String']['output'];
  /** Position in the group. */
  role: LeadershipRole;
  /** The member's post at the school (e.g. 副校长), if given. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A leadership group member (领导小组成员) to store. */
export type LeadershipMemberInput = {
  /** Full name, 1 to at most 40 characters. */
  name: Scalars['String']['input'];
  /** Position in the group. */
  role: LeadershipRole;
  /** The member's post at the school (e.g. 副校长), at most 40 characters; empty clears it. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Position in the school's after-school leadership group (领导小组). */
export type LeadershipRole =
  /** Deputy leader (副组长). */
  | 'DEPUTY'
  /** Leader of the group (组长), usually the principal. */
  | 'LEADER'
  /** Member (成员). */
  | 'MEMBER';

/**
 * A leave request (请假): the child is away from `from` to `to` (inclusive). While SUBMITTED or ACKNOWLEDGED it pre-marks
 * LEAVE at roll call and suppresses the absence and pickup alerts.
 */
export type LeaveRequest = Node & {
  __typename?: 'LeaveRequest';
  /** When the class teacher acknowledged it. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was requested. */
  createdAt: Scalars['DateTime']['output'];
  /** First day of the leave. */
  from: Scalars['Date']['output'];
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** Why (请假原因), as the family gave it. */
  reason: Scalars['String']['output'];
  /** Where it stands. */
  status: LeaveStatus;
  /** The student (学生). */
  studentId: Scalars['ID']['output'];
  /** Last day of the leave (inclusive). */
  to: Scalars['Date']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/** Where a leave request stands. */
export type LeaveStatus =
  /** Acknowledged by the class teacher (已确认). */
  | 'ACKNOWLEDGED'
  /** Cancelled (已撤销): no longer excuses the child. */
  | 'CANCELLED'
  /** Submitted (已提交): already excuses the child; waiting for the class teacher. */
  | 'SUBMITTED';

/**
 * A make-up day (调休补课): a date without regular service (usually a weekend) on which the school runs the timetable
 * of `timetableWeekday`, as the national holiday arrangements require.
 */
export type MakeUpDay = {
  __typename?: 'MakeUpDay';
  /** The make-up date (usually a Saturday or Sunday). */
  date: Scalars['Date']['output'];
  /** Why, e.g. 国庆调休; null when none was given. */
  note?: Maybe<Scalars['String']['output']>;
  /** The weekday whose timetable (排片表) runs on `date`; a service day of the district policy. */
  timetableWeekday: Weekday;
};

/** A make-up day (调休补课) to save with a term. */
export type MakeUpDayInput = {
  /** Inside the term, not an excluded date, and not a regular service weekday of the policy (usually a Saturday or Sunday). */
  date: Scalars['Date']['input'];
  /** Why, e.g. 国庆调休 (at most 60 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whose timetable runs that day: a service weekday of the district policy. */
  timetableWeekday: Weekday;
};

/** How many children a roll call marked each way (counts of children). */
export type MarkCounts = {
  __typename?: 'MarkCounts';
  /** Absent without leave (缺勤). */
  absent: Scalars['Int']['output'];
  /** Late (迟到). */
  late: Scalars['Int']['output'];
  /** On leave (请假). */
  leave: Scalars['Int']['output'];
  /** Present (出勤). */
  present: Scalars['Int']['output'];
};

/** A child's mark in a roll call (点名状态). */
export type MarkStatus =
  /** Absent without leave (缺勤): raises ABSENT_WITHOUT_LEAVE at once. */
  | 'ABSENT'
  /** Arrived late (迟到). */
  | 'LATE'
  /** On leave (请假): pre-marked from leave requests. */
  | 'LEAVE'
  /** Present (出勤). */
  | 'PRESENT';

/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** The class teacher (or school admin) acknowledges a leave (确认请假); the guardians are notified. */
  acknowledgeLeave: LeaveRequest;
  /** SIGNED → ACTIVE. */
  activateContract: Contract;
  /** A guardian adds an authorized pickup person (添加接送人); a personal code is issued. */
  addAuthorizedPickup: AuthorizedPickup;
  /** Adds a correction line to a CONFIRMED provider statement (DISTRICT_ADMIN; INVALID_TRANSITION for a DRAFT). */
  addProviderStatementAdjustment: ProviderStatement;
  /** Adds a correction line to a CONFIRMED sheet (INVALID_TRANSITION for a DRAFT). */
  addStipendAdjustment: StipendSheet;
  /**
   * Applies for after-school service (家长申请): a guardian for a linked child, or the school from a paper form. CONFLICT
   * when the student already has a live application for the term; BAD_USER_INPUT naming the field for a day, pickup
   * slot or activity that does not fit, or without consent.
   */
  applyForService: EnrolmentApplication;
  /**
   * Puts an enrolled student (APPROVED for the term, applied for that weekday) on an activity's roster (SCHOOL_ADMIN).
   * CONFLICT when the activity is full (the database refuses a seat beyond `capacity`, whatever arrives at once) or
   * the child already has an overlapping activity that day.
   */
  assignToActivity: Activity;
  /** Cancels an affected activity (its venue and time are freed). */
  cancelActivity: ProviderExit;
  /** Changes the pickup time (放学时段) of a live application: the guardian or the school; one the school offers the grade. */
  changePickupSlot: EnrolmentApplication;
  /**
   * Closes an inspection (DISTRICT_ADMIN). INVALID_TRANSITION while any finding is not rectified (the error lists them
   * in `extensions.openFindings`) or when it is already CLOSED. Audited.
   */
  closeInspection: Inspection;
  /** OPEN → CLOSED. A satisfaction survey on a provider below the policy's rate opens a provider exit case. */
  closeSurvey: Survey;
  /**
   * APPROVED → COMPLETED once every affected activity is resolved: terminates the provider's open contracts, sets it
   * EXITED with a re-entry date, in one transaction (resumable if interrupted). DISTRICT_ADMIN.
   */
  completeProviderExit: ProviderExit;
  /** Marks the document UPLOADED once the file is in storage (BAD_USER_INPUT if it is not there or its size differs). */
  confirmDocumentUpload: Document;
  /** Confirms (locks) a provider statement as computed now (DISTRICT_ADMIN). INVALID_TRANSITION when it is CONFIRMED already. */
  confirmProviderStatement: ProviderStatement;
  /** Confirms (locks) a stipend sheet as computed now. INVALID_TRANSITION when it is CONFIRMED already. */
  confirmStipendSheet: StipendSheet;
  /** Copies a term's year, semester and dates to every other school that lacks it (DISTRICT_ADMIN). Returns the created terms. */
  copyTermToAllSchools: Array<Term>;
  /**
   * Adds an activity to a term's timetable (DISTRICT_ADMIN, or SCHOOL_ADMIN of the term's school). CONFLICT when
   * its venue or person in charge is already booked at an overlapping time that weekday (the error names the other
   * activity in `extensions.conflictingActivityId`); INVALID_TRANSITION when the provider has no ACTIVE contract here.
   */
  createActivity: Activity;
  /** Drafts a contract (DISTRICT_ADMIN, or SCHOOL_ADMIN of the school). INVALID_TRANSITION for an EXITING/EXITED provider. */
  createContract: Contract;
  /** Registers a provider (DISTRICT_ADMIN) in status APPLIED. Duplicate credit code → CONFLICT. INVALID_TRANSITION when the policy forbids outside providers. */
  createProvider: Provider;
  /** Creates a school (DISTRICT_ADMIN). Duplicate code → CONFLICT; invalid field → BAD_USER_INPUT naming it. */
  createSchool: School;
  /** Adds a class (SCHOOL_ADMIN of the school, or DISTRICT_ADMIN); CONFLICT when the name is taken at the school. */
  createSchoolClass: SchoolClass;
  /** Adds a staff member (SCHOOL_ADMIN of the school, or DISTRICT_ADMIN). */
  createStaffMember: StaffMember;
  /** Adds a student to a class (SCHOOL_ADMIN of the school, or DISTRICT_ADMIN). */
  createStudent: Student;
  /** Creates a DRAFT survey (DISTRICT_ADMIN; SCHOOL_ADMIN for their school and its activities). */
  createSurvey: Survey;
  /** Creates a term (DISTRICT_ADMIN, or SCHOOL_ADMIN for their school). A second term for the same school, year and semester → CONFLICT. */
  createTerm: Term;
  /** The school's step (学校核准, SCHOOL_ADMIN): CLASS_APPROVED → APPROVED (wishes become roster places where there is room), or REJECTED with a reason. */
  decideApplication: EnrolmentApplication;
  /** The school's step for up to 100 applications (批量审批), each on its own; one failing does not stop the others. */
  decideApplications: Array<ApplicationDecisionResult>;
  /** OPEN → APPROVED (provider EXITING; affected activities listed) or REJECTED (DISTRICT_ADMIN). */
  decideProviderExit: ProviderExit;
  /** Deletes an activity (a mistake). Use status CANCELLED to keep it on record. Returns the id. */
  deleteActivity: Scalars['ID']['output'];
  /** Deletes a DRAFT contract; INVALID_TRANSITION after signing. */
  deleteContract: Scalars['ID']['output'];
  /** Deletes a document and its file. INVALID_TRANSITION when archived. */
  deleteDocument: Scalars['ID']['output'];
  /** Deletes a provider that never had a contract and whose documents were never reviewed (DISTRICT_ADMIN). */
  deleteProvider: Scalars['ID']['output'];
  /** Deletes a school (DISTRICT_ADMIN). INVALID_TRANSITION while terms or other records depend on it. Returns the id. */
  deleteSchool: Scalars['ID']['output'];
  /** Deletes a class without students (INVALID_TRANSITION otherwise). Returns the id. */
  deleteSchoolClass: Scalars['ID']['output'];
  /** Deletes a staff member entered by mistake; INVALID_TRANSITION while they teach a class or run activities. Returns the id. */
  deleteStaffMember: Scalars['ID']['output'];
  /** Deletes a student entered by mistake; INVALID_TRANSITION once they have applications (let them leave instead). Returns the id. */
  deleteStudent: Scalars['ID']['output'];
  /** Deletes a DRAFT survey. */
  deleteSurvey: Scalars['ID']['output'];
  /** Deletes a term. INVALID_TRANSITION while activities, contracts or surveys depend on it. Returns the id. */
  deleteTerm: Scalars['ID']['output'];
  /**
   * Makes the month's bills of a school (SCHOOL_ADMIN of it, or DISTRICT_ADMIN): one per enrolled student, for the
   * service days of the month the child is enrolled for. Running it again — or twice at once — never bills anyone
   * twice; it also records refunds due to withdrawals. INVALID_TRANSITION under the FREE fee model.
   */
  generateBills: BillGeneration;
  /** Imports providers in status APPLIED (DISTRICT_ADMIN), at most 100 rows a call. */
  importProviders: ImportResult;
  /** Imports schools (DISTRICT_ADMIN), at most 100 rows a call; send a large file in chunks (`firstRow` numbers the rows). */
  importSchools: ImportResult;
  /**
   * Imports a class list (班级名单) into a school (SCHOOL_ADMIN of the school, or DISTRICT_ADMIN), at most 100 rows a
   * call. With `dryRun` (default) nothing is written: the preview. Rows naming an unknown class, or a child already in
   * that class with the same name and guardian phone, are errors.
   */
  importStudents: ImportResult;
  /**
   * Issues a one-time binding code (家长绑定码) for a student — the school admin or the class teacher. Valid 7 days;
   * a new code revokes the previous one. Give it to the family on paper; it is shown only in this response.
   */
  issueGuardianCode: GuardianCode;
  /**
   * Issues a respondent key for this device and the survey with `accessCode` (no sign-in; also on the public route).
   * Call once per device and survey, and keep the key. NOT_FOUND for an unknown or unpublished code, INVALID_TRANSITION
   * once the survey has closed, RATE_LIMITED (HTTP 429) after more than 600 keys an hour to one client network (an IPv4
   * address or an IPv6 /64; deployments change this with `SURVEY_KEYS_PER_CLIENT_PER_HOUR`).
   */
  issueRespondentKey: RespondentKey;
  /**
   * PARENT: links the child of a binding code to the signed-in guardian; the code is used up. NOT_FOUND for an
   * unknown or used code, INVALID_TRANSITION for an expired one, RATE_LIMITED after 10 attempts in an hour.
   */
  linkChild: Student;
  /**
   * Opens an exit case (DISTRICT_ADMIN or SCHOOL_ADMIN) for an APPROVED or SUSPENDED provider. A provider has at most
   * one case in progress: CONFLICT names the existing one.
   */
  openProviderExit: ProviderExit;
  /** Publishes a new immutable disclosure of the school's term (SCHOOL_ADMIN of it, or DISTRICT_ADMIN). */
  publishDisclosure: Disclosure;
  /**
   * DRAFT → OPEN. Refused with BAD_USER_INPUT listing each coercive phrase (强制, 必须参加, …) found in the title, intro,
   * questions or options (`extensions.phrases`).
   */
  publishSurvey: Survey;
  /**
   * Gives an affected activity to another APPROVED provider with an ACTIVE contract at that school and term
   * (`toContractId`), or to a school staff member (`toStaffName`). The new person in charge must be free at that time.
   */
  reassignActivity: ProviderExit;
  /** Records an evaluation (DISTRICT_ADMIN, or SCHOOL_ADMIN of the school) and updates the provider's standing in the same transaction. */
  recordEvaluation: Evaluation;
  /**
   * Records a handover today (交接): the child's teachers, the duty leader or the school admin. A RELEASE only with the
   * code of an authorized pickup person (refused attempts are audited on the child, never recorded as handovers); a child
   * is released once a day (CONFLICT after); the guardians are notified of every release.
   */
  recordHandover: Handover;
  /** Records an inspection with its findings (DISTRICT_ADMIN). The new inspection is OPEN; audited. */
  recordInspection: Inspection;
  /**
   * Marks an UNPAID bill PAID with the payment's reference (the payment is of the bill's amount). A replay — the same bill
   * and reference again, e.g. a retry — returns the bill as it is and changes nothing, whatever `expectedVersion` it
   * carries. INVALID_TRANSITION when the bill is not UNPAID otherwise, or owes nothing (`netAmount` 0 after a refund in
   * full); CONFLICT (`field` reference, reason
   * DUPLICATE_PAYMENT_REFERENCE) when the reference already paid another bill of the school.
   */
  recordPayment: Bill;
  /**
   * Records the rectification of one finding (the inspected school's SCHOOL_ADMIN, or the DISTRICT_ADMIN): `note`
   * says what was done (1–1000 characters). INVALID_TRANSITION when the finding was already rectified or the
   * inspection is CLOSED; CONFLICT when `expectedVersion` is given and stale. Audited.
   */
  recordRectification: Inspection;
  /**
   * Records a session's roll call (点名) — only its person in charge (the TEACHER who runs it, the provider that runs
   * it) or the school admin; only a service day of the term, not in the future. Idempotent per `idempotencyKey`.
   * Concurrent first submissions: one wins, the other gets CONFLICT with `extensions.currentMarks` and `currentVersion`.
   * ABSENT without leave raises an alert to the class teacher and the guardians.
   */
  recordRollCall: RollCall;
  /** SUSPENDED → APPROVED (DISTRICT_ADMIN). */
  reinstateProvider: Provider;
  /** A guardian removes a pickup person; returns the removed id. */
  removeAuthorizedPickup: Scalars['ID']['output'];
  /** Takes a student off an activity's roster (SCHOOL_ADMIN). NOT_FOUND when the student is not on it. */
  removeFromActivity: Activity;
  /** Records a document and returns where to upload it (valid 15 minutes). BAD_USER_INPUT for a wrong type or size. */
  requestDocumentUpload: DocumentUpload;
  /** Requests leave for a child (请假): a linked guardian, the class teacher or the school admin. The class teacher (or the family) is notified. Days touching no term of the school are BAD_USER_INPUT (`from`, reason OUT_OF_TERM); the same child and days again is CONFLICT (`extensions.leaveId` names the leave recorded). */
  requestLeave: LeaveRequest;
  /** Resolves an OPEN alert with a note: the school admin or a staff member it is addressed to. Audited. */
  resolveAlert: Alert;
  /** The class teacher's step (班级审核): SUBMITTED → CLASS_APPROVED, or REJECTED (a `comment` is the reason, required). INVALID_TRANSITION from any other status. */
  reviewApplication: EnrolmentApplication;
  /**
   * UNDER_REVIEW → APPROVED | REJECTED (DISTRICT_ADMIN). Approval needs at least one qualification valid today and
   * outside providers allowed by the policy. The reviewed documents are archived (留档备案).
   */
  reviewProvider: Provider;
  /** A guardian issues a new code for a pickup person (更换接送码); the old one stops working at once. */
  rotatePickupCode: AuthorizedPickup;
  /** Sets a school's whole duty rota (设置值班表): the school admin (the district office may stand in); audited. */
  setDutyRota: DutyRota;
  /** Sets a school's operating fund for a school year (DISTRICT_ADMIN). */
  setFundAllocation: FundAllocation;
  /**
   * DRAFT → SIGNED. Needs an APPROVED provider with a qualification valid for the whole contract period and outside
   * providers allowed by the policy; otherwise INVALID_TRANSITION with the reason. The signed scan is archived.
   */
  signContract: Contract;
  /** APPLIED → UNDER_REVIEW (DISTRICT_ADMIN or the provider's own user). Other states → INVALID_TRANSITION. */
  submitProviderForReview: Provider;
  /**
   * Answers a survey anonymously (no sign-in). One answer per `respondentKey`, a key from `issueRespondentKey` for this
   * survey (any other value → BAD_USER_INPUT on `respondentKey`): a resubmission replaces the earlier answer. The
   * submission is checked in full before it counts against a limit. CLOSED/DRAFT → INVALID_TRANSITION; more than 600
   * accepted submissions a minute on one code, or 120 from one client network → RATE_LIMITED (HTTP 429). Only grade and
   * school are stored with the answers — never names.
   */
  submitSurveyResponse: SurveySubmission;
  /** APPROVED → SUSPENDED (DISTRICT_ADMIN), with the reason. */
  suspendProvider: Provider;
  /** SIGNED or ACTIVE → TERMINATED, with the reason (recommended; kept in the record). */
  terminateContract: Contract;
  /** Changes an activity; same rules as `createActivity`. `expectedVersion` must equal the version you read. */
  updateActivity: Activity;
  /** Changes a DRAFT contract; INVALID_TRANSITION after signing. */
  updateContract: Contract;
  /**
   * Changes the district policy (DISTRICT_ADMIN only). `expectedVersion` must equal the version you read, otherwise
   * CONFLICT and nothing changes. Invalid values give BAD_USER_INPUT naming the field.
   */
  updateDistrictPolicy: DistrictPolicy;
  /** Changes a provider (DISTRICT_ADMIN, or its own PROVIDER user for contact details, staff and qualifications). */
  updateProvider: Provider;
  /**
   * Changes a school (DISTRICT_ADMIN, or the SCHOOL_ADMIN of that school except its code). `expectedVersion` must
   * equal the version you read, otherwise CONFLICT and nothing changes.
   */
  updateSchool: School;
  /** Changes a class; `expectedVersion` must equal the version you read. */
  updateSchoolClass: SchoolClass;
  /** Changes a staff member; `expectedVersion` must equal the version you read (CONFLICT otherwise). */
  updateStaffMember: StaffMember;
  /** Changes a student, including leaving the school (status LEFT); `expectedVersion` must equal the version you read. */
  updateStudent: Student;
  /** Changes a DRAFT survey. */
  updateSurvey: Survey;
  /** Changes a term. `expectedVersion` must equal the version you read, otherwise CONFLICT and nothing changes. */
  updateTerm: Term;
  /** Waives an UNPAID bill (免收) with a reason. INVALID_TRANSITION if not UNPAID. */
  waiveBill: Bill;
  /**
   * Withdraws (退出) a live application — the guardian or the school, at any time — from `from` (default today, never
   * a future date). The child leaves every roster of the enrolment in the same change. `reason` and `optOutReason`
   * are optional.
   */
  withdrawApplication: EnrolmentApplication;
  /** Writes a school day's care log (写看护日志): the day's duty leader on the rota (any duty leader of the school when the rota names none for that weekday) or the school admin; one per day. */
  writeCareLog: CareLog;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationAcknowledgeLeaveArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationActivateContractArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationAddAuthorizedPickupArgs = {
  input: AddAuthorizedPickupInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationAddProviderStatementAdjustmentArgs = {
  amount: Scalars['Float']['input'];
  contractId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationAddStipendAdjustmentArgs = {
  amount: Scalars['Float']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  staffId?: InputMaybe<Scalars['ID']['input']>;
  staffName?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationApplyForServiceArgs = {
  input: ApplyForServiceInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationAssignToActivityArgs = {
  activityId: Scalars['ID']['input'];
  studentId: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCancelActivityArgs = {
  activityId: Scalars['ID']['input'];
  exitId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationChangePickupSlotArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  pickupSlot: Scalars['LocalTime']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCloseInspectionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCloseSurveyArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCompleteProviderExitArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationConfirmDocumentUploadArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationConfirmProviderStatementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationConfirmStipendSheetArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCopyTermToAllSchoolsArgs = {
  termId: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateContractArgs = {
  input: CreateContractInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateProviderArgs = {
  input: CreateProviderInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateSchoolClassArgs = {
  input: CreateSchoolClassInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateStaffMemberArgs = {
  input: CreateStaffMemberInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateStudentArgs = {
  input: CreateStudentInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationCreateTermArgs = {
  input: CreateTermInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDecideApplicationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDecideApplicationsArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDecideProviderExitArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ExitDecision;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteActivityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteContractArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteProviderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteSchoolArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteSchoolClassArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteStudentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteSurveyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationDeleteTermArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationGenerateBillsArgs = {
  month: Scalars['String']['input'];
  schoolId: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationImportProvidersArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  firstRow?: InputMaybe<Scalars['Int']['input']>;
  onlyValid?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CreateProviderInput>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationImportSchoolsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  firstRow?: InputMaybe<Scalars['Int']['input']>;
  onlyValid?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<CreateSchoolInput>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationImportStudentsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  firstRow?: InputMaybe<Scalars['Int']['input']>;
  onlyValid?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<StudentImportRow>;
  schoolId: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationIssueGuardianCodeArgs = {
  studentId: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationIssueRespondentKeyArgs = {
  accessCode: Scalars['String']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationLinkChildArgs = {
  code: Scalars['String']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationOpenProviderExitArgs = {
  input: OpenProviderExitInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationPublishDisclosureArgs = {
  schoolId: Scalars['ID']['input'];
  termId: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationPublishSurveyArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationReassignActivityArgs = {
  activityId: Scalars['ID']['input'];
  exitId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  toContractId?: InputMaybe<Scalars['ID']['input']>;
  toProviderId?: InputMaybe<Scalars['ID']['input']>;
  toStaffName?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRecordEvaluationArgs = {
  input: RecordEvaluationInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRecordHandoverArgs = {
  input: RecordHandoverInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRecordPaymentArgs = {
  billId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reference: Scalars['String']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRecordRectificationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  findingId: Scalars['ID']['input'];
  inspectionId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRecordRollCallArgs = {
  input: RecordRollCallInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationReinstateProviderArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRemoveAuthorizedPickupArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRemoveFromActivityArgs = {
  activityId: Scalars['ID']['input'];
  studentId: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRequestDocumentUploadArgs = {
  input: RequestDocumentUploadInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRequestLeaveArgs = {
  input: RequestLeaveInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationResolveAlertArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationReviewApplicationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationReviewProviderArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationRotatePickupCodeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationSetDutyRotaArgs = {
  days: Array<DutyRotaDayInput>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  schoolId: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationSetFundAllocationArgs = {
  amount: Scalars['Float']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['String']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationSignContractArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  signedDocumentId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationSubmitProviderForReviewArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationSubmitSurveyResponseArgs = {
  accessCode: Scalars['String']['input'];
  answers: Array<SurveyAnswerInput>;
  grade?: InputMaybe<Scalars['Int']['input']>;
  respondentKey: Scalars['String']['input'];
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationSuspendProviderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationTerminateContractArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateContractArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateContractInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateDistrictPolicyArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: DistrictPolicyInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateProviderArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateProviderInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateSchoolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateSchoolInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateSchoolClassArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateSchoolClassInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateStaffMemberArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateStaffMemberInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateStudentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateStudentInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateSurveyArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateSurveyInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationUpdateTermArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateTermInput;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationWaiveBillArgs = {
  billId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationWithdrawApplicationArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  optOutReason?: InputMaybe<OptOutReason>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The write operations. Each one is a single DynamoDB transaction: it happens completely or not at all, and a refused
 * mutation (any error) changes nothing. Errors carry `extensions.code` (BAD_USER_INPUT with `extensions.field`,
 * NOT_FOUND, CONFLICT, INVALID_TRANSITION, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED).
 */
export type MutationWriteCareLogArgs = {
  input: WriteCareLogInput;
};

/**
 * Any object with a globally unique, opaque `id`. Fetch one with `node(id:)` (Relay object identification).
 * Ids are at most 64 characters wherever the API accepts one; a longer id is refused with BAD_USER_INPUT.
 */
export type Node = {
  /** Globally unique, opaque identifier. Do not parse it; pass it back as you received it. */
  id: Scalars['ID']['output'];
};

/**
 * A notification (通知) in the viewer's outbox: shown in the app; sent by SMS where the deployment has a sender. Only its
 * recipient reads it, in `notifications` or by `node(id:)` (FORBIDDEN to anyone else, the district office included).
 */
export type Notification = Node & {
  __typename?: 'Notification';
  /** The alert it reports. */
  alertId?: Maybe<Scalars['ID']['output']>;
  /** Text, in Chinese (children named by masked name). */
  body: Scalars['String']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique id; `node(id:)` returns the notification to its recipient. */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: NotificationKind;
  /**
   * What `title` and `body` say, as a code (通知代码), to word them in the client's language with `params`. Null for
   * notifications made before codes existed: show `title` and `body` then.
   */
  messageCode?: Maybe<NotificationMessageCode>;
  /** The values `body` names, typed; null when `messageCode` is null. */
  params?: Maybe<NotificationParams>;
  /** The child it concerns. */
  studentId?: Maybe<Scalars['ID']['output']>;
  /** Title, in Chinese. */
  title: Scalars['String']['output'];
};

/** A page of notifications (Relay connection). */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The edges. */
  edges: Array<NotificationEdge>;
  /** The notifications of this page. */
  nodes: Array<Notification>;
  /** Paging. */
  pageInfo: PageInfo;
  /** All the viewer's notifications. */
  totalCount: Scalars['Int']['output'];
};

/** A notification with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  /** An alert (预警). */
  | 'ALERT'
  /** A leave request or its acknowledgement (请假). */
  | 'LEAVE'
  /** A notice (通知). */
  | 'NOTICE'
  /** A child was released to a pickup person (已接走). */
  | 'RELEASE';

/** What a notification says (通知代码): its `title` and `body` as a code; the values are in `Notification.params`. */
export type NotificationMessageCode =
  /** An ABSENT_WITHOUT_LEAVE alert (未请假缺勤): `studentName`, `className`, `activityTitle`, `activityStartTime`. */
  | 'ABSENT_WITHOUT_LEAVE'
  /** The class teacher acknowledged a leave (请假已确认): `studentName`, `leaveFrom`, `leaveTo`. */
  | 'LEAVE_ACKNOWLEDGED'
  /** A leave was requested (请假): `studentName`, `leaveFrom`, `leaveTo`, `leaveReason`. */
  | 'LEAVE_REQUESTED'
  /** A NOT_PICKED_UP alert (放学未接走): `studentName`, `pickupSlot`, `graceMinutes`. */
  | 'NOT_PICKED_UP'
  /** The child was released to a pickup person (已接走): `studentName`, `releasedAt`, `pickupPersonName`, `pickupPersonRelation`. */
  | 'RELEASED'
  /** A ROLL_CALL_MISSING alert (未点名): `activityTitle`, `activityStartTime`, `venue`, `graceMinutes`. */
  | 'ROLL_CALL_MISSING';

/** The values a notification's `body` names (通知参数), typed; only those its `messageCode` names are set. */
export type NotificationParams = {
  __typename?: 'NotificationParams';
  /** ABSENT_WITHOUT_LEAVE, ROLL_CALL_MISSING: the activity's start time (`HH:mm`). */
  activityStartTime?: Maybe<Scalars['LocalTime']['output']>;
  /** ABSENT_WITHOUT_LEAVE, ROLL_CALL_MISSING: the activity's title (活动名称). */
  activityTitle?: Maybe<Scalars['String']['output']>;
  /** ABSENT_WITHOUT_LEAVE: the child's class (班级) name; null when the class record is gone. */
  className?: Maybe<Scalars['String']['output']>;
  /** ROLL_CALL_MISSING, NOT_PICKED_UP: the grace period (宽限时间) after which the alert is raised, in minutes. */
  graceMinutes?: Maybe<Scalars['Int']['output']>;
  /** LEAVE_REQUESTED, LEAVE_ACKNOWLEDGED: the leave's first day. */
  leaveFrom?: Maybe<Scalars['Date']['output']>;
  /** LEAVE_REQUESTED: the reason the family or teacher gave (请假事由), as entered. */
  leaveReason?: Maybe<Scalars['String']['output']>;
  /** LEAVE_REQUESTED, LEAVE_ACKNOWLEDGED: the leave's last day (the same as `leaveFrom` for one day). */
  leaveTo?: Maybe<Scalars['Date']['output']>;
  /** RELEASED: the pickup person's name (接送人). */
  pickupPersonName?: Maybe<Scalars['String']['output']>;
  /** RELEASED: the pickup person's relation to the child (e.g. 妈妈), as entered. */
  pickupPersonRelation?: Maybe<Scalars['String']['output']>;
  /** NOT_PICKED_UP: the child's pickup slot (放学时段, `HH:mm`). */
  pickupSlot?: Maybe<Scalars['LocalTime']['output']>;
  /** RELEASED: when the child was handed over, school-local `HH:mm`. */
  releasedAt?: Maybe<Scalars['LocalTime']['output']>;
  /** The child's masked name (e.g. 李*明), as in `body`; null when the child's record is gone. */
  studentName?: Maybe<Scalars['String']['output']>;
  /** ROLL_CALL_MISSING: the activity's venue (场地). */
  venue?: Maybe<Scalars['String']['output']>;
};

/** Opening an exit case (有序退出). */
export type OpenProviderExitInput = {
  /** Evaluations that support the case, at most 20. */
  evaluationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The provider (APPROVED or SUSPENDED). */
  providerId: Scalars['ID']['input'];
  /** Why, 1 to at most 2000 characters. */
  reason: Scalars['String']['input'];
};

/** Why a family opts out (退出原因) — optional, never required, counted for the school's statistics. */
export type OptOutReason =
  /** The activities do not suit the child (活动不适合). */
  | 'ACTIVITIES_NOT_SUITABLE'
  /** Cost (费用). */
  | 'COST'
  /** Health (健康原因). */
  | 'HEALTH'
  /** Other (其他). */
  | 'OTHER'
  /** Other care arrangements (其他看护安排). */
  | 'OTHER_CARE'
  /** The family picks the child up itself (家长自行接送). */
  | 'OWN_PICKUP';

/** How many families gave one opt-out reason. */
export type OptOutReasonCount = {
  __typename?: 'OptOutReasonCount';
  /** Families that gave it. */
  count: Scalars['Int']['output'];
  /** The reason (退出原因). */
  reason: OptOutReason;
};

/** Count of one option (or of one rating value, labels "1"–"5"). */
export type OptionCount = {
  __typename?: 'OptionCount';
  /** Answers choosing it. */
  count: Scalars['Int']['output'];
  /** The option label, or the rating value. */
  label: Scalars['String']['output'];
};

/** An overdue finding on the dashboard. */
export type OverdueFinding = {
  __typename?: 'OverdueFinding';
  /** Days past the deadline (≥ 1). */
  daysOverdue: Scalars['Int']['output'];
  /** The finding within its inspection. */
  findingId: Scalars['ID']['output'];
  /** The inspection, resolved. */
  inspection: Inspection;
  /** The inspection of the finding. */
  inspectionId: Scalars['ID']['output'];
  /** What was found. */
  item: Scalars['String']['output'];
  /** The rectification deadline (整改期限) that has passed. */
  rectifyBy: Scalars['Date']['output'];
  /** The inspected school. */
  schoolId: Scalars['ID']['output'];
  /** The school's name. */
  schoolName: Scalars['String']['output'];
  /** How serious it is (问题等级). */
  severity: FindingSeverity;
};

/** Who runs the school (办学性质). */
export type Ownership =
  /** Private school (民办). */
  | 'PRIVATE'
  /** Public school (公办). */
  | 'PUBLIC';

/**
 * Paging information of a connection (Relay Cursor Connections spec). Paging is forward-only: ask for `first` items
 * (1–100, default 20), then pass `endCursor` as `after` to get the next page until `hasNextPage` is false. Cursors are
 * opaque and bound to their list and filter: a cursor of another list, or one that was altered, is refused with
 * BAD_USER_INPUT (`extensions.field` = `after`).
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page, or null when the page is empty. Pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was requested with an `after` cursor (items precede it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page, or null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Pickup times (放学时间) offered to one band of grades, e.g. grades 1–2 at 16:00, 17:00 and 17:30. */
export type PickupSlot = {
  __typename?: 'PickupSlot';
  /** Grades of the band (1–9). */
  grades: Array<Scalars['Int']['output']>;
  /** Pickup times, ascending. */
  times: Array<Scalars['LocalTime']['output']>;
};

/** A pickup slot (放学时间) to store. */
export type PickupSlotInput = {
  /** Grades of the band (1–9), at least one. */
  grades: Array<Scalars['Int']['input']>;
  /** Pickup times (HH:mm), at least one; duplicates are dropped and the list sorted. */
  times: Array<Scalars['LocalTime']['input']>;
};

/** Where a child stands at the end of the day (放学状态). */
export type PickupState =
  /** Marked absent at their last roll call (缺勤): not expected at the pickup slot. */
  | 'ABSENT'
  /** On leave today (请假). */
  | 'LEAVE'
  /** Released to an authorized pickup person (已接走). */
  | 'RELEASED'
  /** At school, not yet released (待接). */
  | 'WAITING';

/**
 * An outside provider (校外机构). The unified social credit code is unique. Contracts can be signed only with an
 * APPROVED provider whose qualifications are valid for the whole contract period.
 */
export type Provider = Node & {
  __typename?: 'Provider';
  /** Postal address, if recorded. */
  address?: Maybe<Scalars['String']['output']>;
  /** Contact person. */
  contactName: Scalars['String']['output'];
  /** Contact phone number. */
  contactPhone: Scalars['String']['output'];
  /** Its contracts the viewer may see, newest first. */
  contracts: ContractConnection;
  /** When the provider was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Unified social credit code (统一社会信用代码), 18 characters, unique. */
  creditCode: Scalars['String']['output'];
  /** Its documents (qualification scans, …); reviewed ones are archived. */
  documents: Array<Document>;
  /** Its evaluations the viewer may see, newest first. */
  evaluations: EvaluationConnection;
  /** Globally unique id (`prv_…`). */
  id: Scalars['ID']['output'];
  /** Kind of provider. */
  kind: ProviderKind;
  /** Legal name. */
  name: Scalars['String']['output'];
  /** Its qualification certificates (资质). */
  qualifications: Array<Qualification>;
  /** After an exit: the first date it may apply again. */
  reentryDate?: Maybe<Scalars['Date']['output']>;
  /** Comment of the last review, suspension or reinstatement. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  /** Activity categories it offers. */
  serviceCategories: Array<ActivityCategory>;
  /** Its staff. */
  staff: Array<ProviderStaff>;
  /** Its evaluation standing. */
  standing: ProviderStanding;
  /** Admission status. */
  status: ProviderStatus;
  /** When the provider was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateProvider` and the workflow mutations. */
  version: Scalars['Int']['output'];
};


/**
 * An outside provider (校外机构). The unified social credit code is unique. Contracts can be signed only with an
 * APPROVED provider whose qualifications are valid for the whole contract period.
 */
export type ProviderContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An outside provider (校外机构). The unified social credit code is unique. Contracts can be signed only with an
 * APPROVED provider whose qualifications are valid for the whole contract period.
 */
export type ProviderEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of providers (Relay connection, plus `nodes` and `totalCount`). */
export type ProviderConnection = {
  __typename?: 'ProviderConnection';
  /** The providers of this page with their cursors. */
  edges: Array<ProviderEdge>;
  /** The providers of this page, same order as `edges`. */
  nodes: Array<Provider>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of providers matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a provider connection. */
export type ProviderEdge = {
  __typename?: 'ProviderEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The provider. */
  node: Provider;
};

/**
 * The orderly exit (有序退出) of one provider: opened manually or automatically with evidence, decided by the
 * district, then every future activity is reassigned or cancelled before completion terminates the provider's open
 * contracts and marks it EXITED with a re-entry date — in one transaction.
 */
export type ProviderExit = Node & {
  __typename?: 'ProviderExit';
  /** Filled when the case is approved: the provider's active activities in current and future terms. */
  affectedActivities: Array<AffectedActivity>;
  /** Whether every affected activity is resolved (the complete button). */
  canComplete: Scalars['Boolean']['output'];
  /** When it was completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the case was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The district's comment on its decision. */
  decisionComment?: Maybe<Scalars['String']['output']>;
  /** Evidence attached to the case. */
  evidence: Array<ExitEvidence>;
  /** Globally unique id (`pex_…`). */
  id: Scalars['ID']['output'];
  /** Who opened it: the user's token subject, or `system` for an automatic trigger. */
  openedBy: Scalars['String']['output'];
  /** The provider, resolved. */
  provider: Provider;
  /** The provider exiting. */
  providerId: Scalars['ID']['output'];
  /** Why the case was opened. */
  reason: Scalars['String']['output'];
  /**
   * Why an automatic case was opened, as a code (退出原因代码) to word `reason` in the client's language with
   * `reasonParams`; null for a case opened by hand (`reason` is the admin's own text) and for cases opened before codes
   * existed. A client that does not know the value shows `reason`.
   */
  reasonCode?: Maybe<ProviderExitReasonCode>;
  /** The values `reason` names, typed; null when `reasonCode` is null. */
  reasonParams?: Maybe<ProviderExitReasonParams>;
  /** The first date the provider may apply again (set on completion). */
  reentryDate?: Maybe<Scalars['Date']['output']>;
  /** The school of the admin who opened it, if a school admin did. */
  schoolId?: Maybe<Scalars['ID']['output']>;
  /** State of the case. */
  status: ProviderExitStatus;
  /** What opened the case. */
  trigger: ProviderExitTrigger;
  /** When the case was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to the workflow mutations. */
  version: Scalars['Int']['output'];
};

/** A page of exit cases (Relay connection, plus `nodes` and `totalCount`). */
export type ProviderExitConnection = {
  __typename?: 'ProviderExitConnection';
  /** The cases of this page with their cursors. */
  edges: Array<ProviderExitEdge>;
  /** The cases of this page, same order as `edges`. */
  nodes: Array<ProviderExit>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of cases matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an exit case connection. */
export type ProviderExitEdge = {
  __typename?: 'ProviderExitEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The exit case. */
  node: ProviderExit;
};

/** Filters for `providerExits` (newest first). */
export type ProviderExitFilter = {
  /** Only these records (at most 100 ids), e.g. to show references by name. Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only cases of this provider. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases in this state. */
  status?: InputMaybe<ProviderExitStatus>;
  /** Only cases opened this way. */
  trigger?: InputMaybe<ProviderExitTrigger>;
};

/** Why an automatic exit case was opened (退出原因代码); the values it names are in `ProviderExit.reasonParams`. */
export type ProviderExitReasonCode =
  /** An evaluation total (`evaluationTotal`, 0–100 points) fell below the policy's exit threshold (`evaluationThreshold`): 评价总分低于退出阈值. */
  | 'EVALUATION_BELOW_THRESHOLD'
  /** None of the provider's qualification certificates is valid any more: 资质证书已全部过期. */
  | 'QUALIFICATIONS_EXPIRED'
  /** A closed survey's satisfaction rate (`satisfactionRate`) fell below the policy's `satisfactionThreshold`: 满意度低于退出标准. */
  | 'SATISFACTION_BELOW_THRESHOLD';

/** The values an automatic case's `reason` names (退出原因参数), typed; only those its `reasonCode` uses are set. */
export type ProviderExitReasonParams = {
  __typename?: 'ProviderExitReasonParams';
  /** EVALUATION_BELOW_THRESHOLD: the policy's `evaluationExitThreshold` when the case opened, in points (0–100). */
  evaluationThreshold?: Maybe<Scalars['Int']['output']>;
  /** EVALUATION_BELOW_THRESHOLD: the evaluation's total, in points (0–100). */
  evaluationTotal?: Maybe<Scalars['Int']['output']>;
  /** SATISFACTION_BELOW_THRESHOLD: the survey's satisfaction rate, a share 0–1 (0.55 = 55%; the Chinese text rounds to 0.1%). */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** SATISFACTION_BELOW_THRESHOLD: the policy's `satisfactionExitRate` when the case opened, a share 0–1. */
  satisfactionThreshold?: Maybe<Scalars['Float']['output']>;
};

/**
 * State of a provider exit case (有序退出). OPEN → APPROVED (the provider becomes EXITING) | REJECTED;
 * APPROVED → COMPLETED (the provider becomes EXITED).
 */
export type ProviderExitStatus =
  /** Approved (已批准): the provider is EXITING; affected activities are being resolved. */
  | 'APPROVED'
  /** Completed (已完成): contracts terminated, provider EXITED. */
  | 'COMPLETED'
  /** Open (待决定): waiting for the district's decision. */
  | 'OPEN'
  /** Rejected (已驳回): the provider stays as it was. */
  | 'REJECTED';

/** What opened the case (触发原因). */
export type ProviderExitTrigger =
  /** An evaluation total fell below the policy's `evaluationExitThreshold`. */
  | 'LOW_EVALUATION'
  /** A closed satisfaction survey on the provider fell below the policy's `satisfactionExitRate`. */
  | 'LOW_SATISFACTION'
  /** Opened by a school or district admin. */
  | 'MANUAL'
  /** No qualification of the provider is valid any more (daily check). */
  | 'QUALIFICATION_EXPIRED';

/** Filters for `providers` (sorted by name). SCHOOL_ADMIN users see APPROVED providers only; PROVIDER users their own. */
export type ProviderFilter = {
  /** Only these records (at most 100 ids), e.g. to show references by name. Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only providers of this kind. */
  kind?: InputMaybe<ProviderKind>;
  /** Name contains, or credit code starts with, this text (at most 100 characters). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only providers offering this category. */
  serviceCategory?: InputMaybe<ActivityCategory>;
  /** Only providers in this admission status. */
  status?: InputMaybe<ProviderStatus>;
};

/** Kind of outside provider (校外资源). */
export type ProviderKind =
  /** Retired teacher (退休教师). */
  | 'RETIRED_TEACHER'
  /** Social professional (社会专业人员): coaches, artists, designers, … */
  | 'SOCIAL_PROFESSIONAL'
  /** Training institution (培训机构): non-academic subjects only, never HOMEWORK. */
  | 'TRAINING_INSTITUTION'
  /** Volunteer (志愿者). */
  | 'VOLUNTEER'
  /** Youth activity centre or children's palace (青少年活动中心、少年宫). */
  | 'YOUTH_CENTRE';

/** A person working for the provider (机构人员). */
export type ProviderStaff = {
  __typename?: 'ProviderStaff';
  /** Their certificates. */
  certificates: Array<StaffCertificate>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** What they do, e.g. 足球教练. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A staff member (机构人员) to store. */
export type ProviderStaffInput = {
  /** Their certificates, at most 20. */
  certificates?: InputMaybe<Array<StaffCertificateInput>>;
  /** Full name, 1 to at most 40 characters. */
  name: Scalars['String']['input'];
  /** What they do (e.g. 足球教练), at most 40 characters. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Evaluation standing of a provider, maintained on every `recordEvaluation` (never recomputed by scanning). */
export type ProviderStanding = {
  __typename?: 'ProviderStanding';
  /** Mean total of all current evaluations in the district. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** Per-school standing (PROVIDER users and district admins see all; school admins their school). */
  bySchool: Array<SchoolStanding>;
  /** Number of current evaluations in the district. */
  evaluationCount: Scalars['Int']['output'];
  /** Date of that latest evaluation. */
  latestEvaluationDate?: Maybe<Scalars['Date']['output']>;
  /** Total of the latest (by date) evaluation anywhere in the district. */
  latestScore?: Maybe<Scalars['Int']['output']>;
};

/**
 * A provider's statement of a month (机构对账单), on the same basis as stipends (sessions with a recorded roll call), at
 * each contract's rate. DRAFT until the district confirms it; then locked, corrections are adjustment lines.
 */
export type ProviderStatement = Node & {
  __typename?: 'ProviderStatement';
  /** Corrections added after confirmation, oldest first (a SCHOOL_ADMIN sees their school's only). */
  adjustments: Array<ProviderStatementAdjustment>;
  /** When the statement was confirmed; null while DRAFT. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Derived from provider and month; pass it to `confirmProviderStatement` and `addProviderStatementAdjustment`. */
  id: Scalars['ID']['output'];
  /** One line per contract with sessions held (a SCHOOL_ADMIN sees their school's only). */
  lines: Array<ProviderStatementLine>;
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** The provider. */
  providerId: Scalars['ID']['output'];
  /** DRAFT (computed from the roll calls each time it is read) or CONFIRMED (locked by the district). */
  status: StipendSheetStatus;
  /** Sum of the lines and adjustments shown, in decimal yuan (元) with two decimals, exact to the fen. */
  total: Scalars['Float']['output'];
  /** 0 while DRAFT; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/**
 * A correction to a confirmed provider statement (对账单调整), on one of the provider's contracts; never an edit of a line.
 * Read by whoever may read the statement (a SCHOOL_ADMIN only their school's lines), also by `node(id:)`.
 */
export type ProviderStatementAdjustment = Node & {
  __typename?: 'ProviderStatementAdjustment';
  /** In decimal yuan (元) with two decimals; negative for a deduction. */
  amount: Scalars['Float']['output'];
  /** The contract the correction is for. */
  contractId: Scalars['ID']['output'];
  /** When the line was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique id, derived from the statement's; `node(id:)` returns the line to whoever may read it. */
  id: Scalars['ID']['output'];
  /** Why the correction was made. */
  reason: Scalars['String']['output'];
  /** The contract's school. */
  schoolId: Scalars['ID']['output'];
};

/** One line of a provider statement: the provider's sessions held under one contract. */
export type ProviderStatementLine = {
  __typename?: 'ProviderStatementLine';
  /** `ratePerHour × hours`, in decimal yuan (元) with two decimals, rounded to the fen. */
  amount: Scalars['Float']['output'];
  /** The contract. */
  contractId: Scalars['ID']['output'];
  /** Hours of those sessions (up to two decimals). */
  hours: Scalars['Float']['output'];
  /** The contract's rate per class hour, in decimal yuan (元) with two decimals. */
  ratePerHour: Scalars['Float']['output'];
  /** The contract's school. */
  schoolId: Scalars['ID']['output'];
  /** Sessions with a recorded roll call. */
  sessions: Scalars['Int']['output'];
};

/**
 * Admission status (准入). APPLIED → UNDER_REVIEW → APPROVED | REJECTED; APPROVED ⇄ SUSPENDED;
 * APPROVED/SUSPENDED → EXITING → EXITED through a provider exit case.
 */
export type ProviderStatus =
  /** Applied (已申请): registered, not yet submitted for review. */
  | 'APPLIED'
  /** Approved, whitelisted (白名单): may sign contracts. */
  | 'APPROVED'
  /** Exited (已退出): may apply again from `reentryDate`. */
  | 'EXITED'
  /** Exiting (退出中): an approved exit case is in progress; no new contracts or activities. */
  | 'EXITING'
  /** Rejected (未通过) at review. */
  | 'REJECTED'
  /** Suspended by the district (暂停): no new contracts until reinstated. */
  | 'SUSPENDED'
  /** Under review (审核中): the district is reviewing its qualifications. */
  | 'UNDER_REVIEW';

/** Providers in one admission status. */
export type ProviderStatusCount = {
  __typename?: 'ProviderStatusCount';
  /** Providers in it. */
  count: Scalars['Int']['output'];
  /** The admission status. */
  status: ProviderStatus;
};

/** A school a parent can pick on the public page. */
export type PublicSchoolOption = {
  __typename?: 'PublicSchoolOption';
  /** The school's id (send it as `schoolId`). */
  id: Scalars['ID']['output'];
  /** The school's name. */
  name: Scalars['String']['output'];
};

/** What the public answering page shows (no results, no internal ids beyond the questions). */
export type PublicSurvey = {
  __typename?: 'PublicSurvey';
  /** The access code asked for. */
  accessCode: Scalars['String']['output'];
  /** Whether the respondent must pick a school (district- or provider-wide surveys). */
  asksForSchool: Scalars['Boolean']['output'];
  /** Introduction, if any. */
  intro?: Maybe<Scalars['String']['output']>;
  /** What it asks about. */
  kind: SurveyKind;
  /** The questions, in order. */
  questions: Array<SurveyQuestion>;
  /** Schools to pick from when `asksForSchool`. */
  schoolOptions: Array<PublicSchoolOption>;
  /** OPEN, or CLOSED (then answers are refused). */
  status: SurveyStatus;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A qualification certificate of the provider (资质), archived once reviewed. */
export type Qualification = {
  __typename?: 'Qualification';
  /** E.g. 办学许可证, 营业执照, 教练员证. */
  certificateType: Scalars['String']['output'];
  /** The scanned certificate, if uploaded. */
  documentId?: Maybe<Scalars['ID']['output']>;
  /** Id of the qualification within its provider. */
  id: Scalars['ID']['output'];
  /** Issuing authority. */
  issuer: Scalars['String']['output'];
  /** Certificate number. */
  number: Scalars['String']['output'];
  /** First day it is valid. */
  validFrom: Scalars['Date']['output'];
  /** Last day it is valid. */
  validTo: Scalars['Date']['output'];
  /** Whether it is valid today (school-local date). */
  validToday: Scalars['Boolean']['output'];
};

/** A qualification certificate (资质) to store. */
export type QualificationInput = {
  /** Certificate type (e.g. 营业执照), 1 to at most 40 characters. */
  certificateType: Scalars['String']['input'];
  /** A document of this provider (see `requestDocumentUpload`). */
  documentId?: InputMaybe<Scalars['ID']['input']>;
  /** Keep the id of an existing qualification to update it; omit for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Issuing authority, 1 to at most 80 characters. */
  issuer: Scalars['String']['input'];
  /** Certificate number, 1 to at most 60 characters. */
  number: Scalars['String']['input'];
  /** First day it is valid. */
  validFrom: Scalars['Date']['input'];
  /** Last day it is valid; not before `validFrom`. */
  validTo: Scalars['Date']['input'];
};

/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type Query = {
  __typename?: 'Query';
  /** Activities; with `filter.termId`, the timetable of that term ordered by weekday and start time. */
  activities: ActivityConnection;
  /** One activity. NOT_FOUND for an unknown id; FORBIDDEN for another school's activity of a SCHOOL_ADMIN. */
  activity?: Maybe<Activity>;
  /** Alerts the viewer may read, newest first: a school's, a teacher's own, a parent's child's (filter.studentId), the district's. */
  alerts: AlertConnection;
  /** The audit trail of one record, newest first (whoever may read the record may read its trail). Events about records the viewer may not read are left out, and `totalCount` counts only the events the viewer reads. */
  auditEvents: AuditEventConnection;
  /** A child's authorized pickup persons (guardians see the codes). FORBIDDEN for a child the viewer may not follow, NOT_FOUND for no such child. */
  authorizedPickups: Array<AuthorizedPickup>;
  /** One bill; FORBIDDEN unless it is the viewer's (district, school admin, or the child's guardian). */
  bill?: Maybe<Bill>;
  /** Bills by school and month or by student (PARENT: their own children's only). Paged with `first` (1–100) and `after`. */
  bills: BillConnection;
  /**
   * The today board (今日看护看板) of one school and date: the school admin (own school), a teacher (the sessions they run
   * and their children; a duty leader the whole school), a provider user at a school it has a contract with (the roll-call
   * state of the sessions it runs, nothing else), the district admin. Parents, other providers and the public: FORBIDDEN.
   */
  careBoard: CareBoard;
  /** A school day's care log; null when none was written. Read by the school, its duty leaders and the district: anyone else gets FORBIDDEN. */
  careLog?: Maybe<CareLog>;
  /** A school's care logs (看护日志) of a date range, latest first: the school and its duty leaders, the district (anyone else: FORBIDDEN). At most 62 days. */
  careLogs: Array<CareLog>;
  /** The sessions (课次) the viewer takes roll call for on a date, in start order, each as its roll call or draft: a teacher's own activities; a school admin's school; a provider user's (机构老师) activities its provider runs, at every school — their children by given name and class only. Empty for other roles and on days without service. */
  careSessions: Array<RollCall>;
  /**
   * The district compliance overview (DISTRICT_ADMIN; a SCHOOL_ADMIN sees their own school's row). With `schoolYear`
   * (e.g. `2026-2027`) and optionally `semester` (1 or 2) the terms of that slot; without, each school's current term.
   */
  complianceOverview: ComplianceOverview;
  /** The compliance report of a school's term (DISTRICT_ADMIN, or that school's SCHOOL_ADMIN; FORBIDDEN otherwise). */
  complianceReport: ComplianceReport;
  /** One contract. NOT_FOUND for an unknown id; FORBIDDEN when the viewer may not read it. */
  contract?: Maybe<Contract>;
  /** Contracts, newest first (by end date when `endsOnOrBefore` is given). */
  contracts: ContractConnection;
  /** The dashboard (DISTRICT_ADMIN for the district or any school; SCHOOL_ADMIN for their school). */
  dashboard: Dashboard;
  /** A school's published disclosures, newest first (district; the school's admins and teachers; its families). Paged with `first` (1–100) and `after`. */
  disclosures: DisclosureConnection;
  /** The district board (全区今日看护) of a date: one row per school (at most 500 schools), counts only. District admin only. */
  districtCareBoard: Array<CareBoardSchoolRow>;
  /** The district policy. Readable by every signed-in user; UNAUTHENTICATED without a token. */
  districtPolicy: DistrictPolicy;
  /** A download link (valid for 5 minutes) for a document the viewer may read. */
  documentDownload: DocumentDownload;
  /** Documents of a provider or contract. */
  documents: Array<Document>;
  /** A school's duty rota (值班表); null when none is set or the viewer may not read it (the school, its staff, the district). */
  dutyRota?: Maybe<DutyRota>;
  /** One application. NOT_FOUND for an unknown id; FORBIDDEN when it is not the viewer's. */
  enrolmentApplication?: Maybe<EnrolmentApplication>;
  /** Applications in queue order (priority, then time): a school's, a class's or a child's. Paged with `first` (1–100) and `after`. */
  enrolmentApplications: EnrolmentApplicationConnection;
  /** A school's enrolment figures for a term (SCHOOL_ADMIN of the school, or DISTRICT_ADMIN). */
  enrolmentStatistics: EnrolmentStatistics;
  /** One evaluation. NOT_FOUND for an unknown id; FORBIDDEN when the viewer may not read it. */
  evaluation?: Maybe<Evaluation>;
  /** Evaluations, newest first. */
  evaluations: EvaluationConnection;
  /** The operating fund of a school and school year (DISTRICT_ADMIN, or that school's admin). */
  fundAllocation: FundAllocation;
  /** A child's handovers, latest first (at most 50). FORBIDDEN for a child the viewer may not follow, NOT_FOUND for no such child. */
  handovers: Array<Handover>;
  /** One inspection. NOT_FOUND for an unknown id; FORBIDDEN for another school's inspection of a SCHOOL_ADMIN and for provider users. */
  inspection?: Maybe<Inspection>;
  /** Inspections, newest first (DISTRICT_ADMIN; a SCHOOL_ADMIN their own school's). Paged with `first` (1–100) and `after`. */
  inspections: InspectionConnection;
  /** A child's leave requests, latest first (the child's guardians, class teacher, teachers and school). FORBIDDEN for a child the viewer may not follow, NOT_FOUND for no such child. */
  leaveRequests: Array<LeaveRequest>;
  /** Fetches any object by its global id (Relay object identification). Returns null, with a NOT_FOUND error, for an unknown id; FORBIDDEN when the viewer may not read it. */
  node?: Maybe<Node>;
  /** The viewer's notifications (the bell), newest first: a parent's, a teacher's, a school admin's. */
  notifications: NotificationConnection;
  /** One provider. SCHOOL_ADMIN: approved ones only; PROVIDER: its own. */
  provider?: Maybe<Provider>;
  /** One exit case (DISTRICT_ADMIN; SCHOOL_ADMIN for cases they opened or that affect their school). */
  providerExit?: Maybe<ProviderExit>;
  /** Exit cases, newest first. */
  providerExits: ProviderExitConnection;
  /** A provider's statement of a month: the district, the provider itself, a school admin (their school's lines). */
  providerStatement: ProviderStatement;
  /** Providers sorted by name. */
  providers: ProviderConnection;
  /** A published disclosure by its public code, without signing in (also on the public route). NOT_FOUND for an unknown code. */
  publicDisclosure: Disclosure;
  /**
   * The public view of a survey by access code — no sign-in needed. NOT_FOUND for an unknown code; a survey not yet
   * published answers INVALID_TRANSITION with `extensions.reason` SURVEY_NOT_OPEN (and nothing of the draft).
   */
  publicSurvey: PublicSurvey;
  /** The roll call of one session; a draft to its person in charge before it is taken; null (to others who may read it) when not taken yet. FORBIDDEN for a viewer who may not read it, NOT_FOUND for no such activity. */
  rollCall?: Maybe<RollCall>;
  /** One school. NOT_FOUND for an unknown id; FORBIDDEN for another school of a SCHOOL_ADMIN. */
  school?: Maybe<School>;
  /** One class. NOT_FOUND for an unknown id; FORBIDDEN for a class the viewer may not read. */
  schoolClass?: Maybe<SchoolClass>;
  /** A school's classes (班级) by grade and name. Paged with `first` (1–100) and `after`. */
  schoolClasses: SchoolClassConnection;
  /**
   * School term scores (学校学期得分) of a school year (`2026-2027`) and semester (1 or 2), one per school with a term
   * in that slot, by school code (DISTRICT_ADMIN; a SCHOOL_ADMIN gets their own school's).
   */
  schoolScores: Array<SchoolScore>;
  /**
   * Schools, sorted by code (default) or name, paged forward with `first` and `after`.
   * A SCHOOL_ADMIN sees only their own school.
   */
  schools: SchoolConnection;
  /** One staff member. NOT_FOUND for an unknown id; FORBIDDEN for another school's. */
  staffMember?: Maybe<StaffMember>;
  /** A school's staff (教职工) by name, or the holders of one duty. Paged with `first` (1–100) and `after`. */
  staffMembers: StaffMemberConnection;
  /** The stipend sheet of a school's month (DISTRICT_ADMIN, or that school's admin). */
  stipendSheet: StipendSheet;
  /**
   * One student, as the viewer may see them. A read of the full record by school staff writes a READ event to the
   * student's audit trail. NOT_FOUND for an unknown id; FORBIDDEN when the student is not the viewer's.
   */
  student?: Maybe<Student>;
  /** Students (学生): a class list, a school's students, a teacher's class or a guardian's children. Paged with `first` (1–100) and `after`. */
  students: StudentConnection;
  /** One survey. NOT_FOUND for an unknown id; FORBIDDEN when the viewer may not read it. */
  survey?: Maybe<Survey>;
  /**
   * Results (DISTRICT_ADMIN; SCHOOL_ADMIN for their school's surveys, and their school's slice of a published district-wide
   * survey — see `SurveyResults.schoolSlice`). Never readable anonymously.
   */
  surveyResults: SurveyResults;
  /** Surveys, newest first. */
  surveys: SurveyConnection;
  /** One term. NOT_FOUND for an unknown id; FORBIDDEN for another school's term of a SCHOOL_ADMIN. */
  term?: Maybe<Term>;
  /** Terms, newest school year first; with `filter.schoolId` the terms of one school. Paged forward with `first` and `after`. */
  terms: TermConnection;
  /** The signed-in user, or null when the request carries no valid token. */
  viewer?: Maybe<Viewer>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryAuthorizedPickupsArgs = {
  studentId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryBillArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryCareBoardArgs = {
  date: Scalars['Date']['input'];
  schoolId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryCareLogArgs = {
  date: Scalars['Date']['input'];
  schoolId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryCareLogsArgs = {
  from: Scalars['Date']['input'];
  schoolId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryCareSessionsArgs = {
  date: Scalars['Date']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryComplianceOverviewArgs = {
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  semester?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryComplianceReportArgs = {
  schoolId: Scalars['ID']['input'];
  termId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryDashboardArgs = {
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryDisclosuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisclosureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryDistrictCareBoardArgs = {
  date: Scalars['Date']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryDocumentDownloadArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryDocumentsArgs = {
  ownerId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryDutyRotaArgs = {
  schoolId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryEnrolmentApplicationArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryEnrolmentApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnrolmentApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryEnrolmentStatisticsArgs = {
  schoolId: Scalars['ID']['input'];
  termId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryEvaluationArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryFundAllocationArgs = {
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['String']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryHandoversArgs = {
  studentId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryLeaveRequestsArgs = {
  studentId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryProviderArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryProviderExitArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryProviderExitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderExitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryProviderStatementArgs = {
  month: Scalars['String']['input'];
  providerId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryPublicDisclosureArgs = {
  accessCode: Scalars['String']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryPublicSurveyArgs = {
  accessCode: Scalars['String']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryRollCallArgs = {
  activityId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QuerySchoolArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QuerySchoolClassArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QuerySchoolClassesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SchoolClassFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QuerySchoolScoresArgs = {
  schoolYear: Scalars['String']['input'];
  semester: Scalars['Int']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QuerySchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SchoolFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SchoolOrder>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryStipendSheetArgs = {
  month: Scalars['String']['input'];
  schoolId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryStudentArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StudentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QuerySurveyResultsArgs = {
  groupBy?: InputMaybe<SurveyGroupBy>;
  surveyId: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QuerySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryTermArgs = {
  id: Scalars['ID']['input'];
};


/** The read operations. Every list is a connection paged forward with `first` (1–100, default 20) and `after`. */
export type QueryTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TermFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Kind of question (题型). */
export type QuestionKind =
  /** Multiple choice (多选题): any number of options. */
  | 'MULTI_CHOICE'
  /** Rating (评分题): from 1 (very dissatisfied) to 5 (very satisfied); 4 and 5 count as satisfied. */
  | 'RATING'
  /** Single choice (单选题): exactly one option. */
  | 'SINGLE_CHOICE'
  /** Free text (填空题): at most 1000 characters; please do not ask for names. Phone and ID card numbers in answers are masked before storing. */
  | 'TEXT';

/** Results of one question. */
export type QuestionResult = {
  __typename?: 'QuestionResult';
  /** Its kind. */
  kind: QuestionKind;
  /** RATING: mean of the ratings (null without ratings). */
  meanRating?: Maybe<Scalars['Float']['output']>;
  /** Choice counts, or the distribution of ratings 1–5 (empty when `withheld`). */
  options: Array<OptionCount>;
  /** The question. */
  questionId: Scalars['ID']['output'];
  /** Answers to this question. */
  responseCount: Scalars['Int']['output'];
  /** RATING: share of 4–5 ratings, 0–1. */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** Its text. */
  text: Scalars['String']['output'];
  /** True in a school's slice when fewer than `SurveyResults.minimumAnswers` answered this question: no figures are given. */
  withheld: Scalars['Boolean']['output'];
};

/** An evaluation (考核评价) to record. */
export type RecordEvaluationInput = {
  /** Date of the evaluation. */
  date: Scalars['Date']['input'];
  /** Who evaluated (name), 1 to at most 40 characters. */
  evaluator: Scalars['String']['input'];
  /** Findings in prose, at most 4000 characters. */
  findings?: InputMaybe<Scalars['String']['input']>;
  /** How it was evaluated. */
  kind: EvaluationKind;
  /** The provider evaluated. */
  providerId: Scalars['ID']['input'];
  /** The school where it was evaluated. */
  schoolId: Scalars['ID']['input'];
  /** Scores per criterion, each criterion at most once. */
  scores: Array<CriterionScoreInput>;
  /** The evaluation this one corrects (same provider and school). */
  supersedesId?: InputMaybe<Scalars['ID']['input']>;
  /** Total 0–100; defaults to the rounded mean of `scores`. */
  total?: InputMaybe<Scalars['Int']['input']>;
};

/** A handover as the teacher's page records it (today). */
export type RecordHandoverInput = {
  /** SEGMENT: from which activity (required); RELEASE: optional. */
  fromActivityId?: InputMaybe<Scalars['ID']['input']>;
  /** SEGMENT or RELEASE. */
  kind: HandoverKind;
  /** RELEASE: the pickup person's six-digit code (接送码; at most 12 characters are read); any other code is refused with FORBIDDEN and nothing is recorded. */
  pickupCode?: InputMaybe<Scalars['String']['input']>;
  /** The student (学生). */
  studentId: Scalars['ID']['input'];
  /** SEGMENT: to which activity (required). */
  toActivityId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new inspection of a school. */
export type RecordInspectionInput = {
  /** When it took place: not in the future, inside one of the school's terms. */
  date: Scalars['Date']['input'];
  /** Findings (at most 50); none is fine. */
  findings?: InputMaybe<Array<InspectionFindingInput>>;
  /** Inspectors' names (督查人员), 1–10 names, each at most 40 characters. */
  inspectors: Array<Scalars['String']['input']>;
  /** The inspected school. */
  schoolId: Scalars['ID']['input'];
  /** Score 0–100. */
  score: Scalars['Int']['input'];
  /** Overall remarks (at most 1000 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** A roll call as the person in charge submits it (also from a phone's offline queue). */
export type RecordRollCallInput = {
  /** The activity (活动). */
  activityId: Scalars['ID']['input'];
  /** The session's date: a service day of the term on which the activity runs, not in the future. */
  date: Scalars['Date']['input'];
  /** To correct a recorded roll call: the version read. Omitted: the first submission of the session (CONFLICT with the current marks if one exists). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A key the client makes per submission (at least 8, at most 64 characters: letters, digits, - or _; a UUID will do): a retry with the same key never records twice and returns the roll call as it stands. */
  idempotencyKey: Scalars['String']['input'];
  /** At most 500 marks, one per child; rostered children on leave left out are marked LEAVE. */
  marks: Array<RollCallMarkInput>;
};

/** A file to upload. */
export type RequestDocumentUploadInput = {
  /** application/pdf, image/jpeg or image/png (at most 100 characters). */
  contentType: Scalars['String']['input'];
  /** The file's name without a path, 1 to at most 80 characters (storage keeps names under 255 bytes). */
  fileName: Scalars['String']['input'];
  /** A provider or contract id the viewer may change (PROVIDER users: their own provider). */
  ownerId: Scalars['ID']['input'];
  /** Bytes, 1 to 10 485 760. */
  size: Scalars['Int']['input'];
};

/** A leave request (请假). */
export type RequestLeaveInput = {
  /** First day; a parent asks from today on, the class teacher or school up to 7 days back. */
  from: Scalars['Date']['input'];
  /** Why (请假原因), not empty, at most 200 characters. */
  reason: Scalars['String']['input'];
  /** The student: one of the parent's children, or of the class teacher's class. */
  studentId: Scalars['ID']['input'];
  /** Last day (inclusive), at most 31 days after the first. */
  to: Scalars['Date']['input'];
};

/**
 * A respondent key (答卷密钥) for one device or browser and one survey, issued by the server. The public page asks for
 * it once per survey, keeps it (e.g. in localStorage) and sends it as `respondentKey` with every answer; answering again
 * with the same key replaces the earlier answer instead of counting twice.
 */
export type RespondentKey = {
  __typename?: 'RespondentKey';
  /**
   * The signed key (about 50 letters, digits, `.`, `-` and `_`). Only keys issued by `issueRespondentKey` for this
   * survey are accepted; the server stores neither the key nor anything about who asked for it.
   */
  key: Scalars['String']['output'];
};

/** A review decision (审核结论). */
export type ReviewDecision =
  /** Approve: the provider joins the whitelist (APPROVED). */
  | 'APPROVE'
  /** Reject: the provider becomes REJECTED. */
  | 'REJECT';

/** The role of a signed-in user. It comes from the `cognito:groups` claim of the user's token. */
export type Role =
  /** District office staff (区教育局): may read and change everything. */
  | 'DISTRICT_ADMIN'
  /** Parent (家长): a guardian on the phone pages; reads only their linked children. Claim `custom:guardianId`. */
  | 'PARENT'
  /** Outside provider's user (校外机构): reads its own provider, contracts and evaluations. */
  | 'PROVIDER'
  /** School administrator (学校管理员): may read and change only the records of the school in `Viewer.schoolId`. */
  | 'SCHOOL_ADMIN'
  /** Teacher (教师): a staff member on the phone pages — class teacher (班主任), activity staff or duty leader. Claims `custom:staffId` and `custom:schoolId`. */
  | 'TEACHER';

/**
 * A roll call (点名) of one activity session: one activity on one date, a mark per rostered child, who took it and
 * when. Before it is taken, `rollCall(activityId:, date:)` returns a draft (`recorded: false`, version 0) to its person
 * in charge: every rostered child PRESENT, or LEAVE where a leave request covers the date. A parent sees only their
 * own children's marks; a class teacher only their class's.
 */
export type RollCall = Node & {
  __typename?: 'RollCall';
  /** The activity as the viewer may see it. */
  activity?: Maybe<Activity>;
  /** The activity (活动). */
  activityId: Scalars['ID']['output'];
  /** The session's date (school-local). */
  date: Scalars['Date']['output'];
  /** Globally unique id (derived from the activity and the date: one roll call per session). */
  id: Scalars['ID']['output'];
  /** The marks, in roster order on a draft, in submission order once recorded. */
  marks: Array<RollCallMark>;
  /** Whether it has been recorded (false: a draft to start from). */
  recorded: Scalars['Boolean']['output'];
  /** When it was taken (or, on a draft, when the draft was made). */
  takenAt: Scalars['DateTime']['output'];
  /** Who took it (the user's id); empty on a draft. */
  takenBy: Scalars['String']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to correct the roll call. 0 on a draft. */
  version: Scalars['Int']['output'];
};

/** One child's mark in a roll call. */
export type RollCallMark = {
  __typename?: 'RollCallMark';
  /** The mark. */
  status: MarkStatus;
  /** The student as the viewer may see them (null when not readable). */
  student?: Maybe<Student>;
  /** The student (学生). */
  studentId: Scalars['ID']['output'];
};

/** A mark as submitted. */
export type RollCallMarkInput = {
  /** The mark; ABSENT becomes LEAVE for a child with leave that day. */
  status: MarkStatus;
  /** The student (学生), who must be on the activity's roster. */
  studentId: Scalars['ID']['input'];
};

/** A school (学校) of the district. `code` is unique in the district. School admins see only their own school. */
export type School = Node & {
  __typename?: 'School';
  /** Postal address, if recorded. */
  address?: Maybe<Scalars['String']['output']>;
  /** District school code, unique in the district (letters, digits and dashes, 2–32 characters, stored upper case). */
  code: Scalars['String']['output'];
  /** When the school was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The school's duty rota (值班表); null when none is set or the viewer may not read it (the school, its staff, the district). */
  dutyRota?: Maybe<DutyRota>;
  /** Grades the school serves (1–9). */
  grades: Array<Scalars['Int']['output']>;
  /** Globally unique id (`sch_…`). */
  id: Scalars['ID']['output'];
  /** The after-school leadership group (领导小组). */
  leadershipGroup: Array<LeadershipMember>;
  /** Full name (e.g. 实验小学). */
  name: Scalars['String']['output'];
  /** Who runs the school. */
  ownership: Ownership;
  /** Pickup slots per grade band. */
  pickupSlots: Array<PickupSlot>;
  /** The principal, first person responsible (第一责任人). */
  principal?: Maybe<Scalars['String']['output']>;
  /** Enrolled students. */
  studentCount: Scalars['Int']['output'];
  /** The school's terms, newest school year first. */
  terms: TermConnection;
  /** School type. */
  type: SchoolType;
  /** When the school was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateSchool`. */
  version: Scalars['Int']['output'];
};


/** A school (学校) of the district. `code` is unique in the district. School admins see only their own school. */
export type SchoolTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A class (班级) of a school, e.g. 三年级2班, with its class teacher (班主任). */
export type SchoolClass = Node & {
  __typename?: 'SchoolClass';
  /** The class teacher, resolved (null when the viewer may not read staff records). */
  classTeacher?: Maybe<StaffMember>;
  /** The class teacher (班主任), a staff member of the school. */
  classTeacherId?: Maybe<Scalars['ID']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Grade (年级), 1–9; fixed once the class has students. */
  grade: Scalars['Int']['output'];
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** Name (班级名称), unique in the school, at most 20 characters. */
  name: Scalars['String']['output'];
  /** The school, resolved. */
  school?: Maybe<School>;
  /** The school (学校). */
  schoolId: Scalars['ID']['output'];
  /** Active students of the class (在读人数), kept by the database. */
  studentCount: Scalars['Int']['output'];
  /** The class list (学生名单) by name, as the viewer may see it. */
  students: StudentConnection;
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateSchoolClass`. */
  version: Scalars['Int']['output'];
};


/** A class (班级) of a school, e.g. 三年级2班, with its class teacher (班主任). */
export type SchoolClassStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StudentStatus>;
};

/** A page of classes (Relay connection, plus `nodes` and `totalCount`). */
export type SchoolClassConnection = {
  __typename?: 'SchoolClassConnection';
  /** The edges of this page. */
  edges: Array<SchoolClassEdge>;
  /** The classes of this page, same order as `edges`. */
  nodes: Array<SchoolClass>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of classes matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a class connection. */
export type SchoolClassEdge = {
  __typename?: 'SchoolClassEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The class. */
  node: SchoolClass;
};

/** Filters for `schoolClasses` (by grade, then name). A DISTRICT_ADMIN names the school; others get their own. */
export type SchoolClassFilter = {
  /** Only the classes of this class teacher (班主任). */
  classTeacherId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this grade (年级). */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Only these records (at most 100). Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The school (学校). */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};

/** A school whose current term has compliance findings. */
export type SchoolComplianceSummary = {
  __typename?: 'SchoolComplianceSummary';
  /** Number of findings. */
  issueCount: Scalars['Int']['output'];
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** Its name. */
  schoolName: Scalars['String']['output'];
  /** The term checked. */
  termId: Scalars['ID']['output'];
};

/** A page of schools (Relay connection, plus `nodes` and `totalCount`). */
export type SchoolConnection = {
  __typename?: 'SchoolConnection';
  /** The schools of this page with their cursors. */
  edges: Array<SchoolEdge>;
  /** The schools of this page, same order as `edges`. */
  nodes: Array<School>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of schools matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a school connection. */
export type SchoolEdge = {
  __typename?: 'SchoolEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The school. */
  node: School;
};

/** Filters for `schools`. All given filters must match. */
export type SchoolFilter = {
  /** Only these schools (at most 100 ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only schools with this ownership. */
  ownership?: InputMaybe<Ownership>;
  /** Matches schools whose name contains, or whose code starts with, this text (at most 100 characters). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Only schools of this type. */
  type?: InputMaybe<SchoolType>;
};

/** Sort order of `schools`; default CODE ascending. */
export type SchoolOrder = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: SchoolOrderField;
};

/** Sortable school fields. */
export type SchoolOrderField =
  /** By district school code. */
  | 'CODE'
  /** By name. */
  | 'NAME';

/** Satisfaction of one school in the latest district satisfaction survey. */
export type SchoolSatisfaction = {
  __typename?: 'SchoolSatisfaction';
  /** Answers from this school. */
  responseCount: Scalars['Int']['output'];
  /** Share of 4–5 ratings, 0–1 (null without ratings). */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** Its name. */
  schoolName: Scalars['String']['output'];
};

/**
 * A school's term score (学校学期得分, 督导评估): inspections, compliance and satisfaction, weighed by the district
 * policy's `schoolScoreWeights`. Parts: inspection = mean inspection score − `overdueFindingPenalty` per overdue
 * finding (0–100); compliance = 100 × PASSED ÷ (PASSED + FAILED) rules of the term; satisfaction = 100 × the share of
 * 4–5 ratings in the latest satisfaction survey of the term. `total` = Σ weight × part ÷ Σ weight over the parts that
 * are not null. All rounded to one decimal.
 */
export type SchoolScore = {
  __typename?: 'SchoolScore';
  /** Compliance part, 0–100; null when no rule could be checked. */
  complianceScore?: Maybe<Scalars['Float']['output']>;
  /** Inspections of the term. */
  inspectionCount: Scalars['Int']['output'];
  /** Inspection part, 0–100; null without inspections. */
  inspectionScore?: Maybe<Scalars['Float']['output']>;
  /** Findings still open after their deadline (each costs `overdueFindingPenalty` points). */
  overdueFindingCount: Scalars['Int']['output'];
  /** Answers behind the satisfaction part. */
  satisfactionResponseCount: Scalars['Int']['output'];
  /** Satisfaction part, 0–100; null without survey answers. */
  satisfactionScore?: Maybe<Scalars['Float']['output']>;
  /** The survey the satisfaction part comes from (null for a district survey when a SCHOOL_ADMIN asks). */
  satisfactionSurveyId?: Maybe<Scalars['ID']['output']>;
  /** The school, resolved. */
  school: School;
  /** The school scored. */
  schoolId: Scalars['ID']['output'];
  /** The term, resolved. */
  term: Term;
  /** The school's term the score is for. */
  termId: Scalars['ID']['output'];
  /** The weighted total, 0–100; null when no part has data. */
  total?: Maybe<Scalars['Float']['output']>;
  /** The weights used (from the district policy). */
  weights: SchoolScoreWeightsUsed;
};

/**
 * Weights of the three parts of a school term score (督导评估), each 0–100 (relative: they need not add up to 100;
 * at least one is above 0). A part without data for a school is left out and the others are weighed alone.
 */
export type SchoolScoreWeights = {
  __typename?: 'SchoolScoreWeights';
  /** Weight of the compliance score (合规检查). */
  compliance: Scalars['Int']['output'];
  /** Weight of the inspection score (专项督查). */
  inspection: Scalars['Int']['output'];
  /** Weight of the satisfaction score (满意度). */
  satisfaction: Scalars['Int']['output'];
};

/** New weights of the school term score, each 0–100, at least one above 0. */
export type SchoolScoreWeightsInput = {
  /** Weight of the compliance score (合规检查), 0–100. */
  compliance: Scalars['Int']['input'];
  /** Weight of the inspection score (专项督查), 0–100. */
  inspection: Scalars['Int']['input'];
  /** Weight of the satisfaction score (满意度), 0–100. */
  satisfaction: Scalars['Int']['input'];
};

/** The weights a school term score used (from the district policy). */
export type SchoolScoreWeightsUsed = {
  __typename?: 'SchoolScoreWeightsUsed';
  /** Weight of the compliance part (合规检查). */
  compliance: Scalars['Int']['output'];
  /** Weight of the inspection part (专项督查). */
  inspection: Scalars['Int']['output'];
  /** Weight of the satisfaction part (满意度). */
  satisfaction: Scalars['Int']['output'];
};

/** Evaluation standing of a provider at one school. */
export type SchoolStanding = {
  __typename?: 'SchoolStanding';
  /** Mean total of the evaluations at this school (corrections replace what they supersede). */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** Number of current evaluations at this school. */
  evaluationCount: Scalars['Int']['output'];
  /** Total of the latest (by date) evaluation at this school. */
  latestScore?: Maybe<Scalars['Int']['output']>;
  /** The school, resolved. */
  school?: Maybe<School>;
  /** The school. */
  schoolId: Scalars['ID']['output'];
};

/** School type (学校类型). */
export type SchoolType =
  /** Junior secondary school, grades 7–9 (初中). */
  | 'JUNIOR'
  /** Nine-year school, grades 1–9 (九年一贯制). */
  | 'NINE_YEAR'
  /** Primary school, grades 1–6 (小学). */
  | 'PRIMARY';

/** Format of the service (三段式服务). */
export type ServiceSegment =
  /** Class service (班级服务): one class. */
  | 'CLASS'
  /** Grade service (年级服务): a grade, mixed classes. */
  | 'GRADE'
  /** School service (校级服务): the whole school. */
  | 'SCHOOL';

/** Where a session's roll call stands on the board (点名状态). */
export type SessionRollCallState =
  /** Not taken 15 minutes after the session started, or on a past day (未点名). */
  | 'MISSING'
  /** Not taken yet and not yet due: less than 15 minutes after the start (未到点名时间). */
  | 'NOT_YET_DUE'
  /** Taken (已点名). */
  | 'TAKEN';

/** Sort direction of a list. */
export type SortDirection =
  /** Ascending: smallest first (A→Z, oldest first). */
  | 'ASC'
  /** Descending: largest first (Z→A, newest first). */
  | 'DESC';

/** A certificate of a provider staff member (从业证书). */
export type StaffCertificate = {
  __typename?: 'StaffCertificate';
  /** E.g. 教练员证, 教师资格证. */
  certificateType: Scalars['String']['output'];
  /** Certificate number. */
  number: Scalars['String']['output'];
  /** Last day it is valid, if it expires. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A staff certificate (从业证书) to store. */
export type StaffCertificateInput = {
  /** Certificate type, 1 to at most 40 characters. */
  certificateType: Scalars['String']['input'];
  /** Certificate number, 1 to at most 60 characters. */
  number: Scalars['String']['input'];
  /** Last day it is valid, if it expires. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** What a staff member does in after-school service (职责). A member may hold several. */
export type StaffDuty =
  /** Class teacher (班主任): reviews the class's applications (班级审核). */
  | 'CLASS_TEACHER'
  /** Duty leader (值班领导): writes the day's care log, handles pickups not collected. */
  | 'DUTY_LEADER'
  /** School administrator (学校管理员) of after-school service. */
  | 'SCHOOL_ADMIN'
  /** Teacher or carer (任课/看护教师) running activities. */
  | 'TEACHER';

/**
 * A staff member (教职工) of a school. An activity's person in charge is a staff member (`Activity.staffId`) or a
 * provider. Colleagues (TEACHER) see names and duties only; the phone is for the school's admins.
 */
export type StaffMember = Node & {
  __typename?: 'StaffMember';
  /** False for former staff (离职): they run no new activity and sign in to nothing. */
  active: Scalars['Boolean']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Duties (职责), in a fixed order. */
  duties: Array<StaffDuty>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** Full name (姓名), at most 40 characters. */
  name: Scalars['String']['output'];
  /** Phone (电话); null when the viewer may not see it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The school, resolved. */
  school?: Maybe<School>;
  /** The school (学校) the member works at. */
  schoolId: Scalars['ID']['output'];
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateStaffMember`. */
  version: Scalars['Int']['output'];
};

/** A page of staff (Relay connection, plus `nodes` and `totalCount`). */
export type StaffMemberConnection = {
  __typename?: 'StaffMemberConnection';
  /** The edges of this page. */
  edges: Array<StaffMemberEdge>;
  /** The staff of this page, same order as `edges`. */
  nodes: Array<StaffMember>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of staff matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a staff connection. */
export type StaffMemberEdge = {
  __typename?: 'StaffMemberEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The staff member. */
  node: StaffMember;
};

/** Filters for `staffMembers`. A DISTRICT_ADMIN names the school; school admins and teachers get their own. */
export type StaffMemberFilter = {
  /** Only active (true) or former (false) staff. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only holders of this duty (职责), e.g. the duty leaders. */
  duty?: InputMaybe<StaffDuty>;
  /** Only these records (at most 100). Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name contains this text (at most 100 characters). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** The school (学校) whose staff to list. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A correction to a confirmed stipend sheet (调整), added after confirmation; never an edit of a row. Read by whoever
 * may read the sheet, also by `node(id:)`.
 */
export type StipendAdjustment = Node & {
  __typename?: 'StipendAdjustment';
  /** In decimal yuan (元) with two decimals; negative for a deduction. */
  amount: Scalars['Float']['output'];
  /** When the line was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique id, derived from the sheet's; `node(id:)` returns the line to whoever may read the sheet. */
  id: Scalars['ID']['output'];
  /** Why the correction was made. */
  reason: Scalars['String']['output'];
  /** The staff member, if on the staff list. */
  staffId?: Maybe<Scalars['ID']['output']>;
  /** The person's name. */
  staffName: Scalars['String']['output'];
};

/** One person's stipend of a month: sessions with a recorded roll call × their hours × the rate. */
export type StipendRow = {
  __typename?: 'StipendRow';
  /** `rate × hours`, in decimal yuan (元) with two decimals, rounded to the fen. */
  amount: Scalars['Float']['output'];
  /** Hours of those sessions (minutes / 60, up to two decimals). */
  hours: Scalars['Float']['output'];
  /** Sessions held with a recorded roll call (据实). */
  sessions: Scalars['Int']['output'];
  /** The staff member (教职工); null for a person in charge who is not on the staff list (named on the activity). */
  staffId?: Maybe<Scalars['ID']['output']>;
  /** The person's name (教职工姓名, not a child's). */
  staffName: Scalars['String']['output'];
};

/**
 * A school's stipend sheet of a month (课时补助表, 篇二 \"每课时85元…据实发放\"): each person in charge's sessions that have a
 * recorded roll call, × hours × `teacherRatePerHour`; a session without a roll call pays nothing, provider-run sessions
 * are on the provider's statement. DRAFT until the school confirms it. Readable by the district and that school's admin.
 */
export type StipendSheet = Node & {
  __typename?: 'StipendSheet';
  /** Corrections added after confirmation, oldest first. */
  adjustments: Array<StipendAdjustment>;
  /** When the sheet was confirmed; null while DRAFT. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Derived from school and month; pass it to `confirmStipendSheet` and `addStipendAdjustment`. */
  id: Scalars['ID']['output'];
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** Rate per class hour in decimal yuan (元) with two decimals: the policy's now while DRAFT, the one confirmed with afterwards. */
  rate: Scalars['Float']['output'];
  /** One row per person in charge. */
  rows: Array<StipendRow>;
  /** The school. */
  schoolId: Scalars['ID']['output'];
  /** DRAFT or CONFIRMED. */
  status: StipendSheetStatus;
  /** Rows plus adjustments, in decimal yuan (元) with two decimals, exact to the fen. */
  total: Scalars['Float']['output'];
  /** 0 while DRAFT; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** Where a stipend sheet or a provider statement stands (课时补助表、对账单状态). */
export type StipendSheetStatus =
  /** Locked (已确认) — a stipend sheet by the school, a provider statement by the district: rows never change; corrections are adjustment lines. */
  | 'CONFIRMED'
  /** Computed from the roll calls each time it is read (草稿). */
  | 'DRAFT';

/**
 * A student (学生). Minimal data only: no ID-card numbers, no addresses (个人信息保护法). Read in full by the school's
 * admins, the class teacher and the linked guardians; a provider sees only the given name and class of children on
 * its rosters. Reads of the full record by school staff are recorded in the audit trail.
 */
export type Student = Node & {
  __typename?: 'Student';
  /** The activities the student is on the roster of (the child's week), optionally of one term, in timetable order. */
  activities: Array<Activity>;
  /** The student's applications (课后服务申请), newest term last; optionally of one term. */
  applications: Array<EnrolmentApplication>;
  /** The class (班级). */
  classId: Scalars['ID']['output'];
  /** The class name (班级名称), e.g. 三年级2班. */
  className?: Maybe<Scalars['String']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Gender (性别); null when unknown or not shown to the viewer. */
  gender?: Maybe<Gender>;
  /** Grade (年级), 1–9, from the class. */
  grade: Scalars['Int']['output'];
  /** Guardian contacts (监护人); empty when not shown to the viewer. */
  guardians: Array<StudentGuardian>;
  /** Family in hardship (家庭困难): places first, fee discount; null when not shown to the viewer. */
  hardship?: Maybe<Scalars['Boolean']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** Left-behind child (留守儿童), offered places first; null when not shown to the viewer. */
  leftBehind?: Maybe<Scalars['Boolean']['output']>;
  /** The day the student left (离校日期), for LEFT students. */
  leftOn?: Maybe<Scalars['Date']['output']>;
  /** The name for public posting (公示), e.g. 张*明. */
  maskedName: Scalars['String']['output'];
  /** Name (姓名); a provider sees the given name only (张小明 → 小明). */
  name: Scalars['String']['output'];
  /** The school, resolved (null when the viewer may not read it). */
  school?: Maybe<School>;
  /** The class, resolved (null when the viewer may not read class records). */
  schoolClass?: Maybe<SchoolClass>;
  /** The school (学校). */
  schoolId: Scalars['ID']['output'];
  /** At the school or left. */
  status: StudentStatus;
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateStudent`. */
  version: Scalars['Int']['output'];
};


/**
 * A student (学生). Minimal data only: no ID-card numbers, no addresses (个人信息保护法). Read in full by the school's
 * admins, the class teacher and the linked guardians; a provider sees only the given name and class of children on
 * its rosters. Reads of the full record by school staff are recorded in the audit trail.
 */
export type StudentActivitiesArgs = {
  termId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * A student (学生). Minimal data only: no ID-card numbers, no addresses (个人信息保护法). Read in full by the school's
 * admins, the class teacher and the linked guardians; a provider sees only the given name and class of children on
 * its rosters. Reads of the full record by school staff are recorded in the audit trail.
 */
export type StudentApplicationsArgs = {
  termId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of students (Relay connection, plus `nodes` and `totalCount`). */
export type StudentConnection = {
  __typename?: 'StudentConnection';
  /** The edges of this page. */
  edges: Array<StudentEdge>;
  /** The students of this page, same order as `edges`. */
  nodes: Array<Student>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of students matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a student connection. */
export type StudentEdge = {
  __typename?: 'StudentEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The student. */
  node: Student;
};

/**
 * Filters for `students`. A class list comes from `classId` (sorted by name); a school's students from `schoolId`
 * (by grade, class and name). Teachers list their own classes; guardians get their linked children.
 */
export type StudentFilter = {
  /** The class (班级). With `schoolId`, a class of another school is BAD_USER_INPUT (`filter.schoolId`, WRONG_RECORD). */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this grade (年级). */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Only families in hardship (家庭困难), or only the others. */
  hardship?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these records (at most 100). Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only left-behind children (留守儿童), or only the others. */
  leftBehind?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this text (at most 100 characters). */
  q?: InputMaybe<Scalars['String']['input']>;
  /** The school (学校). */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only students at the school, or only those who left. */
  status?: InputMaybe<StudentStatus>;
};

/** A guardian contact (监护人) of a student as the school keeps it; a guardian account that links the child joins it. */
export type StudentGuardian = {
  __typename?: 'StudentGuardian';
  /** True when this contact signed in and linked the child (已绑定). */
  linked: Scalars['Boolean']['output'];
  /** Name (姓名). */
  name: Scalars['String']['output'];
  /** Phone (电话): in full for the class teacher and the school admin, masked (138****8000) for everyone else. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Relation to the child (关系), e.g. 母亲. */
  relation?: Maybe<Scalars['String']['output']>;
};

/** One row of a class list (班级名单) as schools keep it in spreadsheets: 班级, 姓名, 性别, 监护人, 电话, 留守, 困难. */
export type StudentImportRow = {
  /** Class name (班级), e.g. 三年级2班, at most 20 characters; the class must exist at the school. */
  className: Scalars['String']['input'];
  /** Gender (性别). */
  gender?: InputMaybe<Gender>;
  /** Guardian name (监护人), at most 40 characters. */
  guardianName?: InputMaybe<Scalars['String']['input']>;
  /** Guardian phone (电话), a mobile or a landline with area code, at most 20 characters. */
  guardianPhone?: InputMaybe<Scalars['String']['input']>;
  /** Relation of the guardian (关系), e.g. 母亲, at most 20 characters. */
  guardianRelation?: InputMaybe<Scalars['String']['input']>;
  /** Family in hardship (困难). */
  hardship?: InputMaybe<Scalars['Boolean']['input']>;
  /** Left-behind child (留守). */
  leftBehind?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name (姓名), 1 to at most 40 characters. */
  name: Scalars['String']['input'];
};

/** Whether a student is at the school (在读) or has left (离校). */
export type StudentStatus =
  /** At the school (在读). */
  | 'ACTIVE'
  /** Left the school (离校): deleted after the district's `studentDataRetentionMonths`. */
  | 'LEFT';

/** Who entered an application. */
export type SubmissionChannel =
  /** The guardian on the phone pages (家长提交). */
  | 'GUARDIAN'
  /** The school from a paper form (学校代录). */
  | 'SCHOOL';

/**
 * A parents' questionnaire (问卷), answered anonymously with its `accessCode` on the public page. Results are
 * aggregated as answers arrive (never by scanning the answers), so reading them costs the same at 100 000 answers as
 * at 10.
 */
export type Survey = Node & {
  __typename?: 'Survey';
  /** Unguessable code for the public answering page (`/s/<accessCode>` in the console). */
  accessCode: Scalars['String']['output'];
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique id (`srv_…`). */
  id: Scalars['ID']['output'];
  /** Introduction shown above the questions, if any. */
  intro?: Maybe<Scalars['String']['output']>;
  /** What it asks about. */
  kind: SurveyKind;
  /** When it was published. */
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The same survey in an earlier term, for comparison. */
  previousSurveyId?: Maybe<Scalars['ID']['output']>;
  /** The questions, in the order shown. */
  questions: Array<SurveyQuestion>;
  /** Answers received so far (from the aggregates); for a school's slice, the answers given for that school. */
  responseCount: Scalars['Int']['output'];
  /** The school the survey belongs to (SCHOOL scope, or the activity's school); null for district-wide surveys. */
  schoolId?: Maybe<Scalars['ID']['output']>;
  /**
   * Set when the viewer reads this district-wide survey as their school's slice (全区问卷的本校部分: a school admin):
   * the school whose answers `responseCount` and `surveyResults` then cover. Null for the survey's own readers.
   */
  schoolSlice?: Maybe<Scalars['ID']['output']>;
  /** Whom it is about. */
  scope: SurveyScope;
  /** The school, provider or activity the survey is about (null for DISTRICT). */
  scopeId?: Maybe<Scalars['ID']['output']>;
  /** Lifecycle status. */
  status: SurveyStatus;
  /** The term it belongs to, if given. */
  termId?: Maybe<Scalars['ID']['output']>;
  /** Title shown to parents. */
  title: Scalars['String']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateSurvey` and the workflow mutations. */
  version: Scalars['Int']['output'];
};

/** One answer (回答). */
export type SurveyAnswerInput = {
  /** SINGLE_CHOICE (exactly one) / MULTI_CHOICE: option labels as shown, each at most 60 characters. */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The question answered. */
  questionId: Scalars['ID']['input'];
  /** RATING: 1–5. */
  rating?: InputMaybe<Scalars['Int']['input']>;
  /** TEXT: the answer, at most 1000 characters. Stored with phone numbers, ID card numbers and other runs of 11+ digits replaced by a note (e.g. [手机号已隐去]). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A page of surveys (Relay connection, plus `nodes` and `totalCount`). */
export type SurveyConnection = {
  __typename?: 'SurveyConnection';
  /** The surveys of this page with their cursors. */
  edges: Array<SurveyEdge>;
  /** The surveys of this page, same order as `edges`. */
  nodes: Array<Survey>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of surveys matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a survey connection. */
export type SurveyEdge = {
  __typename?: 'SurveyEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The survey. */
  node: Survey;
};

/**
 * Filters for `surveys` (newest first). A school admin lists their school's surveys; with `scope: DISTRICT`, the published
 * district-wide surveys instead, each as their school's slice.
 */
export type SurveyFilter = {
  /** Only surveys of this kind. */
  kind?: InputMaybe<SurveyKind>;
  /** Only surveys of this school (a SCHOOL_ADMIN's own). */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only surveys of this scope. */
  scope?: InputMaybe<SurveyScope>;
  /** Only surveys in this status. */
  status?: InputMaybe<SurveyStatus>;
  /** Only surveys of this term. */
  termId?: InputMaybe<Scalars['ID']['input']>;
};

/** How results are grouped. */
export type SurveyGroupBy =
  /** Per timetable activity (排片). */
  | 'ACTIVITY'
  /** Per grade (年级). */
  | 'GRADE'
  /** Per outside provider (校外机构). */
  | 'PROVIDER'
  /** Per school (学校). */
  | 'SCHOOL';

/** Results of one group (a school, provider, activity or grade). */
export type SurveyGroupResult = {
  __typename?: 'SurveyGroupResult';
  /** The grade (年级), 1–9, when grouped by GRADE: `label` in Chinese is `<grade>年级`. Null for other groupings. */
  grade?: Maybe<Scalars['Int']['output']>;
  /** The group's key, e.g. `school:sch_…` or `grade:3`. */
  key: Scalars['String']['output'];
  /** The group's name as shown (a school's, provider's or activity's name; `3年级` for a grade: word it from `grade`). */
  label: Scalars['String']['output'];
  /** Answers in the group. */
  responseCount: Scalars['Int']['output'];
  /** Share of 4–5 among the group's ratings, 0–1 (null without ratings). */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** True in a school's slice when the group has fewer than `SurveyResults.minimumAnswers` answers (no rate is given). */
  withheld: Scalars['Boolean']['output'];
};

/** What a survey asks about (问卷类型). */
export type SurveyKind =
  /** Demand survey (需求征询): what families want (at least one per semester); must not pressure families. */
  | 'DEMAND'
  /** Satisfaction survey (满意度调查): ratings of a service; low results can open a provider exit case. */
  | 'SATISFACTION';

/** A question of a survey. */
export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  /** Stable id within the survey (answers refer to it). */
  id: Scalars['ID']['output'];
  /** Kind of question. */
  kind: QuestionKind;
  /** Option labels for SINGLE_CHOICE/MULTI_CHOICE (empty otherwise). */
  options: Array<Scalars['String']['output']>;
  /** Whether an answer is required. */
  required: Scalars['Boolean']['output'];
  /** The question as shown. */
  text: Scalars['String']['output'];
};

/** A question to store. */
export type SurveyQuestionInput = {
  /** Keep the id to keep the question's identity across edits (1–20 lower-case letters or digits); omit for a new question. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of question. */
  kind: QuestionKind;
  /** Option labels for choice questions (2–20, distinct), each 1 to at most 60 characters. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Whether an answer is required (default true). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** The question, 1 to at most 300 characters. */
  text: Scalars['String']['input'];
};

/** Aggregated results of a survey, exact at any time. */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** Per group when `groupBy` is given. */
  groups: Array<SurveyGroupResult>;
  /** The fewest answers behind any figure of a school's slice (10). */
  minimumAnswers: Scalars['Int']['output'];
  /** The previous term's survey results (`previousSurveyId`), for comparison. */
  previous?: Maybe<SurveyResults>;
  /** Results per question. */
  questions: Array<QuestionResult>;
  /** Answers received. */
  responseCount: Scalars['Int']['output'];
  /** Share of 4–5 among all RATING answers, 0–1 (null without ratings). */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /**
   * The school these results are limited to, when a school admin reads a district-wide survey (全区问卷的本校部分): only
   * the answers given for that school count, and `groups` holds at most that school. Null for full results.
   */
  schoolSlice?: Maybe<Scalars['ID']['output']>;
  /** The survey. */
  surveyId: Scalars['ID']['output'];
  /**
   * True when a school's slice has fewer than `minimumAnswers` answers: `satisfactionRate` and every question's figures
   * are left out, so no family's answer can be told from the figures.
   */
  withheld: Scalars['Boolean']['output'];
};

/** Whom a survey is about. */
export type SurveyScope =
  /** One timetable activity (排片); `scopeId` is the activity. */
  | 'ACTIVITY'
  /** The whole district (全区); respondents pick their school. */
  | 'DISTRICT'
  /** One outside provider (校外机构); `scopeId` is the provider. */
  | 'PROVIDER'
  /** One school (学校); `scopeId` is the school. */
  | 'SCHOOL';

/** DRAFT → OPEN (publishSurvey) → CLOSED (closeSurvey). */
export type SurveyStatus =
  /** Closed (已结束): results are final. */
  | 'CLOSED'
  /** Draft (草稿): may be edited; not answerable. */
  | 'DRAFT'
  /** Open (进行中): answerable on the public page. */
  | 'OPEN';

/** The outcome of a submission. */
export type SurveySubmission = {
  __typename?: 'SurveySubmission';
  /** True when the answer was stored. */
  accepted: Scalars['Boolean']['output'];
  /** True when this respondent key had answered before: the earlier answer was replaced. */
  replaced: Scalars['Boolean']['output'];
  /** When it was stored. */
  submittedAt: Scalars['DateTime']['output'];
};

/**
 * A school term (学期) of one school: school year + semester with its dates. Activities, contracts and surveys
 * belong to a term. One term per school, school year and semester.
 */
export type Term = Node & {
  __typename?: 'Term';
  /**
   * The term calendar (校历) of one month, `YYYY-MM`: every date of the month with whether it is a service day and
   * whose timetable it runs, under the current district policy. The one calendar the whole API uses.
   */
  calendar: Array<CalendarDay>;
  /** When the term was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Last day of the term. */
  endDate: Scalars['Date']['output'];
  /** Dates without service inside the term (holidays), ascending. */
  excludedDates: Array<Scalars['Date']['output']>;
  /** Globally unique id (`trm_…`). */
  id: Scalars['ID']['output'];
  /** Make-up days (调休补课) of the term, by date: each runs the timetable of another weekday. */
  makeUpDays: Array<MakeUpDay>;
  /** The school, resolved. */
  school: School;
  /** The school the term belongs to. */
  schoolId: Scalars['ID']['output'];
  /** School year, e.g. `2026-2027`. */
  schoolYear: Scalars['String']['output'];
  /** Semester: 1 (autumn) or 2 (spring). */
  semester: Scalars['Int']['output'];
  /** Number of service days (服务日) in the whole term: policy service weekdays, minus excluded dates, plus make-up days. */
  serviceDayCount: Scalars['Int']['output'];
  /** First day of the term. */
  startDate: Scalars['Date']['output'];
  /** When the term was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateTerm`. */
  version: Scalars['Int']['output'];
};


/**
 * A school term (学期) of one school: school year + semester with its dates. Activities, contracts and surveys
 * belong to a term. One term per school, school year and semester.
 */
export type TermCalendarArgs = {
  month: Scalars['String']['input'];
};

/** A page of terms (Relay connection, plus `nodes` and `totalCount`). */
export type TermConnection = {
  __typename?: 'TermConnection';
  /** The terms of this page with their cursors. */
  edges: Array<TermEdge>;
  /** The terms of this page, same order as `edges`. */
  nodes: Array<Term>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Number of terms matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a term connection. */
export type TermEdge = {
  __typename?: 'TermEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The term. */
  node: Term;
};

/** Filters for `terms`. */
export type TermFilter = {
  /** Only these records (at most 100 ids), e.g. to show references by name. Other filters still apply. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Terms of this school. A SCHOOL_ADMIN gets their own school's terms whatever is given, and FORBIDDEN for another school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this school year, e.g. `2026-2027` (at most 9 characters). */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  /** Only this semester, 1 or 2 (needs `schoolYear`). */
  semester?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to an activity. Omitted fields keep their value; the term cannot change. */
export type UpdateActivityInput = {
  /** Maximum number of students, 1–3 000. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Content category. */
  category?: InputMaybe<ActivityCategory>;
  /** The provider's ACTIVE contract; null for school staff. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** End, after `startTime`. */
  endTime?: InputMaybe<Scalars['LocalTime']['input']>;
  /** Accepted so older clients keep working, and ignored (an integer 0–3 000 if sent): `enrolledCount` is the roster's size. */
  enrolledCount?: InputMaybe<Scalars['Int']['input']>;
  /** Grades taking part (1–9), at least one. */
  grades?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The outside provider running it; null for school staff. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Format of the service. */
  segment?: InputMaybe<ServiceSegment>;
  /** The staff member in charge (负责人); null clears it. */
  staffId?: InputMaybe<Scalars['ID']['input']>;
  /** Person in charge, at most 40 characters; empty clears it. */
  staffName?: InputMaybe<Scalars['String']['input']>;
  /** Start, on a 5-minute step between 06:00 and 22:00. */
  startTime?: InputMaybe<Scalars['LocalTime']['input']>;
  /** ACTIVE or CANCELLED. */
  status?: InputMaybe<ActivityStatus>;
  /** Content, 1 to at most 60 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Venue (场地), 1 to at most 60 characters. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Day of the week. */
  weekday?: InputMaybe<Weekday>;
};

/** Changes to a DRAFT contract. Omitted fields keep their value. */
export type UpdateContractInput = {
  /** Last day in force. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Clause 4: class hours, more than 0 and at most 10 000, with at most two decimals. */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** Clause 4: rate per class hour, in decimal yuan (元) with at most two decimals. */
  ratePerHour?: InputMaybe<Scalars['Float']['input']>;
  /** Clause 3 (安全保障措施), 1 to at most 4000 characters. */
  safetyMeasures?: InputMaybe<Scalars['String']['input']>;
  /** Clause 2 (服务内容), 1 to at most 4000 characters. */
  serviceContent?: InputMaybe<Scalars['String']['input']>;
  /** Clause 1 (服务方式), 1 to at most 2000 characters. */
  serviceMethod?: InputMaybe<Scalars['String']['input']>;
  /** First day in force. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to a provider; `qualifications` and `staff` replace the lists. Reviewed qualifications cannot be removed. */
export type UpdateProviderInput = {
  /** Postal address, at most 200 characters; empty clears it. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Contact person, 1 to at most 40 characters. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Contact phone number (at most 20 characters). */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code: 18 digits or capital letters (at most 18 characters). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Kind of provider. */
  kind?: InputMaybe<ProviderKind>;
  /** Legal name, 1 to at most 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the qualification certificates, at most 30. */
  qualifications?: InputMaybe<Array<QualificationInput>>;
  /** Activity categories it offers, at least one. */
  serviceCategories?: InputMaybe<Array<ActivityCategory>>;
  /** Replaces the staff, at most 200. */
  staff?: InputMaybe<Array<ProviderStaffInput>>;
};

/** Changes to a class. Omitted fields keep their value. */
export type UpdateSchoolClassInput = {
  /** The class teacher (班主任); null clears it. */
  classTeacherId?: InputMaybe<Scalars['ID']['input']>;
  /** Grade (年级); only while the class has no students. */
  grade?: InputMaybe<Scalars['Int']['input']>;
  /** Name (班级名称), unique in the school, at most 20 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a school. Omitted fields keep their value; null or empty text clears an optional field. */
export type UpdateSchoolInput = {
  /** Postal address, at most 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** District school code (DISTRICT_ADMIN only): 2–32 letters, digits or dashes, at most 32 characters. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Grades served (1–9), at least one. */
  grades?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Replaces the leadership group, at most 50 members. */
  leadershipGroup?: InputMaybe<Array<LeadershipMemberInput>>;
  /** Full name, 1 to at most 80 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Who runs the school. */
  ownership?: InputMaybe<Ownership>;
  /** Replaces the pickup slots, at most 9 grade bands. */
  pickupSlots?: InputMaybe<Array<PickupSlotInput>>;
  /** The principal (第一责任人), at most 40 characters. */
  principal?: InputMaybe<Scalars['String']['input']>;
  /** Enrolled students, 0–20 000. */
  studentCount?: InputMaybe<Scalars['Int']['input']>;
  /** School type. */
  type?: InputMaybe<SchoolType>;
};

/** Changes to a staff member. Omitted fields keep their value; the school cannot change. */
export type UpdateStaffMemberInput = {
  /** False when the member leaves (离职). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Duties (职责); replaces the list. */
  duties?: InputMaybe<Array<StaffDuty>>;
  /** Full name (姓名), 1 to at most 40 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone (电话), at most 20 characters; null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a student. Omitted fields keep their value. */
export type UpdateStudentInput = {
  /** Another class (班级) of the same school. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** Gender (性别); null clears it. */
  gender?: InputMaybe<Gender>;
  /** Guardian contacts (监护人); replaces the list (linked accounts stay linked by phone). */
  guardians?: InputMaybe<Array<GuardianContactInput>>;
  /** Family in hardship (家庭困难). */
  hardship?: InputMaybe<Scalars['Boolean']['input']>;
  /** Left-behind child (留守儿童). */
  leftBehind?: InputMaybe<Scalars['Boolean']['input']>;
  /** The day the student left (离校日期); default today, never in the future. */
  leftOn?: InputMaybe<Scalars['Date']['input']>;
  /** Name (姓名), 1 to at most 40 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** LEFT when the student leaves (离校): refused while an application for a current term is live. */
  status?: InputMaybe<StudentStatus>;
};

/** Changes to a DRAFT survey; `questions` replaces the list (its order is the order shown). Omitted fields keep their value. */
export type UpdateSurveyInput = {
  /** Introduction, at most 2000 characters; empty or null clears it. */
  intro?: InputMaybe<Scalars['String']['input']>;
  /** The same survey in an earlier term; null clears it. */
  previousSurveyId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the questions (1–50). */
  questions?: InputMaybe<Array<SurveyQuestionInput>>;
  /** The term it belongs to; null clears it. */
  termId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, 1 to at most 100 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a term. Omitted fields keep their value; the school cannot change. */
export type UpdateTermInput = {
  /** Last day of the term; must not be before `startDate`. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the holidays, at most 200 dates, all inside the term. */
  excludedDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** Replaces all make-up days (调休补课) of the term (at most 50). */
  makeUpDays?: InputMaybe<Array<MakeUpDayInput>>;
  /** School year `YYYY-YYYY` with consecutive years (at most 9 characters). */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  /** Semester: 1 (autumn) or 2 (spring). */
  semester?: InputMaybe<Scalars['Int']['input']>;
  /** First day of the term. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The signed-in user as the API sees them, built from the token's claims (`sub`, `cognito:groups`, `custom:schoolId`, `custom:providerId`). */
export type Viewer = {
  __typename?: 'Viewer';
  /** For PARENT: the children (孩子) linked to the account with a binding code; empty for every other role. */
  children: Array<Student>;
  /** For TEACHER: the classes they are class teacher (班主任) of; empty for every other role. */
  classes: Array<SchoolClass>;
  /** For PARENT: their own guardian record, resolved. */
  guardian?: Maybe<Guardian>;
  /** For PARENT: the guardian (监护人) the user is. */
  guardianId?: Maybe<Scalars['ID']['output']>;
  /** For PROVIDER: the provider the user belongs to. */
  providerId?: Maybe<Scalars['ID']['output']>;
  /** The user's role; decides what the user may read and change. */
  role: Role;
  /** For SCHOOL_ADMIN: the user's school, resolved. */
  school?: Maybe<School>;
  /** For SCHOOL_ADMIN: the only school whose records the user may see. */
  schoolId?: Maybe<Scalars['ID']['output']>;
  /** For TEACHER: their own staff record, resolved. */
  staff?: Maybe<StaffMember>;
  /** For TEACHER: the staff member (教职工) the user is. */
  staffId?: Maybe<Scalars['ID']['output']>;
  /** The user's subject identifier (Cognito `sub`). */
  sub: Scalars['ID']['output'];
};

/** A day of the week (星期). Timetable activities and district service days use it. */
export type Weekday =
  /** Friday (周五). */
  | 'FRIDAY'
  /** Monday (周一). */
  | 'MONDAY'
  /** Saturday (周六). */
  | 'SATURDAY'
  /** Sunday (周日). */
  | 'SUNDAY'
  /** Thursday (周四). */
  | 'THURSDAY'
  /** Tuesday (周二). */
  | 'TUESDAY'
  /** Wednesday (周三). */
  | 'WEDNESDAY';

/** A day's care log as the duty leader writes it. */
export type WriteCareLogInput = {
  /** A service day of the school's term, not in the future. */
  date: Scalars['Date']['input'];
  /**
   * The duty leader of the day (值班领导). Omitted: the duty rota's leader of that weekday (a duty leader writing without a
   * rota entry: themself). A duty leader may name only themself; the school admin may name a stand-in, an active
   * DUTY_LEADER of the school (else BAD_USER_INPUT on this field).
   */
  dutyLeaderId?: InputMaybe<Scalars['ID']['input']>;
  /** To change an existing log: the version read. Omitted: the day's first log (CONFLICT when one exists). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** At most 50 incidents. */
  incidents: Array<CareIncidentInput>;
  /** The school. */
  schoolId: Scalars['ID']['input'];
  /** Summary, not empty, at most 2000 characters. */
  summary: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActivityRecord )
    | ( AlertRecord )
    | ( AuditEventRecord )
    | ( AuthorizedPickupRecord )
    | ( BillRecord )
    | ( CareLogRecord )
    | ( ContractRecord )
    | ( DisclosureView )
    | ( DistrictPolicyRecord )
    | ( DocumentRecord )
    | ( DutyRotaRecord )
    | ( EnrolmentApplicationRecord )
    | ( EvaluationRecord )
    | ( GuardianRecord )
    | ( HandoverRecord )
    | ( InspectionRecord )
    | ( LeaveRequestRecord )
    | ( NotificationRecord )
    | ( ProviderRecord )
    | ( ProviderExitRecord )
    | ( ProviderStatementView )
    | ( ProviderStatementAdjustmentModel )
    | ( RollCallRecord )
    | ( SchoolRecord )
    | ( SchoolClassRecord )
    | ( StaffMemberRecord )
    | ( StipendAdjustmentModel )
    | ( StipendSheetView )
    | ( StudentRecord )
    | ( SurveyRecord )
    | ( TermRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<ActivityRecord>;
  ActivityCategory: ActivityCategory;
  ActivityConnection: ResolverTypeWrapper<ActivityPage>;
  ActivityEdge: ResolverTypeWrapper<ActivityPageItem>;
  ActivityFilter: ActivityFilter;
  ActivityResolution: ActivityResolution;
  ActivityStatus: ActivityStatus;
  AddAuthorizedPickupInput: AddAuthorizedPickupInput;
  AffectedActivity: ResolverTypeWrapper<AffectedActivityView>;
  Alert: ResolverTypeWrapper<AlertRecord>;
  AlertConnection: ResolverTypeWrapper<AlertPage>;
  AlertEdge: ResolverTypeWrapper<AlertPageItem>;
  AlertFilter: AlertFilter;
  AlertKind: AlertKind;
  AlertParams: ResolverTypeWrapper<AlertParams>;
  AlertStatus: AlertStatus;
  ApplicationDecisionResult: ResolverTypeWrapper<Omit<ApplicationDecisionResult, 'application'> & { application?: Maybe<ResolversTypes['EnrolmentApplication']> }>;
  ApplicationStatus: ApplicationStatus;
  ApplicationStatusCount: ResolverTypeWrapper<ApplicationStatusCount>;
  ApplyForServiceInput: ApplyForServiceInput;
  AuditEvent: ResolverTypeWrapper<AuditEventRecord>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventPage>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventPageItem>;
  AuditParam: ResolverTypeWrapper<Omit<AuditParam, 'value'> & { value: ResolversTypes['AuditValue'] }>;
  AuditValue: ResolverTypeWrapper<AuditValueModel>;
  AuditValueKind: AuditValueKind;
  AuthorizedPickup: ResolverTypeWrapper<AuthorizedPickupRecord>;
  Bill: ResolverTypeWrapper<BillRecord>;
  BillConnection: ResolverTypeWrapper<BillPage>;
  BillEdge: ResolverTypeWrapper<BillPageItem>;
  BillFilter: BillFilter;
  BillGeneration: ResolverTypeWrapper<BillGenerationModel>;
  BillStatus: BillStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarDay: ResolverTypeWrapper<CalendarDay>;
  CalendarDayKind: CalendarDayKind;
  CareBoard: ResolverTypeWrapper<CareBoardView>;
  CareBoardSchoolRow: ResolverTypeWrapper<CareBoardSchoolRowView>;
  CareBoardSession: ResolverTypeWrapper<CareBoardSessionView>;
  CareIncident: ResolverTypeWrapper<CareIncident>;
  CareIncidentInput: CareIncidentInput;
  CareLog: ResolverTypeWrapper<CareLogRecord>;
  CarePickupChild: ResolverTypeWrapper<CarePickupChildView>;
  CarePickupSlot: ResolverTypeWrapper<CarePickupSlotView>;
  ComplianceDay: ResolverTypeWrapper<ComplianceDay>;
  ComplianceExplanationParams: ResolverTypeWrapper<ComplianceExplanationParams>;
  ComplianceIssue: ResolverTypeWrapper<ComplianceIssue>;
  ComplianceIssueDetail: ComplianceIssueDetail;
  ComplianceIssueKind: ComplianceIssueKind;
  ComplianceIssueParams: ResolverTypeWrapper<ComplianceIssueParams>;
  ComplianceOverview: ResolverTypeWrapper<Omit<ComplianceOverview, 'rows'> & { rows: Array<ResolversTypes['ComplianceOverviewRow']> }>;
  ComplianceOverviewCell: ResolverTypeWrapper<ComplianceOverviewCell>;
  ComplianceOverviewRow: ResolverTypeWrapper<ComplianceOverviewRowView>;
  ComplianceReport: ResolverTypeWrapper<ComplianceReport>;
  ComplianceRuleInfo: ResolverTypeWrapper<ComplianceRuleInfo>;
  ComplianceRuleResult: ResolverTypeWrapper<ComplianceRuleResult>;
  ComplianceRuleStatus: ComplianceRuleStatus;
  Contract: ResolverTypeWrapper<ContractRecord>;
  ContractConnection: ResolverTypeWrapper<ContractPage>;
  ContractEdge: ResolverTypeWrapper<ContractPageItem>;
  ContractFilter: ContractFilter;
  ContractStatus: ContractStatus;
  CreateActivityInput: CreateActivityInput;
  CreateContractInput: CreateContractInput;
  CreateProviderInput: CreateProviderInput;
  CreateSchoolClassInput: CreateSchoolClassInput;
  CreateSchoolInput: CreateSchoolInput;
  CreateStaffMemberInput: CreateStaffMemberInput;
  CreateStudentInput: CreateStudentInput;
  CreateSurveyInput: CreateSurveyInput;
  CreateTermInput: CreateTermInput;
  CriterionScore: ResolverTypeWrapper<CriterionScore>;
  CriterionScoreInput: CriterionScoreInput;
  Dashboard: ResolverTypeWrapper<Omit<Dashboard, 'fundsBelowMinimum' | 'overdueFindings' | 'weakEvaluations'> & { fundsBelowMinimum: Array<ResolversTypes['FundAllocation']>, overdueFindings: Array<ResolversTypes['OverdueFinding']>, weakEvaluations: Array<ResolversTypes['Evaluation']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisclosedActivity: ResolverTypeWrapper<DisclosedActivity>;
  DisclosedContract: ResolverTypeWrapper<DisclosedContract>;
  DisclosedProvider: ResolverTypeWrapper<DisclosedProvider>;
  Disclosure: ResolverTypeWrapper<DisclosureView>;
  DisclosureConnection: ResolverTypeWrapper<DisclosurePage>;
  DisclosureContent: ResolverTypeWrapper<DisclosureContentModel>;
  DisclosureEdge: ResolverTypeWrapper<DisclosurePageItem>;
  DisclosureFilter: DisclosureFilter;
  DisclosureServiceTime: ResolverTypeWrapper<DisclosureServiceTime>;
  DistrictPolicy: ResolverTypeWrapper<DistrictPolicyRecord>;
  DistrictPolicyInput: DistrictPolicyInput;
  Document: ResolverTypeWrapper<DocumentRecord>;
  DocumentDownload: ResolverTypeWrapper<DocumentDownload>;
  DocumentStatus: DocumentStatus;
  DocumentUpload: ResolverTypeWrapper<Omit<DocumentUpload, 'document'> & { document: ResolversTypes['Document'] }>;
  DutyRota: ResolverTypeWrapper<DutyRotaRecord>;
  DutyRotaDay: ResolverTypeWrapper<Omit<DutyRotaDay, 'staff'> & { staff?: Maybe<ResolversTypes['StaffMember']> }>;
  DutyRotaDayInput: DutyRotaDayInput;
  EnrolmentApplication: ResolverTypeWrapper<EnrolmentApplicationRecord>;
  EnrolmentApplicationConnection: ResolverTypeWrapper<EnrolmentApplicationPage>;
  EnrolmentApplicationEdge: ResolverTypeWrapper<EnrolmentApplicationPageItem>;
  EnrolmentApplicationFilter: EnrolmentApplicationFilter;
  EnrolmentStatistics: ResolverTypeWrapper<EnrolmentStatistics>;
  ErrorParam: ResolverTypeWrapper<ErrorParam>;
  Evaluation: ResolverTypeWrapper<EvaluationRecord>;
  EvaluationConnection: ResolverTypeWrapper<EvaluationPage>;
  EvaluationCriterion: EvaluationCriterion;
  EvaluationEdge: ResolverTypeWrapper<EvaluationPageItem>;
  EvaluationFilter: EvaluationFilter;
  EvaluationKind: EvaluationKind;
  ExitDecision: ExitDecision;
  ExitEvidence: ResolverTypeWrapper<ExitEvidence>;
  ExitEvidenceKind: ExitEvidenceKind;
  ExitEvidenceParams: ResolverTypeWrapper<ExitEvidenceParams>;
  ExitNotice: ResolverTypeWrapper<ExitNotice>;
  FeeModel: FeeModel;
  FieldChange: ResolverTypeWrapper<TypedChange>;
  FindingSeverity: FindingSeverity;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FundAllocation: ResolverTypeWrapper<FundView>;
  Gender: Gender;
  Guardian: ResolverTypeWrapper<GuardianRecord>;
  GuardianCode: ResolverTypeWrapper<GuardianCode>;
  GuardianContactInput: GuardianContactInput;
  Handover: ResolverTypeWrapper<HandoverRecord>;
  HandoverKind: HandoverKind;
  HttpHeader: ResolverTypeWrapper<HttpHeader>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  IncidentKind: IncidentKind;
  Inspection: ResolverTypeWrapper<InspectionRecord>;
  InspectionConnection: ResolverTypeWrapper<InspectionPage>;
  InspectionEdge: ResolverTypeWrapper<InspectionPageItem>;
  InspectionFilter: InspectionFilter;
  InspectionFinding: ResolverTypeWrapper<InspectionFindingModel>;
  InspectionFindingInput: InspectionFindingInput;
  InspectionStatus: InspectionStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LeadershipMember: ResolverTypeWrapper<LeadershipMember>;
  LeadershipMemberInput: LeadershipMemberInput;
  LeadershipRole: LeadershipRole;
  LeaveRequest: ResolverTypeWrapper<LeaveRequestRecord>;
  LeaveStatus: LeaveStatus;
  LocalTime: ResolverTypeWrapper<Scalars['LocalTime']['output']>;
  MakeUpDay: ResolverTypeWrapper<MakeUpDay>;
  MakeUpDayInput: MakeUpDayInput;
  MarkCounts: ResolverTypeWrapper<MarkCounts>;
  MarkStatus: MarkStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationRecord>;
  NotificationConnection: ResolverTypeWrapper<NotificationPage>;
  NotificationEdge: ResolverTypeWrapper<NotificationPageItem>;
  NotificationKind: NotificationKind;
  NotificationMessageCode: NotificationMessageCode;
  NotificationParams: ResolverTypeWrapper<NotificationParams>;
  OpenProviderExitInput: OpenProviderExitInput;
  OptOutReason: OptOutReason;
  OptOutReasonCount: ResolverTypeWrapper<OptOutReasonCount>;
  OptionCount: ResolverTypeWrapper<OptionCount>;
  OverdueFinding: ResolverTypeWrapper<OverdueFindingView>;
  Ownership: Ownership;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PickupSlot: ResolverTypeWrapper<PickupSlot>;
  PickupSlotInput: PickupSlotInput;
  PickupState: PickupState;
  Provider: ResolverTypeWrapper<ProviderRecord>;
  ProviderConnection: ResolverTypeWrapper<ProviderPage>;
  ProviderEdge: ResolverTypeWrapper<ProviderPageItem>;
  ProviderExit: ResolverTypeWrapper<ProviderExitRecord>;
  ProviderExitConnection: ResolverTypeWrapper<ProviderExitPage>;
  ProviderExitEdge: ResolverTypeWrapper<ProviderExitPageItem>;
  ProviderExitFilter: ProviderExitFilter;
  ProviderExitReasonCode: ProviderExitReasonCode;
  ProviderExitReasonParams: ResolverTypeWrapper<ProviderExitReasonParams>;
  ProviderExitStatus: ProviderExitStatus;
  ProviderExitTrigger: ProviderExitTrigger;
  ProviderFilter: ProviderFilter;
  ProviderKind: ProviderKind;
  ProviderStaff: ResolverTypeWrapper<ProviderStaff>;
  ProviderStaffInput: ProviderStaffInput;
  ProviderStanding: ResolverTypeWrapper<StandingRef>;
  ProviderStatement: ResolverTypeWrapper<ProviderStatementView>;
  ProviderStatementAdjustment: ResolverTypeWrapper<ProviderStatementAdjustmentModel>;
  ProviderStatementLine: ResolverTypeWrapper<StatementLine>;
  ProviderStatus: ProviderStatus;
  ProviderStatusCount: ResolverTypeWrapper<ProviderStatusCount>;
  PublicSchoolOption: ResolverTypeWrapper<PublicSchoolOption>;
  PublicSurvey: ResolverTypeWrapper<PublicSurveyView>;
  Qualification: ResolverTypeWrapper<QualificationModel>;
  QualificationInput: QualificationInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionKind: QuestionKind;
  QuestionResult: ResolverTypeWrapper<QuestionResult>;
  RecordEvaluationInput: RecordEvaluationInput;
  RecordHandoverInput: RecordHandoverInput;
  RecordInspectionInput: RecordInspectionInput;
  RecordRollCallInput: RecordRollCallInput;
  RequestDocumentUploadInput: RequestDocumentUploadInput;
  RequestLeaveInput: RequestLeaveInput;
  RespondentKey: ResolverTypeWrapper<RespondentKey>;
  ReviewDecision: ReviewDecision;
  Role: Role;
  RollCall: ResolverTypeWrapper<RollCallRecord>;
  RollCallMark: ResolverTypeWrapper<RollCallMarkModel>;
  RollCallMarkInput: RollCallMarkInput;
  School: ResolverTypeWrapper<SchoolRecord>;
  SchoolClass: ResolverTypeWrapper<SchoolClassRecord>;
  SchoolClassConnection: ResolverTypeWrapper<SchoolClassPage>;
  SchoolClassEdge: ResolverTypeWrapper<SchoolClassPageItem>;
  SchoolClassFilter: SchoolClassFilter;
  SchoolComplianceSummary: ResolverTypeWrapper<SchoolComplianceSummary>;
  SchoolConnection: ResolverTypeWrapper<SchoolPage>;
  SchoolEdge: ResolverTypeWrapper<SchoolPageItem>;
  SchoolFilter: SchoolFilter;
  SchoolOrder: SchoolOrder;
  SchoolOrderField: SchoolOrderField;
  SchoolSatisfaction: ResolverTypeWrapper<SchoolSatisfaction>;
  SchoolScore: ResolverTypeWrapper<SchoolScoreView>;
  SchoolScoreWeights: ResolverTypeWrapper<SchoolScoreWeights>;
  SchoolScoreWeightsInput: SchoolScoreWeightsInput;
  SchoolScoreWeightsUsed: ResolverTypeWrapper<SchoolScoreWeightsUsed>;
  SchoolStanding: ResolverTypeWrapper<Omit<SchoolStanding, 'school'> & { school?: Maybe<ResolversTypes['School']> }>;
  SchoolType: SchoolType;
  ServiceSegment: ServiceSegment;
  SessionRollCallState: SessionRollCallState;
  SortDirection: SortDirection;
  StaffCertificate: ResolverTypeWrapper<StaffCertificate>;
  StaffCertificateInput: StaffCertificateInput;
  StaffDuty: StaffDuty;
  StaffMember: ResolverTypeWrapper<StaffMemberRecord>;
  StaffMemberConnection: ResolverTypeWrapper<StaffMemberPage>;
  StaffMemberEdge: ResolverTypeWrapper<StaffMemberPageItem>;
  StaffMemberFilter: StaffMemberFilter;
  StipendAdjustment: ResolverTypeWrapper<StipendAdjustmentModel>;
  StipendRow: ResolverTypeWrapper<StipendRowModel>;
  StipendSheet: ResolverTypeWrapper<StipendSheetView>;
  StipendSheetStatus: StipendSheetStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Student: ResolverTypeWrapper<StudentRecord>;
  StudentConnection: ResolverTypeWrapper<StudentPage>;
  StudentEdge: ResolverTypeWrapper<StudentPageItem>;
  StudentFilter: StudentFilter;
  StudentGuardian: ResolverTypeWrapper<StudentGuardian>;
  StudentImportRow: StudentImportRow;
  StudentStatus: StudentStatus;
  SubmissionChannel: SubmissionChannel;
  Survey: ResolverTypeWrapper<SurveyRecord>;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyConnection: ResolverTypeWrapper<SurveyPage>;
  SurveyEdge: ResolverTypeWrapper<SurveyPageItem>;
  SurveyFilter: SurveyFilter;
  SurveyGroupBy: SurveyGroupBy;
  SurveyGroupResult: ResolverTypeWrapper<SurveyGroupResult>;
  SurveyKind: SurveyKind;
  SurveyQuestion: ResolverTypeWrapper<SurveyQuestion>;
  SurveyQuestionInput: SurveyQuestionInput;
  SurveyResults: ResolverTypeWrapper<SurveyResultsView>;
  SurveyScope: SurveyScope;
  SurveyStatus: SurveyStatus;
  SurveySubmission: ResolverTypeWrapper<SurveySubmission>;
  Term: ResolverTypeWrapper<TermRecord>;
  TermConnection: ResolverTypeWrapper<TermPage>;
  TermEdge: ResolverTypeWrapper<TermPageItem>;
  TermFilter: TermFilter;
  UpdateActivityInput: UpdateActivityInput;
  UpdateContractInput: UpdateContractInput;
  UpdateProviderInput: UpdateProviderInput;
  UpdateSchoolClassInput: UpdateSchoolClassInput;
  UpdateSchoolInput: UpdateSchoolInput;
  UpdateStaffMemberInput: UpdateStaffMemberInput;
  UpdateStudentInput: UpdateStudentInput;
  UpdateSurveyInput: UpdateSurveyInput;
  UpdateTermInput: UpdateTermInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Weekday: Weekday;
  WriteCareLogInput: WriteCareLogInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: ActivityRecord;
  ActivityConnection: ActivityPage;
  ActivityEdge: ActivityPageItem;
  ActivityFilter: ActivityFilter;
  AddAuthorizedPickupInput: AddAuthorizedPickupInput;
  AffectedActivity: AffectedActivityView;
  Alert: AlertRecord;
  AlertConnection: AlertPage;
  AlertEdge: AlertPageItem;
  AlertFilter: AlertFilter;
  AlertParams: AlertParams;
  ApplicationDecisionResult: Omit<ApplicationDecisionResult, 'application'> & { application?: Maybe<ResolversParentTypes['EnrolmentApplication']> };
  ApplicationStatusCount: ApplicationStatusCount;
  ApplyForServiceInput: ApplyForServiceInput;
  AuditEvent: AuditEventRecord;
  AuditEventConnection: AuditEventPage;
  AuditEventEdge: AuditEventPageItem;
  AuditParam: Omit<AuditParam, 'value'> & { value: ResolversParentTypes['AuditValue'] };
  AuditValue: AuditValueModel;
  AuthorizedPickup: AuthorizedPickupRecord;
  Bill: BillRecord;
  BillConnection: BillPage;
  BillEdge: BillPageItem;
  BillFilter: BillFilter;
  BillGeneration: BillGenerationModel;
  Boolean: Scalars['Boolean']['output'];
  CalendarDay: CalendarDay;
  CareBoard: CareBoardView;
  CareBoardSchoolRow: CareBoardSchoolRowView;
  CareBoardSession: CareBoardSessionView;
  CareIncident: CareIncident;
  CareIncidentInput: CareIncidentInput;
  CareLog: CareLogRecord;
  CarePickupChild: CarePickupChildView;
  CarePickupSlot: CarePickupSlotView;
  ComplianceDay: ComplianceDay;
  ComplianceExplanationParams: ComplianceExplanationParams;
  ComplianceIssue: ComplianceIssue;
  ComplianceIssueParams: ComplianceIssueParams;
  ComplianceOverview: Omit<ComplianceOverview, 'rows'> & { rows: Array<ResolversParentTypes['ComplianceOverviewRow']> };
  ComplianceOverviewCell: ComplianceOverviewCell;
  ComplianceOverviewRow: ComplianceOverviewRowView;
  ComplianceReport: ComplianceReport;
  ComplianceRuleInfo: ComplianceRuleInfo;
  ComplianceRuleResult: ComplianceRuleResult;
  Contract: ContractRecord;
  ContractConnection: ContractPage;
  ContractEdge: ContractPageItem;
  ContractFilter: ContractFilter;
  CreateActivityInput: CreateActivityInput;
  CreateContractInput: CreateContractInput;
  CreateProviderInput: CreateProviderInput;
  CreateSchoolClassInput: CreateSchoolClassInput;
  CreateSchoolInput: CreateSchoolInput;
  CreateStaffMemberInput: CreateStaffMemberInput;
  CreateStudentInput: CreateStudentInput;
  CreateSurveyInput: CreateSurveyInput;
  CreateTermInput: CreateTermInput;
  CriterionScore: CriterionScore;
  CriterionScoreInput: CriterionScoreInput;
  Dashboard: Omit<Dashboard, 'fundsBelowMinimum' | 'overdueFindings' | 'weakEvaluations'> & { fundsBelowMinimum: Array<ResolversParentTypes['FundAllocation']>, overdueFindings: Array<ResolversParentTypes['OverdueFinding']>, weakEvaluations: Array<ResolversParentTypes['Evaluation']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisclosedActivity: DisclosedActivity;
  DisclosedContract: DisclosedContract;
  DisclosedProvider: DisclosedProvider;
  Disclosure: DisclosureView;
  DisclosureConnection: DisclosurePage;
  DisclosureContent: DisclosureContentModel;
  DisclosureEdge: DisclosurePageItem;
  DisclosureFilter: DisclosureFilter;
  DisclosureServiceTime: DisclosureServiceTime;
  DistrictPolicy: DistrictPolicyRecord;
  DistrictPolicyInput: DistrictPolicyInput;
  Document: DocumentRecord;
  DocumentDownload: DocumentDownload;
  DocumentUpload: Omit<DocumentUpload, 'document'> & { document: ResolversParentTypes['Document'] };
  DutyRota: DutyRotaRecord;
  DutyRotaDay: Omit<DutyRotaDay, 'staff'> & { staff?: Maybe<ResolversParentTypes['StaffMember']> };
  DutyRotaDayInput: DutyRotaDayInput;
  EnrolmentApplication: EnrolmentApplicationRecord;
  EnrolmentApplicationConnection: EnrolmentApplicationPage;
  EnrolmentApplicationEdge: EnrolmentApplicationPageItem;
  EnrolmentApplicationFilter: EnrolmentApplicationFilter;
  EnrolmentStatistics: EnrolmentStatistics;
  ErrorParam: ErrorParam;
  Evaluation: EvaluationRecord;
  EvaluationConnection: EvaluationPage;
  EvaluationEdge: EvaluationPageItem;
  EvaluationFilter: EvaluationFilter;
  ExitEvidence: ExitEvidence;
  ExitEvidenceParams: ExitEvidenceParams;
  ExitNotice: ExitNotice;
  FieldChange: TypedChange;
  Float: Scalars['Float']['output'];
  FundAllocation: FundView;
  Guardian: GuardianRecord;
  GuardianCode: GuardianCode;
  GuardianContactInput: GuardianContactInput;
  Handover: HandoverRecord;
  HttpHeader: HttpHeader;
  ID: Scalars['ID']['output'];
  ImportResult: ImportResult;
  ImportRowError: ImportRowError;
  Inspection: InspectionRecord;
  InspectionConnection: InspectionPage;
  InspectionEdge: InspectionPageItem;
  InspectionFilter: InspectionFilter;
  InspectionFinding: InspectionFindingModel;
  InspectionFindingInput: InspectionFindingInput;
  Int: Scalars['Int']['output'];
  LeadershipMember: LeadershipMember;
  LeadershipMemberInput: LeadershipMemberInput;
  LeaveRequest: LeaveRequestRecord;
  LocalTime: Scalars['LocalTime']['output'];
  MakeUpDay: MakeUpDay;
  MakeUpDayInput: MakeUpDayInput;
  MarkCounts: MarkCounts;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationRecord;
  NotificationConnection: NotificationPage;
  NotificationEdge: NotificationPageItem;
  NotificationParams: NotificationParams;
  OpenProviderExitInput: OpenProviderExitInput;
  OptOutReasonCount: OptOutReasonCount;
  OptionCount: OptionCount;
  OverdueFinding: OverdueFindingView;
  PageInfo: PageInfo;
  PickupSlot: PickupSlot;
  PickupSlotInput: PickupSlotInput;
  Provider: ProviderRecord;
  ProviderConnection: ProviderPage;
  ProviderEdge: ProviderPageItem;
  ProviderExit: ProviderExitRecord;
  ProviderExitConnection: ProviderExitPage;
  ProviderExitEdge: ProviderExitPageItem;
  ProviderExitFilter: ProviderExitFilter;
  ProviderExitReasonParams: ProviderExitReasonParams;
  ProviderFilter: ProviderFilter;
  ProviderStaff: ProviderStaff;
  ProviderStaffInput: ProviderStaffInput;
  ProviderStanding: StandingRef;
  ProviderStatement: ProviderStatementView;
  ProviderStatementAdjustment: ProviderStatementAdjustmentModel;
  ProviderStatementLine: StatementLine;
  ProviderStatusCount: ProviderStatusCount;
  PublicSchoolOption: PublicSchoolOption;
  PublicSurvey: PublicSurveyView;
  Qualification: QualificationModel;
  QualificationInput: QualificationInput;
  Query: Record<PropertyKey, never>;
  QuestionResult: QuestionResult;
  RecordEvaluationInput: RecordEvaluationInput;
  RecordHandoverInput: RecordHandoverInput;
  RecordInspectionInput: RecordInspectionInput;
  RecordRollCallInput: RecordRollCallInput;
  RequestDocumentUploadInput: RequestDocumentUploadInput;
  RequestLeaveInput: RequestLeaveInput;
  RespondentKey: RespondentKey;
  RollCall: RollCallRecord;
  RollCallMark: RollCallMarkModel;
  RollCallMarkInput: RollCallMarkInput;
  School: SchoolRecord;
  SchoolClass: SchoolClassRecord;
  SchoolClassConnection: SchoolClassPage;
  SchoolClassEdge: SchoolClassPageItem;
  SchoolClassFilter: SchoolClassFilter;
  SchoolComplianceSummary: SchoolComplianceSummary;
  SchoolConnection: SchoolPage;
  SchoolEdge: SchoolPageItem;
  SchoolFilter: SchoolFilter;
  SchoolOrder: SchoolOrder;
  SchoolSatisfaction: SchoolSatisfaction;
  SchoolScore: SchoolScoreView;
  SchoolScoreWeights: SchoolScoreWeights;
  SchoolScoreWeightsInput: SchoolScoreWeightsInput;
  SchoolScoreWeightsUsed: SchoolScoreWeightsUsed;
  SchoolStanding: Omit<SchoolStanding, 'school'> & { school?: Maybe<ResolversParentTypes['School']> };
  StaffCertificate: StaffCertificate;
  StaffCertificateInput: StaffCertificateInput;
  StaffMember: StaffMemberRecord;
  StaffMemberConnection: StaffMemberPage;
  StaffMemberEdge: StaffMemberPageItem;
  StaffMemberFilter: StaffMemberFilter;
  StipendAdjustment: StipendAdjustmentModel;
  StipendRow: StipendRowModel;
  StipendSheet: StipendSheetView;
  String: Scalars['String']['output'];
  Student: StudentRecord;
  StudentConnection: StudentPage;
  StudentEdge: StudentPageItem;
  StudentFilter: StudentFilter;
  StudentGuardian: StudentGuardian;
  StudentImportRow: StudentImportRow;
  Survey: SurveyRecord;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyConnection: SurveyPage;
  SurveyEdge: SurveyPageItem;
  SurveyFilter: SurveyFilter;
  SurveyGroupResult: SurveyGroupResult;
  SurveyQuestion: SurveyQuestion;
  SurveyQuestionInput: SurveyQuestionInput;
  SurveyResults: SurveyResultsView;
  SurveySubmission: SurveySubmission;
  Term: TermRecord;
  TermConnection: TermPage;
  TermEdge: TermPageItem;
  TermFilter: TermFilter;
  UpdateActivityInput: UpdateActivityInput;
  UpdateContractInput: UpdateContractInput;
  UpdateProviderInput: UpdateProviderInput;
  UpdateSchoolClassInput: UpdateSchoolClassInput;
  UpdateSchoolInput: UpdateSchoolInput;
  UpdateStaffMemberInput: UpdateStaffMemberInput;
  UpdateStudentInput: UpdateStudentInput;
  UpdateSurveyInput: UpdateSurveyInput;
  UpdateTermInput: UpdateTermInput;
  Viewer: ViewerModel;
  WriteCareLogInput: WriteCareLogInput;
};

export type MaxLengthDirectiveArgs = {
  n: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ActivityCategory'], ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  contractId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  roster?: Resolver<ResolversTypes['StudentConnection'], ParentType, ContextType, RequireFields<ActivityRosterArgs, 'first'>>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['ServiceSegment'], ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  staffName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type AffectedActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AffectedActivity'] = ResolversParentTypes['AffectedActivity']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  notice?: Resolver<ResolversTypes['ExitNotice'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['ActivityResolution'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toContractId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toProviderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toStaffName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type AlertResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  activityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  params?: Resolver<Maybe<ResolversTypes['AlertParams']>, ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AlertStatus'], ParentType, ContextType>;
  studentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlertConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlertConnection'] = ResolversParentTypes['AlertConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AlertEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AlertEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlertEdge'] = ResolversParentTypes['AlertEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
};

export type AlertParamsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlertParams'] = ResolversParentTypes['AlertParams']> = {
  activityStartTime?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  activityTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  className?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  graceMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pickupSlot?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  studentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApplicationDecisionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationDecisionResult'] = ResolversParentTypes['ApplicationDecisionResult']> = {
  application?: Resolver<Maybe<ResolversTypes['EnrolmentApplication']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApplicationStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationStatusCount'] = ResolversParentTypes['ApplicationStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  actorSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summaryParams?: Resolver<Array<ResolversTypes['AuditParam']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditParamResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditParam'] = ResolversParentTypes['AuditParam']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['AuditValue'], ParentType, ContextType>;
};

export type AuditValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditValue'] = ResolversParentTypes['AuditValue']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enumType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['AuditValue']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditValueKind'], ParentType, ContextType>;
  refId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  refType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuthorizedPickupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthorizedPickup'] = ResolversParentTypes['AuthorizedPickup']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  codeIssuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Bill'] = ResolversParentTypes['Bill']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  billedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  enrolledDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feeModel?: Resolver<ResolversTypes['FeeModel'], ParentType, ContextType>;
  fullAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hardship?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paymentReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refund?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  refundReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BillStatus'], ParentType, ContextType>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitFee?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  waivedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BillConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillConnection'] = ResolversParentTypes['BillConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BillEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Bill']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BillEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillEdge'] = ResolversParentTypes['BillEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Bill'], ParentType, ContextType>;
};

export type BillGenerationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillGeneration'] = ResolversParentTypes['BillGeneration']> = {
  billCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CalendarDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalendarDay'] = ResolversParentTypes['CalendarDay']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CalendarDayKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timetableWeekday?: Resolver<Maybe<ResolversTypes['Weekday']>, ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type CareBoardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CareBoard'] = ResolversParentTypes['CareBoard']> = {
  careLogWritten?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  marks?: Resolver<ResolversTypes['MarkCounts'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notYetDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openAlertCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openAlerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType>;
  pickupSlots?: Resolver<Array<ResolversTypes['CarePickupSlot']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['CareBoardSession']>, ParentType, ContextType>;
  taken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareBoardSchoolRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CareBoardSchoolRow'] = ResolversParentTypes['CareBoardSchoolRow']> = {
  careLogWritten?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  marks?: Resolver<ResolversTypes['MarkCounts'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notYetDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openAlertCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareBoardSessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CareBoardSession'] = ResolversParentTypes['CareBoardSession']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  marks?: Resolver<ResolversTypes['MarkCounts'], ParentType, ContextType>;
  rollCallState?: Resolver<ResolversTypes['SessionRollCallState'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  takenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CareIncidentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CareIncident'] = ResolversParentTypes['CareIncident']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IncidentKind'], ParentType, ContextType>;
};

export type CareLogResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CareLog'] = ResolversParentTypes['CareLog']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dutyLeaderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['CareIncident']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CarePickupChildResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CarePickupChild'] = ResolversParentTypes['CarePickupChild']> = {
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  releasedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PickupState'], ParentType, ContextType>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CarePickupSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CarePickupSlot'] = ResolversParentTypes['CarePickupSlot']> = {
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['CarePickupChild']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onLeave?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplianceDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceDay'] = ResolversParentTypes['ComplianceDay']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  lateCareEndsAt?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  lateCareOk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meetsMinimum?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['ServiceSegment']>, ParentType, ContextType>;
  serviceDateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type ComplianceExplanationParamsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceExplanationParams'] = ResolversParentTypes['ComplianceExplanationParams']> = {
  lateCareEndsNotBefore?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  minDailyMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minHomeworkGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operatingFundPerStudentYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  serviceDays?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  serviceEndsBy?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  summerFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summerServiceEndsBy?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  summerTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ComplianceIssueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceIssue'] = ResolversParentTypes['ComplianceIssue']> = {
  activityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  classId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  contractId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['ComplianceIssueDetail']>, ParentType, ContextType>;
  grades?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ComplianceIssueKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['ComplianceIssueParams'], ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['Weekday']>, ParentType, ContextType>;
};

export type ComplianceIssueParamsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceIssueParams'] = ResolversParentTypes['ComplianceIssueParams']> = {
  activityStartTime?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  activityTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actualMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  className?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contractStatus?: Resolver<Maybe<ResolversTypes['ContractStatus']>, ParentType, ContextType>;
  dateCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dateWeekday?: Resolver<Maybe<ResolversTypes['Weekday']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  fundAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fundPerStudent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gapFrom?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  gapTo?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  missingSegments?: Resolver<Maybe<Array<ResolversTypes['ServiceSegment']>>, ParentType, ContextType>;
  providerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiredFundAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requiredMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requiredStudentCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requiredTime?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  schoolYear?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceDays?: Resolver<Maybe<Array<ResolversTypes['Weekday']>>, ParentType, ContextType>;
  staffName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  studentCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ComplianceOverviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceOverview'] = ResolversParentTypes['ComplianceOverview']> = {
  recomputedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ComplianceOverviewRow']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['ComplianceRuleInfo']>, ParentType, ContextType>;
  schoolYear?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  semester?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ComplianceOverviewCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceOverviewCell'] = ResolversParentTypes['ComplianceOverviewCell']> = {
  code?: Resolver<ResolversTypes['ComplianceIssueKind'], ParentType, ContextType>;
  issueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceRuleStatus'], ParentType, ContextType>;
};

export type ComplianceOverviewRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceOverviewRow'] = ResolversParentTypes['ComplianceOverviewRow']> = {
  cells?: Resolver<Array<ResolversTypes['ComplianceOverviewCell']>, ParentType, ContextType>;
  compliant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ComplianceReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceReport'] = ResolversParentTypes['ComplianceReport']> = {
  compliant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['ComplianceDay']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['ComplianceIssue']>, ParentType, ContextType>;
  lateCareEndsNotBefore?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  minDailyMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minHomeworkGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['ComplianceRuleResult']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceDayCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceEndsBy?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ComplianceRuleInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceRuleInfo'] = ResolversParentTypes['ComplianceRuleInfo']> = {
  code?: Resolver<ResolversTypes['ComplianceIssueKind'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationParams?: Resolver<ResolversTypes['ComplianceExplanationParams'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplianceRuleResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceRuleResult'] = ResolversParentTypes['ComplianceRuleResult']> = {
  code?: Resolver<ResolversTypes['ComplianceIssueKind'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationParams?: Resolver<ResolversTypes['ComplianceExplanationParams'], ParentType, ContextType>;
  issueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceRuleStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContractResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = {
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  activityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ratePerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  safetyMeasures?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceContent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  signedDocumentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContractStatus'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  terminatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  terminatedByExitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContractConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContractConnection'] = ResolversParentTypes['ContractConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContractEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContractEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContractEdge'] = ResolversParentTypes['ContractEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contract'], ParentType, ContextType>;
};

export type CriterionScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CriterionScore'] = ResolversParentTypes['CriterionScore']> = {
  criterion?: Resolver<ResolversTypes['EvaluationCriterion'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard']> = {
  contractsExpiringSoon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundsBelowMinimum?: Resolver<Array<ResolversTypes['FundAllocation']>, ParentType, ContextType>;
  openExitCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueFindingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueFindings?: Resolver<Array<ResolversTypes['OverdueFinding']>, ParentType, ContextType>;
  providersByStatus?: Resolver<Array<ResolversTypes['ProviderStatusCount']>, ParentType, ContextType>;
  qualificationsExpiringSoon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionBySchool?: Resolver<Array<ResolversTypes['SchoolSatisfaction']>, ParentType, ContextType>;
  satisfactionSurveyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  schoolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  schoolsWithComplianceProblems?: Resolver<Array<ResolversTypes['SchoolComplianceSummary']>, ParentType, ContextType>;
  weakEvaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosedActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosedActivity'] = ResolversParentTypes['DisclosedActivity']> = {
  category?: Resolver<ResolversTypes['ActivityCategory'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  runBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['ServiceSegment'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type DisclosedContractResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosedContract'] = ResolversParentTypes['DisclosedContract']> = {
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratePerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  serviceContent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContractStatus'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DisclosedProviderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosedProvider'] = ResolversParentTypes['DisclosedProvider']> = {
  contracts?: Resolver<Array<ResolversTypes['DisclosedContract']>, ParentType, ContextType>;
  heldAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisclosureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure']> = {
  accessCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['DisclosureContent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DisclosureConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosureConnection'] = ResolversParentTypes['DisclosureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisclosureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisclosureContentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosureContent'] = ResolversParentTypes['DisclosureContent']> = {
  activities?: Resolver<Array<ResolversTypes['DisclosedActivity']>, ParentType, ContextType>;
  billCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  billedAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dailyFee?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  discountAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discountsGranted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feeModel?: Resolver<ResolversTypes['FeeModel'], ParentType, ContextType>;
  fundAllocated?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fundSchoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundSpent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hardshipDiscountPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthlyFee?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  providers?: Resolver<Array<ResolversTypes['DisclosedProvider']>, ParentType, ContextType>;
  refundAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  refundDeadlineDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  semester?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceDayCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceDays?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stipendMonths?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stipendPaid?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stipendRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  times?: Resolver<Array<ResolversTypes['DisclosureServiceTime']>, ParentType, ContextType>;
  waivedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisclosureEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosureEdge'] = ResolversParentTypes['DisclosureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType>;
};

export type DisclosureServiceTimeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisclosureServiceTime'] = ResolversParentTypes['DisclosureServiceTime']> = {
  endTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type DistrictPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DistrictPolicy'] = ResolversParentTypes['DistrictPolicy']> = {
  careAgreement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dailyFee?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evaluationExitThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feeModel?: Resolver<ResolversTypes['FeeModel'], ParentType, ContextType>;
  hardshipDiscountPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateCareEndsNotBefore?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  minDailyMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minHomeworkGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthlyFee?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  operatingFundPerStudentYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outsideProvidersAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueFindingPenalty?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reentryAfterMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundDeadlineDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionExitRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  schoolScoreWeights?: Resolver<ResolversTypes['SchoolScoreWeights'], ParentType, ContextType>;
  serviceDays?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  serviceEndsBy?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  studentDataRetentionMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summerFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summerServiceEndsBy?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  summerTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teacherRatePerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentDownloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentDownload'] = ResolversParentTypes['DocumentDownload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentUploadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentUpload'] = ResolversParentTypes['DocumentUpload']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headers?: Resolver<Array<ResolversTypes['HttpHeader']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DutyRotaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DutyRota'] = ResolversParentTypes['DutyRota']> = {
  days?: Resolver<Array<ResolversTypes['DutyRotaDay']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DutyRotaDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DutyRotaDay'] = ResolversParentTypes['DutyRotaDay']> = {
  staff?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  staffId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type EnrolmentApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnrolmentApplication'] = ResolversParentTypes['EnrolmentApplication']> = {
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  classComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  classId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  consentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  consentText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  decisionComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateCare?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  optOutReason?: Resolver<Maybe<ResolversTypes['OptOutReason']>, ParentType, ContextType>;
  pickupSlot?: Resolver<ResolversTypes['LocalTime'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedVia?: Resolver<ResolversTypes['SubmissionChannel'], ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['Term']>, ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnrolmentApplicationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnrolmentApplicationConnection'] = ResolversParentTypes['EnrolmentApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnrolmentApplicationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EnrolmentApplication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnrolmentApplicationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnrolmentApplicationEdge'] = ResolversParentTypes['EnrolmentApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EnrolmentApplication'], ParentType, ContextType>;
};

export type EnrolmentStatisticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnrolmentStatistics'] = ResolversParentTypes['EnrolmentStatistics']> = {
  byStatus?: Resolver<Array<ResolversTypes['ApplicationStatusCount']>, ParentType, ContextType>;
  optOutReasons?: Resolver<Array<ResolversTypes['OptOutReasonCount']>, ParentType, ContextType>;
  priorityApplicants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ErrorParamResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ErrorParam'] = ResolversParentTypes['ErrorParam']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evaluator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvaluationKind'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['CriterionScore']>, ParentType, ContextType>;
  supersededById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supersedesId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EvaluationConnection'] = ResolversParentTypes['EvaluationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvaluationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EvaluationEdge'] = ResolversParentTypes['EvaluationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
};

export type ExitEvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExitEvidence'] = ResolversParentTypes['ExitEvidence']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExitEvidenceKind'], ParentType, ContextType>;
  params?: Resolver<Maybe<ResolversTypes['ExitEvidenceParams']>, ParentType, ContextType>;
  refId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExitEvidenceParamsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExitEvidenceParams'] = ResolversParentTypes['ExitEvidenceParams']> = {
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evaluationKind?: Resolver<Maybe<ResolversTypes['EvaluationKind']>, ParentType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ExitNoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExitNotice'] = ResolversParentTypes['ExitNotice']> = {
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  afterValue?: Resolver<Maybe<ResolversTypes['AuditValue']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beforeValue?: Resolver<Maybe<ResolversTypes['AuditValue']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FundAllocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundAllocation'] = ResolversParentTypes['FundAllocation']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  belowMinimum?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GuardianResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Guardian'] = ResolversParentTypes['Guardian']> = {
  children?: Resolver<Array<ResolversTypes['Student']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GuardianCodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GuardianCode'] = ResolversParentTypes['GuardianCode']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type HandoverResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Handover'] = ResolversParentTypes['Handover']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromActivityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HandoverKind'], ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toActivityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toGuardian?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HttpHeaderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HttpHeader'] = ResolversParentTypes['HttpHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['ErrorParam']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['InspectionFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  openFindingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueFindingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InspectionStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InspectionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InspectionConnection'] = ResolversParentTypes['InspectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InspectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InspectionEdge'] = ResolversParentTypes['InspectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
};

export type InspectionFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InspectionFinding'] = ResolversParentTypes['InspectionFinding']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rectification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rectifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rectifyBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
};

export type LeadershipMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeadershipMember'] = ResolversParentTypes['LeadershipMember']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['LeadershipRole'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LeaveRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeaveRequest'] = ResolversParentTypes['LeaveRequest']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeaveStatus'], ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface LocalTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalTime'], any> {
  name: 'LocalTime';
}

export type MakeUpDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MakeUpDay'] = ResolversParentTypes['MakeUpDay']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timetableWeekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type MarkCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MarkCounts'] = ResolversParentTypes['MarkCounts']> = {
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leave?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeLeave?: Resolver<ResolversTypes['LeaveRequest'], ParentType, ContextType, RequireFields<MutationAcknowledgeLeaveArgs, 'id'>>;
  activateContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationActivateContractArgs, 'id'>>;
  addAuthorizedPickup?: Resolver<ResolversTypes['AuthorizedPickup'], ParentType, ContextType, RequireFields<MutationAddAuthorizedPickupArgs, 'input'>>;
  addProviderStatementAdjustment?: Resolver<ResolversTypes['ProviderStatement'], ParentType, ContextType, RequireFields<MutationAddProviderStatementAdjustmentArgs, 'amount' | 'contractId' | 'id' | 'reason'>>;
  addStipendAdjustment?: Resolver<ResolversTypes['StipendSheet'], ParentType, ContextType, RequireFields<MutationAddStipendAdjustmentArgs, 'amount' | 'id' | 'reason'>>;
  applyForService?: Resolver<ResolversTypes['EnrolmentApplication'], ParentType, ContextType, RequireFields<MutationApplyForServiceArgs, 'input'>>;
  assignToActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationAssignToActivityArgs, 'activityId' | 'studentId'>>;
  cancelActivity?: Resolver<ResolversTypes['ProviderExit'], ParentType, ContextType, RequireFields<MutationCancelActivityArgs, 'activityId' | 'exitId'>>;
  changePickupSlot?: Resolver<ResolversTypes['EnrolmentApplication'], ParentType, ContextType, RequireFields<MutationChangePickupSlotArgs, 'id' | 'pickupSlot'>>;
  closeInspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType, RequireFields<MutationCloseInspectionArgs, 'id'>>;
  closeSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationCloseSurveyArgs, 'id'>>;
  completeProviderExit?: Resolver<ResolversTypes['ProviderExit'], ParentType, ContextType, RequireFields<MutationCompleteProviderExitArgs, 'id'>>;
  confirmDocumentUpload?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationConfirmDocumentUploadArgs, 'id'>>;
  confirmProviderStatement?: Resolver<ResolversTypes['ProviderStatement'], ParentType, ContextType, RequireFields<MutationConfirmProviderStatementArgs, 'id'>>;
  confirmStipendSheet?: Resolver<ResolversTypes['StipendSheet'], ParentType, ContextType, RequireFields<MutationConfirmStipendSheetArgs, 'id'>>;
  copyTermToAllSchools?: Resolver<Array<ResolversTypes['Term']>, ParentType, ContextType, RequireFields<MutationCopyTermToAllSchoolsArgs, 'termId'>>;
  createActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationCreateActivityArgs, 'input'>>;
  createContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationCreateContractArgs, 'input'>>;
  createProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationCreateProviderArgs, 'input'>>;
  createSchool?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<MutationCreateSchoolArgs, 'input'>>;
  createSchoolClass?: Resolver<ResolversTypes['SchoolClass'], ParentType, ContextType, RequireFields<MutationCreateSchoolClassArgs, 'input'>>;
  createStaffMember?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType, RequireFields<MutationCreateStaffMemberArgs, 'input'>>;
  createStudent?: Resolver<ResolversTypes['Student'], ParentType, ContextType, RequireFields<MutationCreateStudentArgs, 'input'>>;
  createSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationCreateSurveyArgs, 'input'>>;
  createTerm?: Resolver<ResolversTypes['Term'], ParentType, ContextType, RequireFields<MutationCreateTermArgs, 'input'>>;
  decideApplication?: Resolver<ResolversTypes['EnrolmentApplication'], ParentType, ContextType, RequireFields<MutationDecideApplicationArgs, 'decision' | 'id'>>;
  decideApplications?: Resolver<Array<ResolversTypes['ApplicationDecisionResult']>, ParentType, ContextType, RequireFields<MutationDecideApplicationsArgs, 'decision' | 'ids'>>;
  decideProviderExit?: Resolver<ResolversTypes['ProviderExit'], ParentType, ContextType, RequireFields<MutationDecideProviderExitArgs, 'decision' | 'id'>>;
  deleteActivity?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteActivityArgs, 'id'>>;
  deleteContract?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteContractArgs, 'id'>>;
  deleteDocument?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteDocumentArgs, 'id'>>;
  deleteProvider?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteProviderArgs, 'id'>>;
  deleteSchool?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSchoolArgs, 'id'>>;
  deleteSchoolClass?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSchoolClassArgs, 'id'>>;
  deleteStaffMember?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteStaffMemberArgs, 'id'>>;
  deleteStudent?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteStudentArgs, 'id'>>;
  deleteSurvey?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSurveyArgs, 'id'>>;
  deleteTerm?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTermArgs, 'id'>>;
  generateBills?: Resolver<ResolversTypes['BillGeneration'], ParentType, ContextType, RequireFields<MutationGenerateBillsArgs, 'month' | 'schoolId'>>;
  importProviders?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportProvidersArgs, 'dryRun' | 'firstRow' | 'onlyValid' | 'rows'>>;
  importSchools?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportSchoolsArgs, 'dryRun' | 'firstRow' | 'onlyValid' | 'rows'>>;
  importStudents?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportStudentsArgs, 'dryRun' | 'firstRow' | 'onlyValid' | 'rows' | 'schoolId'>>;
  issueGuardianCode?: Resolver<ResolversTypes['GuardianCode'], ParentType, ContextType, RequireFields<MutationIssueGuardianCodeArgs, 'studentId'>>;
  issueRespondentKey?: Resolver<ResolversTypes['RespondentKey'], ParentType, ContextType, RequireFields<MutationIssueRespondentKeyArgs, 'accessCode'>>;
  linkChild?: Resolver<ResolversTypes['Student'], ParentType, ContextType, RequireFields<MutationLinkChildArgs, 'code'>>;
  openProviderExit?: Resolver<ResolversTypes['ProviderExit'], ParentType, ContextType, RequireFields<MutationOpenProviderExitArgs, 'input'>>;
  publishDisclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType, RequireFields<MutationPublishDisclosureArgs, 'schoolId' | 'termId'>>;
  publishSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationPublishSurveyArgs, 'id'>>;
  reassignActivity?: Resolver<ResolversTypes['ProviderExit'], ParentType, ContextType, RequireFields<MutationReassignActivityArgs, 'activityId' | 'exitId'>>;
  recordEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationRecordEvaluationArgs, 'input'>>;
  recordHandover?: Resolver<ResolversTypes['Handover'], ParentType, ContextType, RequireFields<MutationRecordHandoverArgs, 'input'>>;
  recordInspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType, RequireFields<MutationRecordInspectionArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['Bill'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'billId' | 'reference'>>;
  recordRectification?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType, RequireFields<MutationRecordRectificationArgs, 'findingId' | 'inspectionId' | 'note'>>;
  recordRollCall?: Resolver<ResolversTypes['RollCall'], ParentType, ContextType, RequireFields<MutationRecordRollCallArgs, 'input'>>;
  reinstateProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationReinstateProviderArgs, 'id'>>;
  removeAuthorizedPickup?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveAuthorizedPickupArgs, 'id'>>;
  removeFromActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationRemoveFromActivityArgs, 'activityId' | 'studentId'>>;
  requestDocumentUpload?: Resolver<ResolversTypes['DocumentUpload'], ParentType, ContextType, RequireFields<MutationRequestDocumentUploadArgs, 'input'>>;
  requestLeave?: Resolver<ResolversTypes['LeaveRequest'], ParentType, ContextType, RequireFields<MutationRequestLeaveArgs, 'input'>>;
  resolveAlert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationResolveAlertArgs, 'id' | 'note'>>;
  reviewApplication?: Resolver<ResolversTypes['EnrolmentApplication'], ParentType, ContextType, RequireFields<MutationReviewApplicationArgs, 'decision' | 'id'>>;
  reviewProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationReviewProviderArgs, 'decision' | 'id'>>;
  rotatePickupCode?: Resolver<ResolversTypes['AuthorizedPickup'], ParentType, ContextType, RequireFields<MutationRotatePickupCodeArgs, 'id'>>;
  setDutyRota?: Resolver<ResolversTypes['DutyRota'], ParentType, ContextType, RequireFields<MutationSetDutyRotaArgs, 'days' | 'schoolId'>>;
  setFundAllocation?: Resolver<ResolversTypes['FundAllocation'], ParentType, ContextType, RequireFields<MutationSetFundAllocationArgs, 'amount' | 'schoolId' | 'schoolYear'>>;
  signContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationSignContractArgs, 'id'>>;
  submitProviderForReview?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationSubmitProviderForReviewArgs, 'id'>>;
  submitSurveyResponse?: Resolver<ResolversTypes['SurveySubmission'], ParentType, ContextType, RequireFields<MutationSubmitSurveyResponseArgs, 'accessCode' | 'answers' | 'respondentKey'>>;
  suspendProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationSuspendProviderArgs, 'id'>>;
  terminateContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationTerminateContractArgs, 'id'>>;
  updateActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationUpdateContractArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateDistrictPolicy?: Resolver<ResolversTypes['DistrictPolicy'], ParentType, ContextType, RequireFields<MutationUpdateDistrictPolicyArgs, 'expectedVersion' | 'input'>>;
  updateProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationUpdateProviderArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSchool?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<MutationUpdateSchoolArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSchoolClass?: Resolver<ResolversTypes['SchoolClass'], ParentType, ContextType, RequireFields<MutationUpdateSchoolClassArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateStaffMember?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType, RequireFields<MutationUpdateStaffMemberArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateStudent?: Resolver<ResolversTypes['Student'], ParentType, ContextType, RequireFields<MutationUpdateStudentArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationUpdateSurveyArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateTerm?: Resolver<ResolversTypes['Term'], ParentType, ContextType, RequireFields<MutationUpdateTermArgs, 'expectedVersion' | 'id' | 'input'>>;
  waiveBill?: Resolver<ResolversTypes['Bill'], ParentType, ContextType, RequireFields<MutationWaiveBillArgs, 'billId' | 'reason'>>;
  withdrawApplication?: Resolver<ResolversTypes['EnrolmentApplication'], ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'id'>>;
  writeCareLog?: Resolver<ResolversTypes['CareLog'], ParentType, ContextType, RequireFields<MutationWriteCareLogArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Activity' | 'Alert' | 'AuditEvent' | 'AuthorizedPickup' | 'Bill' | 'CareLog' | 'Contract' | 'Disclosure' | 'DistrictPolicy' | 'Document' | 'DutyRota' | 'EnrolmentApplication' | 'Evaluation' | 'Guardian' | 'Handover' | 'Inspection' | 'LeaveRequest' | 'Notification' | 'Provider' | 'ProviderExit' | 'ProviderStatement' | 'ProviderStatementAdjustment' | 'RollCall' | 'School' | 'SchoolClass' | 'StaffMember' | 'StipendAdjustment' | 'StipendSheet' | 'Student' | 'Survey' | 'Term', ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  alertId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  messageCode?: Resolver<Maybe<ResolversTypes['NotificationMessageCode']>, ParentType, ContextType>;
  params?: Resolver<Maybe<ResolversTypes['NotificationParams']>, ParentType, ContextType>;
  studentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationParamsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationParams'] = ResolversParentTypes['NotificationParams']> = {
  activityStartTime?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  activityTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  className?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  graceMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  leaveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  leaveReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  pickupPersonName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pickupPersonRelation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pickupSlot?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['LocalTime']>, ParentType, ContextType>;
  studentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OptOutReasonCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OptOutReasonCount'] = ResolversParentTypes['OptOutReasonCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['OptOutReason'], ParentType, ContextType>;
};

export type OptionCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OptionCount'] = ResolversParentTypes['OptionCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OverdueFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OverdueFinding'] = ResolversParentTypes['OverdueFinding']> = {
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
  inspectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectifyBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PickupSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PickupSlot'] = ResolversParentTypes['PickupSlot']> = {
  grades?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  times?: Resolver<Array<ResolversTypes['LocalTime']>, ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contracts?: Resolver<ResolversTypes['ContractConnection'], ParentType, ContextType, RequireFields<ProviderContractsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, RequireFields<ProviderEvaluationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProviderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  reentryDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceCategories?: Resolver<Array<ResolversTypes['ActivityCategory']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['ProviderStaff']>, ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['ProviderStanding'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProviderStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProviderConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderConnection'] = ResolversParentTypes['ProviderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProviderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Provider']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderEdge'] = ResolversParentTypes['ProviderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
};

export type ProviderExitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderExit'] = ResolversParentTypes['ProviderExit']> = {
  affectedActivities?: Resolver<Array<ResolversTypes['AffectedActivity']>, ParentType, ContextType>;
  canComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ExitEvidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonCode?: Resolver<Maybe<ResolversTypes['ProviderExitReasonCode']>, ParentType, ContextType>;
  reasonParams?: Resolver<Maybe<ResolversTypes['ProviderExitReasonParams']>, ParentType, ContextType>;
  reentryDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  schoolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProviderExitStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['ProviderExitTrigger'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProviderExitConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderExitConnection'] = ResolversParentTypes['ProviderExitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProviderExitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProviderExit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderExitEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderExitEdge'] = ResolversParentTypes['ProviderExitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProviderExit'], ParentType, ContextType>;
};

export type ProviderExitReasonParamsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderExitReasonParams'] = ResolversParentTypes['ProviderExitReasonParams']> = {
  evaluationThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  evaluationTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfactionThreshold?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ProviderStaffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderStaff'] = ResolversParentTypes['ProviderStaff']> = {
  certificates?: Resolver<Array<ResolversTypes['StaffCertificate']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProviderStandingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderStanding'] = ResolversParentTypes['ProviderStanding']> = {
  averageScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bySchool?: Resolver<Array<ResolversTypes['SchoolStanding']>, ParentType, ContextType>;
  evaluationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  latestEvaluationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProviderStatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderStatement'] = ResolversParentTypes['ProviderStatement']> = {
  adjustments?: Resolver<Array<ResolversTypes['ProviderStatementAdjustment']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ProviderStatementLine']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StipendSheetStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProviderStatementAdjustmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderStatementAdjustment'] = ResolversParentTypes['ProviderStatementAdjustment']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProviderStatementLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderStatementLine'] = ResolversParentTypes['ProviderStatementLine']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratePerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderStatusCount'] = ResolversParentTypes['ProviderStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProviderStatus'], ParentType, ContextType>;
};

export type PublicSchoolOptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicSchoolOption'] = ResolversParentTypes['PublicSchoolOption']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicSurveyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicSurvey'] = ResolversParentTypes['PublicSurvey']> = {
  accessCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asksForSchool?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  intro?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SurveyKind'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestion']>, ParentType, ContextType>;
  schoolOptions?: Resolver<Array<ResolversTypes['PublicSchoolOption']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QualificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Qualification'] = ResolversParentTypes['Qualification']> = {
  certificateType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validToday?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'first'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  alerts?: Resolver<ResolversTypes['AlertConnection'], ParentType, ContextType, RequireFields<QueryAlertsArgs, 'first'>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'entityId' | 'first'>>;
  authorizedPickups?: Resolver<Array<ResolversTypes['AuthorizedPickup']>, ParentType, ContextType, RequireFields<QueryAuthorizedPickupsArgs, 'studentId'>>;
  bill?: Resolver<Maybe<ResolversTypes['Bill']>, ParentType, ContextType, RequireFields<QueryBillArgs, 'id'>>;
  bills?: Resolver<ResolversTypes['BillConnection'], ParentType, ContextType, RequireFields<QueryBillsArgs, 'first'>>;
  careBoard?: Resolver<ResolversTypes['CareBoard'], ParentType, ContextType, RequireFields<QueryCareBoardArgs, 'date' | 'schoolId'>>;
  careLog?: Resolver<Maybe<ResolversTypes['CareLog']>, ParentType, ContextType, RequireFields<QueryCareLogArgs, 'date' | 'schoolId'>>;
  careLogs?: Resolver<Array<ResolversTypes['CareLog']>, ParentType, ContextType, RequireFields<QueryCareLogsArgs, 'from' | 'schoolId' | 'to'>>;
  careSessions?: Resolver<Array<ResolversTypes['RollCall']>, ParentType, ContextType, RequireFields<QueryCareSessionsArgs, 'date'>>;
  complianceOverview?: Resolver<ResolversTypes['ComplianceOverview'], ParentType, ContextType, Partial<QueryComplianceOverviewArgs>>;
  complianceReport?: Resolver<ResolversTypes['ComplianceReport'], ParentType, ContextType, RequireFields<QueryComplianceReportArgs, 'schoolId' | 'termId'>>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType, RequireFields<QueryContractArgs, 'id'>>;
  contracts?: Resolver<ResolversTypes['ContractConnection'], ParentType, ContextType, RequireFields<QueryContractsArgs, 'first'>>;
  dashboard?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType, Partial<QueryDashboardArgs>>;
  disclosures?: Resolver<ResolversTypes['DisclosureConnection'], ParentType, ContextType, RequireFields<QueryDisclosuresArgs, 'first'>>;
  districtCareBoard?: Resolver<Array<ResolversTypes['CareBoardSchoolRow']>, ParentType, ContextType, RequireFields<QueryDistrictCareBoardArgs, 'date'>>;
  districtPolicy?: Resolver<ResolversTypes['DistrictPolicy'], ParentType, ContextType>;
  documentDownload?: Resolver<ResolversTypes['DocumentDownload'], ParentType, ContextType, RequireFields<QueryDocumentDownloadArgs, 'id'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'ownerId'>>;
  dutyRota?: Resolver<Maybe<ResolversTypes['DutyRota']>, ParentType, ContextType, RequireFields<QueryDutyRotaArgs, 'schoolId'>>;
  enrolmentApplication?: Resolver<Maybe<ResolversTypes['EnrolmentApplication']>, ParentType, ContextType, RequireFields<QueryEnrolmentApplicationArgs, 'id'>>;
  enrolmentApplications?: Resolver<ResolversTypes['EnrolmentApplicationConnection'], ParentType, ContextType, RequireFields<QueryEnrolmentApplicationsArgs, 'first'>>;
  enrolmentStatistics?: Resolver<ResolversTypes['EnrolmentStatistics'], ParentType, ContextType, RequireFields<QueryEnrolmentStatisticsArgs, 'schoolId' | 'termId'>>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType, RequireFields<QueryEvaluationArgs, 'id'>>;
  evaluations?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, RequireFields<QueryEvaluationsArgs, 'first'>>;
  fundAllocation?: Resolver<ResolversTypes['FundAllocation'], ParentType, ContextType, RequireFields<QueryFundAllocationArgs, 'schoolId' | 'schoolYear'>>;
  handovers?: Resolver<Array<ResolversTypes['Handover']>, ParentType, ContextType, RequireFields<QueryHandoversArgs, 'studentId'>>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType, RequireFields<QueryInspectionArgs, 'id'>>;
  inspections?: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<QueryInspectionsArgs, 'first'>>;
  leaveRequests?: Resolver<Array<ResolversTypes['LeaveRequest']>, ParentType, ContextType, RequireFields<QueryLeaveRequestsArgs, 'studentId'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first'>>;
  provider?: Resolver<Maybe<ResolversTypes['Provider']>, ParentType, ContextType, RequireFields<QueryProviderArgs, 'id'>>;
  providerExit?: Resolver<Maybe<ResolversTypes['ProviderExit']>, ParentType, ContextType, RequireFields<QueryProviderExitArgs, 'id'>>;
  providerExits?: Resolver<ResolversTypes['ProviderExitConnection'], ParentType, ContextType, RequireFields<QueryProviderExitsArgs, 'first'>>;
  providerStatement?: Resolver<ResolversTypes['ProviderStatement'], ParentType, ContextType, RequireFields<QueryProviderStatementArgs, 'month' | 'providerId'>>;
  providers?: Resolver<ResolversTypes['ProviderConnection'], ParentType, ContextType, RequireFields<QueryProvidersArgs, 'first'>>;
  publicDisclosure?: Resolver<ResolversTypes['Disclosure'], ParentType, ContextType, RequireFields<QueryPublicDisclosureArgs, 'accessCode'>>;
  publicSurvey?: Resolver<ResolversTypes['PublicSurvey'], ParentType, ContextType, RequireFields<QueryPublicSurveyArgs, 'accessCode'>>;
  rollCall?: Resolver<Maybe<ResolversTypes['RollCall']>, ParentType, ContextType, RequireFields<QueryRollCallArgs, 'activityId' | 'date'>>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType, RequireFields<QuerySchoolArgs, 'id'>>;
  schoolClass?: Resolver<Maybe<ResolversTypes['SchoolClass']>, ParentType, ContextType, RequireFields<QuerySchoolClassArgs, 'id'>>;
  schoolClasses?: Resolver<ResolversTypes['SchoolClassConnection'], ParentType, ContextType, RequireFields<QuerySchoolClassesArgs, 'first'>>;
  schoolScores?: Resolver<Array<ResolversTypes['SchoolScore']>, ParentType, ContextType, RequireFields<QuerySchoolScoresArgs, 'schoolYear' | 'semester'>>;
  schools?: Resolver<ResolversTypes['SchoolConnection'], ParentType, ContextType, RequireFields<QuerySchoolsArgs, 'first'>>;
  staffMember?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType, RequireFields<QueryStaffMemberArgs, 'id'>>;
  staffMembers?: Resolver<ResolversTypes['StaffMemberConnection'], ParentType, ContextType, RequireFields<QueryStaffMembersArgs, 'first'>>;
  stipendSheet?: Resolver<ResolversTypes['StipendSheet'], ParentType, ContextType, RequireFields<QueryStipendSheetArgs, 'month' | 'schoolId'>>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType, RequireFields<QueryStudentArgs, 'id'>>;
  students?: Resolver<ResolversTypes['StudentConnection'], ParentType, ContextType, RequireFields<QueryStudentsArgs, 'first'>>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType, RequireFields<QuerySurveyArgs, 'id'>>;
  surveyResults?: Resolver<ResolversTypes['SurveyResults'], ParentType, ContextType, RequireFields<QuerySurveyResultsArgs, 'surveyId'>>;
  surveys?: Resolver<ResolversTypes['SurveyConnection'], ParentType, ContextType, RequireFields<QuerySurveysArgs, 'first'>>;
  term?: Resolver<Maybe<ResolversTypes['Term']>, ParentType, ContextType, RequireFields<QueryTermArgs, 'id'>>;
  terms?: Resolver<ResolversTypes['TermConnection'], ParentType, ContextType, RequireFields<QueryTermsArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type QuestionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuestionResult'] = ResolversParentTypes['QuestionResult']> = {
  kind?: Resolver<ResolversTypes['QuestionKind'], ParentType, ContextType>;
  meanRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['OptionCount']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RespondentKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RespondentKey'] = ResolversParentTypes['RespondentKey']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RollCallResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RollCall'] = ResolversParentTypes['RollCall']> = {
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marks?: Resolver<Array<ResolversTypes['RollCallMark']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  takenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  takenBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RollCallMarkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RollCallMark'] = ResolversParentTypes['RollCallMark']> = {
  status?: Resolver<ResolversTypes['MarkStatus'], ParentType, ContextType>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SchoolResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dutyRota?: Resolver<Maybe<ResolversTypes['DutyRota']>, ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadershipGroup?: Resolver<Array<ResolversTypes['LeadershipMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<ResolversTypes['Ownership'], ParentType, ContextType>;
  pickupSlots?: Resolver<Array<ResolversTypes['PickupSlot']>, ParentType, ContextType>;
  principal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  studentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['TermConnection'], ParentType, ContextType, RequireFields<SchoolTermsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['SchoolType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SchoolClassResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolClass'] = ResolversParentTypes['SchoolClass']> = {
  classTeacher?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  classTeacherId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  studentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['StudentConnection'], ParentType, ContextType, RequireFields<SchoolClassStudentsArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SchoolClassConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolClassConnection'] = ResolversParentTypes['SchoolClassConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SchoolClassEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SchoolClass']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolClassEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolClassEdge'] = ResolversParentTypes['SchoolClassEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SchoolClass'], ParentType, ContextType>;
};

export type SchoolComplianceSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolComplianceSummary'] = ResolversParentTypes['SchoolComplianceSummary']> = {
  issueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SchoolConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolConnection'] = ResolversParentTypes['SchoolConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SchoolEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['School']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolEdge'] = ResolversParentTypes['SchoolEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
};

export type SchoolSatisfactionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolSatisfaction'] = ResolversParentTypes['SchoolSatisfaction']> = {
  responseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SchoolScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolScore'] = ResolversParentTypes['SchoolScore']> = {
  complianceScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inspectionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspectionScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdueFindingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionResponseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfactionSurveyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
  termId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['SchoolScoreWeightsUsed'], ParentType, ContextType>;
};

export type SchoolScoreWeightsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolScoreWeights'] = ResolversParentTypes['SchoolScoreWeights']> = {
  compliance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspection?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolScoreWeightsUsedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolScoreWeightsUsed'] = ResolversParentTypes['SchoolScoreWeightsUsed']> = {
  compliance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspection?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolStandingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolStanding'] = ResolversParentTypes['SchoolStanding']> = {
  averageScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evaluationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  latestScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StaffCertificateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffCertificate'] = ResolversParentTypes['StaffCertificate']> = {
  certificateType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type StaffMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['StaffDuty']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StaffMemberConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffMemberConnection'] = ResolversParentTypes['StaffMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StaffMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffMemberEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffMemberEdge'] = ResolversParentTypes['StaffMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType>;
};

export type StipendAdjustmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StipendAdjustment'] = ResolversParentTypes['StipendAdjustment']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  staffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StipendRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StipendRow'] = ResolversParentTypes['StipendRow']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  staffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StipendSheetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StipendSheet'] = ResolversParentTypes['StipendSheet']> = {
  adjustments?: Resolver<Array<ResolversTypes['StipendAdjustment']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['StipendRow']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StipendSheetStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StudentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student']> = {
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, Partial<StudentActivitiesArgs>>;
  applications?: Resolver<Array<ResolversTypes['EnrolmentApplication']>, ParentType, ContextType, Partial<StudentApplicationsArgs>>;
  classId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  className?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  guardians?: Resolver<Array<ResolversTypes['StudentGuardian']>, ParentType, ContextType>;
  hardship?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leftBehind?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  maskedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolClass?: Resolver<Maybe<ResolversTypes['SchoolClass']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StudentStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StudentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StudentConnection'] = ResolversParentTypes['StudentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StudentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Student']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StudentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StudentEdge'] = ResolversParentTypes['StudentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
};

export type StudentGuardianResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StudentGuardian'] = ResolversParentTypes['StudentGuardian']> = {
  linked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SurveyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey']> = {
  accessCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intro?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SurveyKind'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  previousSurveyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestion']>, ParentType, ContextType>;
  responseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  schoolSlice?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['SurveyScope'], ParentType, ContextType>;
  scopeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyStatus'], ParentType, ContextType>;
  termId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SurveyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyConnection'] = ResolversParentTypes['SurveyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SurveyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyEdge'] = ResolversParentTypes['SurveyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
};

export type SurveyGroupResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyGroupResult'] = ResolversParentTypes['SurveyGroupResult']> = {
  grade?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SurveyQuestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyQuestion'] = ResolversParentTypes['SurveyQuestion']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResults'] = ResolversParentTypes['SurveyResults']> = {
  groups?: Resolver<Array<ResolversTypes['SurveyGroupResult']>, ParentType, ContextType>;
  minimumAnswers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['SurveyResults']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuestionResult']>, ParentType, ContextType>;
  responseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  schoolSlice?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  surveyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SurveySubmissionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveySubmission'] = ResolversParentTypes['SurveySubmission']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  replaced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Term'] = ResolversParentTypes['Term']> = {
  calendar?: Resolver<Array<ResolversTypes['CalendarDay']>, ParentType, ContextType, RequireFields<TermCalendarArgs, 'month'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  excludedDates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  makeUpDays?: Resolver<Array<ResolversTypes['MakeUpDay']>, ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  semester?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceDayCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TermConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TermConnection'] = ResolversParentTypes['TermConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TermEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Term']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TermEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TermEdge'] = ResolversParentTypes['TermEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Term'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  children?: Resolver<Array<ResolversTypes['Student']>, ParentType, ContextType>;
  classes?: Resolver<Array<ResolversTypes['SchoolClass']>, ParentType, ContextType>;
  guardian?: Resolver<Maybe<ResolversTypes['Guardian']>, ParentType, ContextType>;
  guardianId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  AffectedActivity?: AffectedActivityResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  AlertConnection?: AlertConnectionResolvers<ContextType>;
  AlertEdge?: AlertEdgeResolvers<ContextType>;
  AlertParams?: AlertParamsResolvers<ContextType>;
  ApplicationDecisionResult?: ApplicationDecisionResultResolvers<ContextType>;
  ApplicationStatusCount?: ApplicationStatusCountResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditParam?: AuditParamResolvers<ContextType>;
  AuditValue?: AuditValueResolvers<ContextType>;
  AuthorizedPickup?: AuthorizedPickupResolvers<ContextType>;
  Bill?: BillResolvers<ContextType>;
  BillConnection?: BillConnectionResolvers<ContextType>;
  BillEdge?: BillEdgeResolvers<ContextType>;
  BillGeneration?: BillGenerationResolvers<ContextType>;
  CalendarDay?: CalendarDayResolvers<ContextType>;
  CareBoard?: CareBoardResolvers<ContextType>;
  CareBoardSchoolRow?: CareBoardSchoolRowResolvers<ContextType>;
  CareBoardSession?: CareBoardSessionResolvers<ContextType>;
  CareIncident?: CareIncidentResolvers<ContextType>;
  CareLog?: CareLogResolvers<ContextType>;
  CarePickupChild?: CarePickupChildResolvers<ContextType>;
  CarePickupSlot?: CarePickupSlotResolvers<ContextType>;
  ComplianceDay?: ComplianceDayResolvers<ContextType>;
  ComplianceExplanationParams?: ComplianceExplanationParamsResolvers<ContextType>;
  ComplianceIssue?: ComplianceIssueResolvers<ContextType>;
  ComplianceIssueParams?: ComplianceIssueParamsResolvers<ContextType>;
  ComplianceOverview?: ComplianceOverviewResolvers<ContextType>;
  ComplianceOverviewCell?: ComplianceOverviewCellResolvers<ContextType>;
  ComplianceOverviewRow?: ComplianceOverviewRowResolvers<ContextType>;
  ComplianceReport?: ComplianceReportResolvers<ContextType>;
  ComplianceRuleInfo?: ComplianceRuleInfoResolvers<ContextType>;
  ComplianceRuleResult?: ComplianceRuleResultResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  ContractConnection?: ContractConnectionResolvers<ContextType>;
  ContractEdge?: ContractEdgeResolvers<ContextType>;
  CriterionScore?: CriterionScoreResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisclosedActivity?: DisclosedActivityResolvers<ContextType>;
  DisclosedContract?: DisclosedContractResolvers<ContextType>;
  DisclosedProvider?: DisclosedProviderResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureConnection?: DisclosureConnectionResolvers<ContextType>;
  DisclosureContent?: DisclosureContentResolvers<ContextType>;
  DisclosureEdge?: DisclosureEdgeResolvers<ContextType>;
  DisclosureServiceTime?: DisclosureServiceTimeResolvers<ContextType>;
  DistrictPolicy?: DistrictPolicyResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentDownload?: DocumentDownloadResolvers<ContextType>;
  DocumentUpload?: DocumentUploadResolvers<ContextType>;
  DutyRota?: DutyRotaResolvers<ContextType>;
  DutyRotaDay?: DutyRotaDayResolvers<ContextType>;
  EnrolmentApplication?: EnrolmentApplicationResolvers<ContextType>;
  EnrolmentApplicationConnection?: EnrolmentApplicationConnectionResolvers<ContextType>;
  EnrolmentApplicationEdge?: EnrolmentApplicationEdgeResolvers<ContextType>;
  EnrolmentStatistics?: EnrolmentStatisticsResolvers<ContextType>;
  ErrorParam?: ErrorParamResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationConnection?: EvaluationConnectionResolvers<ContextType>;
  EvaluationEdge?: EvaluationEdgeResolvers<ContextType>;
  ExitEvidence?: ExitEvidenceResolvers<ContextType>;
  ExitEvidenceParams?: ExitEvidenceParamsResolvers<ContextType>;
  ExitNotice?: ExitNoticeResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FundAllocation?: FundAllocationResolvers<ContextType>;
  Guardian?: GuardianResolvers<ContextType>;
  GuardianCode?: GuardianCodeResolvers<ContextType>;
  Handover?: HandoverResolvers<ContextType>;
  HttpHeader?: HttpHeaderResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  InspectionConnection?: InspectionConnectionResolvers<ContextType>;
  InspectionEdge?: InspectionEdgeResolvers<ContextType>;
  InspectionFinding?: InspectionFindingResolvers<ContextType>;
  LeadershipMember?: LeadershipMemberResolvers<ContextType>;
  LeaveRequest?: LeaveRequestResolvers<ContextType>;
  LocalTime?: GraphQLScalarType;
  MakeUpDay?: MakeUpDayResolvers<ContextType>;
  MarkCounts?: MarkCountsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationParams?: NotificationParamsResolvers<ContextType>;
  OptOutReasonCount?: OptOutReasonCountResolvers<ContextType>;
  OptionCount?: OptionCountResolvers<ContextType>;
  OverdueFinding?: OverdueFindingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PickupSlot?: PickupSlotResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  ProviderConnection?: ProviderConnectionResolvers<ContextType>;
  ProviderEdge?: ProviderEdgeResolvers<ContextType>;
  ProviderExit?: ProviderExitResolvers<ContextType>;
  ProviderExitConnection?: ProviderExitConnectionResolvers<ContextType>;
  ProviderExitEdge?: ProviderExitEdgeResolvers<ContextType>;
  ProviderExitReasonParams?: ProviderExitReasonParamsResolvers<ContextType>;
  ProviderStaff?: ProviderStaffResolvers<ContextType>;
  ProviderStanding?: ProviderStandingResolvers<ContextType>;
  ProviderStatement?: ProviderStatementResolvers<ContextType>;
  ProviderStatementAdjustment?: ProviderStatementAdjustmentResolvers<ContextType>;
  ProviderStatementLine?: ProviderStatementLineResolvers<ContextType>;
  ProviderStatusCount?: ProviderStatusCountResolvers<ContextType>;
  PublicSchoolOption?: PublicSchoolOptionResolvers<ContextType>;
  PublicSurvey?: PublicSurveyResolvers<ContextType>;
  Qualification?: QualificationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuestionResult?: QuestionResultResolvers<ContextType>;
  RespondentKey?: RespondentKeyResolvers<ContextType>;
  RollCall?: RollCallResolvers<ContextType>;
  RollCallMark?: RollCallMarkResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
  SchoolClass?: SchoolClassResolvers<ContextType>;
  SchoolClassConnection?: SchoolClassConnectionResolvers<ContextType>;
  SchoolClassEdge?: SchoolClassEdgeResolvers<ContextType>;
  SchoolComplianceSummary?: SchoolComplianceSummaryResolvers<ContextType>;
  SchoolConnection?: SchoolConnectionResolvers<ContextType>;
  SchoolEdge?: SchoolEdgeResolvers<ContextType>;
  SchoolSatisfaction?: SchoolSatisfactionResolvers<ContextType>;
  SchoolScore?: SchoolScoreResolvers<ContextType>;
  SchoolScoreWeights?: SchoolScoreWeightsResolvers<ContextType>;
  SchoolScoreWeightsUsed?: SchoolScoreWeightsUsedResolvers<ContextType>;
  SchoolStanding?: SchoolStandingResolvers<ContextType>;
  StaffCertificate?: StaffCertificateResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StaffMemberConnection?: StaffMemberConnectionResolvers<ContextType>;
  StaffMemberEdge?: StaffMemberEdgeResolvers<ContextType>;
  StipendAdjustment?: StipendAdjustmentResolvers<ContextType>;
  StipendRow?: StipendRowResolvers<ContextType>;
  StipendSheet?: StipendSheetResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  StudentConnection?: StudentConnectionResolvers<ContextType>;
  StudentEdge?: StudentEdgeResolvers<ContextType>;
  StudentGuardian?: StudentGuardianResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyConnection?: SurveyConnectionResolvers<ContextType>;
  SurveyEdge?: SurveyEdgeResolvers<ContextType>;
  SurveyGroupResult?: SurveyGroupResultResolvers<ContextType>;
  SurveyQuestion?: SurveyQuestionResolvers<ContextType>;
  SurveyResults?: SurveyResultsResolvers<ContextType>;
  SurveySubmission?: SurveySubmissionResolvers<ContextType>;
  Term?: TermResolvers<ContextType>;
  TermConnection?: TermConnectionResolvers<ContextType>;
  TermEdge?: TermEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
};
