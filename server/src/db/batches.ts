import { Date as Neo4jDate, DateTime as Neo4jDateTime } from 'neo4j-driver';
import type { CypherQuery } from './cypher.js';
import type { Database } from './database.js';

/** A statement that UNWINDs `$rows`, with any further parameters shared by every batch. */
export type BatchQuery<R, P extends object = object> = CypherQuery<P & { rows: R[] }, object>;

export interface BatchOptions<P extends object = object> {
  /** Rows per transaction. */
  batchSize?: number;
  /** Transactions in flight at once. */
  concurrency?: number;
  /** Parameters sent with every batch besides `rows`. */
  params?: P;
  /** Called after each batch has landed, with the number of rows in it. */
  onBatch?: (rows: number) => void;
  /**
   * Row fields holding ISO dates (YYYY-MM-DD) or UTC date-times (YYYY-MM-DDTHH:MM[:SS]Z), sent
   * as Neo4j temporal values: the statement stores them as they are, without parsing strings
   * (which costs Neo4j more than the rest of a simple row). Null stays null.
   */
  temporal?: { dates?: readonly string[]; dateTimes?: readonly string[] };
}

export const defaultBatchSize = 5_000;
export const defaultConcurrency = 2;

/** Groups rows into arrays of at most `size`, from a list or a (lazy) iterable. */
export function* chunked<R>(rows: Iterable<R>, size: number): Generator<R[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('batch size must be at least 1');
  let batch: R[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Runs a named UNWIND statement over rows in batches, each batch in its own managed write
 * transaction (retried on transient errors), with at most `concurrency` in flight. For bulk
 * loads too large for one transaction; each batch lands whole or not at all, so the statement
 * should be idempotent (MERGE on ids) to make a rerun after a failure safe. On the first
 * failure no new batch starts; the batches in flight finish, then the error is thrown.
 * Resolves with the number of rows written.
 */
export async function writeInBatches<R, P extends object = object>(
  db: Database,
  query: BatchQuery<R, P>,
  rows: Iterable<R>,
  options: BatchOptions<P> = {},
): Promise<number> {
  const concurrency = options.concurrency ?? defaultConcurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError('concurrency must be at least 1');
  }
  const batches = chunked(rows, options.batchSize ?? defaultBatchSize);
  const convert = options.temporal ? temporalConverter(options.temporal) : (batch: R[]) => batch;
  const params = (options.params ?? {}) as P;
  let written = 0;
  let failure: { error: unknown } | undefined;

  async function worker() {
    for (let next = batches.next(); !next.done && !failure; next = batches.next()) {
      const batch = next.value;
      try {
        await db.write(query, { ...params, rows: convert(batch) as R[] });
      } catch (error) {
        failure ??= { error };
        return;
      }
      written += batch.length;
      options.onBatch?.(batch.length);
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure) throw failure.error;
  return written;
}

/** `2026-11-16` as a Neo4j date. */
export function toNeo4jDate(iso: string) {
  return new Neo4jDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** `2026-11-16T09:30:00Z` (UTC, to the second) as a Neo4j date-time with offset zero. */
export function toNeo4jDateTime(iso: string) {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?Z$/.test(iso)) {
    throw new RangeError(`not a UTC date-time: ${iso}`);
  }
  const n = (from: number) => Number(iso.slice(from, from + 2));
  return new Neo4jDateTime(
    Number(iso.slice(0, 4)),
    n(5),
    n(8),
    n(11),
    n(14),
    iso[16] === ':' ? n(17) : 0,
    0,
    0,
  );
}

function temporalConverter(fields: NonNullable<BatchOptions['temporal']>) {
  const dates = fields.dates ?? [];
  const dateTimes = fields.dateTimes ?? [];
  return <R>(batch: R[]) =>
    batch.map((row) => {
      const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
      for (const key of dates) {
        const value = out[key];
        if (typeof value === 'string') out[key] = toNeo4jDate(value);
      }
      for (const key of dateTimes) {
        const value = out[key];
        if (typeof value === 'string') out[key] = toNeo4jDateTime(value);
      }
      return out;
    });
}
