import { isUtf8 } from 'node:buffer';
import { type IssueList, maxReportedIssues } from './issues.js';

// What is checked of a file before it is parsed: its size, that it is not empty, and its
// encoding (UTF-8, with or without a byte-order mark).

export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most data rows accepted in one file. */
  maxRows: number;
}

/**
 * One file is one transaction, and a transaction must fit Neo4j's transaction memory (70% of
 * the heap by default): 50,000 rows fit the test Neo4j's 1 GB heap with room to spare. A national
 * file of ties (about 100,000) is imported as two or more files.
 */
export const cliLimits: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 50_000 };

/** Uploads run inside the API, whose transactions may take 30 s: about 20,000 rows. */
export const uploadLimits: ImportLimits = { maxBytes: 10 * 1024 * 1024, maxRows: 20_000 };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The message for a file over the size limit. */
export const tooLarge = (bytes: number, limits: ImportLimits) =>
  `the file is ${megabytes(bytes)}; the limit is ${megabytes(limits.maxBytes)}: split it into smaller files`;

/** File-level checks before parsing: size, emptiness and encoding (UTF-8, optionally with BOM). */
export function decode(bytes: Uint8Array, limits: ImportLimits, issues: IssueList): string | null {
  if (bytes.length > limits.maxBytes) {
    issues.add(null, null, tooLarge(bytes.length, limits));
    return null;
  }
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    bytes.subarray(0, 1000).includes(0);
  if (utf16) {
    issues.add(null, null, 'the file is UTF-16 text; save it as "CSV UTF-8" instead');
    return null;
  }
  if (!isUtf8(bytes)) {
    reportInvalidUtf8(bytes, issues);
    return null;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    // One kind of line ending, so that line numbers count as an editor counts them.
    .replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    issues.add(null, null, 'the file is empty');
    return null;
  }
  return text;
}

/** Names every line that is not UTF-8 and the first bad byte on it (Excel's "CSV" is Windows-1252). */
function reportInvalidUtf8(bytes: Uint8Array, issues: IssueList) {
  let start = 0;
  let line = 1;
  while (start <= bytes.length && issues.count < maxReportedIssues) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const slice = bytes.subarray(start, end);
    if (!isUtf8(slice)) {
      const decoded = new TextDecoder('utf-8').decode(slice);
      const position = decoded.indexOf('\uFFFD');
      const byte = slice[Buffer.byteLength(decoded.slice(0, position))] ?? 0;
      issues.add(
        line,
        null,
        `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} after "${decoded.slice(Math.max(0, position - 20), position)}"): save the file as "CSV UTF-8"`,
      );
    }
    start = end + 1;
    line += 1;
  }
}
