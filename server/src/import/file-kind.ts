// Which reader a file needs, told by its first bytes rather than its name: a renamed file, or
// an upload whose browser sends no useful type, still reaches the right reader.

/** An XLSX workbook is a ZIP archive: local file header `PK\x03\x04`. */
const zipMagic = [0x50, 0x4b, 0x03, 0x04];

/**
 * Microsoft's older container (OLE2 / Compound File Binary): an Excel 97–2003 `.xls`, and also
 * an `.xlsx` saved with a password, whose encrypted workbook Excel wraps in this container.
 */
const ole2Magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The stream an encrypted Office file keeps its workbook in; directory names are UTF-16LE. */
const encryptedPackage = Buffer.from('EncryptedPackage', 'utf16le');

/** An OpenDocument file (LibreOffice) is a ZIP too, with its type stored first, uncompressed. */
const odsMimetype = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');

export type SpreadsheetKind = 'xlsx' | 'xls' | 'encrypted' | 'ods' | 'csv';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);

/** XLSX by the ZIP signature (unless it is OpenDocument), OLE2 as an old or encrypted workbook, else CSV. */
export function spreadsheetKind(bytes: Uint8Array): SpreadsheetKind {
  if (startsWith(bytes, zipMagic)) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200));
    return head.includes(odsMimetype) ? 'ods' : 'xlsx';
  }
  if (startsWith(bytes, ole2Magic)) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    return buffer.includes(encryptedPackage) ? 'encrypted' : 'xls';
  }
  return 'csv';
}

/** Why a workbook in the OLE2 container is not read, and what to do instead. */
export const unreadableWorkbook = {
  xls: 'the file is an old Excel 97–2003 workbook (.xls): open it in Excel and save it as "Excel Workbook (.xlsx)" or as "CSV UTF-8"',
  encrypted:
    'the workbook is protected with a password (encrypted): open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again, or save it as "CSV UTF-8"',
  ods: 'the file is an OpenDocument spreadsheet (.ods): save it as "Excel 2007-365 (.xlsx)" or as "CSV UTF-8"',
} as const;
