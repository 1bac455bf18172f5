import type { ComplianceRule } from './ruleTypes';
import { onWeekday, segmentNames, weekdayNames } from './ruleText';

const required = ['CLASS', 'GRADE', 'SCHOOL'] as const;

/** The three segments (班级/年级/校级服务) run on every covered service day (SPEC §3.9). */
export const segments: ComplianceRule = {
  code: 'SEGMENT_MISSING',
  seed: '篇二',
  title: '三段式服务',
  explain: () => '篇二「课后服务根据人数变化和时间推移，一般分为三段即“班级服务+年级服务+校级服务”」。每个有服务的服务日都要有班级服务、年级服务和校级服务。',
  check: ({ activities, serviceWeekdays }) =>
    serviceWeekdays.flatMap((weekday) => {
      const ofDay = onWeekday(activities, weekday);
      const missing = required.filter((segment) => !ofDay.some((activity) => activity.segment === segment));
      if (ofDay.length === 0 || missing.length === 0) return [];
      const names = missing.map((segment) => segmentNames[segment]).join('、');
      return [
        { weekday, params: { missingSegments: [...missing] }, message: `${weekdayNames[weekday]}缺少${names}：请按“班级服务+年级服务+校级服务”三段安排。` },
      ];
    }),
};
