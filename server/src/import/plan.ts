import type { z } from 'zod';
import type { CypherQuery } from '../db/cypher.js';
import type { Transaction } from '../db/database.js';
import type { RecordStatus } from '../network/types.js';
import type { IssueList } from './issues.js';
import type { CsvRecord } from './read-csv.js';

/** Runs one read: `db.read` for a dry run, the import's own transaction otherwise. */
export type Read = <P extends object, R extends object>(
  query: CypherQuery<P, R>,
  params: P,
) => Promise<R[]>;

/** A row that passed its own checks, with the line it came from. */
export interface Parsed<Row> {
  line: number;
  row: Row;
}

/** What an import will do: the records to create or update (in full), and how many stay as they are. */
export interface Plan<Full> {
  changes: { line: number; record: Full; created: boolean }[];
  unchanged: number;
}

/** One entity's import: how a row reads, how it checks against the database, how it is written. */
export interface EntityImporter<Row, Full> {
  /** Reads one row's cells (canonical column → trimmed text; an absent column is undefined). */
  row: z.ZodType<Row>;
  /** Checks rows against each other and the database; adds issues and returns the plan. */
  plan(read: Read, rows: Parsed<Row>[], issues: IssueList): Promise<Plan<Full>>;
  /** Writes the changed records inside the import's transaction, reporting rows written. */
  write(
    tx: Transaction,
    records: Full[],
    source: string,
    progress: (written: number) => Promise<void> | void,
  ): Promise<void>;
}

/** Rows per UNWIND: big enough to be fast, small enough to keep each statement light. */
export const batchSize = 1_000;

export function* batches<T>(items: readonly T[], size = batchSize) {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Runs `query` for each batch of `params` items and concatenates the results. */
export async function readInBatches<P extends object, R extends object, T>(
  read: Read,
  query: CypherQuery<P, R>,
  items: readonly T[],
  params: (batch: T[]) => P,
): Promise<R[]> {
  const results: R[] = [];
  for (const batch of batches(items, 5_000)) results.push(...(await read(query, params(batch))));
  return results;
}

/** Writes records in batches with `query`, reporting progress after each. */
export async function writeInBatches<R>(
  tx: Transaction,
  query: CypherQuery<{ rows: R[]; source: string }, { written: number }>,
  records: readonly R[],
  source: string,
  progress: (written: number) => Promise<void> | void,
) {
  let written = 0;
  for (const batch of batches(records)) {
    await tx.run(query, { rows: batch, source });
    written += batch.length;
    await progress(written);
  }
}

/** Reads every row's cells with the entity's schema, reporting each problem by line and column. */
export function parseRows<Row>(
  records: readonly CsvRecord[],
  schema: z.ZodType<Row>,
  issues: IssueList,
  onProgress?: (rows: number) => void,
): Parsed<Row>[] {
  const parsed: Parsed<Row>[] = [];
  records.forEach((record, index) => {
    const result = schema.safeParse(record.values);
    if (result.success) parsed.push({ line: record.line, row: result.data });
    else {
      for (const issue of result.error.issues) {
        issues.add(
          record.line,
          issue.path[0] === undefined ? null : String(issue.path[0]),
          issue.message,
        );
      }
    }
    if ((index + 1) % 5_000 === 0) onProgress?.(index + 1);
  });
  onProgress?.(records.length);
  return parsed;
}

/** Reports every id after its first occurrence in the file. */
export function reportDuplicates<Row>(
  rows: readonly Parsed<Row>[],
  key: (row: Row) => string | null,
  column: string,
  describe: (key: string) => string,
  issues: IssueList,
) {
  const first = new Map<string, number>();
  for (const { line, row } of rows) {
    const value = key(row);
    if (value === null) continue;
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, line);
    else issues.add(line, column, `${describe(value)} is already on line ${earlier}`);
  }
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Field by field equality of two flat records whose lists are sorted. */
export function sameRecord<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => {
    const x = a[key];
    const y = b[key];
    return Array.isArray(x) && Array.isArray(y) ? sameList(x, y) : (x ?? null) === (y ?? null);
  });
}

/** Splits resolved records into changes (new or different) and a count of unchanged ones. */
export function toPlan<Full extends object>(
  resolved: readonly { line: number; record: Full; current: Full | undefined }[],
): Plan<Full> {
  const changes: Plan<Full>['changes'] = [];
  let unchanged = 0;
  for (const { line, record, current } of resolved) {
    if (!current) changes.push({ line, record, created: true });
    else if (!sameRecord(record, current)) changes.push({ line, record, created: false });
    else unchanged += 1;
  }
  return { changes, unchanged };
}

/** Archived records are history: an import may not change them (as the API may not). */
export function reportArchivedChanges<Full extends { id: string }>(
  plan: { changes: { line: number; record: Full; created: boolean }[] },
  current: ReadonlyMap<string, { status: RecordStatus }>,
  issues: IssueList,
) {
  for (const { line, record, created } of plan.changes) {
    if (!created && current.get(record.id)?.status === 'ARCHIVED') {
      issues.add(
        line,
        'id',
        `'${record.id}' is archived in the database; an import does not change archived records`,
      );
    }
  }
}

export const sorted = (values: readonly string[]) => [...values].sort();
