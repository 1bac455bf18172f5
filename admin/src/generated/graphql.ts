/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new school. `code` must be unused in the district (CONFLICT otherwise). */
export type CreateSchoolInput = {
  address?: string | null | undefined;
  code: string;
  grades: Array<number>;
  leadershipGroup?: Array<LeadershipMemberInput> | null | undefined;
  name: string;
  ownership: Ownership;
  pickupSlots?: Array<PickupSlotInput> | null | undefined;
  principal?: string | null | undefined;
  studentCount?: number | null | undefined;
  type: SchoolType;
};

/** A new term of a school. */
export type CreateTermInput = {
  /** Must not be before `startDate`. */
  endDate: string;
  /** Holidays inside the term. */
  excludedDates?: Array<string> | null | undefined;
  schoolId: string | number;
  /** School year `YYYY-YYYY` with consecutive years, e.g. `2026-2027`. */
  schoolYear: string;
  /** 1 or 2. */
  semester: number;
  startDate: string;
};

/** New values for the district policy. Omitted fields keep their current value. */
export type DistrictPolicyInput = {
  evaluationExitThreshold?: number | null | undefined;
  feeModel?: FeeModel | null | undefined;
  hardshipDiscountPercent?: number | null | undefined;
  lateCareEndsNotBefore?: string | null | undefined;
  minDailyMinutes?: number | null | undefined;
  minHomeworkGroupSize?: number | null | undefined;
  monthlyFee?: number | null | undefined;
  operatingFundPerStudentYear?: number | null | undefined;
  outsideProvidersAllowed?: boolean | null | undefined;
  reentryAfterMonths?: number | null | undefined;
  satisfactionExitRate?: number | null | undefined;
  serviceDays?: Array<Weekday> | null | undefined;
  teacherRatePerHour?: number | null | undefined;
};

/** How families pay for after-school services. */
export type FeeModel =
  /** Free of charge for families (财政保障). */
  | 'FREE'
  /** A monthly fee per student (`monthlyFee`), with a hardship discount (`hardshipDiscountPercent`). */
  | 'MONTHLY';

/** Leadership group member to store. */
export type LeadershipMemberInput = {
  name: string;
  role: LeadershipRole;
  title?: string | null | undefined;
};

/** Position in the school's after-school leadership group (领导小组). */
export type LeadershipRole =
  /** 副组长 */
  | 'DEPUTY'
  /** 组长 */
  | 'LEADER'
  /** 成员 */
  | 'MEMBER';

/** Who runs the school (办学性质). */
export type Ownership =
  /** 民办 */
  | 'PRIVATE'
  /** 公办 */
  | 'PUBLIC';

/** Pickup slot to store. */
export type PickupSlotInput = {
  grades: Array<number>;
  times: Array<string>;
};

/** The role of a signed-in user. It comes from the `cognito:groups` claim of the user's token. */
export type Role =
  /** 区教育局 — district office staff: may read and change everything. */
  | 'DISTRICT_ADMIN'
  /** 校外机构 — an outside provider's user: reads its own provider, contracts and evaluations. */
  | 'PROVIDER'
  /** 学校管理员 — may read and change only the records of the school in `Viewer.schoolId`. */
  | 'SCHOOL_ADMIN';

/** Filters for `schools`. All given filters must match. */
export type SchoolFilter = {
  /** Only these schools. */
  ids?: Array<string | number> | null | undefined;
  ownership?: Ownership | null | undefined;
  /** Matches schools whose name contains, or whose code starts with, this text. */
  q?: string | null | undefined;
  type?: SchoolType | null | undefined;
};

