import { minutesOf } from '../../core/clock';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { ComplianceFinding, ComplianceIssueDetail, ComplianceIssueParams, ComplianceRule } from './ruleTypes';
import { gradesName, mergedRanges, onWeekday, timeOf, weekdayNames } from './ruleText';

/** The latest pickup time of a grade (篇一: grades 1–2 at 16:00/17:00/17:30, grades 3–6 at 17:00/17:30), if any. */
export function lastPickupOf(school: Pick<SchoolRecord, 'pickupSlots'>, grade: number): string | undefined {
  return school.pickupSlots
    .filter((slot) => slot.grades.includes(grade))
    .flatMap((slot) => slot.times)
    .sort()
    .at(-1);
}

/**
 * Every grade of the school is served on every service day, without a gap, until its last pickup slot (SPEC §3.9).
 * Grades with the same problem on the same day become one finding.
 */
export const gradeServed: ComplianceRule = {
  code: 'GRADE_NOT_SERVED',
  seed: '篇一',
  title: '各年级服务至最晚接送时间',
  explain: () =>
    '篇一「接孩子的时间，一、二年级分为3个时间点，分别是4点、5点、5点半，三至六年级分为2个时间点，分别是5点、5点半」；篇一总目标「晚走有管护」。学校的每个年级在每个服务日都要有服务，且不留空档，直到该年级最晚的接送时间（学校设置中的接送时间点）。',
  check: ({ activities, serviceWeekdays, school }) =>
    serviceWeekdays.flatMap((weekday) => {
      const ofDay = onWeekday(activities, weekday);
      const problems = new Map<
        string,
        { grades: number[]; message: (grades: string) => string; detail: ComplianceIssueDetail; params: ComplianceIssueParams }
      >();
      for (const grade of school.grades) {
        const pickup = lastPickupOf(school, grade);
        const merged = mergedRanges(ofDay.filter((activity) => activity.grades.includes(grade)));
        const day = weekdayNames[weekday];
        let key: string;
        let message: (grades: string) => string;
        let detail: ComplianceIssueDetail;
        let params: ComplianceIssueParams;
        if (merged.length === 0) {
          key = 'none';
          detail = 'GRADE_NO_SERVICE';
          params = { requiredTime: pickup };
          message = (grades) => `${grades}${day}没有课后服务：请为${grades}安排服务${pickup ? `，直至最晚接送时间 ${pickup}` : ''}。`;
        } else {
          const target = pickup ? minutesOf(pickup) : merged.at(-1)![1];
          const gapAt = merged.findIndex((range, i) => i < merged.length - 1 && range[1] < target);
          if (gapAt >= 0) {
            const [from, to] = [merged[gapAt][1], Math.min(merged[gapAt + 1][0], target)];
            key = `gap ${from} ${to}`;
            detail = 'GRADE_GAP';
            params = { gapFrom: timeOf(from), gapTo: timeOf(to) };
            message = (grades) => `${grades}${day} ${timeOf(from)}–${timeOf(to)} 没有安排服务（无人看护）：请补上这段时间的活动或托管。`;
          } else if (merged.at(-1)![1] < target) {
            const end = timeOf(merged.at(-1)![1]);
            key = `ends ${end} ${pickup}`;
            detail = 'GRADE_ENDS_BEFORE_PICKUP';
            params = { endsAt: end, requiredTime: pickup };
            message = (grades) => `${grades}${day}的服务 ${end} 结束，早于最晚接送时间 ${pickup}：请把服务延至 ${pickup}。`;
          } else continue;
        }
        const problem = problems.get(key) ?? { grades: [], message, detail, params };
        problem.grades.push(grade);
        problems.set(key, problem);
      }
      return [...problems.values()].map(
        (problem): ComplianceFinding => ({
          weekday,
          grades: problem.grades,
          detail: problem.detail,
          params: problem.params,
          message: problem.message(gradesName(problem.grades)),
        }),
      );
    }),
};
