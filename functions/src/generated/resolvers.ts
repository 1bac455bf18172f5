import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SchoolRecord, SchoolPage, SchoolPageItem } from '../schools/schoolEntity';
import type { TermRecord, TermPage, TermPageItem } from '../terms/termEntity';
import type { DistrictPolicyRecord } from '../policy/policyEntity';
import type { Viewer as ViewerModel } from '../auth/viewer';
import type { GraphQLContext } from '../server/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** A new school. `code` must be unused in the district (CONFLICT otherwise). */
export type CreateSchoolInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  grades: Array<Scalars['Int']['input']>;
  leadershipGroup?: InputMaybe<Array<LeadershipMemberInput>>;
  name: Scalars['String']['input'];
  ownership: Ownership;
  pickupSlots?: InputMaybe<Array<PickupSlotInput>>;
  principal?: InputMaybe<Scalars['String']['input']>;
  studentCount?: InputMaybe<Scalars['Int']['input']>;
  type: SchoolType;
};

/** A new term of a school. */
export type CreateTermInput = {
  /** Must not be before `startDate`. */
  endDate: Scalars['Date']['input'];
  /** Holidays inside the term. */
  excludedDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  schoolId: Scalars['ID']['input'];
  /** School year `YYYY-YYYY` with consecutive years, e.g. `2026-2027`. */
  schoolYear: Scalars['String']['input'];
  /** 1 or 2. */
  semester: Scalars['Int']['input'];
  startDate: Scalars['Date']['input'];
};

/**
 * The district's rules for after-school services (one per deployment). The compliance report, contracts, fees and
 * the provider exit triggers read it. Money amounts are decimal yuan (元) with at most two decimals.
 */
export type DistrictPolicy = Node & {
  __typename?: 'DistrictPolicy';
  createdAt: Scalars['DateTime']['output'];
  /** An evaluation total (0–100) below this opens a provider exit case automatically (e.g. 60). */
  evaluationExitThreshold: Scalars['Int']['output'];
  /** Whether families pay, and how. */
  feeModel: FeeModel;
  /** Discount for families in hardship, in percent of `monthlyFee` (e.g. 50). */
  hardshipDiscountPercent: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Late care (延时托管) must end no earlier than this time (e.g. `18:00`). */
  lateCareEndsNotBefore: Scalars['LocalTime']['output'];
  /** Minimum minutes of service per service day (120 under "5+2"). */
  minDailyMinutes: Scalars['Int']['output'];
  /** Homework groups with fewer students than this are flagged for merging (e.g. 20). */
  minHomeworkGroupSize: Scalars['Int']['output'];
  /** Monthly fee per student in yuan when `feeModel` is MONTHLY (e.g. 80); null when FREE. */
  monthlyFee?: Maybe<Scalars['Float']['output']>;
  /** Operating fund per student per school year, in yuan (e.g. 100). */
  operatingFundPerStudentYear: Scalars['Float']['output'];
  /** Whether schools may contract outside providers (校外机构) at all. */
  outsideProvidersAllowed: Scalars['Boolean']['output'];
  /** Months an exited provider must wait before it may apply again (e.g. 12). */
  reentryAfterMonths: Scalars['Int']['output'];
  /** A provider satisfaction rate (0–1, share of 4–5 ratings) below this opens a provider exit case when a survey closes (e.g. 0.6). */
  satisfactionExitRate: Scalars['Float']['output'];
  /** Days on which schools must offer services (e.g. MONDAY–FRIDAY under "5+2"). */
  serviceDays: Array<Weekday>;
  /** Teacher stipend per class hour, in yuan (e.g. 85). */
  teacherRatePerHour: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version. Pass it as `expectedVersion` to `updateDistrictPolicy`. */
  version: Scalars['Int']['output'];
};

