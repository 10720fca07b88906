import { InvalidInputError, readSheet, SheetNotFoundError } from 'read-excel-file/node';
import { type ImportEntity, normaliseHeader } from './columns.js';
import { type ImportLimits, tooLarge } from './file-checks.js';
import { unreadableWorkbook } from './file-kind.js';
import { ImportFailedError, type IssueList } from './issues.js';
import type { CsvFile, CsvRecord } from './read-csv.js';
import { mapHeader } from './read-csv.js';
import { cellText, columnLetter } from './xlsx-cells.js';
import { checkUnpackedSize } from './zip-size.js';

// Reads an Excel workbook (.xlsx) into the same shape as a CSV file, so that everything after
// reading — the rows' checks, the plan, the write — is shared. Lines are the sheet's row
// numbers, as Excel shows them.

type Sheet = { name: string; rows: unknown[][] };

/**
 * The sheet named after the entity (`ties`, `Table members`: letter case, spaces and hyphens do
 * not matter), so that one workbook can hold a sheet per entity; otherwise the first sheet.
 */
async function readChosenSheet(buffer: Buffer, entity: ImportEntity): Promise<Sheet> {
  try {
    return { name: entity, rows: await readSheet(buffer, entity) };
  } catch (error) {
    if (!(error instanceof SheetNotFoundError)) throw error;
    const names = (error as SheetNotFoundError & { sheets: string[] }).sheets;
    const named = names.find((name) => normaliseHeader(name) === normaliseHeader(entity));
    return { name: named ?? names[0] ?? '', rows: await readSheet(buffer, named ?? 1) };
  }
}

/** What the reader's failures mean to the person who saved the file. */
function describeFailure(error: unknown): string {
  if (error instanceof InvalidInputError) {
    if (error.code === 'XLS_FILE_NOT_SUPPORTED') return unreadableWorkbook.xls;
    if (error.code === 'INVALID_ZIP') {
      return 'the file is not a valid XLSX workbook: it starts as one (a ZIP archive) but cannot be unpacked, so it is damaged or cut off; open it in Excel and save it again, or save it as "CSV UTF-8"';
    }
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `the file is a ZIP archive but not a readable Excel workbook (${reason}); save it from Excel as "Excel Workbook (.xlsx)" or as "CSV UTF-8"`;
}

const isEmpty = (row: readonly unknown[]) => row.every((cell) => cellText(cell) === '');

/**
 * Reads an XLSX workbook: one sheet (see readChosenSheet), the first non-empty row its header,
 * every later non-empty row a record. Fails with ImportFailedError for problems of the file as
 * a whole (not a workbook, too large, no header, an unknown column); as readCsv does.
 */
export async function readXlsx(
  bytes: Uint8Array,
  entity: ImportEntity,
  options: { limits: ImportLimits; issues: IssueList; onRow?: (rows: number) => void },
): Promise<CsvFile> {
  const { issues, limits } = options;
  const fail = (message: string): never => {
    issues.add(null, null, message);
    throw new ImportFailedError(issues.items);
  };
  if (bytes.length > limits.maxBytes) fail(tooLarge(bytes.length, limits));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const unpacked = checkUnpackedSize(buffer, limits);
  if (unpacked) fail(unpacked);

  const sheet = await readChosenSheet(buffer, entity).catch((error: unknown) =>
    fail(describeFailure(error)),
  );
  const headerIndex = sheet.rows.findIndex((row) => !isEmpty(row));
  if (headerIndex === -1) fail(`the sheet '${sheet.name}' is empty`);
  const headerLine = headerIndex + 1;
  const header = (sheet.rows[headerIndex] ?? []).map(cellText);

  // Empty header cells are gaps between columns, unless a row has a value under one.
  const named = header.flatMap((name, index) => (name === '' ? [] : [index]));
  const mapped = mapHeader(
    entity,
    named.map((index) => header[index] ?? ''),
    issues,
    headerLine,
  );
  if (issues.count > 0) throw new ImportFailedError(issues.items);
  const columnAt = new Map(named.map((index, position) => [index, mapped[position] ?? null]));

  const records: CsvRecord[] = [];
  const unnamedReported = new Set<number>();
  for (let index = headerIndex + 1; index < sheet.rows.length; index += 1) {
    const row = sheet.rows[index] ?? [];
    if (isEmpty(row)) continue;
    const line = index + 1;
    if (records.length >= limits.maxRows) {
      const rows = limits.maxRows.toLocaleString('en');
      issues.add(line, null, `the sheet has more than ${rows} rows: split it into smaller files`);
      throw new ImportFailedError(issues.items);
    }
    const values: Record<string, string> = {};
    row.forEach((cell, column) => {
      const text = cellText(cell);
      const name = columnAt.get(column);
      if (name) values[name] = text;
      else if (name === undefined && text !== '' && !unnamedReported.has(column)) {
        unnamedReported.add(column);
        issues.add(
          line,
          null,
          `column ${columnLetter(column)} has a value but no header: give the column a header or clear it`,
        );
      }
    });
    records.push({ line, values });
    if (records.length % 5_000 === 0) options.onRow?.(records.length);
  }
  if (records.length === 0) fail(`the sheet '${sheet.name}' has a header but no rows`);
  if (issues.count > 0) throw new ImportFailedError(issues.items);
  options.onRow?.(records.length);
  const present = mapped.filter((name): name is string => name !== null);
  return { delimiter: null, columns: present, records };
}
