import { WEEKDAYS } from '../common/enums';
import type { Weekday } from '../generated/graphql';

/** What the grid needs of an activity. */
export interface Slotted {
  id: string;
  weekday: Weekday;
  startTime: string;
  endTime: string;
  title: string;
  status?: string;
}

export interface TimetableRow<A> {
  startTime: string;
  endTime: string;
  /** One list per column of `days`, in the same order. */
  cells: A[][];
}

export interface TimetableLayout<A> {
  days: Weekday[];
  rows: TimetableRow<A>[];
}

const SCHOOL_DAYS: readonly Weekday[] = WEEKDAYS.slice(0, 5);

/**
 * Places a term's activities in a week grid: columns Monday–Friday (plus Saturday or Sunday only
 * when something happens then), one row per distinct time slot (start–end) in time order, and in
 * each cell the activities of that day and slot, by title. Cancelled activities are left out: they
 * hold no venue and nobody runs them.
 */
export function layoutTimetable<A extends Slotted>(activities: readonly A[]): TimetableLayout<A> {
  const running = activities.filter((activity) => activity.status === undefined || activity.status === 'ACTIVE');
  const used = new Set(running.map((activity) => activity.weekday));
  const days = WEEKDAYS.filter((day) => SCHOOL_DAYS.includes(day) || used.has(day));

  const slotKey = (a: Slotted) => `${a.startTime}-${a.endTime}`;
  const rows = new Map<string, TimetableRow<A>>();
  // `HH:mm` strings sort in time order; the earlier end comes first for equal starts.
  const ordered = [...running].sort(
    (a, b) => a.startTime.localeCompare(b.startTime) || a.endTime.localeCompare(b.endTime) || a.title.localeCompare(b.title, 'zh-CN'),
  );
  for (const activity of ordered) {
    let row = rows.get(slotKey(activity));
    if (!row) {
      row = { startTime: activity.startTime, endTime: activity.endTime, cells: days.map(() => []) };
      rows.set(slotKey(activity), row);
    }
    row.cells[days.indexOf(activity.weekday)].push(activity);
  }
  return { days, rows: [...rows.values()] };
}
