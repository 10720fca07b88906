// Dates of the signal analyses. The data's "today" is an argument (`asOf`), never the clock
// alone: synthetic data is judged as of its manifest's reference date.

const dayMs = 86_400_000;

/** `asOf` as given, or today in UTC: YYYY-MM-DD. */
export function asOfDay(asOf?: string | null, now = new Date()): string {
  return asOf ?? now.toISOString().slice(0, 10);
}

/** The date `months` calendar months before `day` (clamped to the month's last day). */
export function monthsBefore(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A calendar quarter: "2026-Q3", with its first and last day. */
export interface Quarter {
  label: string;
  start: string;
  end: string;
}

function quarterOf(year: number, index: number): Quarter {
  const start = new Date(Date.UTC(year, index * 3, 1));
  const end = new Date(Date.UTC(year, index * 3 + 3, 0));
  return {
    label: `${year}-Q${index + 1}`,
    start: start.toISOString().slice(0, 10),
    end: end.toISOString().slice(0, 10),
  };
}

/** The `count` quarters up to and including the one `day` lies in, oldest first. */
export function quartersUpTo(day: string, count: number): Quarter[] {
  const [year = 0, month = 1] = day.split('-').map(Number);
  const last = year * 4 + Math.floor((month - 1) / 3);
  return Array.from({ length: count }, (_, i) => {
    const n = last - count + 1 + i;
    return quarterOf(Math.floor(n / 4), n % 4);
  });
}

/** The quarter label ("2026-Q3") of a date. */
export function quarterLabel(day: string): string {
  const [year = 0, month = 1] = day.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Whole days from `from` to `to` (dates or date-times). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / dayMs);
}
