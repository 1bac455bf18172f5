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

/** Who runs the school (办学性质). */
export type Ownership =
  /** Private school (民办). */
  | 'PRIVATE'
  /** Public school (公办). */
  | 'PUBLIC';

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

/** The role of a signed-in user. It comes from the `cognito:groups` claim of the user's token. */
export type Role =
  /** District office staff (区教育局): may read and change everything. */
  | 'DISTRICT_ADMIN'
  /** Outside provider's user (校外机构): reads its own provider, contracts and evaluations. */
  | 'PROVIDER'
  /** School administrator (学校管理员): may read and change only the records of the school in `Viewer.schoolId`. */
  | 'SCHOOL_ADMIN';

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