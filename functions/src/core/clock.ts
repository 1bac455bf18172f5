/** Current instant as the API stores it. One place, so tests and seeds can reason about timestamps. */
export const nowIso = (): string => new Date().toISOString();

/** Schools run on China Standard Time: "today" for validity checks is the date in Asia/Shanghai. */
export const SCHOOL_TIME_ZONE = 'Asia/Shanghai';

/** A date `YYYY-MM-DD` in school-local time, today or `offsetDays` from today. */
export function localDate(offsetDays = 0, from: Date = new Date()): string {
  const shifted = from.getTime() + offsetDays * 86_400_000;
  // A zone's date changes only on a whole minute, so one format per minute is exact. Lists ask once per record
  // (a contract's effective status), and formatting costs ~10 µs each.
  const minute = Math.floor(shifted / 60_000);
  if (minute !== lastMinute) {
    lastDate = (localDateFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: SCHOOL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })).format(
      new Date(shifted),
    );
    lastMinute = minute;
  }
  return lastDate;
}

/** Made once: building a time-zone formatter costs far more than formatting with it (a roll call asks twice). */
let localDateFormat: Intl.DateTimeFormat | undefined;
let lastMinute = Number.NaN;
let lastDate = '';

/** Adds whole months to a `YYYY-MM-DD` date (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Minutes since midnight of an `HH:mm` time. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
