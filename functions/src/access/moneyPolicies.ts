import type { BillRecord } from '../money/billEntity';
import type { DisclosureView } from '../money/disclosureEntity';
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
