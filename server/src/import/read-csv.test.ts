import { describe, expect, it } from 'vitest';
import { ImportFailedError, IssueList } from './issues.js';
import { readCsv } from './read-csv.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

async function read(input: Uint8Array, limits?: { maxBytes: number; maxRows: number }) {
  const issues = new IssueList();
  try {
    const file = await readCsv(input, 'tables', { issues, ...(limits ? { limits } : {}) });
    return { file, issues: issues.items };
  } catch (error) {
    if (error instanceof ImportFailedError) return { file: null, issues: error.issues };
    throw error;
  }
}

describe('reading a CSV file', () => {
  it('reads a comma-separated file into rows by canonical column, with their lines', async () => {
    const { file, issues } = await read(
      bytes(
        'ID,Name,Kind,Municipalities\nt1, ZAT ,ZAT,GM0344\n\n"t2","MDO, ""noord""",MDO,GM0344\n',
      ),
    );
    expect(issues).toEqual([]);
    expect(file?.delimiter).toBe(',');
    expect(file?.columns).toEqual(['id', 'label', 'kind', 'municipalities']);
    expect(file?.records).toEqual([
      { line: 2, values: { id: 't1', label: 'ZAT', kind: 'ZAT', municipalities: 'GM0344' } },
      {
        line: 4,
        values: { id: 't2', label: 'MDO, "noord"', kind: 'MDO', municipalities: 'GM0344' },
      },
    ]);
  });

  it('reads what Dutch Excel writes: semicolons, a BOM, CRLF and cleared rows', async () => {
    const { file, issues } = await read(
      bytes(
        '\uFEFFid;label;kind;municipalities\r\nt1;Tafel; Noord;ZAT;GM0344\r\n;;;\r\nt2;Zuid;ZAT;GM0344\r\n',
      ),
    );
    expect(issues).toEqual([
      { line: 2, column: null, message: 'has 5 values but the header has 4 columns' },
    ]);
    expect(file?.delimiter).toBe(';');
    expect(file?.records).toEqual([
      { line: 4, values: { id: 't2', label: 'Zuid', kind: 'ZAT', municipalities: 'GM0344' } },
    ]);
  });

  it('counts lines from the start of a record whose value spans lines', async () => {
    const { file } = await read(
      bytes('id,label,kind,municipalities\nt1,"Two\nlines",ZAT,GM0344\nt2,B,ZAT,GM0344\n'),
    );
    expect(file?.records.map((record) => record.line)).toEqual([2, 4]);
  });

  it('removes the formula guard the Excel export adds, and nothing else', async () => {
    const { file } = await read(
      bytes(
        "id,label,kind,municipalities\nt1,'=Tafel,ZAT,GM0344\nt2,'s-Hertogenbosch,ZAT,GM0344\n",
      ),
    );
    expect(file?.records.map((record) => record.values.label)).toEqual([
      '=Tafel',
      "'s-Hertogenbosch",
    ]);
  });

  it('refuses tabs as separators', async () => {
    expect(
      (await read(bytes('id\tlabel\tkind\tmunicipalities\nt1\tA\tZAT\tGM0344\n'))).issues,
    ).toEqual([
      {
        line: 1,
        column: null,
        message: 'the columns are separated by tabs; use commas or semicolons',
      },
    ]);
  });

  it('names unknown, repeated and missing columns, and reads no rows against a wrong header', async () => {
    const { issues } = await read(bytes('id,name,label,colour\nt1,A,B,red\n'));
    expect(issues).toEqual([
      { line: 1, column: 'label', message: 'the column label appears more than once' },
      {
        line: 1,
        column: 'colour',
        message:
          'unknown column for tables; the columns are id, label, kind, municipalities, status',
      },
      { line: 1, column: 'kind', message: 'required column is missing' },
      { line: 1, column: 'municipalities', message: 'required column is missing' },
    ]);
  });

  it('names the lines that are not UTF-8 and the byte', async () => {
    const latin1 = Buffer.concat([
      bytes('id,label,kind,municipalities\nt1,Zo'),
      Buffer.from([0xeb]),
      bytes(',ZAT,GM0344\nt2,ok,ZAT,GM0344\nt3,Caf'),
      Buffer.from([0xe9]),
      bytes(',ZAT,GM0344\n'),
    ]);
    expect((await read(latin1)).issues).toEqual([
      {
        line: 2,
        column: null,
        message: 'not valid UTF-8 (byte 0xEB after "t1,Zo"): save the file as "CSV UTF-8"',
      },
      {
        line: 4,
        column: null,
        message: 'not valid UTF-8 (byte 0xE9 after "t3,Caf"): save the file as "CSV UTF-8"',
      },
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,label', 'utf16le')]);
    expect((await read(utf16)).issues).toEqual([
      {
        line: null,
        column: null,
        message: 'the file is UTF-16 text; save it as "CSV UTF-8" instead',
      },
    ]);
  });

  it('refuses empty files, files without rows, and files over the limits', async () => {
    const empty = { line: null, column: null, message: 'the file is empty' };
    expect((await read(bytes(''))).issues).toEqual([empty]);
    expect((await read(bytes('\uFEFF \n\n'))).issues).toEqual([empty]);
    expect((await read(bytes('id,label,kind,municipalities\n'))).issues).toEqual([
      { line: null, column: null, message: 'the file has a header but no rows' },
    ]);
    expect((await read(bytes('x'.repeat(2048)), { maxBytes: 1024, maxRows: 10 })).issues).toEqual([
      {
        line: null,
        column: null,
        message: 'the file is 0.0 MB; the limit is 0.0 MB: split it into smaller files',
      },
    ]);
    const rows = [
      'id,label,kind,municipalities',
      ...Array.from({ length: 4 }, (_, i) => `t${i},T,ZAT,GM0344`),
    ];
    expect((await read(bytes(rows.join('\n')), { maxBytes: 10_000, maxRows: 3 })).issues).toEqual([
      {
        line: 5,
        column: null,
        message: 'the file has more than 3 rows: split it into smaller files',
      },
    ]);
  });

  it('reports an unclosed quote at the line where it opens', async () => {
    const text =
      'id,label,kind,municipalities\nt1,"A ""b""",ZAT,GM0344\nt2,"Open,ZAT,GM0344\nt3,C,ZAT,GM0344\n';
    expect((await read(bytes(text))).issues).toEqual([
      { line: 3, column: null, message: 'a quoted value is never closed (a " is missing)' },
    ]);
  });
});