/** New values for the district policy. Omitted fields keep their current value. */
export type DistrictPolicyInput = {
  evaluationExitThreshold?: InputMaybe<Scalars['Int']['input']>;
  feeModel?: InputMaybe<FeeModel>;
  hardshipDiscountPercent?: InputMaybe<Scalars['Int']['input']>;
  lateCareEndsNotBefore?: InputMaybe<Scalars['LocalTime']['input']>;
  minDailyMinutes?: InputMaybe<Scalars['Int']['input']>;
  minHomeworkGroupSize?: InputMaybe<Scalars['Int']['input']>;
  monthlyFee?: InputMaybe<Scalars['Float']['input']>;
  operatingFundPerStudentYear?: InputMaybe<Scalars['Float']['input']>;
  outsideProvidersAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  reentryAfterMonths?: InputMaybe<Scalars['Int']['input']>;
  satisfactionExitRate?: InputMaybe<Scalars['Float']['input']>;
  serviceDays?: InputMaybe<Array<Weekday>>;
  teacherRatePerHour?: InputMaybe<Scalars['Float']['input']>;
};

/** How families pay for after-school services. */
export type FeeModel =
  /** Free of charge for families (财政保障). */
  | 'FREE'
  /** A monthly fee per student (`monthlyFee`), with a hardship discount (`hardshipDiscountPercent`). */
  | 'MONTHLY';

/** A member of the school's after-school leadership group. */
export type LeadershipMember = {
  __typename?: 'LeadershipMember';
  /** Full name of the member. */
  name: Scalars['String']['output'];
  role: LeadershipRole;
  /** The member's post at the school (e.g. 副校长). */
  title?: Maybe<Scalars['String']['output']>;
};

/** Leadership group member to store. */
export type LeadershipMemberInput = {
  name: Scalars['String']['input'];
  role: LeadershipRole;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Position in the school's after-school leadership group (领导小组). */
export type LeadershipRole =
  /** 副组长 */
  | 'DEPUTY'
  /** 组长 */
  | 'LEADER'
  /** 成员 */
  | 'MEMBER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Copies a term's year, semester and dates to every other school that lacks it (DISTRICT_ADMIN). Returns the created terms. */
  copyTermToAllSchools: Array<Term>;
  /** Creates a school (DISTRICT_ADMIN). Duplicate code → CONFLICT; invalid field → BAD_USER_INPUT naming it. */
  createSchool: School;
  /** Creates a term (DISTRICT_ADMIN, or SCHOOL_ADMIN for their school). A second term for the same school, year and semester → CONFLICT. */
  createTerm: Term;
  /** Deletes a school (DISTRICT_ADMIN). INVALID_TRANSITION while terms or other records depend on it. Returns the id. */
  deleteSchool: Scalars['ID']['output'];
  /** Deletes a term. INVALID_TRANSITION while activities, contracts or surveys depend on it. Returns the id. */
  deleteTerm: Scalars['ID']['output'];
  /**
   * Changes the district policy (DISTRICT_ADMIN only). `expectedVersion` must equal the version you read, otherwise
   * CONFLICT and nothing changes. Invalid values give BAD_USER_INPUT naming the field.
   */
  updateDistrictPolicy: DistrictPolicy;
  /**
   * Changes a school (DISTRICT_ADMIN, or the SCHOOL_ADMIN of that school except its code). `expectedVersion` must
   * equal the version you read, otherwise CONFLICT and nothing changes.
   */
  updateSchool: School;
  /** Changes a term. `expectedVersion` must equal the version you read, otherwise CONFLICT and nothing changes. */
  updateTerm: Term;
};


export type MutationCopyTermToAllSchoolsArgs = {
  termId: Scalars['ID']['input'];
};


export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


export type MutationCreateTermArgs = {
  input: CreateTermInput;
};


export type MutationDeleteSchoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTermArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateDistrictPolicyArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: DistrictPolicyInput;
};


export type MutationUpdateSchoolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateSchoolInput;
};


export type MutationUpdateTermArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateTermInput;
};

/** Any object with a globally unique, opaque `id`. Fetch one with `node(id:)` (Relay object identification). */
export type Node = {
  /** Globally unique, opaque identifier. Do not parse it; pass it back as you received it. */
  id: Scalars['ID']['output'];
};

/** Who runs the school (办学性质). */
export type Ownership =
  /** 民办 */
  | 'PRIVATE'
  /** 公办 */
  | 'PUBLIC';

/** Paging information of a connection (Relay Cursor Connections spec). Pass `endCursor` as `after` to get the next page. */
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

