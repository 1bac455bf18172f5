/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/**
 * Filters for `activities`. Give `termId` for a school's timetable (sorted by weekday and start time); give
 * `providerId` or `contractId` for a provider's or a contract's activities.
 */
export type ActivityFilter = {
  /** Only activities of this category. */
  category?: ActivityCategory | null | undefined;
  /** Only activities under this contract. */
  contractId?: string | number | null | undefined;
  /** Only these records (at most 100 ids), e.g. to show references by name. Other filters still apply. */
  ids?: Array<string | number> | null | undefined;
  /** Only activities run by this provider. */
  providerId?: string | number | null | undefined;
  /** Title, venue or person in charge contains this text (at most 100 characters). */
  q?: string | null | undefined;
  /** Only activities of this school. */
  schoolId?: string | number | null | undefined;
  /** Only activities in this status. */
  status?: ActivityStatus | null | undefined;
  /** Only activities of this term (the timetable). */
  termId?: string | number | null | undefined;
  /** Only activities on this day. */
  weekday?: Weekday | null | undefined;
};

/** Whether an activity runs. */
export type ActivityStatus =
  /** Runs every week of the term; holds its venue and person in charge. */
  | 'ACTIVE'
  /** Cancelled (e.g. during a provider exit); kept for the record, frees its venue and person. */
  | 'CANCELLED';

