// Dates as whole numbers, so that a generator never reads the clock and stays reproducible:
// a day is counted from 1970-01-01 (day 0, a Thursday), a moment in minutes from its midnight (UTC).

export const minutesPerDay = 1_440;
const msPerDay = 86_400_000;

/** The day number of an ISO date (YYYY-MM-DD). */
export function dayOf(iso: string): number {
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${iso}`);
  return ms / msPerDay;
}

const isoDates = new Map<number, string>();

/** The ISO date of a day number (memoised: a dataset uses a few thousand days, millions of times). */
export function isoDate(day: number): string {
  const whole = Math.floor(day);
  let iso = isoDates.get(whole);
  if (iso === undefined) {
    iso = new Date(whole * msPerDay).toISOString().slice(0, 10);
    isoDates.set(whole, iso);
  }
  return iso;
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A moment (minutes since 1970-01-01T00:00Z) as an ISO date-time in UTC, to the minute. */
export function isoDateTime(minute: number): string {
  const whole = Math.floor(minute);
  const day = Math.floor(whole / minutesPerDay);
  const inDay = whole - day * minutesPerDay;
  return `${isoDate(day)}T${twoDigits(Math.floor(inDay / 60))}:${twoDigits(inDay % 60)}:00Z`;
}

export const dayOfMinute = (minute: number): number => Math.floor(minute / minutesPerDay);

/** 0 Sunday … 6 Saturday. */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

export const isWorkingDay = (day: number): boolean => weekday(day) >= 1 && weekday(day) <= 5;

/** The day itself when it is a working day, else the next working day. */
export function workingDayFrom(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/** `count` working days after `day` (count 0: `day` itself if it is one, else the next). */
export function addWorkingDays(day: number, count: number): number {
  let d = workingDayFrom(day);
  for (let left = count; left > 0; left--) d = workingDayFrom(d + 1);
  return d;
}

/** `count` working days before `day`. */
export function subtractWorkingDays(day: number, count: number): number {
  let d = day;
  for (let left = count; left > 0; ) {
    d--;
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to`: how long something waited. */
export function workingDaysBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const days = to - from;
  let count = Math.floor(days / 7) * 5;
  for (let d = from + 1 + Math.floor(days / 7) * 7; d <= to; d++) if (isWorkingDay(d)) count++;
  return count;
}

/** A moment during Dutch office hours (07:30–16:00 UTC) on `day`, `offset` minutes (0–510) into them. */
export const officeMoment = (day: number, offset: number): number =>
  day * minutesPerDay + 7 * 60 + 30 + Math.max(0, Math.min(510, offset));
