import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { spreadsheetKind } from './file-kind.js';

const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('telling a spreadsheet by its first bytes', () => {
  it('knows an XLSX workbook by its ZIP signature, whatever its name', async () => {
    const bytes = await writeExcelFile([['id'], ['t1']]).toBuffer();
    expect(spreadsheetKind(bytes)).toBe('xlsx');
  });

  it('tells an old .xls from a password-protected workbook (both in the OLE2 container)', () => {
    expect(spreadsheetKind(Buffer.concat([ole2, Buffer.alloc(600)]))).toBe('xls');
    const encrypted = Buffer.concat([
      ole2,
      Buffer.alloc(600),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(50),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    expect(spreadsheetKind(encrypted)).toBe('encrypted');
  });

  it('knows an OpenDocument spreadsheet, and reads everything else as CSV', () => {
    const ods = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.alloc(26),
      Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    ]);
    expect(spreadsheetKind(ods)).toBe('ods');
    expect(spreadsheetKind(Buffer.from('id,label\nPK,x\n'))).toBe('csv');
    expect(spreadsheetKind(Buffer.alloc(0))).toBe('csv');
    expect(spreadsheetKind(Buffer.from('PK'))).toBe('csv');
  });
});
