import type { ActivityRecord } from '../activities/activityEntity';
import type { AuditEventRecord } from '../audit/auditEntity';
import type { Viewer } from '../auth/viewer';
import type { ContractRecord } from '../contracts/contractEntity';
import type { EvaluationRecord } from '../evaluations/evaluationEntity';
import type { InspectionRecord } from '../inspections/inspectionEntity';
import type { ProviderExitRecord } from '../exits/exitEntity';
import type { ProviderRecord } from '../providers/providerEntity';
import type { SchoolRecord } from '../schools/schoolEntity';
import { readsSchoolSlice, withSchoolSlice } from '../surveys/schoolSlice';
import type { SurveyRecord } from '../surveys/surveyEntity';
import type { TermRecord } from '../terms/termEntity';
import type { ViewerRelations } from './relations';
export { billPolicy, disclosurePolicy, providerStatementPolicy, stipendSheetPolicy } from './moneyPolicies';
export { staffMemberPolicy, schoolClassPolicy, studentPolicy, guardianPolicy, enrolmentApplicationPolicy } from './peoplePolicies';
export { rollCallPolicy, leaveRequestPolicy, handoverPolicy, authorizedPickupPolicy, alertPolicy, careLogPolicy, dutyRotaPolicy } from './lazyCarePolicies';

/**
 * How much of a record a viewer may read: all of it, or a limited view (e.g. a provider user sees the name and
 * address of a school it serves, not its principal or leadership group). No level = the record is not theirs.
 */
export type ReadLevel = 'FULL' | 'LIMITED';

export interface PolicyContext {
  viewer: Viewer;
  relations: ViewerRelations;
  /** How much of another record (by id) this viewer may read: for records whose access follows another's. */
  levelOf(id: string): Promise<ReadLevel | undefined>;
  /** The schools where a guardian has a linked child (for the guardian policy). */
  linkedSchoolsOf?(guardianId: string): Promise<ReadonlySet<string>>;
}

export interface RecordPolicy<R> {
  level(context: PolicyContext, record: R): ReadLevel | undefined | Promise<ReadLevel | undefined>;
  /** What a LIMITED reader sees (absent: LIMITED is never granted for this type). */
  limited?(context: PolicyContext, record: R): R | Promise<R>;
}

const isDistrict = (viewer: Viewer) => viewer.role === 'DISTRICT_ADMIN';
const ownSchool = (viewer: Viewer, schoolId: string | undefined) => viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === schoolId;
const ownProvider = (viewer: Viewer, providerId: string | undefined) => viewer.role === 'PROVIDER' && viewer.providerId === providerId;
const full = (allowed: boolean): ReadLevel | undefined => (allowed ? 'FULL' : undefined);

/** A TEACHER of this school whose staff record is active (see ViewerRelations.teacherIsStaff). */
export const teachesAt = async (viewer: Viewer, relations: ViewerRelations, schoolId: string | undefined) =>
  viewer.role === 'TEACHER' && Boolean(schoolId) && viewer.schoolId === schoolId && (await relations.teacherIsStaff());

/** A PARENT with a linked child at this school. */
const parentAt = async (viewer: Viewer, relations: ViewerRelations, schoolId: string) =>
  viewer.role === 'PARENT' && (await relations.guardianSchoolIds()).has(schoolId);

/** A record that belongs to one school and, when a provider runs it, to that provider. */
const schoolOrProviderRecord = <R extends { schoolId: string; providerId?: string }>(): RecordPolicy<R> => ({
  level: ({ viewer }, record) => full(isDistrict(viewer) || ownSchool(viewer, record.schoolId) || ownProvider(viewer, record.providerId)),
});

/**
 * A provider user's view of a school it serves: what a parent could read on the school gate (name, code, type,
 * address, grades). The principal, the leadership group and the pickup slots are the school's internal business.
 */
function schoolProfile(school: SchoolRecord): SchoolRecord {
  return { ...school, principal: undefined, leadershipGroup: [], pickupSlots: [], dependents: undefined };
}

export const schoolPolicy: RecordPolicy<SchoolRecord> = {
  async level({ viewer, relations }, school) {
    if (isDistrict(viewer) || ownSchool(viewer, school.id)) return 'FULL';
    if (viewer.role === 'PROVIDER' && (await relations.providerSchoolIds()).has(school.id)) return 'LIMITED';
    if (await teachesAt(viewer, relations, school.id)) return 'FULL';
    if (viewer.role === 'PARENT' && (await relations.guardianSchoolIds()).has(school.id)) return 'LIMITED';
    return undefined;
  },
  // A parent also needs the pickup slots (放学时段) to choose one when applying.
  limited: ({ viewer }, school) => (viewer.role === 'PARENT' ? { ...schoolProfile(school), pickupSlots: school.pickupSlots } : schoolProfile(school)),
};

