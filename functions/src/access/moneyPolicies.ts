import type { BillRecord } from '../money/billEntity';
import type { DisclosureView } from '../money/disclosureEntity';
import type { ProviderStatementView } from '../money/providerStatementEntity';
import type { StipendSheetView } from '../money/stipendEntity';
import type { RecordPolicy } from './policies';

/*
 * Money (SPEC §3.8, §4). A bill names a child and a family's circumstances (the hardship discount): the district and
 * the school's admin read it, and the child's linked guardians. Teachers and providers never do. A disclosure is
 * public by its code anyway; signed in, the school's admins, teachers and families list it.
 */
export const billPolicy: RecordPolicy<BillRecord> = {
  async level({ viewer, relations }, bill) {
    if (viewer.role === 'DISTRICT_ADMIN') return 'FULL';
    if (viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === bill.schoolId) return 'FULL';
    if (viewer.role === 'PARENT' && (await relations.guardianStudentIds()).has(bill.studentId)) return 'FULL';
    return undefined;
  },
};

export const disclosurePolicy: RecordPolicy<DisclosureView> = {
  async level({ viewer, relations }, disclosure) {
    if (viewer.role === 'DISTRICT_ADMIN') return 'FULL';
    if ((viewer.role === 'SCHOOL_ADMIN' || viewer.role === 'TEACHER') && viewer.schoolId === disclosure.schoolId) return 'FULL';
    if (viewer.role === 'PARENT' && (await relations.guardianSchoolIds()).has(disclosure.schoolId)) return 'FULL';
    return undefined;
  },
};

/**
 * Stipend sheets (课时补助): the pay of one school's staff for a month — the district and that school's admin, as
 * `stipendSheet` answers them (SPEC §3.8, §4). Teachers, providers and families never.
 */
export const stipendSheetPolicy: RecordPolicy<StipendSheetView> = {
  level: ({ viewer }, sheet) =>
    viewer.role === 'DISTRICT_ADMIN' || (viewer.role === 'SCHOOL_ADMIN' && viewer.schoolId === sheet.schoolId) ? 'FULL' : undefined,
};

/**
 * Provider statements (机构对账单): the district, which confirms and pays them, and the provider itself read all of
 * one; a school admin who may read the provider reads their own school's lines and corrections only (LIMITED, as
 * `providerStatement` shows it) — so never its audit trail, which carries the other schools' totals and corrections.
 */
export const providerStatementPolicy: RecordPolicy<ProviderStatementView> = {
  async level({ viewer, levelOf }, statement) {
    if (viewer.role === 'DISTRICT_ADMIN' || (viewer.role === 'PROVIDER' && viewer.providerId === statement.providerId)) return 'FULL';
    return viewer.role === 'SCHOOL_ADMIN' && (await levelOf(statement.providerId)) ? 'LIMITED' : undefined;
  },
  limited: ({ viewer }, statement) => {
    const mine = <T extends { schoolId: string }>(items: readonly T[]) => items.filter((item) => item.schoolId === viewer.schoolId);
    return { ...statement, lines: mine(statement.lines), adjustments: mine(statement.adjustments) };
  },
};