/** Pickup slot to store. */
export type PickupSlotInput = {
  grades: Array<Scalars['Int']['input']>;
  times: Array<Scalars['LocalTime']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The district policy. Readable by every signed-in user; UNAUTHENTICATED without a token. */
  districtPolicy: DistrictPolicy;
  /** Fetches any object by its global id (Relay object identification). Returns null, with a NOT_FOUND error, for an unknown id; FORBIDDEN when the viewer may not read it. */
  node?: Maybe<Node>;
  /** One school. NOT_FOUND for an unknown id; FORBIDDEN for another school of a SCHOOL_ADMIN. */
  school?: Maybe<School>;
  /**
   * Schools, sorted by code (default) or name, paged with `first` (1–100, default 20) and `after`.
   * A SCHOOL_ADMIN sees only their own school.
   */
  schools: SchoolConnection;
  /** One term. NOT_FOUND for an unknown id; FORBIDDEN for another school's term of a SCHOOL_ADMIN. */
  term?: Maybe<Term>;
  /** Terms, newest school year first; with `filter.schoolId` the terms of one school. Paged with `first` (1–100) and `after`. */
  terms: TermConnection;
  /** The signed-in user, or null when the request carries no valid token. */
  viewer?: Maybe<Viewer>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySchoolArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SchoolFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SchoolOrder>;
};


export type QueryTermArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TermFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The role of a signed-in user. It comes from the `cognito:groups` claim of the user's token. */
export type Role =
  /** 区教育局 — district office staff: may read and change everything. */
  | 'DISTRICT_ADMIN'
  /** 校外机构 — an outside provider's user: reads its own provider, contracts and evaluations. */
  | 'PROVIDER'
  /** 学校管理员 — may read and change only the records of the school in `Viewer.schoolId`. */
  | 'SCHOOL_ADMIN';

