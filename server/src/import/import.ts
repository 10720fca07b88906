import { basename } from 'node:path';
import type { Database } from '../db/database.js';
import { ConflictError } from '../errors.js';
import type { ImportEntity } from './columns.js';
import { cliLimits, type ImportLimits } from './file-checks.js';
import { spreadsheetKind, unreadableWorkbook } from './file-kind.js';
import { ImportFailedError, IssueList } from './issues.js';
import { organisations } from './organisations.js';
import { type EntityImporter, parseRows, type Read } from './plan.js';
import { professionals } from './professionals.js';
import { type CsvFile, readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { tableMembers } from './table-members.js';
import { tables } from './tables.js';
import { ties } from './ties.js';

// biome-ignore lint/suspicious/noExplicitAny: each entity has its own row and record types
const importers: Record<ImportEntity, EntityImporter<any, any>> = {
  organisations,
  professionals,
  ties,
  tables,
  'table-members': tableMembers,
};

export interface ImportProgress {
  /** Reading the file, checking its rows (in the file and against the database), writing. */
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  /** Unknown while the file is still being read. */
  total: number | null;
}

export interface ImportOptions {
  entity: ImportEntity;
  bytes: Uint8Array;
  /** The file's name: imported records carry `source: 'import: <name>'`. */
  filename: string;
  /** Check everything and count what would change, but write nothing. */
  dryRun?: boolean;
  /** Size and row limits; the CLI's by default (uploads pass their own, smaller ones). */
  limits?: ImportLimits;
  /** Called as the import goes on; writing waits for a promise it returns. */
  onProgress?: (progress: ImportProgress) => Promise<void> | void;
}

export interface ImportReport {
  entity: ImportEntity;
  filename: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
}

/** The provenance imported records carry; only the base name, never a path of the importer's. */
export const importSource = (filename: string) =>
  `import: ${basename(filename.replaceAll('\\', '/')).slice(0, 200) || 'upload'}`;

/**
 * Imports one spreadsheet, a CSV file or an XLSX workbook. Every row is checked first — its cells, against the other rows and
 * against the database — and any problem fails the whole import with every problem listed
 * (ImportFailedError) and nothing written. A valid file is written in batches inside one
 * transaction, so a failure half-way (the database going away) leaves everything as it was.
 * Records are matched on the ids in the file: importing the same file again changes nothing.
 */
export async function importSpreadsheet(
  db: Database,
  options: ImportOptions,
): Promise<ImportReport> {
  const importer = importers[options.entity];
  const progress = options.onProgress ?? (() => {});
  const issues = new IssueList();
  const file = await readFile(options, issues, (done) =>
    progress({ phase: 'reading', done, total: null }),
  );
  const total = file.records.length;
  const rows = parseRows(file.records, importer.row, issues, (done) =>
    progress({ phase: 'checking', done, total }),
  );
  const source = importSource(options.filename);

  // With rows already bad, or on a dry run, the database is only read: one read per query.
  if (options.dryRun || issues.count > 0) {
    const read: Read = (query, params) => db.read(query, params);
    const plan = await importer.plan(read, rows, issues);
    issues.throwIfAny();
    return report(options, total, plan);
  }
  const plan = await db
    .writeTransaction(async (tx) => {
      // Checked against the database inside the transaction that writes: nothing can change
      // between the check and the write.
      const found = new IssueList();
      const planned = await importer.plan((query, params) => tx.run(query, params), rows, found);
      found.throwIfAny();
      const records = planned.changes.map((change) => change.record);
      await progress({ phase: 'writing', done: 0, total: records.length });
      await importer.write(tx, records, source, (done) =>
        progress({ phase: 'writing', done: Math.round(done), total: records.length }),
      );
      return planned;
    })
    .catch((error: unknown) => {
      throw asImportFailure(error);
    });
  return report(options, total, plan);
}

/** CSV or XLSX, told by the file's first bytes, not its name; both read into one shape. */
function readFile(
  options: ImportOptions,
  issues: IssueList,
  onRow: (rows: number) => void,
): Promise<CsvFile> {
  const reading = { issues, limits: options.limits ?? cliLimits, onRow };
  const kind = spreadsheetKind(options.bytes);
  if (kind === 'xlsx') return readXlsx(options.bytes, options.entity, reading);
  if (kind === 'csv') return readCsv(options.bytes, options.entity, reading);
  return Promise.reject(fileIssue(unreadableWorkbook[kind]));
}

const fileIssue = (message: string) =>
  new ImportFailedError([{ line: null, column: null, message }]);

/**
 * A transaction that failed because of the file rather than the database: rolled back, so
 * nothing was written, and said so in the words of the import.
 */
function asImportFailure(error: unknown): unknown {
  const code = neo4jCode(error);
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    return fileIssue(
      "the file is too large for one transaction of this database (Neo4j's transaction memory limit): split it into smaller files, or give Neo4j more memory",
    );
  }
  if (code?.includes('TransactionTimedOut')) {
    return fileIssue(
      'the import took longer than the database allows one transaction: split the file into smaller files, or use `npm run import`',
    );
  }
  if (error instanceof ConflictError) {
    return fileIssue(
      `a record changed while the file was being imported (${error.message}): import the file again`,
    );
  }
  return error;
}

/** The Neo4j status code of an error, or of the driver error a domain error wraps. */
function neo4jCode(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ('code' in current && typeof current.code === 'string' && current.code.startsWith('Neo.')) {
      return current.code;
    }
  }
  return undefined;
}

function report(
  options: ImportOptions,
  rows: number,
  plan: { changes: { created: boolean }[]; unchanged: number },
): ImportReport {
  const created = plan.changes.filter((change) => change.created).length;
  return {
    entity: options.entity,
    filename: options.filename,
    rows,
    created,
    updated: plan.changes.length - created,
    unchanged: plan.unchanged,
    dryRun: options.dryRun === true,
  };
}

export { ImportFailedError };