/** Sort order of `schools`; default CODE ascending. */
export type SchoolOrder = {
  direction?: SortDirection | null | undefined;
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

/** Filters for `terms`. */
export type TermFilter = {
  /** Terms of this school. A SCHOOL_ADMIN gets their own school's terms whatever is given, and FORBIDDEN for another school. */
  schoolId?: string | number | null | undefined;
  /** Only this school year, e.g. `2026-2027`. */
  schoolYear?: string | null | undefined;
  /** Only this semester (needs `schoolYear`). */
  semester?: number | null | undefined;
};

/** Changes to a school. Omitted fields keep their value. */
export type UpdateSchoolInput = {
  address?: string | null | undefined;
  code?: string | null | undefined;
  grades?: Array<number> | null | undefined;
  leadershipGroup?: Array<LeadershipMemberInput> | null | undefined;
  name?: string | null | undefined;
  ownership?: Ownership | null | undefined;
  pickupSlots?: Array<PickupSlotInput> | null | undefined;
  principal?: string | null | undefined;
  studentCount?: number | null | undefined;
  type?: SchoolType | null | undefined;
};

/** Changes to a term. Omitted fields keep their value; the school cannot change. */
export type UpdateTermInput = {
  endDate?: string | null | undefined;
  excludedDates?: Array<string> | null | undefined;
  schoolYear?: string | null | undefined;
  semester?: number | null | undefined;
  startDate?: string | null | undefined;
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

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { sub: string, role: Role, schoolId: string | null, providerId: string | null, school: { id: string, name: string } | null } | null };

export type DistrictPolicyFieldsFragment = { id: string, version: number, serviceDays: Array<Weekday>, minDailyMinutes: number, lateCareEndsNotBefore: string, feeModel: FeeModel, monthlyFee: number | null, hardshipDiscountPercent: number, teacherRatePerHour: number, operatingFundPerStudentYear: number, outsideProvidersAllowed: boolean, minHomeworkGroupSize: number, evaluationExitThreshold: number, satisfactionExitRate: number, reentryAfterMonths: number, createdAt: string, updatedAt: string };

export type DistrictPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictPolicyQuery = { districtPolicy: { id: string, version: number, serviceDays: Array<Weekday>, minDailyMinutes: number, lateCareEndsNotBefore: string, feeModel: FeeModel, monthlyFee: number | null, hardshipDiscountPercent: number, teacherRatePerHour: number, operatingFundPerStudentYear: number, outsideProvidersAllowed: boolean, minHomeworkGroupSize: number, evaluationExitThreshold: number, satisfactionExitRate: number, reentryAfterMonths: number, createdAt: string, updatedAt: string } };

export type UpdateDistrictPolicyMutationVariables = Exact<{
  input: DistrictPolicyInput;
  expectedVersion: number;
}>;


export type UpdateDistrictPolicyMutation = { updateDistrictPolicy: { id: string, version: number, serviceDays: Array<Weekday>, minDailyMinutes: number, lateCareEndsNotBefore: string, feeModel: FeeModel, monthlyFee: number | null, hardshipDiscountPercent: number, teacherRatePerHour: number, operatingFundPerStudentYear: number, outsideProvidersAllowed: boolean, minHomeworkGroupSize: number, evaluationExitThreshold: number, satisfactionExitRate: number, reentryAfterMonths: number, createdAt: string, updatedAt: string } };

export type SchoolFieldsFragment = { id: string, version: number, name: string, code: string, type: SchoolType, ownership: Ownership, address: string | null, grades: Array<number>, studentCount: number, principal: string | null, createdAt: string, updatedAt: string, leadershipGroup: Array<{ role: LeadershipRole, name: string, title: string | null }>, pickupSlots: Array<{ grades: Array<number>, times: Array<string> }> };

export type SchoolListQueryVariables = Exact<{
  filter?: SchoolFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: SchoolOrder | null | undefined;
}>;


export type SchoolListQuery = { schools: { totalCount: number, nodes: Array<{ id: string, version: number, name: string, code: string, type: SchoolType, ownership: Ownership, address: string | null, grades: Array<number>, studentCount: number, principal: string | null, createdAt: string, updatedAt: string, leadershipGroup: Array<{ role: LeadershipRole, name: string, title: string | null }>, pickupSlots: Array<{ grades: Array<number>, times: Array<string> }> }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type SchoolCursorQueryVariables = Exact<{
  filter?: SchoolFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: SchoolOrder | null | undefined;
}>;


export type SchoolCursorQuery = { schools: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SchoolQueryVariables = Exact<{
  id: string | number;
}>;


export type SchoolQuery = { school: { id: string, version: number, name: string, code: string, type: SchoolType, ownership: Ownership, address: string | null, grades: Array<number>, studentCount: number, principal: string | null, createdAt: string, updatedAt: string, leadershipGroup: Array<{ role: LeadershipRole, name: string, title: string | null }>, pickupSlots: Array<{ grades: Array<number>, times: Array<string> }> } | null };

export type CreateSchoolMutationVariables = Exact<{
  input: CreateSchoolInput;
}>;


export type CreateSchoolMutation = { createSchool: { id: string, version: number, name: string, code: string, type: SchoolType, ownership: Ownership, address: string | null, grades: Array<number>, studentCount: number, principal: string | null, createdAt: string, updatedAt: string, leadershipGroup: Array<{ role: LeadershipRole, name: string, title: string | null }>, pickupSlots: Array<{ grades: Array<number>, times: Array<string> }> } };

export type UpdateSchoolMutationVariables = Exact<{
  id: string | number;
  input: UpdateSchoolInput;
  expectedVersion: number;
}>;


export type UpdateSchoolMutation = { updateSchool: { id: string, version: number, name: string, code: string, type: SchoolType, ownership: Ownership, address: string | null, grades: Array<number>, studentCount: number, principal: string | null, createdAt: string, updatedAt: string, leadershipGroup: Array<{ role: LeadershipRole, name: string, title: string | null }>, pickupSlots: Array<{ grades: Array<number>, times: Array<string> }> } };

export type DeleteSchoolMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSchoolMutation = { deleteSchool: string };

export type TermFieldsFragment = { id: string, version: number, schoolId: string, schoolYear: string, semester: number, startDate: string, endDate: string, excludedDates: Array<string>, createdAt: string, updatedAt: string };

export type TermListQueryVariables = Exact<{
  filter?: TermFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TermListQuery = { terms: { totalCount: number, nodes: Array<{ id: string, version: number, schoolId: string, schoolYear: string, semester: number, startDate: string, endDate: string, excludedDates: Array<string>, createdAt: string, updatedAt: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type TermCursorQueryVariables = Exact<{
  filter?: TermFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TermCursorQuery = { terms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TermQueryVariables = Exact<{
  id: string | number;
}>;


export type TermQuery = { term: { id: string, version: number, schoolId: string, schoolYear: string, semester: number, startDate: string, endDate: string, excludedDates: Array<string>, createdAt: string, updatedAt: string } | null };

export type CreateTermMutationVariables = Exact<{
  input: CreateTermInput;
}>;


export type CreateTermMutation = { createTerm: { id: string, version: number, schoolId: string, schoolYear: string, semester: number, startDate: string, endDate: string, excludedDates: Array<string>, createdAt: string, updatedAt: string } };

export type UpdateTermMutationVariables = Exact<{
  id: string | number;
  input: UpdateTermInput;
  expectedVersion: number;
}>;


export type UpdateTermMutation = { updateTerm: { id: string, version: number, schoolId: string, schoolYear: string, semester: number, startDate: string, endDate: string, excludedDates: Array<string>, createdAt: string, updatedAt: string } };

export type DeleteTermMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTermMutation = { deleteTerm: string };

export type CopyTermToAllSchoolsMutationVariables = Exact<{
  termId: string | number;
}>;


export type CopyTermToAllSchoolsMutation = { copyTermToAllSchools: Array<{ id: string }> };

export const DistrictPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistrictPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDays"}},{"kind":"Field","name":{"kind":"Name","value":"minDailyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCareEndsNotBefore"}},{"kind":"Field","name":{"kind":"Name","value":"feeModel"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"teacherRatePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"operatingFundPerStudentYear"}},{"kind":"Field","name":{"kind":"Name","value":"outsideProvidersAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"minHomeworkGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationExitThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionExitRate"}},{"kind":"Field","name":{"kind":"Name","value":"reentryAfterMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DistrictPolicyFieldsFragment, unknown>;
export const SchoolFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"times"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SchoolFieldsFragment, unknown>;
export const TermFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"excludedDates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TermFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DistrictPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistrictPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDays"}},{"kind":"Field","name":{"kind":"Name","value":"minDailyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCareEndsNotBefore"}},{"kind":"Field","name":{"kind":"Name","value":"feeModel"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"teacherRatePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"operatingFundPerStudentYear"}},{"kind":"Field","name":{"kind":"Name","value":"outsideProvidersAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"minHomeworkGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationExitThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionExitRate"}},{"kind":"Field","name":{"kind":"Name","value":"reentryAfterMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DistrictPolicyQuery, DistrictPolicyQueryVariables>;
export const UpdateDistrictPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDistrictPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistrictPolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDistrictPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistrictPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDays"}},{"kind":"Field","name":{"kind":"Name","value":"minDailyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lateCareEndsNotBefore"}},{"kind":"Field","name":{"kind":"Name","value":"feeModel"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"hardshipDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"teacherRatePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"operatingFundPerStudentYear"}},{"kind":"Field","name":{"kind":"Name","value":"outsideProvidersAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"minHomeworkGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationExitThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionExitRate"}},{"kind":"Field","name":{"kind":"Name","value":"reentryAfterMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateDistrictPolicyMutation, UpdateDistrictPolicyMutationVariables>;
export const SchoolListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"times"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SchoolListQuery, SchoolListQueryVariables>;
export const SchoolCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SchoolCursorQuery, SchoolCursorQueryVariables>;
export const SchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"School"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"times"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SchoolQuery, SchoolQueryVariables>;
export const CreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"times"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const UpdateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchoolInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"studentCount"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickupSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"times"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateSchoolMutation, UpdateSchoolMutationVariables>;
export const DeleteSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSchoolMutation, DeleteSchoolMutationVariables>;
export const TermListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TermFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"excludedDates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TermListQuery, TermListQueryVariables>;
export const TermCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TermFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TermCursorQuery, TermCursorQueryVariables>;
export const TermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Term"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"excludedDates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TermQuery, TermQueryVariables>;
export const CreateTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"excludedDates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateTermMutation, CreateTermMutationVariables>;
export const UpdateTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTermInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Term"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"excludedDates"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateTermMutation, UpdateTermMutationVariables>;
export const DeleteTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTermMutation, DeleteTermMutationVariables>;
export const CopyTermToAllSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyTermToAllSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyTermToAllSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CopyTermToAllSchoolsMutation, CopyTermToAllSchoolsMutationVariables>;