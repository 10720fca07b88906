import { parse } from 'csv-parse/sync';
import type { Cell, SheetData } from 'write-excel-file/node';

// A CSV example as a worksheet the way a person keeps it in Excel: dates as date cells,
// strengths as numbers, everything else as text. make-xlsx.ts writes the example workbooks
// with it, and the import tests build their workbooks the same way.

/** Columns whose cells are dates in Excel; shown as Dutch Excel shows them. */
const dateColumns = new Set(['start_date', 'last_confirmed_at', 'since']);
const numberColumns = new Set(['strength']);
export const dateFormat = 'dd-mm-yyyy';

/** One cell of a CSV column as a typed worksheet cell; an empty CSV value is an empty cell. */
export function typedCell(column: string, text: string): Cell {
  if (text === '') return null;
  if (dateColumns.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return { value: new Date(`${text}T00:00:00Z`), type: Date, format: dateFormat };
  }
  if (numberColumns.has(column) && /^\d+$/.test(text)) return Number(text);
  // Text format (`@`), so that Excel does not turn ids or codes such as 0123 into numbers.
  return { value: text, type: String, format: '@' };
}

/** The rows of a CSV text (header first) as sheet data with typed cells. */
export function sheetFromCsv(csv: string): SheetData {
  const [header = [], ...rows] = parse(csv, { relax_column_count: true }) as string[][];
  return [
    header.map((name) => ({ value: name, fontWeight: 'bold' as const })),
    ...rows.map((row) => header.map((name, index) => typedCell(name, row[index] ?? ''))),
  ];
}
