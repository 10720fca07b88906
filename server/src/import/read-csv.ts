import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { type ColumnSpec, columnsOf, type ImportEntity, normaliseHeader } from './columns.js';
import { cliLimits, decode, type ImportLimits } from './file-checks.js';
import { ImportFailedError, type IssueList } from './issues.js';

/** One data row: its line in the file and its values by canonical column name, trimmed. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** What a spreadsheet reads into, whether it came as CSV or XLSX (read-xlsx.ts). */
export interface CsvFile {
  /** The CSV separator; null for a workbook. */
  delimiter: ',' | ';' | null;
  /** The canonical names of the columns the file has. */
  columns: string[];
  records: CsvRecord[];
}

/** The export's Excel dialect writes '=… for a cell that Excel would run as a formula. */
export const unguard = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

/** Counts a character outside double-quoted parts of a line. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count += 1;
  }
  return count;
}

/** Comma or semicolon (Dutch Excel), whichever the header uses; tabs are refused with a hint. */
function detectDelimiter(text: string, issues: IssueList): ',' | ';' | null {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const commas = countOutsideQuotes(header, ',');
  const semicolons = countOutsideQuotes(header, ';');
  if (commas === 0 && semicolons === 0) {
    const other = [
      ['\t', 'tabs'],
      ['|', 'vertical bars'],
    ].find(([char]) => header.includes(char as string));
    if (other) {
      issues.add(1, null, `the columns are separated by ${other[1]}; use commas or semicolons`);
      return null;
    }
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Maps the header to canonical column names, reporting unknown, duplicate and missing columns
 * on the header's line (1 in a CSV file; a workbook's header may sit lower).
 */
export function mapHeader(
  entity: ImportEntity,
  header: string[],
  issues: IssueList,
  line = 1,
): (string | null)[] {
  const specs = columnsOf[entity];
  const byName = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    byName.set(spec.name, spec);
    for (const alias of spec.aliases ?? []) byName.set(alias, spec);
  }
  const seen = new Set<string>();
  const mapped = header.map((raw) => {
    const spec = byName.get(normaliseHeader(raw));
    if (!spec) {
      issues.add(
        line,
        raw.trim(),
        `unknown column for ${entity}; the columns are ${specs.map((s) => s.name).join(', ')}`,
      );
      return null;
    }
    if (seen.has(spec.name)) {
      issues.add(line, raw.trim(), `the column ${spec.name} appears more than once`);
      return null;
    }
    seen.add(spec.name);
    return spec.name;
  });
  for (const spec of specs) {
    if (spec.required && !seen.has(spec.name)) {
      issues.add(line, spec.name, 'required column is missing');
    }
  }
  return mapped;
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is never closed (a " is missing)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text follows a closing quote; put the whole value in quotes and double any " inside it';
    default:
      return error.message;
  }
}

/** csv-parse notices an unclosed quote at the end of the file; this finds where it opened. */
function unclosedQuoteLine(text: string): number {
  let open = false;
  let openedAt = 1;
  text.split('\n').forEach((line, index) => {
    if ((line.match(/"/g)?.length ?? 0) % 2 === 0) return;
    if (!open) openedAt = index + 1;
    open = !open;
  });
  return openedAt;
}

/** The first line of a record: csv-parse counts to its last line, and a quoted value may span lines. */
function firstLine(lastLine: number, raw: string | undefined): number {
  const content = (raw ?? '').replace(/^\n+/, '').replace(/\n$/, '');
  let newlines = 0;
  for (const c of content) if (c === '\n') newlines += 1;
  return lastLine - newlines;
}

/** Feeds the text in slices, so a large file does not hold the event loop for seconds. */
function* slices(text: string, size = 256 * 1024) {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

/**
 * Reads a CSV file as Kumu and Gephi users write it: UTF-8 (a BOM is fine), comma or semicolon
 * separated, a header row naming the columns (in any order and letter case; some aliases).
 * Fails with ImportFailedError for problems of the file as a whole; rows with the wrong number
 * of values are reported in `issues` and left out of `records`.
 */
export async function readCsv(
  bytes: Uint8Array,
  entity: ImportEntity,
  options: {
    limits?: ImportLimits;
    issues: IssueList;
    onRow?: (rows: number) => void;
  },
): Promise<CsvFile> {
  const { issues } = options;
  const limits = options.limits ?? cliLimits;
  const text = decode(bytes, limits, issues);
  const delimiter = text === null ? null : detectDelimiter(text, issues);
  if (text === null || delimiter === null) throw new ImportFailedError(issues.items);

  const parser = Readable.from(slices(text)).pipe(
    parse({
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: true,
      // Excel writes ";;;;" for a row that was cleared: that is an empty row, not a record.
      skip_records_with_empty_values: true,
      // A quote inside an unquoted value (Lyceum "De Brug") is kept as written, as Excel reads it.
      relax_quotes: true,
      info: true,
      raw: true,
    }),
  );
  let columns: (string | null)[] | null = null;
  const records: CsvRecord[] = [];
  // Problems of the file as a whole end the reading: its rows are not checked any further.
  let fatal = false;
  try {
    for await (const { record, info, raw } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
      raw: string | undefined;
    }>) {
      const line = firstLine(info.lines, raw);
      if (columns === null) {
        columns = mapHeader(entity, record, issues);
        // Rows are read against the header: with a wrong header they would only add noise.
        fatal = issues.count > 0;
        if (fatal) break;
        continue;
      }
      if (records.length >= limits.maxRows) {
        issues.add(
          line,
          null,
          `the file has more than ${limits.maxRows.toLocaleString('en')} rows: split it into smaller files`,
        );
        fatal = true;
        break;
      }
      if (record.length !== columns.length) {
        issues.add(
          line,
          null,
          `has ${record.length} value${record.length === 1 ? '' : 's'} but the header has ${columns.length} columns` +
            (record.length === 1 && columns.length > 1
              ? ` (is the file separated by "${delimiter}"?)`
              : ''),
        );
        continue;
      }
      const values: Record<string, string> = {};
      columns.forEach((name, index) => {
        if (name) values[name] = unguard((record[index] ?? '').trim());
      });
      records.push({ line, values });
      if (records.length % 5_000 === 0) options.onRow?.(records.length);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? unclosedQuoteLine(text)
        : ((error as CsvError & { lines?: number }).lines ?? null);
    issues.add(line, null, csvErrorMessage(error));
    fatal = true;
  } finally {
    parser.destroy();
  }
  if (columns === null && issues.count === 0) issues.add(null, null, 'the file is empty');
  else if (records.length === 0 && issues.count === 0) {
    issues.add(null, null, 'the file has a header but no rows');
  }
  if (fatal || records.length === 0) throw new ImportFailedError(issues.items);
  options.onRow?.(records.length);
  const present = (columns ?? []).filter((name): name is string => name !== null);
  return { delimiter, columns: present, records };
}
