import type { ComplianceFinding, ComplianceRule } from './ruleTypes';

/**
 * SPEC §3.9, seed part 三: every class (班级) has at least one staff member on duty (每班至少安排一名教职工). A class is
 * covered by its class teacher: a staff member of the school who is active (在岗). A class without one, or whose
 * class teacher has left (inactive) or belongs to another school, is flagged. Classes and staff are the school's
 * current state, not kept per term, so the rule checks only terms that have not ended (complianceInputs.ts loads
 * `classes` for those); an ended term, or a school with no classes on file yet, shows it as NOT_CHECKED.
 */
export const classStaff: ComplianceRule = {
  code: 'CLASS_WITHOUT_STAFF',
  seed: '篇三',
  title: '每班至少一名教职工',
  explain: () =>
    '篇三「人数较少的可以跨班级跨年级统筹组班，每个课后班应至少安排一名教职工负责管理服务」。每个班级都要有一名在岗的本校教职工（班主任）负责；仅检查尚未结束的学期。',
  needs: ['classes'],
  check: ({ classes, school }) =>
    (classes ?? []).flatMap(({ schoolClass, classTeacher }): ComplianceFinding[] => {
      const where = { classId: schoolClass.id, grades: [schoolClass.grade] };
      if (!schoolClass.classTeacherId || !classTeacher) {
        return [
          {
            ...where,
            detail: 'NO_CLASS_TEACHER' as const,
            params: { className: schoolClass.name },
            message: `${schoolClass.name}没有安排教职工：请为该班指定一名在岗的本校教职工（班主任）。`,
          },
        ];
      }
      if (!classTeacher.active || classTeacher.schoolId !== school.id) {
        return [
          {
            ...where,
            detail: 'CLASS_TEACHER_GONE' as const,
            params: { className: schoolClass.name, staffName: classTeacher.name },
            message: `${schoolClass.name}的班主任${classTeacher.name}已不在本校岗位：请为该班另行指定一名在岗教职工。`,
          },
        ];
      }
      return [];
    }),
};