/** A pickup person a guardian adds (themself included). */
export type AddAuthorizedPickupInput = {
  /** The person's name, not empty, at most 40 characters. */
  name: string;
  /** Relation to the child (关系), not empty, at most 20 characters. */
  relation: string;
  /** One of the guardian's children. */
  studentId: string | number;
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

/** An application for after-school service (课后服务申请). */
export type ApplyForServiceInput = {
  /** Wished activities (意向活动), at most 20: active ones of the term, for the grade, on a chosen day. */
  activityIds?: Array<string | number> | null | undefined;
  /** True: the guardian has read and agrees to the care agreement (`DistrictPolicy.careAgreement`). */
  consent: boolean;
  /** Service days (服务日), among the district policy's `serviceDays`. */
  days: Array<Weekday>;
  /** Whether late care (延时托管) is wanted. */
  lateCare: boolean;
  /** Pickup time (放学时段): one of the school's times for the student's grade. */
  pickupSlot: string;
  /** The student: a linked child (PARENT), or a student of the school (school staff entering a paper form). */
  studentId: string | number;
  /** A term (学期) of the student's school that has not ended. */
  termId: string | number;
};

/** Where a bill stands (账单状态). */
export type BillStatus =
  /** Paid; `paymentReference` names the payment (已缴). */
  | 'PAID'
  /** Not paid yet (待缴). */
  | 'UNPAID'
  /** Waived by the school with a reason (免收). */
  | 'WAIVED';

/** An incident as written. */
export type CareIncidentInput = {
  /** What was done, not empty, at most 500 characters. */
  action: string;
  /** When (HH:mm). */
  at: string;
  /** What happened, not empty, at most 500 characters. */
  description: string;
  /** What kind. */
  kind: IncidentKind;
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

/** How families pay for after-school services (收费方式). */
export type FeeModel =
  /** Free (免费): no charge for families, funded by the budget (财政保障). */
  | 'FREE'
  /** Monthly fee (按月收费): a fee per student (`monthlyFee`), with a hardship discount (`hardshipDiscountPercent`). */
  | 'MONTHLY'
  /** A fee per service day the child is enrolled for (`dailyFee`, as Foshan bills 午托/晚托), with the hardship discount. */
  | 'PER_DAY';

/** What a handover is. */
export type HandoverKind =
  /** Release to an authorized pickup person at the pickup slot (放学交接). */
  | 'RELEASE'
  /** Between segments (环节交接), e.g. from an activity to late care. */
  | 'SEGMENT';

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

/** Where a leave request stands. */
export type LeaveStatus =
  /** Acknowledged by the class teacher (已确认). */
  | 'ACKNOWLEDGED'
  /** Cancelled (已撤销): no longer excuses the child. */
  | 'CANCELLED'
  /** Submitted (已提交): already excuses the child; waiting for the class teacher. */
  | 'SUBMITTED';

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

/** Who runs the school (办学性质). */
export type Ownership =
  /** Private school (民办). */
  | 'PRIVATE'
  /** Public school (公办). */
  | 'PUBLIC';

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

/** Filters for `providers` (sorted by name). SCHOOL_ADMIN users see APPROVED providers only; PROVIDER users their own. */
export type ProviderFilter = {
  /** Only these records (at most 100 ids), e.g. to show references by name. Other filters still apply. */
  ids?: Array<string | number> | null | undefined;
  /** Only providers of this kind. */
  kind?: ProviderKind | null | undefined;
  /** Name contains, or credit code starts with, this text (at most 100 characters). */
  q?: string | null | undefined;
  /** Only providers offering this category. */
  serviceCategory?: ActivityCategory | null | undefined;
  /** Only providers in this admission status. */
  status?: ProviderStatus | null | undefined;
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

/** A roll call as the person in charge submits it (also from a phone's offline queue). */
export type RecordRollCallInput = {
  /** The activity (活动). */
  activityId: string | number;
  /** The session's date: a service day of the term on which the activity runs, not in the future. */
  date: string;
  /** To correct a recorded roll call: the version read. Omitted: the first submission of the session (CONFLICT with the current marks if one exists). */
  expectedVersion?: number | null | undefined;
  /** A key the client makes per submission (at least 8, at most 64 characters: letters, digits, - or _; a UUID will do): a retry with the same key never records twice and returns the roll call as it stands. */
  idempotencyKey: string;
  /** At most 500 marks, one per child; rostered children on leave left out are marked LEAVE. */
  marks: Array<RollCallMarkInput>;
};

/** A leave request (请假). */
export type RequestLeaveInput = {
  /** First day; a parent asks from today on, the class teacher or school up to 7 days back. */
  from: string;
  /** Why (请假原因), not empty, at most 200 characters. */
  reason: string;
  /** The student: one of the parent's children, or of the class teacher's class. */
  studentId: string | number;
  /** Last day (inclusive), at most 31 days after the first. */
  to: string;
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

/** A mark as submitted. */
export type RollCallMarkInput = {
  /** The mark; ABSENT becomes LEAVE for a child with leave that day. */
  status: MarkStatus;
  /** The student (学生), who must be on the activity's roster. */
  studentId: string | number;
};

/** Filters for `schools`. All given filters must match. */
export type SchoolFilter = {
  /** Only these schools (at most 100 ids). */
  ids?: Array<string | number> | null | undefined;
  /** Only schools with this ownership. */
  ownership?: Ownership | null | undefined;
  /** Matches schools whose name contains, or whose code starts with, this text (at most 100 characters). */
  q?: string | null | undefined;
  /** Only schools of this type. */
  type?: SchoolType | null | undefined;
};

/** Sort order of `schools`; default CODE ascending. */
export type SchoolOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection | null | undefined;
  /** The field to sort by. */
  field: SchoolOrderField;
};

/** Sortable school fields. */
export type SchoolOrderField =
  /** By district school code. */
  | 'CODE'
  /** By name. */
  | 'NAME';

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

/** Sort direction of a list. */
export type SortDirection =
  /** Ascending: smallest first (A→Z, oldest first). */
  | 'ASC'
  /** Descending: largest first (Z→A, newest first). */
  | 'DESC';

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

/** One answer (回答). */
export type SurveyAnswerInput = {
  /** SINGLE_CHOICE (exactly one) / MULTI_CHOICE: option labels as shown, each at most 60 characters. */
  choices?: Array<string> | null | undefined;
  /** The question answered. */
  questionId: string | number;
  /** RATING: 1–5. */
  rating?: number | null | undefined;
  /** TEXT: the answer, at most 1000 characters. Stored with phone numbers, ID card numbers and other runs of 11+ digits replaced by a note (e.g. [手机号已隐去]). */
  text?: string | null | undefined;
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

/** What a survey asks about (问卷类型). */
export type SurveyKind =
  /** Demand survey (需求征询): what families want (at least one per semester); must not pressure families. */
  | 'DEMAND'
  /** Satisfaction survey (满意度调查): ratings of a service; low results can open a provider exit case. */
  | 'SATISFACTION';

/** DRAFT → OPEN (publishSurvey) → CLOSED (closeSurvey). */
export type SurveyStatus =
  /** Closed (已结束): results are final. */
  | 'CLOSED'
  /** Draft (草稿): may be edited; not answerable. */
  | 'DRAFT'
  /** Open (进行中): answerable on the public page. */
  | 'OPEN';

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
  date: string;
  /**
   * The duty leader of the day (值班领导). Omitted: the duty rota's leader of that weekday (a duty leader writing without a
   * rota entry: themself). A duty leader may name only themself; the school admin may name a stand-in, an active
   * DUTY_LEADER of the school (else BAD_USER_INPUT on this field).
   */
  dutyLeaderId?: string | number | null | undefined;
  /** To change an existing log: the version read. Omitted: the day's first log (CONFLICT when one exists). */
  expectedVersion?: number | null | undefined;
  /** At most 50 incidents. */
  incidents: Array<CareIncidentInput>;
  /** The school. */
  schoolId: string | number;
  /** Summary, not empty, at most 2000 characters. */
  summary: string;
};

export type TeacherPickupBoardQueryVariables = Exact<{
  schoolId: string | number;
  date: string;
}>;


export type TeacherPickupBoardQuery = { careBoard: { serviceDay: boolean, pickupSlots: Array<{ time: string | null, due: number, released: number, waiting: number, children: Array<{ studentId: string, state: PickupState, overdue: boolean, releasedAt: string | null, releasedTo: string | null, student: { name: string, className: string | null } | null }> }> } };

export type TeacherSchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type TeacherSchoolQuery = { viewer: { schoolId: string | null } | null };

export type TeacherDutiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TeacherDutiesQuery = { viewer: { schoolId: string | null, staffId: string | null, staff: { duties: Array<StaffDuty> } | null } | null };

export type CareLogFieldsFragment = { id: string, version: number, date: string, dutyLeaderId: string | null, summary: string, updatedAt: string, incidents: Array<{ at: string, kind: IncidentKind, description: string, action: string }> };

export type CareLogOfDayQueryVariables = Exact<{
  schoolId: string | number;
  date: string;
}>;


export type CareLogOfDayQuery = { careLog: { id: string, version: number, date: string, dutyLeaderId: string | null, summary: string, updatedAt: string, incidents: Array<{ at: string, kind: IncidentKind, description: string, action: string }> } | null };

export type WriteCareLogMutationVariables = Exact<{
  input: WriteCareLogInput;
}>;


export type WriteCareLogMutation = { writeCareLog: { id: string, version: number, date: string, dutyLeaderId: string | null, summary: string, updatedAt: string, incidents: Array<{ at: string, kind: IncidentKind, description: string, action: string }> } };

export type SchoolsQueryVariables = Exact<{
  filter?: SchoolFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: SchoolOrder | null | undefined;
}>;


export type SchoolsQuery = { schools: { nodes: Array<{ id: string, name: string, code: string, type: SchoolType, ownership: Ownership, grades: Array<number>, studentCount: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ActivitiesQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActivitiesQuery = { activities: { nodes: Array<{ id: string, schoolId: string, termId: string, weekday: Weekday, startTime: string, endTime: string, title: string, category: ActivityCategory, venue: string, segment: ServiceSegment, staffName: string | null, providerId: string | null, status: ActivityStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProvidersQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProvidersQuery = { providers: { nodes: Array<{ id: string, name: string, kind: ProviderKind, status: ProviderStatus, serviceCategories: Array<ActivityCategory>, standing: { latestScore: number | null, averageScore: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: string | number;
  groupBy?: SurveyGroupBy | null | undefined;
}>;


export type SurveyResultsQuery = { surveyResults: { surveyId: string, responseCount: number, satisfactionRate: number | null, questions: Array<{ questionId: string, text: string, kind: QuestionKind, responseCount: number, meanRating: number | null, satisfactionRate: number | null, options: Array<{ label: string, count: number }> }>, groups: Array<{ key: string, label: string, responseCount: number, satisfactionRate: number | null }> } };

export type DashboardQueryVariables = Exact<{
  schoolId?: string | number | null | undefined;
}>;


export type DashboardQuery = { dashboard: { schoolId: string | null, openExitCases: number, contractsExpiringSoon: number, qualificationsExpiringSoon: number, satisfactionSurveyId: string | null, providersByStatus: Array<{ status: ProviderStatus, count: number }>, satisfactionBySchool: Array<{ schoolId: string, schoolName: string, responseCount: number, satisfactionRate: number | null }>, schoolsWithComplianceProblems: Array<{ schoolId: string, schoolName: string, termId: string, issueCount: number }> } };

export type HandoverSessionsQueryVariables = Exact<{
  date: string;
}>;


export type HandoverSessionsQuery = { careSessions: Array<{ activityId: string, recorded: boolean, activity: { id: string, title: string, startTime: string, endTime: string, weekday: Weekday, category: ActivityCategory, termId: string, schoolId: string } | null, marks: Array<{ studentId: string, status: MarkStatus, student: { name: string } | null }> }> };

export type LateCareSessionsQueryVariables = Exact<{
  schoolId: string | number;
  termId: string | number;
  weekday: Weekday;
}>;


export type LateCareSessionsQuery = { activities: { nodes: Array<{ id: string, title: string, startTime: string, endTime: string, venue: string, staffName: string | null }> } };

export type HandOverSegmentMutationVariables = Exact<{
  studentId: string | number;
  fromActivityId: string | number;
  toActivityId: string | number;
}>;


export type HandOverSegmentMutation = { recordHandover: { id: string, kind: HandoverKind, at: string, fromActivityId: string | null, toActivityId: string | null } };

export type ChildApplicationFragment = { id: string, version: number, termId: string, status: ApplicationStatus, days: Array<Weekday>, lateCare: boolean, pickupSlot: string, reason: string | null, withdrawnFrom: string | null, submittedAt: string };

export type ParentHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ParentHomeQuery = { viewer: { role: Role, guardian: { id: string, name: string } | null, children: Array<{ id: string, name: string, className: string | null, grade: number, schoolId: string, school: { id: string, name: string, pickupSlots: Array<{ grades: Array<number>, times: Array<string> }> } | null, applications: Array<{ id: string, version: number, termId: string, status: ApplicationStatus, days: Array<Weekday>, lateCare: boolean, pickupSlot: string, reason: string | null, withdrawnFrom: string | null, submittedAt: string }> }> } | null, districtPolicy: { serviceDays: Array<Weekday>, careAgreement: string } };

export type ParentTermsQueryVariables = Exact<{
  schoolId: string | number;
}>;


export type ParentTermsQuery = { terms: { nodes: Array<{ id: string, schoolYear: string, semester: number, startDate: string, endDate: string }> } };

export type ParentActivitiesQueryVariables = Exact<{
  schoolId: string | number;
  termId: string | number;
}>;


export type ParentActivitiesQuery = { activities: { nodes: Array<{ id: string, title: string, weekday: Weekday, startTime: string, endTime: string, grades: Array<number>, category: ActivityCategory, status: ActivityStatus }> } };

export type LinkChildMutationVariables = Exact<{
  code: string;
}>;


export type LinkChildMutation = { linkChild: { id: string, name: string } };

export type ApplyForServiceMutationVariables = Exact<{
  input: ApplyForServiceInput;
}>;


export type ApplyForServiceMutation = { applyForService: { id: string, version: number, termId: string, status: ApplicationStatus, days: Array<Weekday>, lateCare: boolean, pickupSlot: string, reason: string | null, withdrawnFrom: string | null, submittedAt: string } };

export type ChangePickupSlotMutationVariables = Exact<{
  id: string | number;
  pickupSlot: string;
  expectedVersion?: number | null | undefined;
}>;


export type ChangePickupSlotMutation = { changePickupSlot: { id: string, version: number, termId: string, status: ApplicationStatus, days: Array<Weekday>, lateCare: boolean, pickupSlot: string, reason: string | null, withdrawnFrom: string | null, submittedAt: string } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
  optOutReason?: OptOutReason | null | undefined;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string, version: number, termId: string, status: ApplicationStatus, days: Array<Weekday>, lateCare: boolean, pickupSlot: string, reason: string | null, withdrawnFrom: string | null, submittedAt: string } };

export type LeaveRequestsQueryVariables = Exact<{
  studentId: string | number;
}>;


export type LeaveRequestsQuery = { leaveRequests: Array<{ id: string, from: string, to: string, reason: string, status: LeaveStatus }> };

export type RequestLeaveMutationVariables = Exact<{
  input: RequestLeaveInput;
}>;


export type RequestLeaveMutation = { requestLeave: { id: string, from: string, to: string, reason: string, status: LeaveStatus } };

export type AuthorizedPickupsQueryVariables = Exact<{
  studentId: string | number;
}>;


export type AuthorizedPickupsQuery = { authorizedPickups: Array<{ id: string, name: string, relation: string, code: string }> };

export type AddAuthorizedPickupMutationVariables = Exact<{
  input: AddAuthorizedPickupInput;
}>;


export type AddAuthorizedPickupMutation = { addAuthorizedPickup: { id: string, name: string, relation: string, code: string } };

export type RemoveAuthorizedPickupMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveAuthorizedPickupMutation = { removeAuthorizedPickup: string };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, title: string, body: string, messageCode: NotificationMessageCode | null, createdAt: string, params: { studentName: string | null, className: string | null, activityTitle: string | null, activityStartTime: string | null, venue: string | null, pickupSlot: string | null, graceMinutes: number | null, leaveFrom: string | null, leaveTo: string | null, leaveReason: string | null, releasedAt: string | null, pickupPersonName: string | null, pickupPersonRelation: string | null } | null }> } };

export type ChildBillsQueryVariables = Exact<{
  studentId: string | number;
}>;


export type ChildBillsQuery = { bills: { nodes: Array<{ id: string, month: string, amount: number, discount: number, refund: number, netAmount: number, status: BillStatus, paymentReference: string | null }> } };

export type ProviderHomeQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderHomeQuery = { provider: { id: string, name: string } | null };

export type PublicDisclosureQueryVariables = Exact<{
  accessCode: string;
}>;


export type PublicDisclosureQuery = { publicDisclosure: { accessCode: string, publishedAt: string, content: { schoolName: string, schoolYear: string, semester: number, startDate: string, endDate: string, serviceDays: Array<Weekday>, serviceDayCount: number, feeModel: FeeModel, monthlyFee: number | null, dailyFee: number | null, hardshipDiscountPercent: number, refundDeadlineDay: number, enrolledCount: number, billCount: number, discountsGranted: number, waivedCount: number, billedAmount: number, discountAmount: number, refundAmount: number, stipendRate: number, stipendPaid: number, stipendMonths: Array<string>, fundSchoolYear: string, fundAllocated: number, fundSpent: number, times: Array<{ weekday: Weekday, startTime: string, endTime: string }>, activities: Array<{ weekday: Weekday, startTime: string, endTime: string, title: string, category: ActivityCategory, segment: ServiceSegment, venue: string, runBy: string }>, providers: Array<{ name: string, heldAmount: number, contracts: Array<{ serviceContent: string, serviceMethod: string, ratePerHour: number, hours: number, totalAmount: number, status: ContractStatus }> }> } } };

export type PublicSurveyQueryVariables = Exact<{
  accessCode: string;
}>;


export type PublicSurveyQuery = { publicSurvey: { accessCode: string, title: string, intro: string | null, kind: SurveyKind, status: SurveyStatus, asksForSchool: boolean, questions: Array<{ id: string, kind: QuestionKind, text: string, options: Array<string>, required: boolean }>, schoolOptions: Array<{ id: string, name: string }> } };

export type SubmitSurveyResponseMutationVariables = Exact<{
  accessCode: string;
  respondentKey: string;
  answers: Array<SurveyAnswerInput> | SurveyAnswerInput;
  grade?: number | null | undefined;
  schoolId?: string | number | null | undefined;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { accepted: boolean, replaced: boolean, submittedAt: string } };

export type IssueRespondentKeyMutationVariables = Exact<{
  accessCode: string;
}>;


export type IssueRespondentKeyMutation = { issueRespondentKey: { key: string } };

export type TeacherHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type TeacherHomeQuery = { viewer: { sub: string, role: Role, staffId: string | null, providerId: string | null, staff: { name: string } | null, classes: Array<{ id: string, name: string }> } | null };

export type ClassReviewQueueQueryVariables = Exact<{
  classId: string | number;
}>;


export type ClassReviewQueueQuery = { enrolmentApplications: { nodes: Array<{ id: string, version: number, priority: number, submittedAt: string, days: Array<Weekday>, lateCare: boolean, pickupSlot: string, student: { name: string, leftBehind: boolean | null, hardship: boolean | null } | null }> } };

export type ReviewApplicationMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  comment?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type ReviewApplicationMutation = { reviewApplication: { id: string, status: ApplicationStatus } };

export type CareSessionsQueryVariables = Exact<{
  date: string;
}>;


export type CareSessionsQuery = { careSessions: Array<{ id: string, version: number, activityId: string, date: string, recorded: boolean, takenAt: string, activity: { title: string, startTime: string, endTime: string, venue: string, school: { name: string } } | null, marks: Array<{ studentId: string, status: MarkStatus, student: { name: string, className: string | null } | null }> }> };

export type RecordRollCallMutationVariables = Exact<{
  input: RecordRollCallInput;
}>;


export type RecordRollCallMutation = { recordRollCall: { id: string, version: number, recorded: boolean, marks: Array<{ studentId: string, status: MarkStatus }> } };

export type ReleaseChildMutationVariables = Exact<{
  studentId: string | number;
  pickupCode: string;
}>;


export type ReleaseChildMutation = { recordHandover: { id: string, toGuardian: string | null, at: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { sub: string, role: Role, schoolId: string | null, providerId: string | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CareLogFieldsFragmentDoc = new TypedDocumentString(`
    fragment CareLogFields on CareLog {
  id
  version
  date
  dutyLeaderId
  summary
  incidents {
    at
    kind
    description
    action
  }
  updatedAt
}
    `, {"fragmentName":"CareLogFields"}) as unknown as TypedDocumentString<CareLogFieldsFragment, unknown>;
export const ChildApplicationFragmentDoc = new TypedDocumentString(`
    fragment ChildApplication on EnrolmentApplication {
  id
  version
  termId
  status
  days
  lateCare
  pickupSlot
  reason
  withdrawnFrom
  submittedAt
}
    `, {"fragmentName":"ChildApplication"}) as unknown as TypedDocumentString<ChildApplicationFragment, unknown>;
export const TeacherPickupBoardDocument = new TypedDocumentString(`
    query TeacherPickupBoard($schoolId: ID!, $date: Date!) {
  careBoard(schoolId: $schoolId, date: $date) {
    serviceDay
    pickupSlots {
      time
      due
      released
      waiting
      children {
        studentId
        state
        overdue
        releasedAt
        releasedTo
        student {
          name
          className
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherPickupBoardQuery, TeacherPickupBoardQueryVariables>;
export const TeacherSchoolDocument = new TypedDocumentString(`
    query TeacherSchool {
  viewer {
    schoolId
  }
}
    `) as unknown as TypedDocumentString<TeacherSchoolQuery, TeacherSchoolQueryVariables>;
export const TeacherDutiesDocument = new TypedDocumentString(`
    query TeacherDuties {
  viewer {
    schoolId
    staffId
    staff {
      duties
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherDutiesQuery, TeacherDutiesQueryVariables>;
export const CareLogOfDayDocument = new TypedDocumentString(`
    query CareLogOfDay($schoolId: ID!, $date: Date!) {
  careLog(schoolId: $schoolId, date: $date) {
    ...CareLogFields
  }
}
    fragment CareLogFields on CareLog {
  id
  version
  date
  dutyLeaderId
  summary
  incidents {
    at
    kind
    description
    action
  }
  updatedAt
}`) as unknown as TypedDocumentString<CareLogOfDayQuery, CareLogOfDayQueryVariables>;
export const WriteCareLogDocument = new TypedDocumentString(`
    mutation WriteCareLog($input: WriteCareLogInput!) {
  writeCareLog(input: $input) {
    ...CareLogFields
  }
}
    fragment CareLogFields on CareLog {
  id
  version
  date
  dutyLeaderId
  summary
  incidents {
    at
    kind
    description
    action
  }
  updatedAt
}`) as unknown as TypedDocumentString<WriteCareLogMutation, WriteCareLogMutationVariables>;
export const SchoolsDocument = new TypedDocumentString(`
    query Schools($filter: SchoolFilter, $first: Int = 50, $after: String, $orderBy: SchoolOrder) {
  schools(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    nodes {
      id
      name
      code
      type
      ownership
      grades
      studentCount
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SchoolsQuery, SchoolsQueryVariables>;
export const ActivitiesDocument = new TypedDocumentString(`
    query Activities($filter: ActivityFilter, $first: Int = 50, $after: String) {
  activities(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      schoolId
      termId
      weekday
      startTime
      endTime
      title
      category
      venue
      segment
      staffName
      providerId
      status
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ActivitiesQuery, ActivitiesQueryVariables>;
export const ProvidersDocument = new TypedDocumentString(`
    query Providers($filter: ProviderFilter, $first: Int = 50, $after: String) {
  providers(filter: $filter, first: $first, after: $after) {
    nodes {
      id
      name
      kind
      status
      serviceCategories
      standing {
        latestScore
        averageScore
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProvidersQuery, ProvidersQueryVariables>;
export const SurveyResultsDocument = new TypedDocumentString(`
    query SurveyResults($surveyId: ID!, $groupBy: SurveyGroupBy) {
  surveyResults(surveyId: $surveyId, groupBy: $groupBy) {
    surveyId
    responseCount
    satisfactionRate
    questions {
      questionId
      text
      kind
      responseCount
      meanRating
      satisfactionRate
      options {
        label
        count
      }
    }
    groups {
      key
      label
      responseCount
      satisfactionRate
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($schoolId: ID) {
  dashboard(schoolId: $schoolId) {
    schoolId
    openExitCases
    contractsExpiringSoon
    qualificationsExpiringSoon
    providersByStatus {
      status
      count
    }
    satisfactionSurveyId
    satisfactionBySchool {
      schoolId
      schoolName
      responseCount
      satisfactionRate
    }
    schoolsWithComplianceProblems {
      schoolId
      schoolName
      termId
      issueCount
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const HandoverSessionsDocument = new TypedDocumentString(`
    query HandoverSessions($date: Date!) {
  careSessions(date: $date) {
    activityId
    recorded
    activity {
      id
      title
      startTime
      endTime
      weekday
      category
      termId
      schoolId
    }
    marks {
      studentId
      status
      student {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HandoverSessionsQuery, HandoverSessionsQueryVariables>;
export const LateCareSessionsDocument = new TypedDocumentString(`
    query LateCareSessions($schoolId: ID!, $termId: ID!, $weekday: Weekday!) {
  activities(
    filter: {schoolId: $schoolId, termId: $termId, weekday: $weekday, category: LATE_CARE, status: ACTIVE}
    first: 50
  ) {
    nodes {
      id
      title
      startTime
      endTime
      venue
      staffName
    }
  }
}
    `) as unknown as TypedDocumentString<LateCareSessionsQuery, LateCareSessionsQueryVariables>;
export const HandOverSegmentDocument = new TypedDocumentString(`
    mutation HandOverSegment($studentId: ID!, $fromActivityId: ID!, $toActivityId: ID!) {
  recordHandover(
    input: {studentId: $studentId, kind: SEGMENT, fromActivityId: $fromActivityId, toActivityId: $toActivityId}
  ) {
    id
    kind
    at
    fromActivityId
    toActivityId
  }
}
    `) as unknown as TypedDocumentString<HandOverSegmentMutation, HandOverSegmentMutationVariables>;
export const ParentHomeDocument = new TypedDocumentString(`
    query ParentHome {
  viewer {
    role
    guardian {
      id
      name
    }
    children {
      id
      name
      className
      grade
      schoolId
      school {
        id
        name
        pickupSlots {
          grades
          times
        }
      }
      applications {
        ...ChildApplication
      }
    }
  }
  districtPolicy {
    serviceDays
    careAgreement
  }
}
    fragment ChildApplication on EnrolmentApplication {
  id
  version
  termId
  status
  days
  lateCare
  pickupSlot
  reason
  withdrawnFrom
  submittedAt
}`) as unknown as TypedDocumentString<ParentHomeQuery, ParentHomeQueryVariables>;
export const ParentTermsDocument = new TypedDocumentString(`
    query ParentTerms($schoolId: ID!) {
  terms(filter: {schoolId: $schoolId}) {
    nodes {
      id
      schoolYear
      semester
      startDate
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<ParentTermsQuery, ParentTermsQueryVariables>;
export const ParentActivitiesDocument = new TypedDocumentString(`
    query ParentActivities($schoolId: ID!, $termId: ID!) {
  activities(
    first: 100
    filter: {schoolId: $schoolId, termId: $termId, status: ACTIVE}
  ) {
    nodes {
      id
      title
      weekday
      startTime
      endTime
      grades
      category
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ParentActivitiesQuery, ParentActivitiesQueryVariables>;
export const LinkChildDocument = new TypedDocumentString(`
    mutation LinkChild($code: String!) {
  linkChild(code: $code) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<LinkChildMutation, LinkChildMutationVariables>;
export const ApplyForServiceDocument = new TypedDocumentString(`
    mutation ApplyForService($input: ApplyForServiceInput!) {
  applyForService(input: $input) {
    ...ChildApplication
  }
}
    fragment ChildApplication on EnrolmentApplication {
  id
  version
  termId
  status
  days
  lateCare
  pickupSlot
  reason
  withdrawnFrom
  submittedAt
}`) as unknown as TypedDocumentString<ApplyForServiceMutation, ApplyForServiceMutationVariables>;
export const ChangePickupSlotDocument = new TypedDocumentString(`
    mutation ChangePickupSlot($id: ID!, $pickupSlot: LocalTime!, $expectedVersion: Int) {
  changePickupSlot(
    id: $id
    pickupSlot: $pickupSlot
    expectedVersion: $expectedVersion
  ) {
    ...ChildApplication
  }
}
    fragment ChildApplication on EnrolmentApplication {
  id
  version
  termId
  status
  days
  lateCare
  pickupSlot
  reason
  withdrawnFrom
  submittedAt
}`) as unknown as TypedDocumentString<ChangePickupSlotMutation, ChangePickupSlotMutationVariables>;
export const WithdrawApplicationDocument = new TypedDocumentString(`
    mutation WithdrawApplication($id: ID!, $reason: String, $optOutReason: OptOutReason) {
  withdrawApplication(id: $id, reason: $reason, optOutReason: $optOutReason) {
    ...ChildApplication
  }
}
    fragment ChildApplication on EnrolmentApplication {
  id
  version
  termId
  status
  days
  lateCare
  pickupSlot
  reason
  withdrawnFrom
  submittedAt
}`) as unknown as TypedDocumentString<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const LeaveRequestsDocument = new TypedDocumentString(`
    query LeaveRequests($studentId: ID!) {
  leaveRequests(studentId: $studentId) {
    id
    from
    to
    reason
    status
  }
}
    `) as unknown as TypedDocumentString<LeaveRequestsQuery, LeaveRequestsQueryVariables>;
export const RequestLeaveDocument = new TypedDocumentString(`
    mutation RequestLeave($input: RequestLeaveInput!) {
  requestLeave(input: $input) {
    id
    from
    to
    reason
    status
  }
}
    `) as unknown as TypedDocumentString<RequestLeaveMutation, RequestLeaveMutationVariables>;
export const AuthorizedPickupsDocument = new TypedDocumentString(`
    query AuthorizedPickups($studentId: ID!) {
  authorizedPickups(studentId: $studentId) {
    id
    name
    relation
    code
  }
}
    `) as unknown as TypedDocumentString<AuthorizedPickupsQuery, AuthorizedPickupsQueryVariables>;
export const AddAuthorizedPickupDocument = new TypedDocumentString(`
    mutation AddAuthorizedPickup($input: AddAuthorizedPickupInput!) {
  addAuthorizedPickup(input: $input) {
    id
    name
    relation
    code
  }
}
    `) as unknown as TypedDocumentString<AddAuthorizedPickupMutation, AddAuthorizedPickupMutationVariables>;
export const RemoveAuthorizedPickupDocument = new TypedDocumentString(`
    mutation RemoveAuthorizedPickup($id: ID!) {
  removeAuthorizedPickup(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveAuthorizedPickupMutation, RemoveAuthorizedPickupMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications(first: 30) {
    nodes {
      id
      kind
      title
      body
      messageCode
      params {
        studentName
        className
        activityTitle
        activityStartTime
        venue
        pickupSlot
        graceMinutes
        leaveFrom
        leaveTo
        leaveReason
        releasedAt
        pickupPersonName
        pickupPersonRelation
      }
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const ChildBillsDocument = new TypedDocumentString(`
    query ChildBills($studentId: ID!) {
  bills(filter: {studentId: $studentId}, first: 12) {
    nodes {
      id
      month
      amount
      discount
      refund
      netAmount
      status
      paymentReference
    }
  }
}
    `) as unknown as TypedDocumentString<ChildBillsQuery, ChildBillsQueryVariables>;
export const ProviderHomeDocument = new TypedDocumentString(`
    query ProviderHome($id: ID!) {
  provider(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ProviderHomeQuery, ProviderHomeQueryVariables>;
export const PublicDisclosureDocument = new TypedDocumentString(`
    query PublicDisclosure($accessCode: String!) {
  publicDisclosure(accessCode: $accessCode) {
    accessCode
    publishedAt
    content {
      schoolName
      schoolYear
      semester
      startDate
      endDate
      serviceDays
      serviceDayCount
      times {
        weekday
        startTime
        endTime
      }
      activities {
        weekday
        startTime
        endTime
        title
        category
        segment
        venue
        runBy
      }
      feeModel
      monthlyFee
      dailyFee
      hardshipDiscountPercent
      refundDeadlineDay
      enrolledCount
      billCount
      discountsGranted
      waivedCount
      billedAmount
      discountAmount
      refundAmount
      stipendRate
      stipendPaid
      stipendMonths
      providers {
        name
        heldAmount
        contracts {
          serviceContent
          serviceMethod
          ratePerHour
          hours
          totalAmount
          status
        }
      }
      fundSchoolYear
      fundAllocated
      fundSpent
    }
  }
}
    `) as unknown as TypedDocumentString<PublicDisclosureQuery, PublicDisclosureQueryVariables>;
export const PublicSurveyDocument = new TypedDocumentString(`
    query PublicSurvey($accessCode: String!) {
  publicSurvey(accessCode: $accessCode) {
    accessCode
    title
    intro
    kind
    status
    questions {
      id
      kind
      text
      options
      required
    }
    asksForSchool
    schoolOptions {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PublicSurveyQuery, PublicSurveyQueryVariables>;
export const SubmitSurveyResponseDocument = new TypedDocumentString(`
    mutation SubmitSurveyResponse($accessCode: String!, $respondentKey: String!, $answers: [SurveyAnswerInput!]!, $grade: Int, $schoolId: ID) {
  submitSurveyResponse(
    accessCode: $accessCode
    respondentKey: $respondentKey
    answers: $answers
    grade: $grade
    schoolId: $schoolId
  ) {
    accepted
    replaced
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const IssueRespondentKeyDocument = new TypedDocumentString(`
    mutation IssueRespondentKey($accessCode: String!) {
  issueRespondentKey(accessCode: $accessCode) {
    key
  }
}
    `) as unknown as TypedDocumentString<IssueRespondentKeyMutation, IssueRespondentKeyMutationVariables>;
export const TeacherHomeDocument = new TypedDocumentString(`
    query TeacherHome {
  viewer {
    sub
    role
    staffId
    providerId
    staff {
      name
    }
    classes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TeacherHomeQuery, TeacherHomeQueryVariables>;
export const ClassReviewQueueDocument = new TypedDocumentString(`
    query ClassReviewQueue($classId: ID!) {
  enrolmentApplications(
    first: 100
    filter: {classId: $classId, status: SUBMITTED}
  ) {
    nodes {
      id
      version
      priority
      submittedAt
      days
      lateCare
      pickupSlot
      student {
        name
        leftBehind
        hardship
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClassReviewQueueQuery, ClassReviewQueueQueryVariables>;
export const ReviewApplicationDocument = new TypedDocumentString(`
    mutation ReviewApplication($id: ID!, $decision: ReviewDecision!, $comment: String, $expectedVersion: Int) {
  reviewApplication(
    id: $id
    decision: $decision
    comment: $comment
    expectedVersion: $expectedVersion
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewApplicationMutation, ReviewApplicationMutationVariables>;
export const CareSessionsDocument = new TypedDocumentString(`
    query CareSessions($date: Date!) {
  careSessions(date: $date) {
    id
    version
    activityId
    date
    recorded
    takenAt
    activity {
      title
      startTime
      endTime
      venue
      school {
        name
      }
    }
    marks {
      studentId
      status
      student {
        name
        className
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CareSessionsQuery, CareSessionsQueryVariables>;
export const RecordRollCallDocument = new TypedDocumentString(`
    mutation RecordRollCall($input: RecordRollCallInput!) {
  recordRollCall(input: $input) {
    id
    version
    recorded
    marks {
      studentId
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RecordRollCallMutation, RecordRollCallMutationVariables>;
export const ReleaseChildDocument = new TypedDocumentString(`
    mutation ReleaseChild($studentId: ID!, $pickupCode: String!) {
  recordHandover(
    input: {studentId: $studentId, kind: RELEASE, pickupCode: $pickupCode}
  ) {
    id
    toGuardian
    at
  }
}
    `) as unknown as TypedDocumentString<ReleaseChildMutation, ReleaseChildMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    sub
    role
    schoolId
    providerId
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;