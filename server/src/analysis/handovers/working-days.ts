// The service level for handovers (DOMAIN.md, "Routes and deadlines"): a request is picked up
// within five working days, Monday to Friday (no holidays: the field's rule of thumb).

/** Working days a request may wait before it counts as stalled. */
export const serviceLevelWorkingDays = 5;

const msPerDay = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / msPerDay;
/** Day 0 (1970-01-01) was a Thursday: 0 Sunday … 6 Saturday. */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;
const isWorkingDay = (day: number) => weekday(day) >= 1 && weekday(day) <= 5;

/**
 * Working days after the day of `from` up to and including the day of `to` (both YYYY-MM-DD or
 * ISO date-times; only the date counts): how long a request made on `from` has waited on `to`.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end <= start) return 0;
  const weeks = Math.floor((end - start) / 7);
  let count = weeks * 5;
  for (let day = start + 1 + weeks * 7; day <= end; day++) if (isWorkingDay(day)) count++;
  return count;
}

/** Waited longer than the service level. */
export const isStalled = (workingDaysWaiting: number) =>
  workingDaysWaiting > serviceLevelWorkingDays;