/** Terms carry dates only: readable by the school and by providers that serve it. */
export const termPolicy: RecordPolicy<TermRecord> = {
  async level({ viewer, relations }, term) {
    if (isDistrict(viewer) || ownSchool(viewer, term.schoolId)) return 'FULL';
    if (viewer.role === 'PROVIDER' && (await relations.providerSchoolIds()).has(term.schoolId)) return 'FULL';
    if ((await teachesAt(viewer, relations, term.schoolId)) || (await parentAt(viewer, relations, term.schoolId))) return 'FULL';
    return undefined;
  },
};

/**
 * Activities: the school's timetable rows, and for a provider user the rows it runs (it takes their roll call;
 * SPEC §3.7). Other schools' rows are never shown, wherever they are reached from.
 */
const activityOwners = schoolOrProviderRecord<ActivityRecord>();
export const activityPolicy: RecordPolicy<ActivityRecord> = {
  async level(context, activity) {
    const { viewer, relations } = context;
    const base = await activityOwners.level(context, activity);
    if (base) return base;
    // The school's timetable: its teachers, and the families of its children (SPEC §4).
    if ((await teachesAt(viewer, relations, activity.schoolId)) || (await parentAt(viewer, relations, activity.schoolId))) return 'FULL';
    return undefined;
  },
};
export const contractPolicy = schoolOrProviderRecord<ContractRecord>();
export const evaluationPolicy = schoolOrProviderRecord<EvaluationRecord>();

/** Providers: their own users; the district; school admins read approved ones and any that serve(d) their school. */
export const providerPolicy: RecordPolicy<ProviderRecord> = {
  async level({ viewer, relations }, provider) {
    if (isDistrict(viewer) || ownProvider(viewer, provider.id)) return 'FULL';
    if (viewer.role !== 'SCHOOL_ADMIN') return undefined;
    if (provider.status === 'APPROVED' || (await relations.schoolProviderIds()).has(provider.id)) return 'FULL';
    return undefined;
  },
};

/**
 * Exit cases: the district reads all; a school admin reads the cases that concern their school, limited to their
 * own school's part (its affected activities and the evidence from it) — never another school's activities,
 * evaluations or ids. Provider users do not read exit cases.
 */
export const providerExitPolicy: RecordPolicy<ProviderExitRecord> = {
  level: ({ viewer }, exit) => {
    if (isDistrict(viewer)) return 'FULL';
    return viewer.schoolId && viewer.role === 'SCHOOL_ADMIN' && exit.schoolIds?.includes(viewer.schoolId) ? 'LIMITED' : undefined;
  },
  limited: ({ viewer }, exit) => ({
    ...exit,
    schoolId: exit.schoolId === viewer.schoolId ? exit.schoolId : undefined,
    schoolIds: viewer.schoolId ? [viewer.schoolId] : undefined,
    affectedActivities: exit.affectedActivities.filter((activity) => activity.schoolId === viewer.schoolId),
    // Evidence from a school names that school's evaluation or survey: only that school sees it. Evidence without a
    // school is shown when it cannot carry another school's data (an expired qualification, a note).
    evidence: exit.evidence.filter((item) => (item.schoolId ? item.schoolId === viewer.schoolId : item.kind === 'QUALIFICATION' || item.kind === 'NOTE')),
  }),
};

/**
 * Surveys: the district; a school admin the surveys of their school, and a published district-wide survey as their
 * school's slice (LIMITED: the questionnaire as parents see it, with results and counts of their school only — see
 * surveys/schoolSlice.ts). Its trail and the other schools' answers stay the district's.
 */
export const surveyPolicy: RecordPolicy<SurveyRecord> = {
  level: ({ viewer }, survey) => {
    if (isDistrict(viewer) || ownSchool(viewer, survey.schoolKey)) return 'FULL';
    return readsSchoolSlice(viewer, survey) ? 'LIMITED' : undefined;
  },
  limited: ({ viewer }, survey) => withSchoolSlice(survey, viewer.schoolId!),
};

/**
 * An audit event is readable when its record is fully readable and, when the event stems from another record
 * (an evaluation recorded on a provider, an exit case opened on it), that record is readable too — so a trail never
 * carries another school's scores or a case the viewer may not open.
 */
export const auditEventPolicy: RecordPolicy<AuditEventRecord> = {
  async level({ levelOf }, event) {
    if ((await levelOf(event.entityId)) !== 'FULL') return undefined;
    if (event.relatedId && !(await levelOf(event.relatedId))) return undefined;
    return 'FULL';
  },
};

/**
 * Inspections (督查) of a school: the district that records them, and that school's admin, who records the
 * rectifications. Provider users never read them (an inspection is about the school, not the provider).
 */
export const inspectionPolicy: RecordPolicy<InspectionRecord> = {
  level: ({ viewer }, inspection) => full(isDistrict(viewer) || ownSchool(viewer, inspection.schoolId)),
};
