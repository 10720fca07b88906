import { unguard } from './read-csv.js';

// A workbook's cells are typed (text, number, date, boolean); the import's validators read the
// text a CSV file would hold (cells.ts). This turns each cell into that text, as Excel shows it.

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date cell as `YYYY-MM-DD`. Excel keeps no time zone: read-excel-file gives the wall-clock
 * time in UTC. A time of day is kept (`2025-09-01 14:30`), so that the date columns refuse it
 * rather than silently dropping it.
 */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  // Excel's serial numbers are fractions of a day: round away float noise below a second.
  const date = new Date(Math.round(value.getTime() / 1000) * 1000);
  const day = date.toISOString().slice(0, 10);
  const [hours, minutes, seconds] = [
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  if (hours === 0 && minutes === 0 && seconds === 0) return day;
  return `${day} ${pad(hours)}:${pad(minutes)}${seconds === 0 ? '' : `:${pad(seconds)}`}`;
}

/**
 * A number as Excel shows it in General format: at most 15 significant digits (so 0.1 + 0.2
 * is `0.3`), a whole number without `.0` (`3`, `12345678`).
 */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(15)));
}

/**
 * The text of one cell: '' for an empty cell (or a formula whose cached result is an error),
 * text trimmed, numbers and dates as above, booleans as Excel shows them (`TRUE`, `FALSE`; no
 * column takes a boolean, so such a cell is reported by its column).
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return unguard(value.trim());
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  return String(value).trim();
}

/** A column's letter as Excel names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
