import type { ImportLimits } from './file-checks.js';

// A workbook is compressed XML, and the XLSX reader unpacks all of it into memory: a small
// file may unpack to gigabytes (a "ZIP bomb"). The ZIP's central directory declares every
// entry's unpacked size; a workbook declaring more than a generous multiple of the file limit is
// refused before it is unpacked. Declared sizes can lie: this stops honest files and careless
// tools, not a file crafted to lie about its sizes.

/** Legitimate sheets unpack to 5–10 times their size; the row limit ends them long before this. */
export const unpackedFactor = 5;

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;

/** The offset of the end-of-central-directory record, searched from the end (after a comment). */
function findEnd(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= earliest; offset -= 1) {
    if (buffer.readUInt32LE(offset) === endOfCentralDirectory) return offset;
  }
  return -1;
}

/** The sum of the unpacked sizes the central directory declares; null if there is none to read. */
export function declaredUnpackedSize(buffer: Buffer): number | null {
  const end = findEnd(buffer);
  if (end === -1) return null;
  const entries = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  let total = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== centralDirectoryEntry) {
      return null;
    }
    // 0xFFFFFFFF defers to a ZIP64 field: more than 4 GB, which is over any limit here.
    total += buffer.readUInt32LE(offset + 24);
    offset +=
      46 +
      buffer.readUInt16LE(offset + 28) +
      buffer.readUInt16LE(offset + 30) +
      buffer.readUInt16LE(offset + 32);
  }
  return total;
}

/** The message for a workbook that unpacks to more than the limit allows, or null. */
export function checkUnpackedSize(buffer: Buffer, limits: ImportLimits): string | null {
  const unpacked = declaredUnpackedSize(buffer);
  const limit = limits.maxBytes * unpackedFactor;
  if (unpacked === null || unpacked <= limit) return null;
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `the workbook unpacks to ${megabytes(unpacked)}; the limit is ${megabytes(limit)}: split it into smaller files or save it as "CSV UTF-8"`;
}
