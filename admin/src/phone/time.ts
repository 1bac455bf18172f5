/**
 * Instants (`DateTime`, UTC) as the school's clock shows them: China time (UTC+8), whatever the phone's zone. Cutting
 * the ISO text instead would show 09:30 for a notice sent at 17:30, and yesterday's date before 08:00.
 */
const chinaParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(instant: string | Date) {
  const found = Object.fromEntries(chinaParts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { date: `${found.year}-${found.month}-${found.day}`, time: `${found.hour}:${found.minute}` };
}

/** `2026-11-30 17:30` */
export const chinaDateTime = (instant: string | Date) => {
  const { date, time } = parts(instant);
  return `${date} ${time}`;
};

/** `2026-11-30`: the China date of an instant (today's, by default). */
export const chinaDate = (instant: string | Date = new Date()) => parts(instant).date;
