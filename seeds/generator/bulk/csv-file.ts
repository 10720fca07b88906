import { closeSync, openSync, writeSync } from 'node:fs';

// CSV in the dialect of Neo4j's bulk importer: comma-separated, `"` quotes with `""` inside,
// an empty field is "no property", `;` separates the items of a list.

const flushAt = 1 << 20;

/** A CSV file written in large synchronous chunks: the writer is CPU-bound, never waiting on disk. */
export class CsvFile {
  private readonly fd: number;
  private buffer = '';
  lines = 0;

  constructor(path: string, header: string) {
    this.fd = openSync(path, 'w');
    this.buffer = `${header}\n`;
  }

  line(text: string) {
    this.buffer += `${text}\n`;
    this.lines++;
    if (this.buffer.length > flushAt) this.flush();
  }

  flush() {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }
}

const needsQuotes = /[",\r\n]/;

/** A string field; null is an empty field (no property), '' a quoted empty string. */
export function text(value: string | null): string {
  if (value === null) return '';
  if (value === '') return '""';
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** An integer field (the Cypher loader sends whole numbers as integers). */
export function integer(value: number): string {
  if (!Number.isInteger(value)) throw new RangeError(`not a whole number: ${value}`);
  return String(value);
}

/** A `string[]` field; the importer (neo4j/BulkImport) stores an empty one as an empty list. */
export function list(values: readonly string[]): string {
  for (const value of values) {
    if (value.includes(';') || needsQuotes.test(value)) {
      throw new RangeError(`a list item the importer cannot take: ${value}`);
    }
  }
  return values.join(';');
}

/** An optional date or date-time (ISO, as the generator writes them): empty when null. */
export const temporal = (value: string | null) => value ?? '';