/** A school of the district. `code` is unique in the district. School admins see only their own school. */
export type School = Node & {
  __typename?: 'School';
  address?: Maybe<Scalars['String']['output']>;
  /** District school code, unique in the district (letters, digits and dashes, 2–32 characters). */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Grades the school serves (1–9). */
  grades: Array<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The after-school leadership group. */
  leadershipGroup: Array<LeadershipMember>;
  /** Full name (e.g. 实验小学). */
  name: Scalars['String']['output'];
  ownership: Ownership;
  /** Pickup slots per grade band. */
  pickupSlots: Array<PickupSlot>;
  /** The principal, first person responsible (第一责任人). */
  principal?: Maybe<Scalars['String']['output']>;
  /** Enrolled students. */
  studentCount: Scalars['Int']['output'];
  /** The school's terms, newest school year first. */
  terms: TermConnection;
  type: SchoolType;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateSchool`. */
  version: Scalars['Int']['output'];
};


/** A school of the district. `code` is unique in the district. School admins see only their own school. */
export type SchoolTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of schools (Relay connection, plus `nodes` and `totalCount`). */
export type SchoolConnection = {
  __typename?: 'SchoolConnection';
  edges: Array<SchoolEdge>;
  /** The schools of this page, same order as `edges`. */
  nodes: Array<School>;
  pageInfo: PageInfo;
  /** Number of schools matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a school connection. */
export type SchoolEdge = {
  __typename?: 'SchoolEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  node: School;
};

/** Filters for `schools`. All given filters must match. */
export type SchoolFilter = {
  /** Only these schools. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  ownership?: InputMaybe<Ownership>;
  /** Matches schools whose name contains, or whose code starts with, this text. */
  q?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<SchoolType>;
};

/** Sort order of `schools`; default CODE ascending. */
export type SchoolOrder = {
  direction?: InputMaybe<SortDirection>;
  field: SchoolOrderField;
};

/** Sortable school fields. */
export type SchoolOrderField =
  | 'CODE'
  | 'NAME';

/** School type (学校类型). */
export type SchoolType =
  /** 初中 */
  | 'JUNIOR'
  /** 九年一贯制 */
  | 'NINE_YEAR'
  /** 小学 */
  | 'PRIMARY';

/** Sort direction of a list. */
export type SortDirection =
  /** Smallest first (A→Z, oldest first). */
  | 'ASC'
  /** Largest first (Z→A, newest first). */
  | 'DESC';

/**
 * A school term (学期) of one school: school year + semester with its dates. Activities, contracts and surveys
 * belong to a term. One term per school, school year and semester.
 */
export type Term = Node & {
  __typename?: 'Term';
  createdAt: Scalars['DateTime']['output'];
  endDate: Scalars['Date']['output'];
  /** Dates without service inside the term (holidays), ascending. */
  excludedDates: Array<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The school, resolved. */
  school: School;
  schoolId: Scalars['ID']['output'];
  /** School year, e.g. `2026-2027`. */
  schoolYear: Scalars['String']['output'];
  /** Semester: 1 (autumn) or 2 (spring). */
  semester: Scalars['Int']['output'];
  startDate: Scalars['Date']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; pass it as `expectedVersion` to `updateTerm`. */
  version: Scalars['Int']['output'];
};

/** A page of terms (Relay connection, plus `nodes` and `totalCount`). */
export type TermConnection = {
  __typename?: 'TermConnection';
  edges: Array<TermEdge>;
  nodes: Array<Term>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An edge of a term connection. */
export type TermEdge = {
  __typename?: 'TermEdge';
  cursor: Scalars['String']['output'];
  node: Term;
};

/** Filters for `terms`. */
export type TermFilter = {
  /** Terms of this school. A SCHOOL_ADMIN gets their own school's terms whatever is given, and FORBIDDEN for another school. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this school year, e.g. `2026-2027`. */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  /** Only this semester (needs `schoolYear`). */
  semester?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a school. Omitted fields keep their value. */
export type UpdateSchoolInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  grades?: InputMaybe<Array<Scalars['Int']['input']>>;
  leadershipGroup?: InputMaybe<Array<LeadershipMemberInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownership?: InputMaybe<Ownership>;
  pickupSlots?: InputMaybe<Array<PickupSlotInput>>;
  principal?: InputMaybe<Scalars['String']['input']>;
  studentCount?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<SchoolType>;
};

/** Changes to a term. Omitted fields keep their value; the school cannot change. */
export type UpdateTermInput = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  excludedDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  semester?: InputMaybe<Scalars['Int']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The signed-in user as the API sees them, built from the token's claims (`sub`, `cognito:groups`, `custom:schoolId`, `custom:providerId`). */
export type Viewer = {
  __typename?: 'Viewer';
  /** For PROVIDER: the provider the user belongs to. */
  providerId?: Maybe<Scalars['ID']['output']>;
  /** The user's role; decides what the user may read and change. */
  role: Role;
  /** For SCHOOL_ADMIN: the user's school, resolved. */
  school?: Maybe<School>;
  /** For SCHOOL_ADMIN: the only school whose records the user may see. */
  schoolId?: Maybe<Scalars['ID']['output']>;
  /** The user's subject identifier (Cognito `sub`). */
  sub: Scalars['ID']['output'];
};

/** A day of the week. Timetable activities and district service days use it. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';



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
    | ( DistrictPolicyRecord )
    | ( SchoolRecord )
    | ( TermRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateSchoolInput: CreateSchoolInput;
  CreateTermInput: CreateTermInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistrictPolicy: ResolverTypeWrapper<DistrictPolicyRecord>;
  DistrictPolicyInput: DistrictPolicyInput;
  FeeModel: FeeModel;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LeadershipMember: ResolverTypeWrapper<LeadershipMember>;
  LeadershipMemberInput: LeadershipMemberInput;
  LeadershipRole: LeadershipRole;
  LocalTime: ResolverTypeWrapper<Scalars['LocalTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Ownership: Ownership;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PickupSlot: ResolverTypeWrapper<PickupSlot>;
  PickupSlotInput: PickupSlotInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  School: ResolverTypeWrapper<SchoolRecord>;
  SchoolConnection: ResolverTypeWrapper<SchoolPage>;
  SchoolEdge: ResolverTypeWrapper<SchoolPageItem>;
  SchoolFilter: SchoolFilter;
  SchoolOrder: SchoolOrder;
  SchoolOrderField: SchoolOrderField;
  SchoolType: SchoolType;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Term: ResolverTypeWrapper<TermRecord>;
  TermConnection: ResolverTypeWrapper<TermPage>;
  TermEdge: ResolverTypeWrapper<TermPageItem>;
  TermFilter: TermFilter;
  UpdateSchoolInput: UpdateSchoolInput;
  UpdateTermInput: UpdateTermInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  CreateSchoolInput: CreateSchoolInput;
  CreateTermInput: CreateTermInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DistrictPolicy: DistrictPolicyRecord;
  DistrictPolicyInput: DistrictPolicyInput;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LeadershipMember: LeadershipMember;
  LeadershipMemberInput: LeadershipMemberInput;
  LocalTime: Scalars['LocalTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PickupSlot: PickupSlot;
  PickupSlotInput: PickupSlotInput;
  Query: Record<PropertyKey, never>;
  School: SchoolRecord;
  SchoolConnection: SchoolPage;
  SchoolEdge: SchoolPageItem;
  SchoolFilter: SchoolFilter;
  SchoolOrder: SchoolOrder;
  String: Scalars['String']['output'];
  Term: TermRecord;
  TermConnection: TermPage;
  TermEdge: TermPageItem;
  TermFilter: TermFilter;
  UpdateSchoolInput: UpdateSchoolInput;
  UpdateTermInput: UpdateTermInput;
  Viewer: ViewerModel;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DistrictPolicy'] = ResolversParentTypes['DistrictPolicy']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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
  reentryAfterMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionExitRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  serviceDays?: Resolver<Array<ResolversTypes['Weekday']>, ParentType, ContextType>;
  teacherRatePerHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LeadershipMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeadershipMember'] = ResolversParentTypes['LeadershipMember']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['LeadershipRole'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface LocalTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalTime'], any> {
  name: 'LocalTime';
}

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  copyTermToAllSchools?: Resolver<Array<ResolversTypes['Term']>, ParentType, ContextType, RequireFields<MutationCopyTermToAllSchoolsArgs, 'termId'>>;
  createSchool?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<MutationCreateSchoolArgs, 'input'>>;
  createTerm?: Resolver<ResolversTypes['Term'], ParentType, ContextType, RequireFields<MutationCreateTermArgs, 'input'>>;
  deleteSchool?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSchoolArgs, 'id'>>;
  deleteTerm?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTermArgs, 'id'>>;
  updateDistrictPolicy?: Resolver<ResolversTypes['DistrictPolicy'], ParentType, ContextType, RequireFields<MutationUpdateDistrictPolicyArgs, 'expectedVersion' | 'input'>>;
  updateSchool?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<MutationUpdateSchoolArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateTerm?: Resolver<ResolversTypes['Term'], ParentType, ContextType, RequireFields<MutationUpdateTermArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'DistrictPolicy' | 'School' | 'Term', ParentType, ContextType>;
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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  districtPolicy?: Resolver<ResolversTypes['DistrictPolicy'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType, RequireFields<QuerySchoolArgs, 'id'>>;
  schools?: Resolver<ResolversTypes['SchoolConnection'], ParentType, ContextType, RequireFields<QuerySchoolsArgs, 'first'>>;
  term?: Resolver<Maybe<ResolversTypes['Term']>, ParentType, ContextType, RequireFields<QueryTermArgs, 'id'>>;
  terms?: Resolver<ResolversTypes['TermConnection'], ParentType, ContextType, RequireFields<QueryTermsArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type SchoolResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type TermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Term'] = ResolversParentTypes['Term']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  excludedDates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['School'], ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  semester?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  providerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DistrictPolicy?: DistrictPolicyResolvers<ContextType>;
  LeadershipMember?: LeadershipMemberResolvers<ContextType>;
  LocalTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PickupSlot?: PickupSlotResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
  SchoolConnection?: SchoolConnectionResolvers<ContextType>;
  SchoolEdge?: SchoolEdgeResolvers<ContextType>;
  Term?: TermResolvers<ContextType>;
  TermConnection?: TermConnectionResolvers<ContextType>;
  TermEdge?: TermEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

