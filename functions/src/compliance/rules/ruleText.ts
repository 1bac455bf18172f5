import { minutesOf } from '../../core/clock';
import type { ActivityRecord } from '../../activities/activityEntity';
import type { Weekday } from '../../policy/policyEntity';
import { weekdayValues } from '../../generated/enumValues';

/** Chinese names the findings use (the console translates enum fields itself; these are sentences). */
export const weekdayNames: Record<Weekday, string> = {
  MONDAY: '周一',
  TUESDAY: '周二',
  WEDNESDAY: '周三',
  THURSDAY: '周四',
  FRIDAY: '周五',
  SATURDAY: '周六',
  SUNDAY: '周日',
};

const numerals = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一年级, 三、四年级 … */
export const gradesName = (grades: readonly number[]) => `${grades.map((grade) => numerals[grade] ?? String(grade)).join('、')}年级`;

export const segmentNames: Record<string, string> = { CLASS: '班级服务', GRADE: '年级服务', SCHOOL: '校级服务' };

/** The parameters naming an activity in a finding (the weekday is the finding's own). */
export const activityParams = (activity: Pick<ActivityRecord, 'startTime' | 'title'>) => ({
  activityTitle: activity.title,
  activityStartTime: activity.startTime,
});

/** 周三 15:30「作业辅导」: how a finding names an activity. */
export const activityLabel = (activity: Pick<ActivityRecord, 'weekday' | 'startTime' | 'title'>) =>
  `${weekdayNames[activity.weekday as Weekday] ?? activity.weekday} ${activity.startTime}「${activity.title}」`;

/** The policy's days as the seed plans write them: 周一至周五, or 周一、周三. */
export function daysName(days: readonly Weekday[]): string {
  const order = weekdayValues;
  const indexes = days.map((day) => order.indexOf(day)).sort((a, b) => a - b);
  const consecutive = indexes.length > 2 && indexes.every((index, i) => i === 0 || index === indexes[i - 1] + 1);
  const names = indexes.map((index) => weekdayNames[order[index] as Weekday]);
  return consecutive ? `${names[0]}至${names.at(-1)}` : names.join('、');
}

/** Minutes covered by at least one of the ranges (overlaps counted once). */
export function coveredMinutes(ranges: readonly { startTime: string; endTime: string }[]): number {
  return mergedRanges(ranges).reduce((total, [start, end]) => total + end - start, 0);
}

/** The ranges merged where they overlap or touch, in minutes since midnight, in order. */
export function mergedRanges(ranges: readonly { startTime: string; endTime: string }[]): [number, number][] {
  const sorted = ranges.map((r) => [minutesOf(r.startTime), minutesOf(r.endTime)] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** `HH:mm` of minutes since midnight. */
export const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Activities of one weekday. */
export const onWeekday = (activities: readonly ActivityRecord[], weekday: Weekday) => activities.filter((activity) => activity.weekday === weekday);
