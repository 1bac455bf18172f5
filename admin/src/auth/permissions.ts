import type { Role } from '../generated/graphql';

/** The react-admin actions the console checks (`canAccess({ action, resource })`). */
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'clone' | string;

type Rules = Record<string, readonly Action[]>;

const everything = ['list', 'show', 'create', 'edit', 'delete'] as const;
const readOnly = ['list', 'show'] as const;

/**
 * Children and families, the same for the district and a school admin (the API scopes a school admin to their
 * school): staff, classes, students (with the class-list import and binding codes), the enrolment queue with the
 * class step (standing in for a class teacher) and the school's decision, rosters on activities, posting lists.
 */
const familyRules: Rules = {
  staffMembers: everything,
  schoolClasses: [...everything, 'approvedList'],
  students: [...everything, 'import', 'issueCode'],
  enrolmentApplications: [...readOnly, 'review', 'decide', 'withdraw'],
  rosters: ['edit'],
  // 值班表: the school's duty leader per weekday (the API lets only the district and the school admin set it).
  dutyRota: ['show', 'edit'],
};

/** Daily care (SPEC §3.7) in the console, the same for the district and a school admin (the API scopes the school): the today board and its printable sheet, alerts resolved with a note, care logs read. */
const careRules: Rules = {
  careBoard: ['show'],
  alerts: [...readOnly, 'resolve'],
  careLogs: readOnly,
};

/**
 * Money (SPEC §3.8), the same for the district and a school admin (the API scopes a school admin to their school):
 * bills with 生成账单, 收费登记 and 免收; stipend sheets with 确认; disclosures with 发布; provider statements (a school
 * admin reads their school's lines; the district confirms, below).
 */
const moneyRules: Rules = {
  bills: [...readOnly, 'generate', 'pay'],
  stipends: ['show', 'confirm'],
  disclosures: ['show', 'publish'],
  providerStatements: ['show'],
};

/**
 * What each role may do in the console, mirroring SPEC §4. The API enforces the same rules (and
 * scopes a school admin to their school, a provider user to their provider); this table only keeps
 * the console from offering what would be refused. Workflow steps are actions of their resource
 * (`review` on providers, `decide` on providerExits); pages without a resource use their route name.
 */
const rulesByRole: Record<Role, Rules> = {
  DISTRICT_ADMIN: {
    // `import`: the CSV import (csv/ImportDialog.tsx); the API lets only the district import.
    schools: [...everything, 'import'],
    terms: [...everything, 'copyToAllSchools'],
    districtPolicy: ['show', 'edit'],
    activities: everything,
    timetable: ['show'],
    compliance: ['show'],
    providers: [...everything, 'import', 'submitForReview', 'review', 'suspend', 'reinstate', 'openExit', 'uploadDocument'],
    contracts: [...everything, 'sign', 'activate', 'terminate', 'uploadDocument'],
    // Append-only: a correction is a new evaluation, never an edit.
    evaluations: [...readOnly, 'create', 'correct', 'openExit'],
    providerExits: [...readOnly, 'create', 'decide', 'resolve', 'complete'],
    surveys: [...everything, 'publish', 'close', 'results'],
    auditEvents: ['list'],
    ...familyRules,
    // District supervision (专项督查): the district records and closes; the school records the rectifications
    // (the API would take one from the district too, e.g. from a paper report, but the console leaves it to the school).
    inspections: [...readOnly, 'create', 'close'],
    complianceOverview: ['show'],
    ...moneyRules,
    ...careRules,
    // The district pays providers across schools: it confirms (locks) their monthly statements.
    providerStatements: ['show', 'confirm'],
  },
  SCHOOL_ADMIN: {
    // Their own school only (the API filters); the district creates and removes schools.
    schools: ['list', 'show', 'edit'],
    terms: everything,
    districtPolicy: ['show'],
    activities: everything,
    timetable: ['show'],
    compliance: ['show'],
    // Approved providers only, read-only; a school may propose an exit but not decide it.
    providers: [...readOnly, 'openExit'],
    contracts: [...everything, 'sign', 'activate', 'terminate', 'uploadDocument'],
    evaluations: [...readOnly, 'create', 'correct', 'openExit'],
    providerExits: [...readOnly, 'create', 'resolve'],
    // Surveys of their school and its activities (the API scopes them).
    surveys: [...everything, 'publish', 'close', 'results'],
    auditEvents: ['list'],
    ...familyRules,
    // Their own school's inspections: they record the rectifications.
    inspections: [...readOnly, 'rectify'],
    ...moneyRules,
    ...careRules,
  },
  PROVIDER: {
    districtPolicy: ['show'],
    // Their own provider: contact details, staff and qualifications, documents, and the application.
    providers: ['list', 'show', 'edit', 'submitForReview', 'uploadDocument'],
    contracts: readOnly,
    evaluations: readOnly,
    auditEvents: ['list'],
  },
  // Teachers and parents work on the phone pages (/m/teacher, /m/parent); the console offers them nothing.
  TEACHER: {},
  PARENT: {},
};

export function canAccess(role: Role | undefined, action: Action, resource: string): boolean {
  if (!role) return false;
  return rulesByRole[role]?.[resource]?.includes(action) ?? false;
}

/** Provider fields only the district may change (a provider user edits the rest of its record). */
const districtOnlyProviderFields = new Set(['name', 'creditCode', 'kind']);

/** Fields a role may not change even where it may edit the record. */
export function isReadOnlyField(role: Role | undefined, resource: string, field: string): boolean {
  // A school's code identifies it district-wide; only the district may change it (see `updateSchool`).
  if (resource === 'schools' && field === 'code') return role !== 'DISTRICT_ADMIN';
  // The legal identity of a provider is reviewed by the district (see `updateProvider`).
  if (resource === 'providers' && districtOnlyProviderFields.has(field)) return role !== 'DISTRICT_ADMIN';
  return false;
}
