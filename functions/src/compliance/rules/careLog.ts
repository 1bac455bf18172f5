import { addDays } from '../../calendar/termCalendar';
import type { ComplianceRule } from './ruleTypes';
import { weekdayNames } from './ruleText';

/**
 * SPEC §3.9, seed part 五: every school day has the duty leader's care log (课后看护日志). Each past service day of the
 * term (make-up days included, holidays not; today is still being written) from the school's first log on, without a
 * log, is a finding. A term without any log on file shows the rule as NOT_CHECKED (complianceInputs.ts).
 */
export const careLog: ComplianceRule = {
  code: 'DAY_WITHOUT_CARE_LOG',
  seed: '篇五',
  title: '课后看护日志',
  explain: () =>
    '篇五「要建立学生安全保障机制、家校联系制度、准入和退出机制、公示制度、课后看护日志等各项管理制度」。每个服务日都要有值班领导的看护日志；检查学期内今天以前的每个服务日。',
  needs: ['careLogs'],
  check: ({ calendar, careLogDates, dutyLeaders, today }) =>
    calendar
      .serviceDays({ from: [...(careLogDates ?? [])].sort()[0], to: addDays(today, -1) })
      .filter((day) => !careLogDates?.has(day.date))
      .map((day) => {
        // The rota as it stands now names who is to write the day's log (a make-up day: the weekday it runs).
        const leader = day.timetableWeekday ? dutyLeaders?.get(day.timetableWeekday) : undefined;
        return {
          date: day.date,
          weekday: day.timetableWeekday ?? undefined,
          staffId: leader?.id,
          params: { dateWeekday: day.weekday, staffName: leader?.name || undefined },
          message: `${day.date}（${weekdayNames[day.weekday]}）没有课后看护日志：请值班领导${leader?.name ? `（${leader.name}）` : ''}补写当天的看护日志。`,
        };
      }),
};
